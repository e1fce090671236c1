import { CreateAliasCommand, UpdateAliasCommand } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import type { FunctionState } from '../../src/aws/function-state.js';
import { updateFunctionCode } from '../../src/resources/code/apply.js';
import { ensureFunctionUrl } from '../../src/resources/function-url/apply.js';
import { deletePreview } from '../../src/apply/preview-cleanup.js';
import { release } from '../../src/resources/alias/apply.js';
import { DeployError } from '../../src/errors.js';
import { parseInputs, type DeployConfig } from '../../src/inputs.js';
import { preparePackage } from '../../src/package/deployment-package.js';
import { type DeploymentPackage } from '../../src/package/package-contents.js';
import { NEW_VERSION } from '../../src/resources/versions/plan.js';
import { planAlias } from '../../src/resources/alias/plan.js';
import { planDeploy } from '../../src/plan/deploy-plan.js';
import { readDeployState } from '../../src/plan/deploy-state.js';
import { planJson } from '../../src/plan/plan-output.js';
import {
  createTestFunction,
  lambdaClient,
  lambdaFunction,
  readFunction,
  silentLogger,
  uniqueFunctionName,
} from '../support/aws.js';
import { useFaultProxy, type FaultRule } from '../support/fault-proxy.js';
import {
  addPermission,
  anyRequestFor,
  createAlias,
  createFunctionUrl,
  deleteFunction,
  publishCodeShaMismatch,
  publishPreconditionFailed,
  publishVersion,
  qualifierOf,
  removePermission,
  reportsRevisionId,
  updateAlias,
} from '../support/lambda-faults.js';
import {
  aliasRouting,
  lambdaRelease,
  policyStatements,
  publishedVersions,
  readAlias,
  readFunctionUrl,
  versionNumbers,
} from '../support/lambda-state.js';
import {
  directorySource,
  outputDirectory,
  packageOptions,
  sourceDirectory,
} from '../support/package-fixtures.js';
import { rejectionOf } from '../support/rejection.js';

const proxy = useFaultProxy();

/** The package made from `marker` for `name`. */
async function packageOf(name: string, marker: string): Promise<DeploymentPackage> {
  return preparePackage(
    directorySource(await sourceDirectory(`${marker} of ${name}`)),
    packageOptions(name, await outputDirectory()),
  );
}

/** Deploys a package made from `marker` to `name` through the proxy, as main does before releasing. */
async function deployCode(name: string, marker: string): Promise<FunctionState> {
  const pkg = await packageOf(name, marker);
  const result = await updateFunctionCode(
    lambdaFunction(name, proxy().endpoint),
    pkg,
    { skipUnchanged: true, waitTimeoutSeconds: 30, upload: { kind: 'direct' } },
    silentLogger,
  );
  expect(result.function.codeSha256).toBe(pkg.sha256);
  return result.function;
}

interface ReleaseInputs {
  readonly alias: string | undefined;
  readonly publish?: boolean;
  readonly traffic?: number;
  readonly versionDescription?: string;
}

/** parseInputs' config for `name` with the release inputs given, as main would get it. */
function configFor(name: string, inputs: ReleaseInputs): DeployConfig {
  const all: Record<string, string> = {
    'function-name': name,
    source: 'app',
    alias: inputs.alias ?? '',
    publish: String(inputs.publish ?? true),
    traffic: String(inputs.traffic ?? 100),
    'version-description': inputs.versionDescription ?? 'released by a test',
  };
  return parseInputs((input) => all[input] ?? '', {
    AWS_REGION: 'us-east-1',
    GITHUB_WORKSPACE: '/home/runner/work/repo/repo',
  });
}

/**
 * Plans the release of a new version as the planner does (the alias read, then planAlias),
 * then carries it out; an alias implies publishing, as the inputs say.
 */
async function releaseOf(name: string, deployed: FunctionState, inputs: ReleaseInputs) {
  const config = configFor(name, inputs);
  const releaser = lambdaRelease(name, proxy().endpoint);
  const { alias } = config.release;
  const before = alias === undefined ? undefined : await releaser.getAlias(alias);
  return release(
    releaser,
    deployed,
    {
      publish: config.release.publish ? NEW_VERSION : 'none',
      alias: planAlias(config, before, NEW_VERSION),
    },
    config.release.versionDescription,
    silentLogger,
  );
}

