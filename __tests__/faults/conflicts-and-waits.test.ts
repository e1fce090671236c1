import { describe, expect, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { createTestFunction, readFunction } from '../support/aws.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import {
  conflictOn,
  getFunction,
  publishVersion,
  updateAlias,
  updateFailed,
  updateFunctionCode,
  updateFunctionConfiguration,
  updateInProgress,
} from '../support/lambda-faults.js';
import { digestOf } from '../support/package-fixtures.js';
import { deployedWithLiveAlias } from '../support/released-function.js';
import { aliasRouting, publishedVersions, versionNumbers } from '../support/lambda-state.js';

const proxy = useFaultProxy();

/** The wait-timeout of the tests whose update never ends, in seconds. */
const WAIT_TIMEOUT = 3;
/** What a run may take beyond wait-timeout: starting Node, packaging, the calls around the wait. */
const SLACK_SECONDS = 8;

/** The second deploy: the changed source, alias live, through the proxy. */
function redeploy(
  target: { name: string; workspace: string },
  inputs: Readonly<Record<string, string>> = {},
): Promise<DeployRun> {
  return runDeployAction(
    target.workspace,
    { 'function-name': target.name, source: 'app', alias: 'live', ...inputs },
    proxy().endpoint,
  );
}

/** moto's status for each request `matcher` picks; undefined for those a fault answered. */
function statuses(matcher: RequestMatcher): (number | undefined)[] {
  return proxy()
    .requests.filter(matcher)
    .map((request) => request.status);
}

/**
 * When the proxy saw each request `matcher` picks (performance.now(), in order). The rule
 * records and never acts; inject it before the faults so that it sees every request.
 */
function timesOf(matcher: RequestMatcher): number[] {
  const seen: number[] = [];
  proxy().inject({
    match: (request) => {
      if (matcher(request)) seen.push(performance.now());
      return false;
    },
    behaviour: { kind: 'reset' },
  });
  return seen;
}

/**
 * The deploy succeeded once: the new code is $LATEST, exactly one version was published,
 * it holds that code, and alias live points to it alone.
 */
async function expectDeployedOnce(
  run: DeployRun,
  before: { name: string; version: string; versions: string[] },
): Promise<string> {
  expect(run.exitCode, runOutput(run)).toBe(0);
  expect(run.errors).toEqual([]);
  const { name } = before;
  const expected = await digestOf(run.outputs['package-path'] ?? '');
  const version = run.outputs['version'] ?? '';
  expect(run.outputs).toMatchObject({
    deployed: 'true',
    'code-sha256': expected.sha256,
    'previous-version': before.version,
  });
  expect((await readFunction(name)).CodeSha256).toBe(expected.sha256);
  expect(await versionNumbers(name)).toEqual([...before.versions, version]);
  expect((await publishedVersions(name)).find((v) => v.Version === version)?.CodeSha256).toBe(
    expected.sha256,
  );
  expect(await aliasRouting(name, 'live')).toEqual({ version, weights: {} });
  return version;
}

/** The deploy failed leaving the release as it was: no version published, live not moved. */
async function expectReleaseUntouched(before: {
  name: string;
  version: string;
  versions: string[];
}): Promise<void> {
  const { name } = before;
  expect(proxy().count(publishVersion(name))).toBe(0);
  expect(proxy().count(updateAlias(name, 'live'))).toBe(0);
  expect(await versionNumbers(name)).toEqual(before.versions);
  expect(await aliasRouting(name, 'live')).toEqual({ version: before.version, weights: {} });
}

describe('the bundled action when Lambda answers ResourceConflictException', () => {
  it('retries UpdateFunctionCode and deploys exactly once', async () => {
    const before = await deployedWithLiveAlias();
    const conflict = proxy().inject(conflictOn(before.name, updateFunctionCode(before.name), 2));

    const run = await redeploy(before);

    await expectDeployedOnce(run, before);
    expect(conflict.used).toBe(2);
    // Two answered 409 by the proxy, then one that reached moto.
    expect(statuses(updateFunctionCode(before.name))).toEqual([undefined, undefined, 200]);
    expect(run.stdout).toContain('ResourceConflictException');
  });

  it('retries PublishVersion and publishes exactly one version', async () => {
    const before = await deployedWithLiveAlias();
    const conflict = proxy().inject(conflictOn(before.name, publishVersion(before.name), 2));

    const run = await redeploy(before);

    await expectDeployedOnce(run, before);
    expect(conflict.used).toBe(2);
    expect(statuses(publishVersion(before.name))).toEqual([undefined, undefined, 201]);
    expect(statuses(updateFunctionCode(before.name))).toEqual([200]);
  });

  it('retries UpdateFunctionConfiguration and applies the setting once', async () => {
    const before = await deployedWithLiveAlias();
    expect((await readFunction(before.name)).MemorySize).not.toBe(256);
    const conflict = proxy().inject(
      conflictOn(before.name, updateFunctionConfiguration(before.name), 2),
    );

    const run = await redeploy(before, { 'memory-size': '256' });

    const version = await expectDeployedOnce(run, before);
    expect(conflict.used).toBe(2);
    expect(statuses(updateFunctionConfiguration(before.name))).toEqual([undefined, undefined, 200]);
    expect(proxy().jsonBodies(updateFunctionConfiguration(before.name)).at(-1)).toMatchObject({
      MemorySize: 256,
    });
    expect(statuses(updateFunctionCode(before.name))).toEqual([200]);
    expect((await readFunction(before.name)).MemorySize).toBe(256);
    expect((await publishedVersions(before.name)).find((v) => v.Version === version)).toMatchObject(
      { MemorySize: 256 },
    );
  });
});

