// bench:deploy --floor: what a deploy step costs on this machine before any packaging, to
// judge the zip-ratio targets by. scripts/bench/floor-client.mjs is bundled with ncc (as
// dist/index.js is, not minified) into `directory` once, then run under Node 24 like the
// action: fresh HOME, credentials and the proxy's endpoint from the environment.
//   read:   process start, loading the SDK's Lambda client, one GetFunction (the least an
//           unchanged redeploy can do);
//   upload: the same, sending a ready zip with UpdateFunctionCode and reading the function
//           back (the least a whole step can do, with its packaging free).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NCC = path.join(ROOT, 'node_modules/.bin/ncc');
const CLIENT = path.join(ROOT, 'scripts/bench/floor-client.mjs');

/** Bundles the floor's client into `directory`; returns the bundle's entry. */
export async function bundleFloorClient(directory) {
  const child = spawn(NCC, ['build', CLIENT, '-o', directory, '--target', 'es2022', '-q'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const entry = path.join(directory, 'index.mjs');
  if (code !== 0 || !existsSync(entry)) {
    throw new Error(`ncc could not bundle ${path.relative(ROOT, CLIENT)} (exit ${code})`);
  }
  return entry;
}

/** The floor client's arguments for `mode` ('read' or 'upload'). */
export function floorArguments(entry, mode, functionName, zipPath) {
  return mode === 'upload' ? [entry, mode, functionName, zipPath] : [entry, mode, functionName];
}
