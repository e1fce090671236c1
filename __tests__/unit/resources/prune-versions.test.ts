import {
  DeleteFunctionCommand,
  GetAccountSettingsCommand,
  LambdaClient,
  ListAliasesCommand,
  ListDurableExecutionsByFunctionCommand,
  ListProvisionedConcurrencyConfigsCommand,
  ListVersionsByFunctionCommand,
  ResourceNotFoundException,
  type AliasConfiguration,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { FunctionState } from '../../../src/aws/function-state.js';
import type { AliasState } from '../../../src/aws/lambda-release-shapes.js';
import { pruneVersions } from '../../../src/resources/versions/apply.js';
import { versionsToPrune } from '../../../src/resources/versions/plan.js';
import type { DeployPlan } from '../../../src/plan/deploy-plan.js';
import { planJson, planLines } from '../../../src/plan/plan-output.js';
import { writeSummary } from '../../../src/report/deploy-summary.js';
import { type DeployOutcome } from '../../../src/report/outputs.js';
import { FUNCTION_ARN, awsError, lambdaRelease } from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { RecordingSummary } from '../helpers/recording-summary.js';

type Routing = Pick<AliasState, 'version' | 'weights'>;
const routes = (version: string, weights: Record<string, number> = {}): Routing => ({
  version,
  weights,
});
const versions = (count: number) => Array.from({ length: count }, (_, i) => String(i + 1));

describe('versionsToPrune: what goes, decided in one place', () => {
  interface Row {
    readonly what: string;
    readonly published: readonly string[];
    readonly aliases?: readonly Routing[];
    readonly provisioned?: readonly string[];
    readonly keep: number;
    readonly justPublished?: string;
    readonly prune: readonly string[];
  }
  const rows: Row[] = [
    { what: 'keeps the newest N', published: versions(6), keep: 2, prune: ['1', '2', '3', '4'] },
    {
      what: 'orders by number, not by text or list order',
      published: ['10', '9', '2', '11', '1'],
      keep: 3,
      prune: ['1', '2'],
    },
    {
      what: "keeps an old alias's primary version",
      published: versions(5),
      aliases: [routes('1')],
      keep: 2,
      prune: ['2', '3'],
    },
    {
      what: 'keeps an old version that only a weight routes to',
      published: versions(5),
      aliases: [routes('5', { '2': 0.1 })],
      keep: 2,
      prune: ['1', '3'],
    },
    {
      what: 'keeps a version a weight of 0 still names',
      published: versions(4),
      aliases: [routes('4', { '1': 0 })],
      keep: 1,
      prune: ['2', '3'],
    },
    {
      what: 'keeps a version with provisioned concurrency',
      published: versions(5),
      provisioned: ['2'],
      keep: 2,
      prune: ['1', '3'],
    },
    {
      what: "ignores an alias's provisioned concurrency (its version is kept as the alias's)",
      published: versions(3),
      aliases: [routes('3')],
      provisioned: ['live'],
      keep: 1,
      prune: ['1', '2'],
    },
    {
      what: 'keeps the version this run published even when newer ones exist',
      published: versions(5),
      justPublished: '2',
      keep: 2,
      prune: ['1', '3'],
    },
    {
      what: 'never $LATEST',
      published: ['$LATEST', '1', '2', '3'],
      keep: 1,
      prune: ['1', '2'],
    },
    { what: 'nothing when N is at least the count', published: versions(3), keep: 5, prune: [] },
    { what: 'nothing when there are no versions', published: [], keep: 1, prune: [] },
    {
      what: 'the e2e case: old on 1, live on 4 with 10 % on 5',
      published: versions(5),
      aliases: [routes('1'), routes('4', { '5': 0.1 })],
      justPublished: '5',
      keep: 2,
      prune: ['2', '3'],
    },
  ];
  it.each(rows)('$what', (row) => {
    expect(
      versionsToPrune(
        row.published,
        row.aliases ?? [],
        row.provisioned ?? [],
        row.keep,
        row.justPublished,
      ),
    ).toEqual(row.prune);
  });
});

const lambdaMock = mockClient(LambdaClient);

afterAll(() => {
  lambdaMock.restore();
});

function alias(
  name: string,
  version: string,
  weights?: Record<string, number>,
): AliasConfiguration {
  return {
    Name: name,
    AliasArn: `${FUNCTION_ARN}:${name}`,
    FunctionVersion: version,
    ...(weights === undefined ? {} : { RoutingConfig: { AdditionalVersionWeights: weights } }),
  };
}

const SETTINGS = {
  AccountLimit: { TotalCodeSize: 80_530_636_800 },
  AccountUsage: { TotalCodeSize: 3_221_225_472, FunctionCount: 12 },
};

describe('pruneVersions against the Lambda API', () => {
  let log: RecordingLogger;

  beforeEach(() => {
    lambdaMock.reset();
    log = new RecordingLogger();
    lambdaMock.on(ListVersionsByFunctionCommand).resolves({
      Versions: ['$LATEST', ...versions(6)].map((Version) => ({ Version })),
    });
    lambdaMock.on(ListAliasesCommand).resolves({ Aliases: [alias('live', '6', { '2': 0.1 })] });
    lambdaMock.on(ListProvisionedConcurrencyConfigsCommand).resolves({
      ProvisionedConcurrencyConfigs: [{ FunctionArn: `${FUNCTION_ARN}:3`, Status: 'READY' }],
    });
    lambdaMock.on(DeleteFunctionCommand).resolves({});
    lambdaMock.on(GetAccountSettingsCommand).resolves(SETTINGS);
  });

  const deleted = () =>
    lambdaMock.commandCalls(DeleteFunctionCommand).map((call) => call.args[0].input.Qualifier);

  it('deletes exactly what was decided, oldest first, and reads the storage', async () => {
    const result = await pruneVersions(lambdaRelease(log), 2, '6', log);

    // Kept: 6 and 5 (newest two), 2 (weighted), 3 (provisioned).
    expect(deleted()).toEqual(['1', '4']);
    expect(result).toEqual({
      keep: 2,
      removed: ['1', '4'],
      problem: undefined,
      storage: { used: 3_221_225_472, limit: 80_530_636_800, functionCount: 12 },
    });
    expect(log.warnings).toEqual([]);
  });

  it('spares a durable version with executions still going, and lists only durable ones', async () => {
    lambdaMock.on(ListVersionsByFunctionCommand).resolves({
      Versions: ['$LATEST', ...versions(6)].map((Version) => ({
        Version,
        ...(Version === '4' || Version === '1' ? { DurableConfig: { ExecutionTimeout: 60 } } : {}),
      })),
    });
    const running = (version: string) => ({
      DurableExecutionArn: `${FUNCTION_ARN}:${version}/durable-execution/x`,
      DurableExecutionName: 'x',
      FunctionArn: `${FUNCTION_ARN}:${version}`,
      Status: 'PAUSED' as const,
      StartTimestamp: new Date(),
    });
    lambdaMock
      .on(ListDurableExecutionsByFunctionCommand, { Qualifier: '4' })
      .resolves({ DurableExecutions: [running('4')] });
    lambdaMock
      .on(ListDurableExecutionsByFunctionCommand, { Qualifier: '1' })
      .resolves({ DurableExecutions: [] });

    const result = await pruneVersions(lambdaRelease(log), 2, '6', log);

    expect(deleted()).toEqual(['1']);
    expect(result.removed).toEqual(['1']);
    expect(result.spared).toEqual([
      {
        version: '4',
        executions: 1,
        reason: '1 durable execution is still running or paused on it',
      },
    ]);
    const listed = lambdaMock
      .commandCalls(ListDurableExecutionsByFunctionCommand)
      .map((call) => call.args[0].input.Qualifier);
    expect(listed.sort()).toEqual(['1', '4']);
    expect(
      log.infosWith('keep-versions: kept version 4 (1 durable execution is still running'),
    ).toHaveLength(1);
  });

  it('spares a durable version whose executions cannot be listed', async () => {
    lambdaMock.on(ListVersionsByFunctionCommand).resolves({
      Versions: ['$LATEST', ...versions(6)].map((Version) => ({
        Version,
        DurableConfig: { ExecutionTimeout: 60 },
      })),
    });
    lambdaMock
      .on(ListDurableExecutionsByFunctionCommand)
      .rejects(awsError('AccessDeniedException', 'not allowed'));

    const result = await pruneVersions(lambdaRelease(log), 2, '6', log);

    expect(deleted()).toEqual([]);
    expect(result.spared?.map((one) => one.version)).toEqual(['1', '4']);
    expect(result.spared?.[0]?.reason).toContain('lambda:ListDurableExecutionsByFunction');
  });

  it('deletes nothing and warns when provisioned concurrency cannot be read', async () => {
    lambdaMock
      .on(ListProvisionedConcurrencyConfigsCommand)
      .rejects(
        awsError(
          'AccessDeniedException',
          'not authorized to perform: lambda:ListProvisionedConcurrencyConfigs',
        ),
      );

    const result = await pruneVersions(lambdaRelease(log), 2, '6', log);

    expect(deleted()).toEqual([]);
    expect(result.removed).toEqual([]);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain('no version was removed');
    expect(log.warnings[0]).toContain('provisioned concurrency is unknown');
    expect(log.warnings[0]).toContain('lambda:ListProvisionedConcurrencyConfigs');
  });

  it('deletes nothing when the API is missing (404)', async () => {
    lambdaMock
      .on(ListProvisionedConcurrencyConfigsCommand)
      .rejects(new ResourceNotFoundException({ message: 'Not found', $metadata: {} }));

    const result = await pruneVersions(lambdaRelease(log), 1, '6', log);

    expect(deleted()).toEqual([]);
    expect(result.problem).toContain('no version was removed');
  });

  it('stops at a failing delete and warns naming what was and was not removed', async () => {
    lambdaMock
      .on(ListAliasesCommand)
      .resolves({ Aliases: [] })
      .on(ListProvisionedConcurrencyConfigsCommand)
      .resolves({});
    lambdaMock
      .on(DeleteFunctionCommand, { Qualifier: '3' })
      .rejects(
        awsError('AccessDeniedException', 'not authorized to perform: lambda:DeleteFunction'),
      );

    const result = await pruneVersions(lambdaRelease(log), 2, '6', log);

    expect(deleted()).toEqual(['1', '2', '3']);
    expect(result.removed).toEqual(['1', '2']);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain('removed versions 1, 2; versions 3, 4 were not removed');
    expect(log.warnings[0]).toContain('lambda:DeleteFunction');
  });

  it("keeps a version an alias moved onto meanwhile (Lambda's 409) at once, and deletes the rest", async () => {
    lambdaMock
      .on(DeleteFunctionCommand, { Qualifier: '1' })
      .rejects(
        awsError(
          'ResourceConflictException',
          'Unable to delete version because the following aliases reference it: [canary]',
        ),
      );

    const started = performance.now();
    const result = await pruneVersions(lambdaRelease(log), 2, '6', log);

    // No waiting as if the function were busy: one attempt at version 1, then on to 4.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(deleted()).toEqual(['1', '4']);
    expect(result.removed).toEqual(['4']);
    expect(result.problem).toBeUndefined();
    expect(log.warnings).toEqual([]);
    expect(log.infos).toContain('keep-versions: kept version 1: alias canary now routes to it');
    expect(log.infos).toContain(
      'keep-versions: removed version 4, keeping the newest 2; kept version 1, which an alias routes to',
    );
  });

  it('stops a version listing whose NextMarker loops, deletes nothing and warns naming the call', async () => {
    lambdaMock
      .on(ListVersionsByFunctionCommand)
      .resolves({ Versions: [{ Version: '1' }], NextMarker: 'again' });

    const result = await pruneVersions(lambdaRelease(log), 2, '6', log);

    expect(lambdaMock.commandCalls(ListVersionsByFunctionCommand)).toHaveLength(2);
    expect(deleted()).toEqual([]);
    expect(result.removed).toEqual([]);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain('no version was removed');
    expect(log.warnings[0]).toContain(
      'ListVersionsByFunction answered page 2 with a NextMarker it had given before',
    );
  });

  it('counts a version deleted meanwhile as removed', async () => {
    lambdaMock
      .on(DeleteFunctionCommand, { Qualifier: '1' })
      .rejects(new ResourceNotFoundException({ message: 'Function not found', $metadata: {} }));

    const result = await pruneVersions(lambdaRelease(log), 2, '6', log);

    expect(result.removed).toEqual(['1', '4']);
    expect(log.warnings).toEqual([]);
  });

  it('leaves the storage out with a note when GetAccountSettings is refused', async () => {
    lambdaMock
      .on(GetAccountSettingsCommand)
      .rejects(
        awsError('AccessDeniedException', 'not authorized to perform: lambda:GetAccountSettings'),
      );

    const result = await pruneVersions(lambdaRelease(log), 2, '6', log);

    expect(result.removed).toEqual(['1', '4']);
    expect(result.storage).toBeUndefined();
    expect(log.infosWith('Code storage not shown')[0]).toContain('lambda:GetAccountSettings');
    expect(log.warnings).toEqual([]);
  });
});

describe('the plan and the summary', () => {
  const FUNCTION: FunctionState = {
    arn: FUNCTION_ARN,
    name: 'orders-api',
    packageType: 'Zip',
    codeSha256: 'sha',
    codeSize: 1,
    state: 'Active',
    lastUpdateStatus: 'Successful',
    lastUpdateStatusReason: undefined,
    revisionId: 'r',
    configuration: {},
    tags: {},
    resolvedImageUri: undefined,
  };
  const plan = (prune: DeployPlan['prune'], publish: DeployPlan['release']['publish']) =>
    ({
      function: { name: 'orders-api', action: 'update', found: FUNCTION },
      code: { action: 'update', from: 'a', to: 'b', architecture: undefined },
      configuration: { update: {}, changes: [] },
      tags: {},
      layer: undefined,
      release: { publish, alias: undefined, url: undefined, smokeTest: false, rollout: undefined },
      prune,
    }) satisfies DeployPlan;

  it('shows keep-versions in the plan JSON and its lines', () => {
    const json = planJson(plan({ keep: 3 }, 'new'));
    expect(json.prune).toEqual({ keep: 3 });
    expect(planLines(json)).toContain(
      'Versions: keep the newest 3 versions; delete older ones unless an alias routes to them or they have provisioned concurrency',
    );
    expect(planJson(plan(undefined, 'new')).prune).toBeNull();
  });

  it('shows the count, the versions and the storage in the summary', async () => {
    const outcome: DeployOutcome = {
      function: FUNCTION,
      package: undefined,
      imageUri: 'image',
      layer: undefined,
      deployed: true,
      staged: undefined,
      release: {
        version: undefined,
        previousVersion: undefined,
        alias: undefined,
        functionUrl: undefined,
      },
      configurationChanges: [],
      pruned: {
        keep: 2,
        removed: ['2', '3'],
        problem: undefined,
        storage: { used: 3_221_225_472, limit: 80_530_636_800, functionCount: 3 },
      },
    };
    const summary = new RecordingSummary();
    await writeSummary(summary, outcome, []);
    expect(summary.cell('Versions pruned')).toBe(
      '2 removed (versions 2, 3), keeping the newest 2 and every version an alias routes to',
    );
    expect(summary.cell('Code storage')).toBe(
      '3.0 GiB (3,221,225,472 bytes) of 75.0 GiB (80,530,636,800 bytes) (4.0 %)',
    );
  });
});