/** What a failure before the release says of the state it left. */
const NOTHING_RELEASED =
  "No version was published and no alias moved: $LATEST may hold part of this run's changes, " +
  'which the next deploy replaces.';

describe('the bundled action waiting for Lambda to apply the update', () => {
  it('fails after wait-timeout when the update stays InProgress, naming the timeout', async () => {
    const before = await deployedWithLiveAlias();
    proxy().inject(
      updateInProgress(before.name, Infinity, { after: updateFunctionCode(before.name) }),
    );

    const started = performance.now();
    const run = await redeploy(before, { 'wait-timeout': String(WAIT_TIMEOUT) });
    const seconds = (performance.now() - started) / 1000;

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toEqual([
      `Lambda was still updating function '${before.name}' after ${WAIT_TIMEOUT} s ` +
        `(wait-timeout); the update may yet finish or fail. ${NOTHING_RELEASED}`,
    ]);
    // Not much longer than wait-timeout, all of the run included. (That it waits no less is
    // the next test's.)
    expect(seconds).toBeLessThan(WAIT_TIMEOUT + SLACK_SECONDS);
    expect(statuses(updateFunctionCode(before.name))).toEqual([200]);
    // It polled more than once after the update before giving up.
    const polls = proxy().requests.slice(
      proxy().requests.findIndex(updateFunctionCode(before.name)),
    );
    expect(polls.filter(getFunction(before.name)).length).toBeGreaterThan(1);
    expect(run.outputs).not.toHaveProperty('version');
    expect(run.outputs).not.toHaveProperty('alias-arn');
    await expectReleaseUntouched(before);
  });

  it('looks at the function for the whole wait-timeout before giving up', async () => {
    const waitTimeout = 2;
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);
    const updates = timesOf(updateFunctionCode(name));
    const reads = timesOf(getFunction(name));
    proxy().inject(updateInProgress(name, Infinity, { after: updateFunctionCode(name) }));

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 'wait-timeout': String(waitTimeout) },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining(`after ${waitTimeout} s (wait-timeout)`)]);
    const [update] = updates;
    const lastRead = reads.at(-1) ?? Number.NaN;
    expect((lastRead - (update ?? Number.NaN)) / 1000).toBeGreaterThanOrEqual(waitTimeout);
  });

  it("fails with Lambda's reason when the update Failed", async () => {
    const before = await deployedWithLiveAlias();
    const reason =
      'Unzipped size must be smaller than 262144000 bytes (Service: Lambda, Status Code: 400)';
    proxy().inject(updateFailed(before.name, reason, 'InvalidParameterValue'));

    const run = await redeploy(before);

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toEqual([
      `Lambda could not apply the new code to '${before.name}': ${reason}. ${NOTHING_RELEASED}`,
    ]);
    expect(statuses(updateFunctionCode(before.name))).toEqual([200]);
    expect(run.outputs).not.toHaveProperty('version');
    expect(run.outputs).not.toHaveProperty('alias-arn');
    await expectReleaseUntouched(before);
  });

  it('waits for an update already in progress, then deploys exactly once', async () => {
    const before = await deployedWithLiveAlias();
    // The deploy's first read and the waiter's first poll see the earlier update running.
    const earlier = proxy().inject(updateInProgress(before.name, 2));

    const run = await redeploy(before);

    await expectDeployedOnce(run, before);
    expect(earlier.used).toBe(2);
    expect(run.stdout).toContain('Another update of the function is in progress');
    expect(statuses(updateFunctionCode(before.name))).toEqual([200]);
    // UpdateFunctionCode went out only after a GetFunction no longer said InProgress.
    const requests = proxy().requests;
    const update = requests.findIndex(updateFunctionCode(before.name));
    expect(requests.slice(0, update).filter(getFunction(before.name)).length).toBeGreaterThan(2);
  });
});
