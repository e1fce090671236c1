// Durable functions: a version with durable executions still going (RUNNING, PAUSING or
// PAUSED) is still needed, since Lambda replays each execution on the version it started on.
// keep-versions, delete-alias and preview cleanup spare such a version; moving an alias off
// one is allowed, but the plan says how many executions still run there.
import { errorMessage } from '../../errors.js';

/** A version kept although it was to be deleted, and why. */
export interface SparedVersion {
  readonly version: string;
  /** Executions still going on it; undefined when they could not be listed. */
  readonly executions: number | undefined;
  readonly reason: string;
}

/** The read pruning and cleanup make for each version they would delete. */
export interface DurableReader {
  activeDurableExecutions(version: string): Promise<number>;
}

/**
 * Which of `doomed` may go: a version with executions still going is spared, and so is one
 * whose executions could not be listed (a version deleted under a running execution cannot
 * be brought back).
 */
export async function spareBusyVersions(
  reader: DurableReader,
  doomed: readonly string[],
): Promise<{ readonly deletable: string[]; readonly spared: SparedVersion[] }> {
  const deletable: string[] = [];
  const spared: SparedVersion[] = [];
  for (const version of doomed) {
    let executions: number;
    try {
      executions = await reader.activeDurableExecutions(version);
    } catch (error) {
      spared.push({
        version,
        executions: undefined,
        reason: `its durable executions could not be listed: ${errorMessage(error)}`,
      });
      continue;
    }
    if (executions === 0) deletable.push(version);
    else spared.push({ version, executions, reason: stillRunning(executions) });
  }
  return { deletable, spared };
}

/** "3 durable executions are still running or paused on it". */
export function stillRunning(executions: number): string {
  return `${executions} durable ${executions === 1 ? 'execution is' : 'executions are'} still running or paused on it`;
}

/** "kept version 3 (2 durable executions are still running or paused on it)". */
export function sparedText(spared: readonly SparedVersion[]): string {
  return spared.map((one) => `kept version ${one.version} (${one.reason})`).join('; ');
}
