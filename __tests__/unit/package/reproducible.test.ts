import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { majorOf } from '../../../scripts/lib/node24.mjs';
import { node24, TEST_NODE, useCompiledPackager } from '../helpers/compiled-packager.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree, type TreeItem } from '../helpers/tree.js';
import { buildZip, expectUnzipTestPasses } from '../helpers/zip.js';

const tempDir = useTempDirs();
const packageInChild = useCompiledPackager();

/** Files over 16 MiB are deflated as a stream; this tree has one, to cover that path too. */
const STREAMED_BYTES = 16 * 1024 * 1024 + 1;

/** A tree with something of each kind the packager treats differently. */
async function variedTree(): Promise<string> {
  const root = await tempDir();
  const modules = Object.fromEntries(
    Array.from({ length: 500 }, (_, index) => [
      `node_modules/m${index}/index.js`,
      `module.exports = { id: ${index}, text: 'module number ${index}' };\n`,
    ]),
  );
  const spec: Record<string, TreeItem> = {
    ...modules,
    'index.js': 'exports.handler = async () => "ok";\n',
    'bin/run': { content: '#!/bin/sh\necho run\n', mode: 0o755 },
    'random.bin': randomBytes(200_000),
    'big.txt': Buffer.alloc(STREAMED_BYTES, 'lambda-deploy '),
    'données/日本語 ✓.txt': 'unicode',
    'empty.txt': '',
    'cache/': '',
    'current.js': { link: 'index.js' },
  };
  await writeTree(root, spec);
  return root;
}

describe('reproducible packages', () => {
  it('zips one tree twice, in this process, to identical bytes', async () => {
    const source = await variedTree();
    const first = await buildZip(source, await tempDir());
    const second = await buildZip(source, await tempDir());
    expect(second.sha256).toBe(first.sha256);
    expect((await readFile(second.path)).equals(await readFile(first.path))).toBe(true);
  }, 30_000);

  it('gives identical bytes under TZ=UTC and TZ=Pacific/Auckland', async () => {
    const source = await variedTree();
    const runs = [];
    for (const timeZone of ['UTC', 'Pacific/Auckland']) {
      runs.push(
        await packageInChild({
          node: node24(),
          source,
          outputDirectory: await tempDir(),
          timeZone,
        }),
      );
    }
    const [utc, auckland] = runs;
    // Each child really ran in its zone: 1980-01-01 is UTC+13 in Auckland (summer time).
    expect([utc?.offset1980, auckland?.offset1980]).toEqual([0, -780]);
    await expectSameZips(runs);
  }, 60_000);

  it('gives identical bytes under the Node running the tests and Node 24', async (context) => {
    const source = await variedTree();
    const zip = async (node: string) =>
      packageInChild({ node, source, outputDirectory: await tempDir(), timeZone: 'UTC' });
    // Always at least this run, under the developer's Node, whatever happens below.
    const tests = await zip(TEST_NODE);
    expect(tests.node).toBe(nodeVersion(TEST_NODE));
    expectUnzipTestPasses(tests.path);

    const runtime = node24();
    const runtimeVersion = nodeVersion(runtime);
    if (majorOf(runtimeVersion) === majorOf(tests.node)) {
      context.skip(
        `no second Node version to compare: the tests run under ${tests.node} and the ` +
          `runtime is ${runtimeVersion}; run them under another Node (e.g. 20 or 22) to compare`,
      );
    }
    const other = await zip(runtime);
    expect(majorOf(other.node)).toBeGreaterThanOrEqual(24);
    expect(majorOf(other.node)).not.toBe(majorOf(tests.node));
    await expectSameZips([tests, other]);
  }, 60_000);
});

async function expectSameZips(runs: readonly { path: string; sha256: string }[]): Promise<void> {
  const [first, ...others] = runs;
  if (first === undefined) throw new Error('no zips to compare');
  const firstBytes = await readFile(first.path);
  expectUnzipTestPasses(first.path);
  for (const other of others) {
    expectUnzipTestPasses(other.path);
    expect(other.sha256).toBe(first.sha256);
    expect((await readFile(other.path)).equals(firstBytes)).toBe(true);
  }
}

function nodeVersion(node: string): string {
  return execFileSync(node, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
}
