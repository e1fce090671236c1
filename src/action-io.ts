import * as core from './runner/commands.js';
import { DeployError } from './errors.js';
import { safeLogger } from './log-safety.js';

/** What every module prints goes through this: no line of it can be a workflow command. */
export const log = safeLogger(core);

/** Sets the step's outputs; a file the runner gave that cannot be written is named. */
export function setOutputs(outputs: Record<string, string>): void {
  try {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : '';
    throw new DeployError(
      `Could not write the step's outputs (${Object.keys(outputs).join(', ')}) to the file ` +
        `GITHUB_OUTPUT names (${process.env['GITHUB_OUTPUT'] ?? 'unset'}): ${reason}`,
      { cause: error },
    );
  }
}
