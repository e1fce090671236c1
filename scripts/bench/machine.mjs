// The machine a benchmark ran on, in one line for its report.
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The CPU model: /proc/cpuinfo's "model name" on Linux, else what os.cpus() says. */
export function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((text) => text.startsWith('model name'));
    if (line !== undefined) return line.slice(line.indexOf(':') + 1).trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? 'unknown CPU';
}

/** e.g. "2 cores, Intel(R) Xeon(R) ..., 23.5 GiB RAM, Linux 6.1.0" (cores: os.cpus().length). */
export function machineLine() {
  return (
    `${os.cpus().length} cores, ${cpuModel()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
    `${os.type()} ${os.release()}`
  );
}
