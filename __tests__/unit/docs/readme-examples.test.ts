import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { INPUT_SCHEMA } from '../../../src/inputs/schema.js';

// Users copy the examples of the README and of docs/ first: each must parse, give the action
// only inputs it has, and read only outputs it sets. The README stays an on-ramp: short, its
// recipes each with a whole IAM policy, its links (and those of docs/) going somewhere.

const ROOT = path.resolve(import.meta.dirname, '../../..');

interface ActionYml {
  readonly inputs: Record<string, unknown>;
  readonly outputs: Record<string, unknown>;
}

const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const INPUTS = new Set(Object.keys(action.inputs));
const OUTPUTS = new Set(Object.keys(action.outputs));

interface Example {
  /** Where it is, for the test's name: README.md block 3, examples/x.yml. */
  readonly where: string;
  readonly text: string;
}

/** README.md and every page of docs/, by their path from the repository's root. */
const PAGES = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => `docs/${file}`),
];
const pageText = (page: string): string => readFileSync(path.join(ROOT, page), 'utf8');

/** The fenced blocks of `language` (a pattern: 'ya?ml', 'json') of each page. */
function fencedBlocks(language: string): Example[] {
  return PAGES.flatMap((page) =>
    [...pageText(page).matchAll(new RegExp(`^\`\`\`${language}\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map(
      (match, index) => ({ where: `${page} block ${index + 1}`, text: match[1] ?? '' }),
    ),
  );
}

function examples(): Example[] {
  const blocks = fencedBlocks('ya?ml');
  const files = readdirSync(path.join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => ({
      where: `examples/${file}`,
      text: readFileSync(path.join(ROOT, 'examples', file), 'utf8'),
    }));
  return [...blocks, ...files];
}

function parseYaml(text: string): unknown {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents)) throw new Error('empty YAML');
  for (const document of documents) {
    const [first] = document.errors;
    if (first !== undefined) throw new Error(first.message);
  }
  return documents.map((document) => document.toJS() as unknown).at(0);
}

interface ActionUse {
  readonly id: string | undefined;
  readonly withKeys: string[];
}

/**
 * Every place the example gives this action inputs: a step that `uses` it, or a bare
 * `with:` fragment (the README shows some settings that way).
 */
function actionUses(root: unknown): ActionUse[] {
  const found: ActionUse[] = [];
  const visit = (value: unknown, top: boolean): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, false);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const uses = record['uses'];
    const ours = typeof uses === 'string' && /(^|\/)lambda-deploy@|^\.\/?$/.test(uses);
    if (ours || (top && Object.keys(record).join() === 'with')) {
      const given = record['with'];
      found.push({
        id: typeof record['id'] === 'string' ? record['id'] : undefined,
        withKeys: typeof given === 'object' && given !== null ? Object.keys(given) : [],
      });
    }
    for (const child of Object.values(record)) visit(child, false);
  };
  visit(root, true);
  return found;
}

/** `steps.<id>.outputs.<name>` references, with the id. */
function outputReferences(text: string): { id: string; output: string }[] {
  return [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].map((match) => ({
    id: match[1] ?? '',
    output: match[2] ?? '',
  }));
}

describe('the YAML of the README, docs/ and examples/', () => {
  const all = examples();

  it('has examples to check, in the README and in docs/', () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(all.filter((example) => example.where.startsWith('README.md')).length).toBeGreaterThan(
      8,
    );
    expect(all.filter((example) => example.where.startsWith('docs/')).length).toBeGreaterThan(8);
  });

  it.each(all.map((example) => [example.where, example] as const))(
    '%s parses and uses only inputs and outputs the action has',
    (_, example) => {
      const parsed = parseYaml(example.text);
      const uses = actionUses(parsed);
      for (const use of uses) {
        expect(
          use.withKeys.filter((key) => !INPUTS.has(key)),
          example.text,
        ).toEqual([]);
      }
      // Outputs of a step of this action: one the example gives an id, or `deploy` by habit.
      const ours = new Set(['deploy', ...uses.flatMap((use) => use.id ?? [])]);
      const unknown = outputReferences(example.text).filter(
        (reference) => ours.has(reference.id) && !OUTPUTS.has(reference.output),
      );
      expect(unknown, example.text).toEqual([]);
    },
  );
});

describe('the checker itself', () => {
  it('finds the inputs of a step and of a bare with: fragment', () => {
    const steps = parseYaml(
      '- uses: owner/lambda-deploy@v1\n  id: d\n  with: { function-name: f, sourcce: x }\n',
    );
    expect(actionUses(steps)).toEqual([{ id: 'd', withKeys: ['function-name', 'sourcce'] }]);
    expect(actionUses(parseYaml('with:\n  source: .\n'))).toEqual([
      { id: undefined, withKeys: ['source'] },
    ]);
  });

  it('refuses YAML a runner would refuse', () => {
    expect(() => parseYaml('- run: echo "a" (changed: ${{ x }})\n')).toThrow();
  });

  it('reads output references', () => {
    expect(outputReferences('${{ steps.deploy.outputs.alias-arn }}')).toEqual([
      { id: 'deploy', output: 'alias-arn' },
    ]);
  });

  it('knows the action has no input named like a typo', () => {
    expect(INPUTS.has('sourcce')).toBe(false);
    expect(INPUTS.has('function-name')).toBe(true);
  });
});

describe('the README, docs/inputs.md and action.yml name the same inputs and outputs', () => {
  const readme = pageText('README.md');
  const reference = pageText('docs/inputs.md');
  /** The `names` in the first cell of each row of the tables of `text`. */
  const tableNames = (text: string): string[] =>
    text
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((row) =>
        [...(row.split('|')[1] ?? '').matchAll(/`([\w-]+)`/g)].map((m) => m[1] ?? ''),
      );

  it('documents every input of action.yml in docs/inputs.md, once, and no other', () => {
    const names = tableNames(reference);
    expect(names.sort()).toEqual([...INPUTS].sort());
  });

  it("shows the essentials of the schema in the README's quick start, and links the rest", () => {
    const essentials = INPUT_SCHEMA.filter((input) => input.group === 'essentials');
    expect(tableNames(section(readme, '## Quick start'))).toEqual(
      essentials.map((input) => input.name),
    );
    expect(section(readme, '## Quick start')).toContain('](docs/inputs.md)');
  });

  it('documents every output of action.yml in docs/outputs.md, and no other', () => {
    const outputs = section(pageText('docs/outputs.md'), '## Outputs');
    expect(tableNames(outputs).sort()).toEqual([...OUTPUTS].sort());
  });
});

/** The part of `text` from the line `heading` to the next heading of its level or above. */
function section(text: string, heading: string): string {
  const level = /^#+/.exec(heading)?.[0].length ?? 2;
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) throw new Error(`no heading '${heading}'`);
  let fenced = false;
  let end = start + 1;
  for (; end < lines.length; end += 1) {
    const line = lines[end] ?? '';
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && new RegExp(`^#{1,${level}} `).test(line)) break;
  }
  return lines.slice(start, end).join('\n');
}

/** GitHub's anchors of the headings of a Markdown text (outside fenced blocks). */
function anchors(text: string): Set<string> {
  const outside = text.replace(/^```[\s\S]*?^```$/gm, '');
  return new Set(
    [...outside.matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
      (match[1] ?? '')
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replaceAll(' ', '-'),
    ),
  );
}

/** The relative links of a Markdown text: [text](target) that is not a URL. */
function relativeLinks(text: string): string[] {
  const outside = text.replace(/^```[\s\S]*?^```$/gm, '');
  return [...outside.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z]+:/.test(target));
}

describe('the links of the README and docs/', () => {
  it.each(PAGES)('%s links only to files and headings that exist', (page) => {
    const links = relativeLinks(pageText(page));
    for (const link of links) {
      const [file = '', anchor] = link.split('#');
      const target = file === '' ? page : path.posix.join(path.posix.dirname(page), file);
      expect(existsSync(path.join(ROOT, target)), `${page}: ${link}`).toBe(true);
      if (anchor !== undefined) {
        expect(anchors(pageText(target)).has(anchor), `${page}: ${link}`).toBe(true);
      }
    }
  });

  it('link the README to every page of docs/, and the pages back to it or each other', () => {
    const fromReadme = new Set(relativeLinks(pageText('README.md')).map((l) => l.split('#')[0]));
    for (const page of PAGES.filter((candidate) => candidate !== 'README.md')) {
      expect(fromReadme, page).toContain(page);
    }
  });

  it('finds a missing heading and a missing file (so that it checks anything)', () => {
    expect(anchors('# Rolling back\n\n```sh\n# not a heading\n```\n')).toEqual(
      new Set(['rolling-back']),
    );
    expect(relativeLinks('[a](docs/x.md#y) [b](https://example.com) [c](#z)')).toEqual([
      'docs/x.md#y',
      '#z',
    ]);
  });
});

describe('the README', () => {
  const readme = pageText('README.md');

  it('is an on-ramp: at most 350 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(350);
  });

  it('gives the set-up commands and a way to try it locally before the quick start', () => {
    const local = readme.indexOf('\n## Try it locally\n');
    expect(local).toBeGreaterThan(0);
    expect(local).toBeLessThan(readme.indexOf('\n## Quick start\n'));
    const commands = section(readme, '## Try it locally');
    expect(commands).toContain('npm ci && npm test');
    expect(commands).toContain('npm run demo');
  });

  it('says how to pin the action while no release is tagged', () => {
    expect(readme.slice(0, readme.indexOf('\n## '))).toMatch(/commit SHA/);
  });

  const RECIPES = [
    'First deploy',
    'Create a function',
    'Publish and alias',
    'Canary and steps with alarms',
    'Pull-request previews',
    'Many functions',
    'config-file',
    'Rollback',
  ];

  it('has the recipes, in order', () => {
    const headings = [...section(readme, '## Recipes').matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(RECIPES);
  });

  it.each(RECIPES)(
    'gives the recipe "%s" a whole IAM policy with the actions its inputs need',
    (recipe) => {
      const text = section(readme, `### ${recipe}`);
      const [policyText] = [...text.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
      expect(policyText, recipe).toBeDefined();
      const policy = JSON.parse(policyText ?? '') as {
        Version: string;
        Statement: { Effect: string; Action: string | string[] }[];
      };
      expect(policy.Version).toBe('2012-10-17');
      const allowed = new Set(
        policy.Statement.flatMap((statement) =>
          statement.Effect === 'Allow' ? [statement.Action].flat() : [],
        ),
      );
      // The inputs of the recipe's step and manifest, or the quick start's for the first deploy.
      const yaml = [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) =>
        parseYaml(m[1] ?? ''),
      );
      const manifestKeys = yaml.flatMap((document) => {
        const { defaults, functions } = (document ?? {}) as {
          defaults?: object;
          functions?: object[];
        };
        return [defaults ?? {}, ...(functions ?? [])].flatMap((entry) => Object.keys(entry));
      });
      const stepKeys = yaml.flatMap(actionUses).flatMap((use) => use.withKeys);
      const inputs =
        recipe === 'First deploy' ? ['function-name', 'source'] : [...stepKeys, ...manifestKeys];
      // A rollback builds and publishes nothing: it needs only its own permissions.
      const given = inputs.includes('rollback-to') ? ['rollback-to'] : inputs;
      expect(given.length, recipe).toBeGreaterThan(0);
      const needed = INPUT_SCHEMA.filter((input) => given.includes(input.name)).flatMap(
        (input) => input.permissions ?? [],
      );
      expect(needed.length, recipe).toBeGreaterThan(0);
      // Inputs whose permissions are alternatives or optional are not all needed at once.
      const OPTIONAL = new Set([
        'ecr:BatchGetImage',
        'ecr:GetDownloadUrlForLayer',
        'lambda:TagResource',
      ]);
      expect(
        needed.filter((action) => !allowed.has(action) && !OPTIONAL.has(action)),
        recipe,
      ).toEqual([]);
    },
  );

  it('leaves a place for the newest Lambda features and states the measured speed', () => {
    expect(readme).toContain('\n## Newest Lambda features\n');
    const speed = section(readme, '## Speed');
    expect(speed).toMatch(/\d+\.\d+ s/);
    expect(speed).toContain('2-core Linux x64');
  });
});

describe('the JSON of the README and docs/', () => {
  const blocks = fencedBlocks('json');

  it('has policies to check', () => {
    expect(blocks.length).toBeGreaterThan(8);
  });

  it.each(blocks.map((block) => [block.where, block] as const))('%s parses', (_, block) => {
    expect(() => JSON.parse(block.text) as unknown).not.toThrow();
  });
});
