import type { Logger } from './logger.js';

/*
 * How the runner (actions/runner) reads a step's output: it splits it into lines at \n, \r
 * and \r\n, and takes a line as a workflow command when
 *   - after TrimStart (any Unicode white space) it starts with `::` (ActionCommand.TryParseV2), or
 *   - it holds `##[` anywhere, not only at its start (the legacy ActionCommand.TryParse, tried
 *     when the first does not match).
 * Both compare with .NET's culture-sensitive StartsWith/IndexOf, which skip characters such as
 * U+200B (zero width space): a zero-width character in front is no defence, and a space is
 * trimmed. So a line that could be read as a command gets a visible `\` where the runner
 * looks: in front of the line for `::`, after `##[` for the legacy form (as the runner itself
 * does for `##[start-action`); `\::warning::x` and `##[\warning]x` name no command.
 * Wrapping in ::stop-commands:: would also work, but adds two lines to every message.
 */
const LINE_BREAK = /(\r\n|\r|\n)/;
/** Characters TrimStart removes or that a culture-sensitive comparison ignores. */
const SKIPPED = String.raw`\s\u0085\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}`;
const COMMAND_START = new RegExp(`^[${SKIPPED}]*:[${SKIPPED}]*:`, 'u');
const LEGACY_COMMAND = new RegExp(`#[${SKIPPED}]*#[${SKIPPED}]*\\[`, 'gu');

/** `text` with every line that the runner could read as a workflow command defused. */
export function defuseCommands(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((part, index) => (index % 2 === 1 ? part : defuseLine(part)))
    .join('');
}

function defuseLine(line: string): string {
  const legacyDefused = line.replace(LEGACY_COMMAND, (prefix) => `${prefix}\\`);
  return COMMAND_START.test(legacyDefused) ? `\\${legacyDefused}` : legacyDefused;
}

/**
 * The Logger every module is given: text may hold names, paths and values read from AWS.
 * `info` prints the message as is, so it is defused; `warning` is the runner's
 * `::warning::` command, whose data is escaped (%, \r, \n as %25, %0D, %0A) into one line
 * that the runner reads as that one command, so it needs nothing.
 */
export function safeLogger(sink: Logger): Logger {
  return {
    info: (message) => {
      sink.info(defuseCommands(message));
    },
    warning: (message) => {
      sink.warning(message);
    },
  };
}
