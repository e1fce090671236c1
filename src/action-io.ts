import * as core from '@actions/core';
import { safeLogger } from './log-safety.js';

/** What every module prints goes through this: no line of it can be a workflow command. */
export const log = safeLogger(core);

export function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
