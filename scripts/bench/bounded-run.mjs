// Running one command for a benchmark with a time limit: its wall time taken around the whole
// process (from just before the spawn to its close), optionally under GNU time for the peak
// RSS, and killed with its whole process group when it runs too long.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { GNU_TIME } from './measure.mjs';

/** The process groups started here and not yet closed, so that an interrupt can end them. */
const running = new Set();

/**
 * What a bounded run did. `started` is performance.now() just before the spawn, `ended` at
 * its close; `peakRssBytes` is GNU time's %M, only with `statsFile`.
 * @typedef {{ code: number | null, signal: NodeJS.Signals | null, timedOut: boolean,
 *   stdout: string, stderr: string, started: number, ended: number, seconds: number,
 *   peakRssBytes?: number }} BoundedRun
 */

/**
 * Runs `command` to its end or for at most `timeoutMs`, then kills its process group (it is
 * started in a group of its own, so that a child it started, such as the command GNU time
 * runs, goes too). With `statsFile`, the command runs under GNU time (`-f '%e %M'`), which
 * writes there. Resolves whatever the exit code; see `describeFailure`.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs: number, statsFile?: string }} options
 * @returns {Promise<BoundedRun>}
 */
export function runBounded(command, args, { cwd, env = process.env, timeoutMs, statsFile }) {
  const [file, argv] =
    statsFile === undefined
      ? [command, args]
      : [GNU_TIME, ['-f', '%e %M', '-o', statsFile, command, ...args]];
  if (statsFile !== undefined) rmSync(statsFile, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pid = child.pid;
    if (pid !== undefined) running.add(pid);
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(pid);
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
      reject(error);
    });
    child.once('close', (code, signal) => {
      const ended = performance.now();
      clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
      /** @type {BoundedRun} */
      const result = {
        code,
        signal,
        timedOut,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
        started,
        ended,
        seconds: (ended - started) / 1000,
      };
      if (statsFile !== undefined && !timedOut) {
        let lastLine = '';
        try {
          lastLine = readFileSync(statsFile, 'utf8').trim().split('\n').at(-1) ?? '';
        } catch {
          // GNU time wrote nothing: reported below as an unexpected output
        }
        const match = /^(\d+\.\d+) (\d+)$/.exec(lastLine);
        if (match === null) {
          reject(new Error(`${command}: unexpected GNU time output: '${lastLine}'`));
          return;
        }
        result.peakRssBytes = Number(match[2]) * 1024;
      }
      resolve(result);
    });
  });
}

/** Why a run failed, with the ends of its output, or undefined when it exited 0 in time. */
export function describeFailure(/** @type {BoundedRun} */ run, /** @type {number} */ timeoutMs) {
  if (run.code === 0 && !run.timedOut) return undefined;
  const status = run.timedOut
    ? `did not finish within ${timeoutMs / 1000} s and was killed`
    : run.signal !== null
      ? `was ended by ${run.signal}`
      : `exited ${run.code}`;
  const tail = (text) => text.trimEnd().split('\n').slice(-30).join('\n');
  return `${status}\n--- stdout (end)\n${tail(run.stdout)}\n--- stderr (end)\n${tail(run.stderr)}`;
}

/** Kills the process groups of every bounded run still going (on an interrupt). */
export function killRunning() {
  for (const pid of running) killGroup(pid);
  running.clear();
}

function killGroup(/** @type {number | undefined} */ pid) {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
