// reserved-concurrency, provisioned-concurrency, code-signing-config-arn and tags-mode: read in
// readDeployState, decided in planDeploy, applied by the apply functions; unchanged -> no call.
import {
  DeleteFunctionCodeSigningConfigCommand,
  DeleteFunctionConcurrencyCommand,
  DeleteProvisionedConcurrencyConfigCommand,
  GetAliasCommand,
  GetFunctionCodeSigningConfigCommand,
  GetFunctionCommand,
  GetFunctionConcurrencyCommand,
  GetFunctionConfigurationCommand,
  GetProvisionedConcurrencyConfigCommand,
  LambdaClient,
  ProvisionedConcurrencyConfigNotFoundException,
  PutFunctionCodeSigningConfigCommand,
  PutFunctionConcurrencyCommand,
  PutProvisionedConcurrencyConfigCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { LambdaExtras } from '../../../src/aws/lambda-extras.js';
import { applyCodeSigning } from '../../../src/resources/code-signing/apply.js';
import {
  applyReservedConcurrency,
  provisionVersion,
  releaseOldAllocation,
} from '../../../src/resources/concurrency/apply.js';
import { applyConfiguration } from '../../../src/resources/configuration/apply.js';
import { planDeploy, type DeployPlan } from '../../../src/plan/deploy-plan.js';
import { readDeployState } from '../../../src/plan/deploy-state.js';
import { planJson, planLines } from '../../../src/plan/plan-output.js';
import { asInputError, deployErrorOf, thrownBy } from '../helpers/errors.js';
import {
  FUNCTION_ARN,
  FUNCTION_NAME,
  REGION,
  fastTiming,
  functionConfiguration,
  lambdaFunction,
  lambdaRelease,
} from '../helpers/lambda.js';
import { deployConfig } from '../helpers/plan-fixtures.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const lambdaMock = mockClient(LambdaClient);
function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}
const CSC = 'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0';
const OTHER_CSC = 'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef1';
let log: RecordingLogger;

beforeEach(() => {
  lambdaMock.reset();
  log = new RecordingLogger();
});
afterAll(() => {
  lambdaMock.restore();
});

const extras = () =>
  new LambdaExtras(new LambdaClient({ region: REGION }), FUNCTION_NAME, REGION, log, fastTiming);

const config = deployConfig;

const ZIP = {
  code: {
    kind: 'zip' as const,
    package: {
      path: '/tmp/f.zip',
      size: 8,
      sha256: 'new-sha',
      contents: { fileCount: 1, unzippedSize: 8 },
    },
    upload: { kind: 'direct' as const },
  },
  layer: undefined,
};

/** The function exists with `tags`; GetFunctionConfiguration answers for version `versions`. */
function existing(tags: Record<string, string> = {}): void {
  lambdaMock.on(GetFunctionCommand).resolves({
    Configuration: functionConfiguration({ Version: '$LATEST' }),
    Tags: tags,
  });
  lambdaMock.on(GetFunctionConfigurationCommand).callsFake((input: { Qualifier?: string }) =>
    functionConfiguration({
      Version: input.Qualifier,
      FunctionArn: `${FUNCTION_ARN}:${input.Qualifier ?? ''}`,
    }),
  );
}

async function planFor(inputs: Record<string, string>): Promise<DeployPlan> {
  const deploy = config(inputs);
  const state = await readDeployState(
    {
      lambda: lambdaFunction(log),
      releaser: lambdaRelease(log),
      layer: undefined,
      alarms: undefined,
      extras: extras(),
    },
    deploy,
  );
  return planDeploy(deploy, state, ZIP);
}

const notFound = () =>
  new ProvisionedConcurrencyConfigNotFoundException({ message: 'No config', $metadata: {} });

