// GitHub's local-action runs the action's TypeScript sources (src/main.ts through tsx), not
// dist/: no compiled deflate worker lies next to src/package/deflate-workers.ts there, so
// the sources start dist/'s bundle of it. These tests run the sources as such a tool does,
// in a child process under the oldest Node.js the project supports and under Node 24.
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultWorkerScript } from '../../../src/package/deflate-workers.js';
import { node24, REPO_ROOT, TEST_NODE } from '../helpers/compiled-packager.js';
import { entryNamed, readZip } from '../helpers/zip.js';

const run = promisify(execFile);

const SOURCE_MODULE = pathToFileURL(path.join(REPO_ROOT, 'src/package/deflate-workers.ts')).href;
const BUNDLED = pathToFileURL(path.join(REPO_ROOT, 'dist/deflate-worker/index.js')).href;

describe('the deflate worker a run of the TypeScript sources starts', () => {
  it("is dist/'s bundle of it, which exists", () => {
    const script = defaultWorkerScript(SOURCE_MODULE);
    expect(script.href).toBe(BUNDLED);
  });

  it('is the compiled one beside the module when tsc or the bundle put one there', () => {
    const seen: string[] = [];
    const exists = (file: URL) => {
      seen.push(file.href);
      return true;
    };
    expect(defaultWorkerScript(SOURCE_MODULE, exists).href).toBe(
      new URL('./deflate-worker/index.js', SOURCE_MODULE).href,
    );
    // dist/index.js and tsc's output start their neighbour without looking at the disk.
    const bundle = pathToFileURL(path.join(REPO_ROOT, 'dist/index.js')).href;
    expect(defaultWorkerScript(bundle, () => false).href).toBe(
      pathToFileURL(path.join(REPO_ROOT, 'dist/deflate-worker/index.js')).href,
    );
    expect(seen).toHaveLength(1);
  });
});

// The child loads src/ as TypeScript through vite's module runner (as tsx does for
// local-action), with no test setup pointing the packager at a worker, and packages a tree.
const CHILD = `
import { runnerImport } from 'vite';
const { ROOT, SOURCE, OUT } = process.env;
const { module } = await runnerImport(ROOT + '/src/package/deployment-package.ts', {
  root: ROOT, configFile: false, logLevel: 'error',
});
const pkg = await module.preparePackage(
  { kind: 'directory', path: SOURCE, include: [], exclude: [], symlinks: 'follow' },
  { baseName: 'function', outputDirectory: OUT, log: { info() {}, warning() {} } },
);
process.stdout.write(JSON.stringify({ node: process.version, path: pkg.path }));
`;

async function versionOf(node: string): Promise<string> {
  const { stdout } = await run(node, ['--version']);
  return stdout.trim();
}

const work = path.join(REPO_ROOT, '.tmp', `source-run-${process.pid}`);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe.each([
  ['the oldest supported Node.js', () => TEST_NODE],
  ['Node 24', node24],
])('the TypeScript sources under %s', (_, node) => {
  it('package a directory with their deflate worker', async () => {
    const out = path.join(work, String(Math.random()).slice(2));
    await mkdir(out, { recursive: true });
    // Inside the repository, so that the child finds vite in node_modules.
    const child = path.join(out, 'child.mjs');
    await writeFile(child, CHILD);
    const source = path.join(out, 'src');
    await mkdir(source);
    await writeFile(path.join(source, 'index.js'), 'exports.handler = async () => "ok";\n');
    await writeFile(path.join(source, 'data.txt'), 'lambda-deploy\n'.repeat(1000));
    const { stdout } = await run(node(), [child], {
      env: { ...process.env, ROOT: REPO_ROOT, SOURCE: source, OUT: out },
      timeout: 60_000,
    });
    const answer = JSON.parse(stdout) as { node: string; path: string };
    const entries = readZip(answer.path);
    expect(entries.map((entry) => entry.name)).toEqual(['data.txt', 'index.js']);
    expect(entryNamed(entries, 'data.txt').content.toString()).toBe('lambda-deploy\n'.repeat(1000));
    expect(answer.node).toBe(await versionOf(node()));
  }, 90_000);
});
