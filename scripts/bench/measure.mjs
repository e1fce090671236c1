// Running commands for the benchmark: plainly, or timed under GNU time for peak RSS.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

export const GNU_TIME = '/usr/bin/time';

/**
 * Runs `command` to the end and resolves `{ code, stdout, stderr }`; with `check`, rejects
 * unless it exits 0.
 */
export function run(command, args, { cwd, env = process.env, check = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const result = {
        code,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
      };
      if (!check || code === 0) resolve(result);
      else {
        const status = signal === null ? `exit code ${code}` : `signal ${signal}`;
        const output = `${result.stderr}${result.stdout}`.trim();
        reject(new Error(`${command} ${args.join(' ')} failed (${status})\n${output}`));
      }
    });
  });
}

/**
 * Runs `command` under GNU time and resolves `{ seconds, peakRssBytes, stdout }`. The wall
 * time is measured here, around the whole process (GNU time's %e has only 10 ms resolution);
 * the peak RSS is GNU time's %M (kilobytes). Rejects unless the command exits 0.
 */
export async function measure(command, args, { cwd, env, statsFile }) {
  rmSync(statsFile, { force: true });
  const started = performance.now();
  const result = await run(GNU_TIME, ['-f', '%e %M', '-o', statsFile, command, ...args], {
    cwd,
    env,
  });
  const seconds = (performance.now() - started) / 1000;
  const lastLine = readFileSync(statsFile, 'utf8').trim().split('\n').at(-1) ?? '';
  const match = /^(\d+\.\d+) (\d+)$/.exec(lastLine);
  if (match === null) throw new Error(`unexpected GNU time output: '${lastLine}'`);
  return { seconds, peakRssBytes: Number(match[2]) * 1024, stdout: result.stdout };
}