/** Deploys new code and releases it to `alias` with all of its traffic; returns the version. */
async function deployToAlias(name: string, alias: string, marker: string): Promise<string> {
  const released = await releaseOf(name, await deployCode(name, marker), { alias });
  const version = released.version?.version;
  if (version === undefined) throw new Error('release published no version');
  return version;
}

const FUNCTION_URL_ACTIONS = ['lambda:InvokeFunctionUrl', 'lambda:InvokeFunction'];

describe('release against moto', () => {
  it('publishes the deployed code as a version with its description, and touches no alias', async () => {
    const name = await createTestFunction();
    proxy().inject(reportsRevisionId(name, 'a6f3c9e0-rev-of-this-deploy'));
    const deployed = await deployCode(name, 'v1');
    expect(deployed.revisionId).toBe('a6f3c9e0-rev-of-this-deploy');

    const result = await releaseOf(name, deployed, {
      alias: undefined,
      versionDescription: 'abc1234 refs/heads/main, run 42 attempt 1',
    });

    const version = result.version?.version ?? '';
    expect(result).toEqual({
      version: { version, arn: `${deployed.arn}:${version}` },
      previousVersion: undefined,
      alias: undefined,
    });
    const published = (await publishedVersions(name)).find((v) => v.Version === version);
    expect(published).toMatchObject({
      CodeSha256: deployed.codeSha256,
      Description: 'abc1234 refs/heads/main, run 42 attempt 1',
    });
    // The precondition moto ignores: the version may only capture what this run deployed.
    expect(proxy().jsonBodies(publishVersion(name))).toEqual([
      {
        CodeSha256: deployed.codeSha256,
        RevisionId: deployed.revisionId,
        Description: 'abc1234 refs/heads/main, run 42 attempt 1',
      },
    ]);
    expect(proxy().count((request) => request.path.includes('/aliases'))).toBe(0);
  });

  it('publishes nothing when neither publish nor an alias is asked for', async () => {
    const name = await createTestFunction();
    const deployed = await deployCode(name, 'v1');

    const result = await releaseOf(name, deployed, { publish: false, alias: undefined });

    expect(result).toEqual({ version: undefined, previousVersion: undefined, alias: undefined });
    expect(proxy().count(publishVersion(name))).toBe(0);
    expect(await versionNumbers(name)).toEqual([]);
  });

  it('creates the alias at the new version, then moves it to the next one', async () => {
    const name = await createTestFunction();
    const firstCode = await deployCode(name, 'v1');

    const first = await releaseOf(name, firstCode, { publish: false, alias: 'live' });

    const v1 = first.version?.version ?? '';
    expect(first.previousVersion).toBeUndefined();
    expect(first.alias).toMatchObject({ name: 'live', arn: `${firstCode.arn}:live`, version: v1 });
    expect(await aliasRouting(name, 'live')).toEqual({ version: v1, weights: {} });
    expect((await publishedVersions(name)).find((v) => v.Version === v1)?.CodeSha256).toBe(
      firstCode.codeSha256,
    );

    const secondCode = await deployCode(name, 'v2');
    const second = await releaseOf(name, secondCode, { alias: 'live' });

    const v2 = second.version?.version ?? '';
    expect(v2).not.toBe(v1);
    expect(second.previousVersion).toBe(v1);
    expect(second.alias).toMatchObject({ name: 'live', version: v2, weights: {} });
    expect(await aliasRouting(name, 'live')).toEqual({ version: v2, weights: {} });
    expect((await publishedVersions(name)).find((v) => v.Version === v2)?.CodeSha256).toBe(
      secondCode.codeSha256,
    );
    expect(proxy().count(createAlias(name))).toBe(1);
  });

  it('traffic 10 keeps the old version primary with 10 % to the new one; traffic 100 then promotes it', async () => {
    const name = await createTestFunction();
    const v1 = await deployToAlias(name, 'live', 'v1');
    const canaryCode = await deployCode(name, 'v2');

    const canary = await releaseOf(name, canaryCode, { alias: 'live', traffic: 10 });

    const v2 = canary.version?.version ?? '';
    expect(v2).not.toBe(v1);
    expect(canary.previousVersion).toBe(v1);
    expect(canary.alias).toMatchObject({ version: v1, weights: { [v2]: 0.1 } });
    expect(await aliasRouting(name, 'live')).toEqual({ version: v1, weights: { [v2]: 0.1 } });

    // Promote: the same commit again (the code is unchanged), now with all of the traffic.
    const promoted = await releaseOf(name, await lambdaFunction(name, proxy().endpoint).read(), {
      alias: 'live',
      traffic: 100,
    });

    const promotedVersion = promoted.version?.version ?? '';
    expect(
      (await publishedVersions(name)).find((v) => v.Version === promotedVersion)?.CodeSha256,
    ).toBe(canaryCode.codeSha256);
    expect(promoted.previousVersion).toBe(v1);
    expect(await aliasRouting(name, 'live')).toEqual({ version: promotedVersion, weights: {} });
  });

  it('promotes a canary without publishing: the plan reuses the version that holds the code', async () => {
    const name = await createTestFunction();
    const v1 = await deployToAlias(name, 'live', 'v1');
    const pkg = await packageOf(name, 'v2');
    const deployed = await updateFunctionCode(
      lambdaFunction(name, proxy().endpoint),
      pkg,
      { skipUnchanged: true, waitTimeoutSeconds: 30, upload: { kind: 'direct' } },
      silentLogger,
    );
    const canary = await releaseOf(name, deployed.function, { alias: 'live', traffic: 10 });
    const v2 = canary.version?.version ?? '';
    const versionsBefore = await versionNumbers(name);
    const publishes = proxy().count(publishVersion(name));

    // Read, then plan, as main does: the same package again, now with all of the traffic.
    const config = configFor(name, { alias: 'live', traffic: 100 });
    const readers = {
      lambda: lambdaFunction(name, proxy().endpoint),
      releaser: lambdaRelease(name, proxy().endpoint),
      layer: undefined,
      alarms: undefined,
    };
    const built = {
      code: { kind: 'zip' as const, package: pkg, upload: { kind: 'direct' as const } },
      layer: undefined,
      alarms: undefined,
    };
    const state = await readDeployState(readers, config);
    const plan = planDeploy(config, state, built);
    expect(planJson(plan)).toMatchObject({
      changes: true,
      code: { action: 'skip' },
      version: { action: 'reuse', version: v2 },
      alias: { action: 'update', before: `${v1} (90 %) / ${v2} (10 %)`, after: v2 },
    });
    if (state.function === undefined) throw new Error('expected the function');

    const promoted = await release(
      readers.releaser,
      state.function,
      plan.release,
      config.release.versionDescription,
      silentLogger,
    );

    expect(promoted.version).toEqual({ version: v2, arn: `${deployed.function.arn}:${v2}` });
    expect(promoted.previousVersion).toBe(v1);
    expect(await aliasRouting(name, 'live')).toEqual({ version: v2, weights: {} });
    expect(proxy().count(publishVersion(name))).toBe(publishes);
    expect(await versionNumbers(name)).toEqual(versionsBefore);

    // Once more: the alias already routes as asked, so nothing would change.
    const again = planDeploy(config, await readDeployState(readers, config), built);
    expect(planJson(again)).toMatchObject({
      changes: false,
      version: { action: 'reuse', version: v2 },
      alias: { action: 'keep', before: v2, after: v2 },
    });
  });

  it('refuses a traffic split for an alias that does not exist yet, before publishing anything', async () => {
    const name = await createTestFunction();
    const deployed = await deployCode(name, 'v1');

    const error = await rejectionOf(releaseOf(name, deployed, { alias: 'live', traffic: 10 }));

    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain("Alias 'live' does not exist yet");
    expect(proxy().count(publishVersion(name))).toBe(0);
    expect(await readAlias(name, 'live')).toBeUndefined();
  });
});

