import { GetAliasCommand, UpdateAliasCommand } from '@aws-sdk/client-lambda';
import type { ChildProcess } from 'node:child_process';
import { expect } from 'vitest';
import { runDeployAction, runOutput, type DeployRun, type RunOptions } from './action-run.js';
import { lambdaClient } from './aws.js';
import type { FaultProxy, ProxiedRequest } from './fault-proxy.js';
import { updateAlias } from './lambda-faults.js';
import { waitUntil } from './traffic-steps.js';

/** A step started in the background: its result, its process, and whether it has ended. */
export interface RunningStep {
  readonly result: Promise<DeployRun>;
  readonly child: () => ChildProcess;
  readonly ended: () => boolean;
}

/** Starts the bundled action, as runDeployAction does, without waiting for it. */
export function startRun(
  workspace: string,
  inputs: Readonly<Record<string, string>>,
  endpoint: string,
  options: RunOptions = {},
): RunningStep {
  let child: ChildProcess | undefined;
  const progress = { ended: false };
  const result = runDeployAction(workspace, inputs, endpoint, {
    ...options,
    onSpawn: (spawned) => {
      child = spawned;
    },
  }).finally(() => {
    progress.ended = true;
  });
  return {
    result,
    ended: () => progress.ended,
    child: () => {
      if (child === undefined) throw new Error('the step has not started');
      return child;
    },
  };
}

/** How many UpdateAliases of `name`'s `alias` moto took (2xx) through `proxy`. */
export function movesTaken(proxy: FaultProxy, name: string, alias: string): number {
  return proxy.requests.filter(
    (request: ProxiedRequest) =>
      updateAlias(name, alias)(request) &&
      (request.status ?? 0) >= 200 &&
      (request.status ?? 0) < 300,
  ).length;
}

/** Waits until `condition`, failing with the step's output if it ended first. */
export async function waitFor(step: RunningStep, what: string, condition: () => boolean) {
  await waitUntil(what, () => condition() || step.ended());
  if (!condition()) {
    const early = await step.result;
    expect.fail(`the step ended before ${what}:\n${runOutput(early)}`);
  }
}

/**
 * Inputs of a stepped release whose steps hold long enough to be stopped in one (a test
 * stops it within a few hundred ms of the move to step 2).
 */
export function stepped(name: string, more: Record<string, string> = {}): Record<string, string> {
  return {
    'function-name': name,
    source: 'app',
    alias: 'live',
    traffic: '10,50,100',
    'traffic-interval': '4s',
    ...more,
  };
}

/** The runner's identity of run `id`, attempt 1: the marker a step writes names it. */
export function runEnv(id: string): { env: Record<string, string> } {
  return { env: { GITHUB_RUN_ID: id, GITHUB_RUN_ATTEMPT: '1' } };
}

/** Starts a stepped release through `proxy` and waits until moto took its move to step 2. */
export async function inStep2(
  proxy: FaultProxy,
  name: string,
  workspace: string,
  run = '101',
): Promise<RunningStep> {
  const taken = movesTaken(proxy, name, 'live');
  const step = startRun(workspace, stepped(name), proxy.endpoint, runEnv(run));
  await waitFor(step, 'step 2', () => movesTaken(proxy, name, 'live') >= taken + 2);
  return step;
}

/** Kills the step outright, as a runner that lost its machine would: no handler runs. */
export async function killed(step: RunningStep): Promise<DeployRun> {
  step.child().kill('SIGKILL');
  const run = await step.result;
  expect(run.signal).toBe('SIGKILL');
  return run;
}

/**
 * Someone else promotes the canary's version of `name`'s alias live to all its traffic,
 * through `proxy` (so its RevisionId changes as Lambda's would): returns that version.
 */
export async function promotedByHand(proxy: FaultProxy, name: string): Promise<string> {
  const other = lambdaClient(proxy.endpoint);
  const now = await other.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }));
  const next = Object.keys(now.RoutingConfig?.AdditionalVersionWeights ?? {})[0] ?? '';
  await other.send(
    new UpdateAliasCommand({
      FunctionName: name,
      Name: 'live',
      FunctionVersion: next,
      RoutingConfig: { AdditionalVersionWeights: {} },
      RevisionId: now.RevisionId,
      Description: 'promoted by hand',
    }),
  );
  return next;
}
