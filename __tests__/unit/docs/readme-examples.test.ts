import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { INPUT_SCHEMA } from '../../../src/inputs/schema.js';

// Users copy the README's examples first: each must parse, give the action only inputs it
// has, and read only outputs it sets.

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

function examples(): Example[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((match, index) => ({
    where: `README.md block ${index + 1}`,
    text: match[1] ?? '',
  }));
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

describe('the README and examples/ workflows', () => {
  const all = examples();

  it('has examples to check', () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
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
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const reference = readFileSync(path.join(ROOT, 'docs', 'inputs.md'), 'utf8');
  /** The `names` in the first cell of each row of the tables of `text`. */
  const tableNames = (text: string): string[] =>
    text
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((row) =>
        [...(row.split('|')[1] ?? '').matchAll(/`([\w-]+)`/g)].map((m) => m[1] ?? ''),
      );
  /** The part of the README under `heading`. */
  const section = (heading: string): string => {
    const start = readme.indexOf(`\n## ${heading}\n`);
    return readme.slice(start, readme.indexOf('\n## ', start + 1));
  };

  it('documents every input of action.yml in docs/inputs.md, once, and no other', () => {
    const names = tableNames(reference);
    expect(names.sort()).toEqual([...INPUTS].sort());
  });

  it("shows the essentials of the schema in the README's Inputs, and links the rest", () => {
    const essentials = INPUT_SCHEMA.filter((input) => input.group === 'essentials');
    expect(tableNames(section('Inputs'))).toEqual(essentials.map((input) => input.name));
    expect(section('Inputs')).toContain('](docs/inputs.md)');
  });

  it("links docs/inputs.md and the README's sections only to headings that exist", () => {
    const anchors = (text: string) =>
      new Set(
        [...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
          (match[1] ?? '')
            .toLowerCase()
            .replace(/[^\w\- ]/g, '')
            .replaceAll(' ', '-'),
        ),
      );
    const links = [
      ...[...reference.matchAll(/\]\(\.\.\/README\.md#([\w-]+)\)/g)].map((m) => ['README', m[1]]),
      ...[...reference.matchAll(/\]\(#([\w-]+)\)/g)].map((m) => ['docs', m[1]]),
      ...[...readme.matchAll(/\]\(docs\/inputs\.md#([\w-]+)\)/g)].map((m) => ['docs', m[1]]),
    ];
    expect(links.length).toBeGreaterThan(10);
    const known = { README: anchors(readme), docs: anchors(reference) };
    for (const [file, anchor] of links) {
      expect(known[file as 'README' | 'docs'].has(anchor ?? ''), `${file}#${anchor}`).toBe(true);
    }
  });

  it('documents every output of action.yml, and no other', () => {
    expect(tableNames(section('Outputs')).sort()).toEqual([...OUTPUTS].sort());
  });
});