describe('release when another deploy changed the function meanwhile', () => {
  it.each<{ label: string; fault: (name: string) => FaultRule; traffic: number }>([
    {
      label: '412 PreconditionFailedException, traffic 100',
      fault: publishPreconditionFailed,
      traffic: 100,
    },
    {
      label: '412 PreconditionFailedException, traffic 10',
      fault: publishPreconditionFailed,
      traffic: 10,
    },
    { label: 'CodeSha256 no longer $LATEST', fault: publishCodeShaMismatch, traffic: 100 },
  ])('fails and leaves the alias as it was ($label)', async ({ fault, traffic }) => {
    const name = await createTestFunction();
    const v1 = await deployToAlias(name, 'live', 'v1');
    const aliasBefore = await readAlias(name, 'live');
    const versionsBefore = await versionNumbers(name);
    const deployed = await deployCode(name, 'v2');
    const since = proxy().requests.length;
    const injected = proxy().inject(fault(name));

    const error = await rejectionOf(releaseOf(name, deployed, { alias: 'live', traffic }));

    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toMatch(new RegExp(`changed function '${name}' meanwhile`));
    expect(injected.used).toBe(1);
    expect(await aliasRouting(name, 'live')).toEqual({ version: v1, weights: {} });
    expect((await readAlias(name, 'live'))?.RoutingConfig).toEqual(aliasBefore?.RoutingConfig);
    const aliasWrites = proxy()
      .requests.slice(since)
      .filter((request) => updateAlias(name, 'live')(request) || createAlias(name)(request));
    expect(aliasWrites).toEqual([]);
    expect(await versionNumbers(name)).toEqual(versionsBefore);
  });

  it('creates no alias when the first release fails its precondition', async () => {
    const name = await createTestFunction();
    const deployed = await deployCode(name, 'v1');
    proxy().inject(publishPreconditionFailed(name));

    const error = await rejectionOf(releaseOf(name, deployed, { alias: 'pr-1' }));

    expect(error.message).toContain('meanwhile');
    expect(proxy().count(createAlias(name))).toBe(0);
    expect(await readAlias(name, 'pr-1')).toBeUndefined();
    expect(await versionNumbers(name)).toEqual([]);
  });
});

