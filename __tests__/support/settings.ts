import { parseSettings, type FunctionSettings } from '../../src/inputs.js';

/** Settings with nothing set but `overrides`, as parseInputs gives them when the inputs are unset. */
export function settingsWith(overrides: Partial<FunctionSettings> = {}): FunctionSettings {
  return { ...parseSettings(() => ''), ...overrides };
}
