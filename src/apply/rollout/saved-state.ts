// What the main step tells the post step about a rollout in progress: after every alias
// move it saves (saveState, runner/commands.ts) which aliases the run moved, from what, and the RevisionId
// each was last left with. The runner passes the last value saved to the post step as
// STATE_rollout, even when the main step was killed.
import type { SavedAlias, SavedRollout } from './lane.js';

export const STATE_NAME = 'rollout';

/** The saved state as text, for saveState. */
export function rolloutStateText(state: SavedRollout): string {
  return JSON.stringify(state);
}

/** The state the main step saved last; undefined when it saved none, or none readable. */
export function readRolloutState(text: string): SavedRollout | undefined {
  if (text === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value) || typeof value['run'] !== 'string' || typeof value['open'] !== 'boolean') {
    return undefined;
  }
  const aliases = Array.isArray(value['aliases']) ? value['aliases'].filter(isSavedAlias) : [];
  return { run: value['run'], open: value['open'], aliases };
}

function isSavedAlias(value: unknown): value is SavedAlias {
  if (!isObject(value)) return false;
  const before = value['before'];
  return (
    typeof value['function'] === 'string' &&
    typeof value['region'] === 'string' &&
    typeof value['alias'] === 'string' &&
    typeof value['version'] === 'string' &&
    (value['revisionId'] === null || typeof value['revisionId'] === 'string') &&
    (before === null ||
      (isObject(before) &&
        typeof before['version'] === 'string' &&
        isObject(before['weights']) &&
        typeof before['description'] === 'string'))
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
