import {
  GetAliasCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  LambdaClient,
  PreconditionFailedException,
  ResourceNotFoundException,
  UpdateAliasCommand,
  type AliasConfiguration,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AliasChangedError } from '../../../src/aws/lambda-release-shapes.js';
import { readAliasRecord } from '../../../src/resources/alias/record.js';
import { rollback, type RollbackRequest } from '../../../src/apply/rollback.js';
import { DeployError } from '../../../src/errors.js';
import { inputErrorOf, rejectionOf } from '../helpers/errors.js';
import {
  FUNCTION_ARN,
  FUNCTION_NAME,
  functionConfiguration,
  getFunctionOutput,
  lambdaFunction,
  lambdaRelease,
} from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const lambdaMock = mockClient(LambdaClient);
let log: RecordingLogger;

const ROLE = 'arn:aws:iam::123456789012:role/orders';
const LABEL = '1a2b3c4 run 42';

function notFound(message: string): ResourceNotFoundException {
  return new ResourceNotFoundException({ message, $metadata: {} });
}

/** Alias 'live' on `version`, as GetAlias answers it. */
function aliasConfiguration(
  version: string,
  description: string | undefined,
  weights: Record<string, number> = {},
): AliasConfiguration {
  return {
    Name: 'live',
    AliasArn: `${FUNCTION_ARN}:live`,
    FunctionVersion: version,
    RoutingConfig: { AdditionalVersionWeights: weights },
    RevisionId: 'alias-revision-1',
    ...(description === undefined ? {} : { Description: description }),
  };
}

/**
 * Lambda with alias 'live' as `alias` says (missing when undefined) and the published
 * versions `roles` lists, each with its execution role.
 */
function givenLambda(
  alias: AliasConfiguration | undefined,
  roles: Record<string, string>,
  functionExists = true,
): void {
  if (alias === undefined) {
    lambdaMock.on(GetAliasCommand).rejects(notFound(`Alias not found: ${FUNCTION_ARN}:live`));
  } else {
    lambdaMock.on(GetAliasCommand).resolves(alias);
  }
  if (functionExists) {
    lambdaMock.on(GetFunctionCommand).resolves(getFunctionOutput());
  } else {
    lambdaMock.on(GetFunctionCommand).rejects(notFound(`Function not found: ${FUNCTION_ARN}`));
  }
  lambdaMock.on(GetFunctionConfigurationCommand).callsFake((input: { Qualifier?: string }) => {
    const version = input.Qualifier ?? '$LATEST';
    const role = roles[version];
    if (role === undefined) throw notFound(`Function not found: ${FUNCTION_ARN}:${version}`);
    return functionConfiguration({
      FunctionArn: `${FUNCTION_ARN}:${version}`,
      Version: version,
      Role: role,
    });
  });
  // Lambda answers with the alias as the request set it.
  lambdaMock
    .on(UpdateAliasCommand)
    .callsFake(
      (input: {
        FunctionVersion: string;
        Description?: string;
        RoutingConfig: { AdditionalVersionWeights: Record<string, number> };
      }) => ({
        ...aliasConfiguration(
          input.FunctionVersion,
          input.Description,
          input.RoutingConfig.AdditionalVersionWeights,
        ),
        RevisionId: 'alias-revision-2',
      }),
    );
}

function run(target: string) {
  const request: RollbackRequest = { alias: 'live', target, label: LABEL };
  return rollback({ lambda: lambdaFunction(log), releaser: lambdaRelease(log) }, request, log);
}

function updates() {
  return lambdaMock.commandCalls(UpdateAliasCommand).map((call) => call.args[0].input);
}

beforeEach(() => {
  lambdaMock.reset();
  log = new RecordingLogger();
});

afterAll(() => {
  lambdaMock.restore();
});

