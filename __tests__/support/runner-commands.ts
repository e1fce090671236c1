/** The commands actions/runner registers (ActionCommandManager), stop-commands included. */
const REGISTERED = new Set([
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
]);

/**
 * The commands the runner would read in `line`: `::name::` at the start after white space,
 * or `##[name]` anywhere (the legacy form). Stricter than the runner: it skips white space
 * and invisible characters (which .NET's culture-sensitive StartsWith and IndexOf pass over)
 * wherever the runner might.
 */
export function runnerCommandsIn(line: string): string[] {
  const visible = line.replace(/[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '');
  const trimmed = visible.replace(/^[\s\u0085]+/u, '');
  const end = trimmed.startsWith('::') ? trimmed.indexOf('::', 2) : -1;
  return [
    ...(end === -1 ? [] : [trimmed.slice(2, end)]),
    ...[...visible.matchAll(/##\[([^\]]*)\]/g)].map((match) => match[1] ?? ''),
  ]
    .map((info) => info.split(' ')[0] ?? '')
    .filter((name) => REGISTERED.has(name));
}

/** The lines the runner reads from a step's output: split at \n, \r and \r\n. */
export function runnerLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