describe('inputs', () => {
  it.each([
    [{ 'reserved-concurrency': '1001' }, 'reserved-concurrency'],
    [{ 'reserved-concurrency': 'unlimited' }, 'reserved-concurrency'],
    [{ 'provisioned-concurrency': '0', alias: 'live' }, 'provisioned-concurrency'],
    [{ 'provisioned-concurrency': '5' }, 'provisioned-concurrency'],
    [{ 'provisioned-concurrency': '5', alias: 'live', traffic: '10' }, 'provisioned-concurrency'],
    [
      { 'provisioned-concurrency': '5', alias: 'live', traffic: '10,100' },
      'provisioned-concurrency',
    ],
    [{ 'code-signing-config-arn': 'csc-1' }, 'code-signing-config-arn'],
    [{ 'tags-mode': 'overwrite' }, 'tags-mode'],
  ])('refuses %j naming %s', (inputs, input) => {
    expect(asInputError(thrownBy(() => config(inputs))).input).toBe(input);
  });

  it('takes none, numbers and the modes', () => {
    expect(config({ 'reserved-concurrency': 'none' }).settings.reservedConcurrency).toBe('none');
    expect(config({ 'reserved-concurrency': '0' }).settings.reservedConcurrency).toBe(0);
    expect(config({ 'code-signing-config-arn': 'none' }).settings.codeSigningConfigArn).toBe('');
    expect(
      config({ 'provisioned-concurrency': '10', alias: 'live' }).settings.provisionedConcurrency,
    ).toBe(10);
    expect(config({}).settings.tagsMode).toBe('merge');
  });
});

describe('reserved concurrency', () => {
  it('plans a set, then applies it with PutFunctionConcurrency', async () => {
    existing();
    lambdaMock.on(GetFunctionConcurrencyCommand).resolves({});
    lambdaMock.on(PutFunctionConcurrencyCommand).resolves({ ReservedConcurrentExecutions: 50 });
    const plan = await planFor({ 'reserved-concurrency': '50' });
    expect(planJson(plan).reservedConcurrency).toEqual({ from: null, to: 50 });
    expect(planJson(plan).changes).toBe(true);
    expect(planLines(planJson(plan))).toContain('Reserved concurrency: (none) -> 50');
    await applyReservedConcurrency(extras(), required(plan.reservedConcurrency), log);
    expect(lambdaMock.commandCalls(PutFunctionConcurrencyCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      ReservedConcurrentExecutions: 50,
    });
  });

  it('plans a change from 10 to 20', async () => {
    existing();
    lambdaMock.on(GetFunctionConcurrencyCommand).resolves({ ReservedConcurrentExecutions: 10 });
    expect((await planFor({ 'reserved-concurrency': '20' })).reservedConcurrency).toEqual({
      from: 10,
      to: 20,
    });
  });

  it('removes it with DeleteFunctionConcurrency for none', async () => {
    existing();
    lambdaMock.on(GetFunctionConcurrencyCommand).resolves({ ReservedConcurrentExecutions: 10 });
    lambdaMock.on(DeleteFunctionConcurrencyCommand).resolves({});
    const plan = await planFor({ 'reserved-concurrency': 'none' });
    expect(planJson(plan).reservedConcurrency).toEqual({ from: 10, to: null });
    await applyReservedConcurrency(extras(), required(plan.reservedConcurrency), log);
    expect(lambdaMock.commandCalls(DeleteFunctionConcurrencyCommand)).toHaveLength(1);
  });

  it('plans nothing when it already is as asked, or not set (no read at all)', async () => {
    existing();
    lambdaMock.on(GetFunctionConcurrencyCommand).resolves({ ReservedConcurrentExecutions: 10 });
    expect((await planFor({ 'reserved-concurrency': '10' })).reservedConcurrency).toBeUndefined();
    lambdaMock.on(GetFunctionConcurrencyCommand).resolves({});
    expect((await planFor({ 'reserved-concurrency': 'none' })).reservedConcurrency).toBeUndefined();
    lambdaMock.resetHistory();
    const plan = await planFor({});
    expect(plan.reservedConcurrency).toBeUndefined();
    expect(planJson(plan)).not.toHaveProperty('reservedConcurrency');
    expect(lambdaMock.commandCalls(GetFunctionConcurrencyCommand)).toHaveLength(0);
  });
});