describe('rollback-to previous', () => {
  it('moves the alias to the version its record names, clearing weights, with a new record', async () => {
    givenLambda(aliasConfiguration('8', 'lambda-deploy: 8 (was 7) 9f8e7d6 run 41'), {
      '7': ROLE,
      '8': ROLE,
    });

    const result = await run('previous');

    expect(updates()).toEqual([
      {
        FunctionName: FUNCTION_NAME,
        Name: 'live',
        FunctionVersion: '7',
        RoutingConfig: { AdditionalVersionWeights: {} },
        RevisionId: 'alias-revision-1',
        Description: `lambda-deploy: 7 (was 8) ${LABEL}`,
      },
    ]);
    expect(result.rolledBack).toBe(true);
    expect(result.plan.from).toBe('8');
    expect(result.plan.to).toEqual({ version: '7', arn: `${FUNCTION_ARN}:7`, role: ROLE });
    expect(result.alias.version).toBe('7');
    expect(result.functionArn).toBe(FUNCTION_ARN);
    expect(result.functionName).toBe(FUNCTION_NAME);
    expect(log.infos).toContain('Alias live: 8 -> 7 (rollback-to previous)');
  });

  it('records the move so that a second previous swaps back', async () => {
    givenLambda(aliasConfiguration('8', 'lambda-deploy: 8 (was 7) 9f8e7d6 run 41'), {
      '7': ROLE,
      '8': ROLE,
    });
    const first = await run('previous');
    expect(readAliasRecord(first.alias.description)).toEqual({ version: '7', previous: '8' });

    lambdaMock.on(GetAliasCommand).resolves(aliasConfiguration('7', first.alias.description));
    const second = await run('previous');
    expect(second.alias.version).toBe('8');
    expect(updates().map((input) => input.FunctionVersion)).toEqual(['7', '8']);
  });

  it('cancels a canary: back on the record previous, its weights cleared', async () => {
    // A 10 % canary of 8 leaves 7 primary: the record says 7 (was 7).
    givenLambda(aliasConfiguration('7', 'lambda-deploy: 7 (was 7) 9f8e7d6 run 41', { '8': 0.1 }), {
      '7': ROLE,
    });

    const result = await run('previous');

    expect(result.rolledBack).toBe(true);
    expect(updates()[0]?.RoutingConfig).toEqual({ AdditionalVersionWeights: {} });
    expect(log.infos).toContain('Alias live: 7 (90 %) / 8 (10 %) -> 7 (rollback-to previous)');
  });

  it.each([
    ['no description', undefined],
    ['a description written by hand', 'production'],
    ['a record another tool wrote', 'deployed: 8 (was 7)'],
  ])('refuses with %s, naming rollback-to and asking for a version number', async (_, text) => {
    givenLambda(aliasConfiguration('8', text), { '7': ROLE, '8': ROLE });

    const error = await inputErrorOf(run('previous'));

    expect(error.input).toBe('rollback-to');
    expect(error.message).toContain('moved by hand, or never by this action');
    expect(error.message).toContain('give the version number to roll back to instead');
    expect(updates()).toEqual([]);
  });

  it('refuses when the alias was moved by hand after the record', async () => {
    givenLambda(aliasConfiguration('9', 'lambda-deploy: 8 (was 7) 9f8e7d6 run 41'), {
      '7': ROLE,
      '9': ROLE,
    });

    const error = await inputErrorOf(run('previous'));

    expect(error.input).toBe('rollback-to');
    expect(error.message).toContain("last moved alias 'live' to 8, but it now routes to 9");
    expect(updates()).toEqual([]);
  });

  it('refuses when the alias was created by this action (nothing before it)', async () => {
    givenLambda(aliasConfiguration('1', 'lambda-deploy: 1 (was none) 9f8e7d6 run 40'), {
      '1': ROLE,
    });

    const error = await inputErrorOf(run('previous'));

    expect(error.input).toBe('rollback-to');
    expect(error.message).toContain('created on version 1');
    expect(updates()).toEqual([]);
  });
});

