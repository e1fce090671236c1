import { chown, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { NODE_24, POST_ENTRY, runAction, type ActionRun } from '../../scripts/lib/run-action.mjs';
import { REGION, TEST_CREDENTIALS } from './moto-account.js';
import { tempDir, writeFiles } from './temp-dir.js';

export { NODE_24 };

export interface DeployRun extends ActionRun {
  /** The messages of the `::error::` workflow commands the step printed, decoded. */
  readonly errors: string[];
  /** The RUNNER_TEMP the step was given. */
  readonly runnerTemp: string;
}

const ACTION_YML = new URL('../../action.yml', import.meta.url);

export interface RunOptions {
  /**
   * More environment for the step, set last: the GITHUB_* variables the runner sets for
   * an event (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_API_URL, ...).
   */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Run the step as this uid and gid instead of the tests' user (which must then be root);
   * RUNNER_TEMP and HOME are given to them. The workspace is the caller's to make readable.
   */
  readonly user?: { readonly uid: number; readonly gid: number };
  /** Gets the step's process once started: to cancel it as the runner does (cancelLikeRunner). */
  readonly onSpawn?: (child: ChildProcess) => void;
  /** Run the post step (dist/post/index.js) instead of the main one. */
  readonly post?: boolean;
}

/**
 * Runs dist/index.js under Node 24 as the runner does: action.yml's defaults and then
 * `inputs` as INPUT_* variables, cwd and GITHUB_WORKSPACE `workspace`, the AWS SDK
 * pointed at `endpoint` (moto or a proxy in front of it) with dummy credentials.
 */
export async function runDeployAction(
  workspace: string,
  inputs: Readonly<Record<string, string>>,
  endpoint: string,
  options: RunOptions = {},
): Promise<DeployRun> {
  const runnerTemp = await tempDir('runner-temp');
  const home = await tempDir('home');
  const { user } = options;
  if (user !== undefined) {
    for (const directory of [runnerTemp, home]) await chown(directory, user.uid, user.gid);
  }
  const run = await runAction({
    ...(user === undefined ? {} : { user }),
    ...(options.onSpawn === undefined ? {} : { onSpawn: options.onSpawn }),
    ...(options.post === true ? { entry: POST_ENTRY } : {}),
    node: NODE_24,
    workspace,
    inputs: { ...(await actionDefaults()), ...inputs },
    env: {
      HOME: home,
      RUNNER_TEMP: runnerTemp,
      AWS_ENDPOINT_URL: endpoint,
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
      AWS_EC2_METADATA_DISABLED: 'true',
      ...options.env,
    },
  });
  return { ...run, errors: errorCommands(run.stdout), runnerTemp };
}

/** `::error::message` lines, with the runner's escapes (%25, %0D, %0A) undone. */
export function errorCommands(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .map((line) =>
      line
        .slice('::error::'.length)
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%'),
    );
}

/**
 * The runner passes every input that has a default in action.yml. This reads the
 * `default:` lines under `inputs:` (the file's own simple layout, not YAML in general).
 */
async function actionDefaults(): Promise<Record<string, string>> {
  const defaults: Record<string, string> = {};
  let inInputs = false;
  let input: string | undefined;
  for (const line of (await readFile(ACTION_YML, 'utf8')).split('\n')) {
    if (/^\S/.test(line)) inInputs = line.startsWith('inputs:');
    const name = /^ {2}([\w-]+):\s*$/.exec(line)?.[1];
    if (name !== undefined) input = name;
    const value = /^ {4}default:\s*(.*?)\s*$/.exec(line)?.[1];
    if (inInputs && input !== undefined && value !== undefined) {
      defaults[input] = value.replace(/^(['"])(.*)\1$/, '$2');
    }
  }
  return defaults;
}

/** A workspace holding the function's source in `app/`. */
export async function workspaceWithSource(marker: string): Promise<string> {
  const workspace = await tempDir('workspace');
  await changeSource(workspace, marker);
  return workspace;
}

/** (Re)writes the function's source in `workspace`, so the next run deploys other code. */
export async function changeSource(workspace: string, marker: string): Promise<void> {
  await writeFiles(path.join(workspace, 'app'), {
    'index.js': `exports.handler = async () => ${JSON.stringify(marker)};\n`,
  });
}

/** A run's stdout and stderr, for the message of an assertion that fails. */
export function runOutput(run: { readonly stdout: string; readonly stderr: string }): string {
  return `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`;
}

/**
 * The value cell of the job summary's table row labelled `item` (its HTML, as
 * @actions/core writes `<tr><td>item</td><td>value</td></tr>`), or undefined without one.
 */
export function summaryCell(summary: string, item: string): string | undefined {
  const opening = `<tr><td>${item}</td><td>`;
  const start = summary.indexOf(opening);
  const end = summary.indexOf('</td></tr>', start + opening.length);
  return start === -1 || end === -1 ? undefined : summary.slice(start + opening.length, end);
}

/** The STATE_<name> variables the runner gives the post step, from what the main step saved. */
export function postStateEnv(state: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]));
}

/**
 * Cancels the step as the runner does (actions/runner#1309): SIGINT, then SIGTERM 7.5 s
 * later and SIGKILL 2.5 s after that, each only while the process still runs.
 */
export function cancelLikeRunner(child: ChildProcess): void {
  const running = () => child.exitCode === null && child.signalCode === null;
  child.kill('SIGINT');
  const term = setTimeout(() => {
    if (running()) child.kill('SIGTERM');
  }, 7_500);
  const kill = setTimeout(() => {
    if (running()) child.kill('SIGKILL');
  }, 10_000);
  child.once('exit', () => {
    clearTimeout(term);
    clearTimeout(kill);
  });
}