describe('code signing config', () => {
  it('plans set, change and removal, and nothing when it matches', async () => {
    existing();
    lambdaMock.on(GetFunctionCodeSigningConfigCommand).resolves({ FunctionName: FUNCTION_NAME });
    expect((await planFor({ 'code-signing-config-arn': CSC })).codeSigning).toEqual({
      from: '',
      to: CSC,
    });
    lambdaMock
      .on(GetFunctionCodeSigningConfigCommand)
      .resolves({ CodeSigningConfigArn: CSC, FunctionName: FUNCTION_NAME });
    expect((await planFor({ 'code-signing-config-arn': OTHER_CSC })).codeSigning).toEqual({
      from: CSC,
      to: OTHER_CSC,
    });
    const removal = await planFor({ 'code-signing-config-arn': 'none' });
    expect(planJson(removal).codeSigningConfig).toEqual({ from: CSC, to: null });
    expect((await planFor({ 'code-signing-config-arn': CSC })).codeSigning).toBeUndefined();
  });

  it('applies with Put, and Delete for none', async () => {
    lambdaMock.on(PutFunctionCodeSigningConfigCommand).resolves({});
    lambdaMock.on(DeleteFunctionCodeSigningConfigCommand).resolves({});
    await applyCodeSigning(extras(), { from: '', to: CSC }, log);
    await applyCodeSigning(extras(), { from: CSC, to: '' }, log);
    expect(lambdaMock.commandCalls(PutFunctionCodeSigningConfigCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      CodeSigningConfigArn: CSC,
    });
    expect(lambdaMock.commandCalls(DeleteFunctionCodeSigningConfigCommand)).toHaveLength(1);
  });
});