describe('rollback-to a version number', () => {
  it('moves the alias there whatever its description says', async () => {
    givenLambda(aliasConfiguration('8', 'production'), { '5': ROLE, '8': ROLE });

    const result = await run('5');

    expect(updates()).toEqual([
      expect.objectContaining({
        FunctionVersion: '5',
        RevisionId: 'alias-revision-1',
        // The user's own description is kept, the record after it.
        Description: `production | lambda-deploy: 5 (was 8) ${LABEL}`,
      }),
    ]);
    expect(result.plan).toMatchObject({ from: '8', action: 'move', requested: '5' });
    expect(log.infos).toContain('Alias live: 8 -> 5 (rollback-to 5)');
  });

  it('refuses a version that does not exist, before any change', async () => {
    givenLambda(aliasConfiguration('8', undefined), { '8': ROLE });

    const error = await inputErrorOf(run('7'));

    expect(error.input).toBe('rollback-to');
    expect(error.message).toBe(
      "Input 'rollback-to': version 7 does not exist (deleted, or never published); nothing was changed",
    );
    expect(updates()).toEqual([]);
  });

  it('refuses a version with another execution role than the alias has now', async () => {
    givenLambda(aliasConfiguration('8', undefined), { '5': `${ROLE}-old`, '8': ROLE });

    const error = await inputErrorOf(run('5'));

    expect(error.input).toBe('rollback-to');
    expect(error.message).toContain(`version 5 runs with execution role ${ROLE}-old`);
    expect(error.message).toContain(`version 8 runs with ${ROLE}`);
    expect(error.message).toContain('rolling back across a role change is refused');
    expect(updates()).toEqual([]);
  });

  it('writes nothing when the alias already routes all of its traffic there', async () => {
    givenLambda(aliasConfiguration('8', undefined), { '8': ROLE });

    const result = await run('8');

    expect(updates()).toEqual([]);
    expect(result.rolledBack).toBe(false);
    expect(result.plan.action).toBe('none');
    expect(result.alias.version).toBe('8');
    expect(log.infos).toContain('Alias live: already on 8 (rollback-to 8): nothing to change');
  });
});

describe('rollback of what is not there', () => {
  it('refuses a missing alias, naming rollback-to', async () => {
    givenLambda(undefined, { '7': ROLE });

    const error = await inputErrorOf(run('7'));

    expect(error.input).toBe('rollback-to');
    expect(error.message).toContain("alias 'live' does not exist: there is nothing to roll back");
    expect(updates()).toEqual([]);
  });

  it('says so when the function itself is missing', async () => {
    givenLambda(undefined, {}, false);

    const error = await rejectionOf(run('previous'));

    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain(`Function '${FUNCTION_NAME}' does not exist in us-east-1`);
    expect(error.message).toContain('check function-name and region');
  });
});

describe('rollback when another run moved the alias meanwhile', () => {
  it('fails with AliasChangedError and the routing it found', async () => {
    givenLambda(aliasConfiguration('8', 'lambda-deploy: 8 (was 7) 9f8e7d6 run 41'), {
      '7': ROLE,
      '8': ROLE,
    });
    lambdaMock
      .on(UpdateAliasCommand)
      .rejects(new PreconditionFailedException({ message: 'RevisionId mismatch', $metadata: {} }));
    // Read again after the refusal: a deploy moved it to 9.
    lambdaMock
      .on(GetAliasCommand)
      .resolvesOnce(aliasConfiguration('8', 'lambda-deploy: 8 (was 7) 9f8e7d6 run 41'))
      .resolves(aliasConfiguration('9', 'lambda-deploy: 9 (was 8) 0a0b0c0 run 43'));

    const error = await rejectionOf(run('previous'));

    expect(error).toBeInstanceOf(AliasChangedError);
    expect(error.message).toBe(
      "Alias 'live' changed meanwhile (another run moved it since this run read it): it now routes 9",
    );
  });
});