describe('ensureFunctionUrl against moto', () => {
  it('public: one URL on the alias with both invoke permissions; a redeploy keeps both as they are', async () => {
    const name = await createTestFunction();
    await deployToAlias(name, 'pr-1', 'v1');

    const url = await ensureFunctionUrl(
      lambdaRelease(name, proxy().endpoint),
      'pr-1',
      'public',
      silentLogger,
    );

    expect(url).toMatch(/^https:\/\/\S+/);
    expect(await readFunctionUrl(name, 'pr-1')).toMatchObject({
      FunctionUrl: url,
      AuthType: 'NONE',
    });
    const statements = await policyStatements(name, 'pr-1');
    expect(statements).toHaveLength(2);
    expect(statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'lambda:InvokeFunctionUrl',
          principal: '*',
          functionUrlAuthType: 'NONE',
        }),
        expect.objectContaining({
          action: 'lambda:InvokeFunction',
          principal: '*',
          invokedViaFunctionUrl: 'true',
        }),
      ]),
    );
    // moto keeps one URL and one policy per function whatever the Qualifier: so check it was sent.
    const urlAndPolicyWrites = proxy().requests.filter(
      (request) => createFunctionUrl(name)(request) || addPermission(name)(request),
    );
    expect(urlAndPolicyWrites.map(qualifierOf)).toEqual(['pr-1', 'pr-1', 'pr-1']);

    await deployToAlias(name, 'pr-1', 'v2');
    const again = await ensureFunctionUrl(
      lambdaRelease(name, proxy().endpoint),
      'pr-1',
      'public',
      silentLogger,
    );

    expect(again).toBe(url);
    expect(await readFunctionUrl(name, 'pr-1')).toMatchObject({
      FunctionUrl: url,
      AuthType: 'NONE',
    });
    expect(await policyStatements(name, 'pr-1')).toEqual(statements);
    expect(proxy().count(createFunctionUrl(name))).toBe(1);
    expect(proxy().count(addPermission(name))).toBe(2);
  });

  it('iam: switching a public URL to iam keeps the URL and removes the public statements', async () => {
    const name = await createTestFunction();
    await deployToAlias(name, 'staging', 'v1');
    const releaser = lambdaRelease(name, proxy().endpoint);
    const url = await ensureFunctionUrl(releaser, 'staging', 'public', silentLogger);

    const iamUrl = await ensureFunctionUrl(releaser, 'staging', 'iam', silentLogger);

    expect(iamUrl).toBe(url);
    expect(await readFunctionUrl(name, 'staging')).toMatchObject({
      FunctionUrl: url,
      AuthType: 'AWS_IAM',
    });
    const left = (await policyStatements(name, 'staging')).filter((statement) =>
      FUNCTION_URL_ACTIONS.includes(statement.action),
    );
    expect(left).toEqual([]);
  });

  it('none: makes no URL and no permission', async () => {
    const name = await createTestFunction();
    await deployToAlias(name, 'pr-1', 'v1');

    const url = await ensureFunctionUrl(
      lambdaRelease(name, proxy().endpoint),
      'pr-1',
      'none',
      silentLogger,
    );

    expect(url).toBeUndefined();
    expect(await readFunctionUrl(name, 'pr-1')).toBeUndefined();
    expect(await policyStatements(name, 'pr-1')).toEqual([]);
  });
});

