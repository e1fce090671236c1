// The runner's side of a step, as GitHub documents it for JavaScript actions: inputs come in
// INPUT_<NAME>; log lines and workflow commands (`::name key=value::data`) go to stdout;
// outputs and state are appended to the files GITHUB_OUTPUT and GITHUB_STATE name, each as
// `name<<delimiter`, the value, then the delimiter. @actions/core does the same, but loading
// it loads an HTTP client (undici, about 0.9 MB of code) for OIDC tokens this action never
// asks for: 85 ms of every start on a 2-core runner, a quarter of what an unchanged redeploy
// may take. The tests check this module's output against @actions/core's.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** An input as the runner passes it: INPUT_ and the name upper-cased, spaces as `_`; trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** What the post step's run left with saveState. */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function warning(message: string): void {
  command('warning', message);
}

export function notice(message: string): void {
  command('notice', message);
}

export function error(message: string): void {
  command('error', message);
}

/** Fails the step, with `message` as its error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** The runner masks `value` wherever it appears in the log from now on. */
export function setSecret(value: string): void {
  command('add-mask', value);
}

/** Runs `work` inside a collapsible group of the log. */
export async function group<T>(name: string, work: () => Promise<T>): Promise<T> {
  command('group', name);
  try {
    return await work();
  } finally {
    command('endgroup', '');
  }
}

export function setOutput(name: string, value: string): void {
  // The legacy command starts on a line of its own.
  fileCommand('GITHUB_OUTPUT', `${EOL}::set-output`, name, value);
}

/** Kept for the post step of the same job (getState). */
export function saveState(name: string, value: string): void {
  fileCommand('GITHUB_STATE', '::save-state', name, value);
}

/** A workflow command's data: %, CR and LF escaped, so it stays one line the runner reads back. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command property's value: the data's escapes, and `:` and `,`, which end it. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, data: string): void {
  process.stdout.write(`::${name}::${escapeData(data)}${EOL}`);
}

/**
 * Appends `name` and `value` to the file `variable` names, between a delimiter no value can
 * hold; without the variable (an older runner), the stdout command `legacy` instead (its
 * text up to the name property).
 */
function fileCommand(variable: string, legacy: string, name: string, value: string): void {
  const file = process.env[variable] ?? '';
  if (file === '') {
    process.stdout.write(`${legacy} name=${escapeProperty(name)}::${escapeData(value)}${EOL}`);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`The output ${name} holds the delimiter ${delimiter}`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}
