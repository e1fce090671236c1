import {
  ListVersionsByFunctionCommand,
  CreateAliasCommand,
  GetAliasCommand,
  LambdaClient,
  PreconditionFailedException,
  PublishVersionCommand,
  ResourceNotFoundException,
  UpdateAliasCommand,
  type AliasConfiguration,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { createHash } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { FunctionState } from '../../../src/aws/function-state.js';
import type { AliasState } from '../../../src/aws/lambda-release-shapes.js';
import { describeRouting, release } from '../../../src/resources/alias/apply.js';
import { resolveRouting } from '../../../src/resources/alias/plan.js';
import { parseInputs } from '../../../src/inputs.js';
import { checkCanaryRole, planAlias } from '../../../src/resources/alias/plan.js';
import { type DeployPlan } from '../../../src/plan/deploy-plan.js';
import { NEW_VERSION } from '../../../src/resources/versions/plan.js';
import type { VersionState } from '../../../src/resources/versions/plan.js';
import { asInputError, deployErrorOf, thrownBy } from '../helpers/errors.js';
import {
  awsError,
  connectionError,
  FUNCTION_ARN,
  FUNCTION_NAME,
  lambdaRelease,
} from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const lambdaMock = mockClient(LambdaClient);
let log: RecordingLogger;

const NEW_SHA256 = createHash('sha256').update('new code').digest('base64');

/** The function as the code update left it. */
const DEPLOYED: FunctionState = {
  arn: FUNCTION_ARN,
  name: FUNCTION_NAME,
  packageType: 'Zip',
  codeSha256: NEW_SHA256,
  codeSize: 8,
  state: 'Active',
  lastUpdateStatus: 'Successful',
  lastUpdateStatusReason: undefined,
  revisionId: 'revision-2',
  configuration: {},
  tags: {},
  resolvedImageUri: undefined,
};

interface RunOptions {
  /** What the plan publishes: 'new' unless said. */
  readonly publish: DeployPlan['release']['publish'];
  readonly alias: string | undefined;
  /** Percent of the alias's traffic for the published version. */
  readonly traffic: number;
  readonly versionDescription: string;
}

const OPTIONS: RunOptions = {
  publish: NEW_VERSION,
  alias: 'live',
  traffic: 100,
  versionDescription: 'a1b2c3d refs/heads/main run 1 attempt 1',
};

/** Version `version`, found by the plan to hold the deployed code and settings already. */
function reused(version: string): VersionState {
  return {
    version,
    arn: `${FUNCTION_ARN}:${version}`,
    codeSha256: NEW_SHA256,
    signature: '[]',
  };
}

function aliasConfiguration(
  version: string,
  weights: Record<string, number> = {},
  name = 'live',
): AliasConfiguration {
  return {
    Name: name,
    AliasArn: `${FUNCTION_ARN}:${name}`,
    FunctionVersion: version,
    RoutingConfig: { AdditionalVersionWeights: weights },
  };
}

/** Lambda with the alias 'live' on `version` (none when undefined) that publishes `published`. */
function givenLambda(alias: AliasConfiguration | undefined, published = '8'): void {
  if (alias === undefined) {
    lambdaMock
      .on(GetAliasCommand)
      .rejects(new ResourceNotFoundException({ message: 'Cannot find alias', $metadata: {} }));
  } else {
    lambdaMock.on(GetAliasCommand).resolves(alias);
  }
  lambdaMock
    .on(PublishVersionCommand)
    .resolves({ Version: published, FunctionArn: `${FUNCTION_ARN}:${published}` });
  // Lambda answers with the alias as the request set it.
  lambdaMock
    .on(CreateAliasCommand)
    .callsFake((input: { Name: string; FunctionVersion: string }) =>
      aliasConfiguration(input.FunctionVersion, {}, input.Name),
    );
  lambdaMock
    .on(UpdateAliasCommand)
    .callsFake(
      (input: {
        Name: string;
        FunctionVersion: string;
        RoutingConfig: { AdditionalVersionWeights: Record<string, number> };
      }) =>
        aliasConfiguration(
          input.FunctionVersion,
          input.RoutingConfig.AdditionalVersionWeights,
          input.Name,
        ),
    );
}

/**
 * Plans the release as the planner does, from the alias read with GetAlias (none read
 * without an alias or publish), then carries it out.
 */
async function run(options: Partial<RunOptions> = {}) {
  const { publish, alias, traffic, versionDescription } = { ...OPTIONS, ...options };
  const releaser = lambdaRelease(log);
  const inputs: Record<string, string> = {
    'function-name': FUNCTION_NAME,
    source: 'app',
    alias: alias ?? '',
    traffic: String(traffic),
  };
  const config = parseInputs((name) => inputs[name] ?? '', {
    AWS_REGION: 'us-east-1',
    GITHUB_WORKSPACE: '/home/runner/work/repo/repo',
  });
  const before =
    alias === undefined || publish === 'none' ? undefined : await releaser.getAlias(alias);
  const target = typeof publish === 'string' ? NEW_VERSION : publish.version;
  const planned = planAlias(config, before, target);
  return release(releaser, DEPLOYED, { publish, alias: planned }, versionDescription, log);
}

/** The commands sent, by name, in order. */
function sent(): string[] {
  return lambdaMock.calls().map((call) => call.args[0].constructor.name);
}

beforeEach(() => {
  lambdaMock.reset();
  // Read back after a failed PublishVersion: no version holds the deployed code.
  lambdaMock.on(ListVersionsByFunctionCommand).resolves({ Versions: [] });
  log = new RecordingLogger();
});

afterAll(() => {
  lambdaMock.restore();
});

describe('release without publish or alias', () => {
  it('calls nothing and gives nothing', async () => {
    givenLambda(aliasConfiguration('7'));
    expect(await run({ publish: 'none', alias: undefined })).toEqual({
      version: undefined,
      previousVersion: undefined,
      alias: undefined,
    });
    expect(lambdaMock.calls()).toHaveLength(0);
  });
});

describe('release with publish and no alias', () => {
  it('publishes the deployed code at its revision, reading no alias', async () => {
    givenLambda(aliasConfiguration('7'));
    const result = await run({ alias: undefined });
    expect(result).toEqual({
      version: { version: '8', arn: `${FUNCTION_ARN}:8` },
      previousVersion: undefined,
      alias: undefined,
    });
    expect(sent()).toEqual(['PublishVersionCommand']);
    expect(lambdaMock.commandCalls(PublishVersionCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      CodeSha256: NEW_SHA256,
      RevisionId: 'revision-2',
      Description: OPTIONS.versionDescription,
    });
    expect(log.infosWith(`Published version 8 (${FUNCTION_ARN}:8)`)).toHaveLength(1);
  });
});

describe('release to a new alias', () => {
  it('publishes, then creates the alias on the new version', async () => {
    givenLambda(undefined);
    const result = await run();
    expect(sent()).toEqual(['GetAliasCommand', 'PublishVersionCommand', 'CreateAliasCommand']);
    expect(lambdaMock.commandCalls(CreateAliasCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Name: 'live',
      FunctionVersion: '8',
    });
    expect(result.previousVersion).toBeUndefined();
    expect(result.alias).toEqual({
      name: 'live',
      arn: `${FUNCTION_ARN}:live`,
      version: '8',
      weights: {},
    });
    expect(log.infosWith(`Alias ${FUNCTION_ARN}:live now routes 8`)).toHaveLength(1);
  });

  it('refuses a traffic share before publishing: planAlias finds nothing to split with', async () => {
    givenLambda(undefined);
    const error = await deployErrorOf(run({ traffic: 10 }));
    expect(error.message).toContain("Alias 'live' does not exist yet");
    expect(error.message).toContain('traffic 10');
    expect(sent()).toEqual(['GetAliasCommand']);
    expect(lambdaMock.commandCalls(PublishVersionCommand)).toHaveLength(0);
  });
});

describe('release to an existing alias', () => {
  it('moves all of the traffic to the new version with traffic 100', async () => {
    givenLambda(aliasConfiguration('7'));
    const result = await run();
    expect(sent()).toEqual(['GetAliasCommand', 'PublishVersionCommand', 'UpdateAliasCommand']);
    expect(lambdaMock.commandCalls(UpdateAliasCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Name: 'live',
      FunctionVersion: '8',
      RoutingConfig: { AdditionalVersionWeights: {} },
    });
    expect(result.previousVersion).toBe('7');
    expect(result.alias?.version).toBe('8');
  });

  it.each([
    [10, 0.1],
    [1, 0.01],
    [99, 0.99],
  ])('keeps the current version and sends %i %% to the new one', async (traffic, weight) => {
    givenLambda(aliasConfiguration('7'));
    const result = await run({ traffic });
    expect(lambdaMock.commandCalls(UpdateAliasCommand)[0]?.args[0].input).toMatchObject({
      FunctionVersion: '7',
      RoutingConfig: { AdditionalVersionWeights: { '8': weight } },
    });
    expect(result.previousVersion).toBe('7');
    expect(result.alias?.weights).toEqual({ '8': weight });
  });

  it('replaces an earlier canary with the new version, beside the same primary', async () => {
    givenLambda(aliasConfiguration('7', { '8': 0.1 }), '9');
    await run({ traffic: 25 });
    expect(lambdaMock.commandCalls(UpdateAliasCommand)[0]?.args[0].input).toMatchObject({
      FunctionVersion: '7',
      RoutingConfig: { AdditionalVersionWeights: { '9': 0.25 } },
    });
  });

  it('promotes a canary with traffic 100, clearing its weights', async () => {
    givenLambda(aliasConfiguration('7', { '8': 0.1 }), '8');
    const result = await run({ traffic: 100 });
    expect(lambdaMock.commandCalls(UpdateAliasCommand)[0]?.args[0].input).toMatchObject({
      FunctionVersion: '8',
      RoutingConfig: { AdditionalVersionWeights: {} },
    });
    expect(result.previousVersion).toBe('7');
  });

  it('gives all traffic to a new version that already is the primary, not a share of it', async () => {
    // Nothing changed, so Lambda gave back the version the alias already has.
    givenLambda(aliasConfiguration('8'), '8');
    await run({ traffic: 10 });
    expect(lambdaMock.commandCalls(UpdateAliasCommand)[0]?.args[0].input).toMatchObject({
      FunctionVersion: '8',
      RoutingConfig: { AdditionalVersionWeights: {} },
    });
  });
});

describe('release when another deploy changed the function meanwhile', () => {
  it.each([
    ['an existing alias', aliasConfiguration('7')],
    ['a new alias', undefined],
  ])('publishes no version and moves %s nowhere', async (_what, alias) => {
    givenLambda(alias);
    lambdaMock.on(PublishVersionCommand).rejects(
      new PreconditionFailedException({
        message: 'The Revision Id provided does not match the latest Revision Id.',
        $metadata: {},
      }),
    );
    const error = await deployErrorOf(run());
    expect(error.message).toContain('Another deploy changed function');
    expect(lambdaMock.commandCalls(UpdateAliasCommand)).toHaveLength(0);
    expect(lambdaMock.commandCalls(CreateAliasCommand)).toHaveLength(0);
  });
});

describe('release of a version the plan found holding the code already', () => {
  it('publishes nothing and moves the alias to it', async () => {
    givenLambda(aliasConfiguration('7'));
    const result = await run({ publish: reused('5') });
    expect(sent()).toEqual(['GetAliasCommand', 'UpdateAliasCommand']);
    expect(lambdaMock.commandCalls(UpdateAliasCommand)[0]?.args[0].input).toMatchObject({
      FunctionVersion: '5',
      RoutingConfig: { AdditionalVersionWeights: {} },
    });
    expect(result).toMatchObject({
      version: { version: '5', arn: `${FUNCTION_ARN}:5` },
      previousVersion: '7',
      alias: { version: '5', weights: {} },
    });
    expect(log.infosWith('Version 5 already holds this code and these settings')).toHaveLength(1);
  });

  it('sends the canary share to it beside the primary', async () => {
    givenLambda(aliasConfiguration('7'));
    const result = await run({ publish: reused('5'), traffic: 10 });
    expect(lambdaMock.commandCalls(UpdateAliasCommand)[0]?.args[0].input).toMatchObject({
      FunctionVersion: '7',
      RoutingConfig: { AdditionalVersionWeights: { '5': 0.1 } },
    });
    expect(result.alias?.weights).toEqual({ '5': 0.1 });
  });

  it('keeps an alias that already routes as asked, with no write at all', async () => {
    givenLambda({ ...aliasConfiguration('7', { '5': 0.1 }), RevisionId: 'alias-rev-1' });
    const result = await run({ publish: reused('5'), traffic: 10 });
    expect(sent()).toEqual(['GetAliasCommand']);
    expect(result).toEqual({
      version: { version: '5', arn: `${FUNCTION_ARN}:5` },
      previousVersion: '7',
      alias: {
        name: 'live',
        arn: `${FUNCTION_ARN}:live`,
        version: '7',
        weights: { '5': 0.1 },
        revisionId: 'alias-rev-1',
      },
    });
  });

  it('creates a missing alias on it', async () => {
    givenLambda(undefined);
    const result = await run({ publish: reused('5') });
    expect(sent()).toEqual(['GetAliasCommand', 'CreateAliasCommand']);
    expect(lambdaMock.commandCalls(CreateAliasCommand)[0]?.args[0].input).toMatchObject({
      Name: 'live',
      FunctionVersion: '5',
    });
    expect(result.alias?.version).toBe('5');
  });

  it('without an alias gives the version and calls nothing', async () => {
    givenLambda(aliasConfiguration('7'));
    const result = await run({ publish: reused('5'), alias: undefined });
    expect(result).toEqual({
      version: { version: '5', arn: `${FUNCTION_ARN}:5` },
      previousVersion: undefined,
      alias: undefined,
    });
    expect(lambdaMock.calls()).toHaveLength(0);
  });
});

describe('resolveRouting', () => {
  it.each([
    [
      'all to the new version',
      { version: NEW_VERSION, weights: {} },
      { version: '8', weights: {} },
    ],
    [
      'a canary of the new version',
      { version: '7', weights: { [NEW_VERSION]: 0.1 } },
      { version: '7', weights: { '8': 0.1 } },
    ],
    [
      'a canary of the new version when Lambda gave back the primary: it has it all',
      { version: '8', weights: { [NEW_VERSION]: 0.1 } },
      { version: '8', weights: {} },
    ],
    [
      'a routing without the new version, as it is',
      { version: '7', weights: { '6': 0.2 } },
      { version: '7', weights: { '6': 0.2 } },
    ],
  ])('resolves %s', (_what, planned, resolved) => {
    expect(resolveRouting(planned, '8')).toEqual(resolved);
  });
});

describe('describeRouting', () => {
  const alias = (version: string, weights: Record<string, number> = {}): AliasState => ({
    name: 'live',
    arn: `${FUNCTION_ARN}:live`,
    version,
    weights,
    revisionId: undefined,
  });

  it.each([
    [alias('8'), 'live: 8'],
    [alias('7', { '8': 0.1 }), 'live: 7 (90 %) / 8 (10 %)'],
    [alias('7', { '8': 0.07 }), 'live: 7 (93 %) / 8 (7 %)'],
    [alias('7', { '8': 0.01 }), 'live: 7 (99 %) / 8 (1 %)'],
    [alias('7', { '8': 0.333 }), 'live: 7 (66.7 %) / 8 (33.3 %)'],
  ])('describes %j as %j', (state, text) => {
    expect(describeRouting(state)).toBe(text);
  });
});

describe('release: the state a failed alias move states is the one read back', () => {
  it('carries the RevisionId it read the alias with', async () => {
    givenLambda({ ...aliasConfiguration('7'), RevisionId: 'alias-rev-1' });
    await run();
    expect(lambdaMock.commandCalls(UpdateAliasCommand)[0]?.args[0].input.RevisionId).toBe(
      'alias-rev-1',
    );
  });

  it('fails with "changed meanwhile" and the routing found when another run moved the alias', async () => {
    givenLambda({ ...aliasConfiguration('7'), RevisionId: 'alias-rev-1' });
    lambdaMock.on(UpdateAliasCommand).rejects(
      new PreconditionFailedException({
        message: 'The Revision Id provided does not match the latest Revision Id.',
        $metadata: {},
      }),
    );
    // Read first for the release, then again after the refusal: a promotion to 9 happened.
    lambdaMock
      .on(GetAliasCommand)
      .resolvesOnce({ ...aliasConfiguration('7'), RevisionId: 'alias-rev-1' })
      .resolves({ ...aliasConfiguration('9'), RevisionId: 'alias-rev-2' });
    const error = await deployErrorOf(run({ traffic: 10 }));
    expect(error.message).toBe(
      "Alias 'live' changed meanwhile (another run moved it since this run read it): it now " +
        'routes 9. Version 8 was published with the new code.',
    );
  });

  it('says where the alias routes, read again, when a move is refused', async () => {
    givenLambda(aliasConfiguration('7', { '6': 0.2 }));
    lambdaMock.on(UpdateAliasCommand).rejects(awsError('AccessDeniedException', 'no'));
    const error = await deployErrorOf(run());
    expect(error.message).toContain(
      "Version 8 was published with the new code; alias 'live' routes 7 (80 %) / 6 (20 %).",
    );
  });

  it('says where the alias is is unknown when it cannot be read back', async () => {
    givenLambda(aliasConfiguration('7'));
    lambdaMock.on(UpdateAliasCommand).rejects(awsError('AccessDeniedException', 'no'));
    lambdaMock
      .on(GetAliasCommand)
      .resolvesOnce(aliasConfiguration('7'))
      .rejects(connectionError('ECONNRESET', 6));
    const error = await deployErrorOf(run());
    expect(error.message).toContain(
      "alias 'live' could not be read back, so where it points is unknown",
    );
  });

  it('carries on when a lost UpdateAlias answer is read back as applied', async () => {
    givenLambda(aliasConfiguration('7'));
    lambdaMock.on(UpdateAliasCommand).rejects(connectionError('ECONNRESET', 6));
    lambdaMock
      .on(GetAliasCommand)
      .resolvesOnce(aliasConfiguration('7'))
      .resolves(aliasConfiguration('8'));
    const result = await run();
    expect(result.alias?.version).toBe('8');
    expect(result.previousVersion).toBe('7');
  });

  it('says whether a version was published is unknown when neither answer nor read-back came', async () => {
    givenLambda(aliasConfiguration('7'));
    lambdaMock.on(PublishVersionCommand).rejects(connectionError('ECONNRESET', 6));
    lambdaMock.on(ListVersionsByFunctionCommand).rejects(connectionError('ECONNRESET', 6));
    const error = await deployErrorOf(run());
    expect(error.message).toContain('whether a version was published is unknown');
    expect(error.message).not.toContain('no version was published');
  });

  it('carries on with the version found when every PublishVersion answer was lost', async () => {
    givenLambda(aliasConfiguration('7'));
    lambdaMock.on(PublishVersionCommand).rejects(connectionError('ECONNRESET', 6));
    lambdaMock.on(ListVersionsByFunctionCommand).resolves({
      Versions: [
        { Version: '$LATEST', FunctionArn: FUNCTION_ARN, CodeSha256: NEW_SHA256 },
        {
          Version: '8',
          FunctionArn: `${FUNCTION_ARN}:8`,
          CodeSha256: NEW_SHA256,
          Description: OPTIONS.versionDescription,
        },
      ],
    });
    const result = await run();
    expect(result.version).toEqual({ version: '8', arn: `${FUNCTION_ARN}:8` });
    expect(result.alias?.version).toBe('8');
  });
});

describe('checkCanaryRole', () => {
  const ROLE = 'arn:aws:iam::123456789012:role/orders';
  const found: FunctionState = { ...DEPLOYED, configuration: { Role: ROLE } };

  it('refuses a canary that changes the role, naming role and traffic', () => {
    const error = asInputError(
      thrownBy(() => {
        checkCanaryRole(found, { role: `${ROLE}-v2` }, { traffic: 10 });
      }),
    );
    expect(error.input).toBe('role');
    expect(error.message).toContain('traffic 10');
  });

  it.each([
    ['the same role', { role: ROLE }, 10],
    ['no role input', { role: undefined }, 10],
    ['a role change with all traffic', { role: `${ROLE}-v2` }, 100],
  ])('allows %s', (_, settings, traffic) => {
    expect(() => {
      checkCanaryRole(found, settings, { traffic });
    }).not.toThrow();
  });
});