describe('provisioned concurrency', () => {
  function aliasOn(version: string): void {
    lambdaMock.on(GetAliasCommand).resolves({
      Name: 'live',
      AliasArn: `${FUNCTION_ARN}:live`,
      FunctionVersion: version,
      RevisionId: 'r1',
    });
  }

  it('puts it on the new version and plans the old allocation removed', async () => {
    existing();
    aliasOn('3');
    lambdaMock
      .on(GetProvisionedConcurrencyConfigCommand)
      .resolves({ RequestedProvisionedConcurrentExecutions: 5, Status: 'READY' });
    const plan = await planFor({ alias: 'live', 'provisioned-concurrency': '5' });
    expect(planJson(plan).provisionedConcurrency).toEqual({
      action: 'put',
      executions: 5,
      version: null,
      removeFrom: '3',
    });
    expect(planLines(planJson(plan)).join('\n')).toContain('then removed from version 3');
  });

  it('plans no removal when the old version has none', async () => {
    existing();
    aliasOn('3');
    lambdaMock.on(GetProvisionedConcurrencyConfigCommand).rejects(notFound());
    const plan = await planFor({ alias: 'live', 'provisioned-concurrency': '5' });
    expect(plan.provisionedConcurrency).toMatchObject({ action: 'put', removeFrom: undefined });
  });

  it('keeps it, with no write, when the reused version already has it at that number', async () => {
    // $LATEST runs what version 3 holds: the plan reuses version 3.
    existing();
    aliasOn('3');
    lambdaMock
      .on(GetProvisionedConcurrencyConfigCommand)
      .resolves({ RequestedProvisionedConcurrentExecutions: 5, Status: 'READY' });
    const deploy = config({ alias: 'live', 'provisioned-concurrency': '5' });
    const state = await readDeployState(
      {
        lambda: lambdaFunction(log),
        releaser: lambdaRelease(log),
        layer: undefined,
        alarms: undefined,
        extras: extras(),
      },
      deploy,
    );
    const unchanged = {
      ...ZIP,
      code: {
        ...ZIP.code,
        package: { ...ZIP.code.package, sha256: functionConfiguration().CodeSha256 ?? '' },
      },
    };
    const plan = planDeploy(deploy, state, unchanged);
    expect(plan.release.publish).toMatchObject({ version: '3' });
    expect(plan.provisionedConcurrency).toEqual({
      action: 'keep',
      executions: 5,
      version: '3',
      removeFrom: undefined,
    });
    expect(planJson(plan).changes).toBe(false);
  });

  it('waits until READY after the put', async () => {
    lambdaMock.on(PutProvisionedConcurrencyConfigCommand).resolves({ Status: 'IN_PROGRESS' });
    lambdaMock
      .on(GetProvisionedConcurrencyConfigCommand)
      .resolvesOnce({ RequestedProvisionedConcurrentExecutions: 5, Status: 'IN_PROGRESS' })
      .resolvesOnce({ RequestedProvisionedConcurrentExecutions: 5, Status: 'IN_PROGRESS' })
      .resolves({
        RequestedProvisionedConcurrentExecutions: 5,
        AllocatedProvisionedConcurrentExecutions: 5,
        Status: 'READY',
      });
    await provisionVersion(extras(), '4', 5, 10, log);
    expect(
      lambdaMock.commandCalls(PutProvisionedConcurrencyConfigCommand)[0]?.args[0].input,
    ).toEqual({ FunctionName: FUNCTION_NAME, Qualifier: '4', ProvisionedConcurrentExecutions: 5 });
    expect(lambdaMock.commandCalls(GetProvisionedConcurrencyConfigCommand)).toHaveLength(3);
    expect(log.infosWith('READY').length).toBeGreaterThan(0);
  });

  it("fails with Lambda's StatusReason when the allocation FAILED", async () => {
    lambdaMock.on(PutProvisionedConcurrencyConfigCommand).resolves({ Status: 'IN_PROGRESS' });
    lambdaMock.on(GetProvisionedConcurrencyConfigCommand).resolves({
      RequestedProvisionedConcurrentExecutions: 5,
      Status: 'FAILED',
      StatusReason: 'FUNCTION_ERROR_INIT_FAILURE',
    });
    const error = await deployErrorOf(provisionVersion(extras(), '4', 5, 10, log));
    expect(error.message).toContain('FUNCTION_ERROR_INIT_FAILURE');
    expect(error.message).toContain('version 4');
  });

  it('fails at wait-timeout when it is still IN_PROGRESS', async () => {
    lambdaMock.on(PutProvisionedConcurrencyConfigCommand).resolves({ Status: 'IN_PROGRESS' });
    lambdaMock.on(GetProvisionedConcurrencyConfigCommand).resolves({
      RequestedProvisionedConcurrentExecutions: 5,
      AllocatedProvisionedConcurrentExecutions: 2,
      Status: 'IN_PROGRESS',
    });
    const started = Date.now();
    const error = await deployErrorOf(provisionVersion(extras(), '4', 5, 1, log));
    expect(error.message).toMatch(
      /still IN_PROGRESS \(2 of 5 allocated\) after 1 s \(wait-timeout\)/,
    );
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('removes the old allocation; one already gone is no error', async () => {
    lambdaMock.on(DeleteProvisionedConcurrencyConfigCommand).resolvesOnce({}).rejects(notFound());
    await releaseOldAllocation(extras(), '3', log);
    await releaseOldAllocation(extras(), '3', log);
    expect(lambdaMock.commandCalls(DeleteProvisionedConcurrencyConfigCommand)).toHaveLength(2);
  });
});

describe('tags-mode replace', () => {
  const TAGS = { team: 'orders', owner: 'alice', 'aws:cloudformation:stack-name': 'orders' };

  it('removes keys not listed, never aws: ones, and shows them in the plan', async () => {
    existing(TAGS);
    const plan = await planFor({ tags: 'team=orders\ncost=42', 'tags-mode': 'replace' });
    expect(plan.untag).toEqual(['owner']);
    expect(planJson(plan)).toMatchObject({ tags: ['cost'], tagsRemoved: ['owner'] });
    expect(planLines(planJson(plan))).toContain('Tags to remove (tags-mode replace): owner');
    lambdaMock.on(TagResourceCommand).resolves({});
    lambdaMock.on(UntagResourceCommand).resolves({});
    const found = required(plan.function.found);
    await applyConfiguration(
      lambdaFunction(log),
      { update: {}, changes: [], tags: plan.tags, untag: plan.untag },
      10,
      log,
      found,
    );
    expect(lambdaMock.commandCalls(UntagResourceCommand)[0]?.args[0].input).toEqual({
      Resource: FUNCTION_ARN,
      TagKeys: ['owner'],
    });
  });

  it('merge (the default) removes nothing; replace with the same tags plans no change', async () => {
    existing(TAGS);
    const merged = await planFor({ tags: 'team=orders' });
    expect(merged.untag).toBeUndefined();
    expect(planJson(merged).tags).toEqual([]);
    const same = await planFor({ tags: 'team=orders\nowner=alice', 'tags-mode': 'replace' });
    expect(same.untag).toBeUndefined();
    expect(planJson(same).tags).toEqual([]);
    expect(planJson(same)).not.toHaveProperty('tagsRemoved');
  });
});