describe('deletePreview against moto', () => {
  it('removes the URL, its permissions, the alias and its version; a second run finds nothing', async () => {
    const name = await createTestFunction();
    const version = await deployToAlias(name, 'pr-2', 'v1');
    const releaser = lambdaRelease(name, proxy().endpoint);
    await ensureFunctionUrl(releaser, 'pr-2', 'public', silentLogger);
    const granted = (await policyStatements(name, 'pr-2')).map((statement) => statement.sid);
    expect(granted).toHaveLength(2);

    const result = await deletePreview(releaser, 'pr-2', silentLogger);

    expect(result).toEqual({ aliasDeleted: true, version, versionDeleted: true });
    expect(await readAlias(name, 'pr-2')).toBeUndefined();
    expect(await readFunctionUrl(name, 'pr-2')).toBeUndefined();
    expect(await versionNumbers(name)).not.toContain(version);
    const removals = proxy().requests.filter(removePermission(name));
    expect(
      removals.map((request) => [request.path.split('/').pop(), qualifierOf(request)]),
    ).toEqual(expect.arrayContaining(granted.map((sid) => [sid, 'pr-2'])));
    expect(
      (await policyStatements(name, undefined)).filter((statement) =>
        granted.includes(statement.sid),
      ),
    ).toEqual([]);
    // Only the version was deleted, never the function itself.
    expect(proxy().requests.filter(deleteFunction(name)).map(qualifierOf)).toEqual([version]);
    expect((await readFunction(name)).FunctionName).toBe(name);

    const deletions = proxy().count(deleteFunction(name));
    const second = await deletePreview(releaser, 'pr-2', silentLogger);

    expect(second).toEqual({ aliasDeleted: false, version: undefined, versionDeleted: false });
    expect(proxy().count(deleteFunction(name))).toBe(deletions);
  });

  it.each([
    {
      how: 'points at it',
      share: async (name: string, _old: string, preview: string) => {
        await lambdaClient().send(
          new CreateAliasCommand({ FunctionName: name, Name: 'staging', FunctionVersion: preview }),
        );
        return 'staging';
      },
    },
    {
      how: 'sends it a share of its traffic',
      share: async (name: string, old: string, preview: string) => {
        await lambdaClient().send(
          new UpdateAliasCommand({
            FunctionName: name,
            Name: 'live',
            FunctionVersion: old,
            RoutingConfig: { AdditionalVersionWeights: { [preview]: 0.2 } },
          }),
        );
        return 'live';
      },
    },
  ])('keeps the version when another alias $how', async ({ share }) => {
    const name = await createTestFunction();
    const old = await deployToAlias(name, 'live', 'v1');
    const preview = await deployToAlias(name, 'pr-3', 'v2');
    const other = await share(name, old, preview);
    const otherRouting = await aliasRouting(name, other);

    const result = await deletePreview(lambdaRelease(name, proxy().endpoint), 'pr-3', silentLogger);

    expect(result).toEqual({ aliasDeleted: true, version: preview, versionDeleted: false });
    expect(await readAlias(name, 'pr-3')).toBeUndefined();
    expect(await versionNumbers(name)).toContain(preview);
    expect(await aliasRouting(name, other)).toEqual(otherRouting);
    expect(proxy().count(deleteFunction(name))).toBe(0);
  });

  it('never deletes $LATEST when the alias pointed at it', async () => {
    const name = await createTestFunction();
    await lambdaClient().send(
      new CreateAliasCommand({ FunctionName: name, Name: 'pr-4', FunctionVersion: '$LATEST' }),
    );

    const result = await deletePreview(lambdaRelease(name, proxy().endpoint), 'pr-4', silentLogger);

    expect(result).toEqual({ aliasDeleted: true, version: '$LATEST', versionDeleted: false });
    expect(proxy().count(deleteFunction(name))).toBe(0);
    expect((await readFunction(name)).FunctionName).toBe(name);
  });

  it('says so when the function does not exist', async () => {
    const name = uniqueFunctionName('missing');

    const error = await rejectionOf(
      deletePreview(lambdaRelease(name, proxy().endpoint), 'pr-5', silentLogger),
    );

    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain(`function '${name}' does not exist`);
    expect(proxy().count(anyRequestFor(name))).toBeGreaterThan(0);
  });
});
