import {
  ListVersionsByFunctionCommand,
  AddPermissionCommand,
  CreateAliasCommand,
  CreateFunctionUrlConfigCommand,
  DeleteAliasCommand,
  DeleteFunctionCommand,
  DeleteFunctionUrlConfigCommand,
  GetAliasCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  InvalidParameterValueException,
  LambdaClient,
  ListAliasesCommand,
  PreconditionFailedException,
  PublishVersionCommand,
  RemovePermissionCommand,
  ResourceNotFoundException,
  UpdateAliasCommand,
  UpdateFunctionUrlConfigCommand,
  type AliasConfiguration,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AliasState } from '../../../src/aws/lambda-release-shapes.js';
import type { LambdaRelease } from '../../../src/aws/lambda-release.js';
import { deployErrorOf } from '../helpers/errors.js';
import {
  FUNCTION_ARN,
  FUNCTION_NAME,
  OLD_SHA256,
  awsError,
  conflictError,
  lambdaRelease,
} from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const lambdaMock = mockClient(LambdaClient);
let log: RecordingLogger;
let lambda: LambdaRelease;

const URL = 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws/';

beforeEach(() => {
  lambdaMock.reset();
  // Read back after a failed PublishVersion: no version holds the deployed code.
  lambdaMock.on(ListVersionsByFunctionCommand).resolves({ Versions: [] });
  log = new RecordingLogger();
  lambda = lambdaRelease(log);
});

afterAll(() => {
  lambdaMock.restore();
});

function notFound(message = 'The resource you requested does not exist.') {
  return new ResourceNotFoundException({ message, $metadata: {} });
}

function aliasConfiguration(
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

/** The alias as GetAlias read it before a move: on version 7, at revision rev-1. */
function readAlias(name: string): AliasState {
  return {
    name,
    arn: `${FUNCTION_ARN}:${name}`,
    version: '7',
    weights: {},
    revisionId: 'rev-1',
  };
}

describe('LambdaRelease.publishVersion', () => {
  it('publishes only the deployed code at the deployed revision, with the description', async () => {
    lambdaMock
      .on(PublishVersionCommand)
      .resolves({ Version: '8', FunctionArn: `${FUNCTION_ARN}:8` });
    expect(await lambda.publishVersion(OLD_SHA256, 'revision-2', 'a1b2c3d run 1')).toEqual({
      version: '8',
      arn: `${FUNCTION_ARN}:8`,
    });
    expect(lambdaMock.commandCalls(PublishVersionCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      CodeSha256: OLD_SHA256,
      RevisionId: 'revision-2',
      Description: 'a1b2c3d run 1',
    });
  });

  it('says another deploy changed the function when the RevisionId no longer holds', async () => {
    lambdaMock.on(PublishVersionCommand).rejects(
      new PreconditionFailedException({
        message: 'The Revision Id provided does not match the latest Revision Id.',
        $metadata: {},
      }),
    );
    const error = await deployErrorOf(lambda.publishVersion(OLD_SHA256, 'revision-2', 'd'));
    expect(error.message).toContain(`Another deploy changed function '${FUNCTION_NAME}' meanwhile`);
    expect(error.message).toContain('no version was published and no alias moved');
    expect(error.message).toContain('does not match the latest Revision Id');
    expect(lambdaMock.commandCalls(PublishVersionCommand)).toHaveLength(1);
  });

  it('says the same when the CodeSha256 no longer holds', async () => {
    lambdaMock.on(PublishVersionCommand).rejects(
      new InvalidParameterValueException({
        message: 'CodeSha256 (abc) is different from current CodeSha256 in $LATEST (def).',
        $metadata: {},
      }),
    );
    const error = await deployErrorOf(lambda.publishVersion(OLD_SHA256, 'revision-2', 'd'));
    expect(error.message).toContain('Another deploy changed function');
  });

  it('reports another InvalidParameterValueException as it is, naming the action', async () => {
    lambdaMock.on(PublishVersionCommand).rejects(
      new InvalidParameterValueException({
        message: 'Description is too long',
        $metadata: {},
      }),
    );
    const error = await deployErrorOf(lambda.publishVersion(OLD_SHA256, 'revision-2', 'd'));
    expect(error.message).not.toContain('Another deploy');
    expect(error.message).toContain('Could not publish a version');
    expect(error.message).toContain('Description is too long');
  });

  it('names lambda:PublishVersion when access is denied', async () => {
    lambdaMock.on(PublishVersionCommand).rejects(awsError('AccessDeniedException', 'no'));
    const error = await deployErrorOf(lambda.publishVersion(OLD_SHA256, undefined, 'd'));
    expect(error.message).toContain('lambda:PublishVersion');
  });

  it('refuses a version that holds other code, as if the precondition had failed', async () => {
    lambdaMock.on(PublishVersionCommand).resolves({
      Version: '9',
      FunctionArn: `${FUNCTION_ARN}:9`,
      CodeSha256: 'b3RoZXIgY29kZQ==',
    });
    const error = await deployErrorOf(lambda.publishVersion(OLD_SHA256, 'revision-2', 'd'));
    expect(error.message).toContain(`Another deploy changed function '${FUNCTION_NAME}' meanwhile`);
    expect(error.message).toContain('version 9 holds code b3RoZXIgY29kZQ==');
    expect(error.message).toContain('no alias moved');
  });

  it('fails clearly when Lambda answers without a version', async () => {
    lambdaMock.on(PublishVersionCommand).resolves({ FunctionArn: FUNCTION_ARN });
    const error = await deployErrorOf(lambda.publishVersion(OLD_SHA256, undefined, 'd'));
    expect(error.message).toContain('without a version');
  });
});

describe('LambdaRelease aliases', () => {
  it('reads an alias with its primary version and weights', async () => {
    lambdaMock.on(GetAliasCommand).resolves(aliasConfiguration('live', '7', { '8': 0.1 }));
    expect(await lambda.getAlias('live')).toEqual({
      name: 'live',
      arn: `${FUNCTION_ARN}:live`,
      version: '7',
      weights: { '8': 0.1 },
    });
    expect(lambdaMock.commandCalls(GetAliasCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Name: 'live',
    });
  });

  it('gives no weights for an alias without a routing configuration', async () => {
    lambdaMock.on(GetAliasCommand).resolves(aliasConfiguration('live', '7'));
    expect((await lambda.getAlias('live'))?.weights).toEqual({});
  });

  it('gives undefined for an alias that does not exist', async () => {
    lambdaMock.on(GetAliasCommand).rejects(notFound('Cannot find alias arn'));
    expect(await lambda.getAlias('pr-42')).toBeUndefined();
  });

  it('names lambda:GetAlias and the alias when access is denied', async () => {
    lambdaMock.on(GetAliasCommand).rejects(awsError('AccessDeniedException', 'no'));
    const error = await deployErrorOf(lambda.getAlias('live'));
    expect(error.message).toContain('lambda:GetAlias');
    expect(error.message).toContain(`alias 'live' of function '${FUNCTION_NAME}'`);
  });

  it('lists the aliases of every page', async () => {
    lambdaMock
      .on(ListAliasesCommand)
      .resolvesOnce({ Aliases: [aliasConfiguration('live', '7')], NextMarker: 'page-2' })
      .resolvesOnce({ Aliases: [aliasConfiguration('pr-1', '8', { '9': 0.5 })] });
    const aliases = await lambda.listAliases();
    expect(aliases.map((alias) => [alias.name, alias.version, alias.weights])).toEqual([
      ['live', '7', {}],
      ['pr-1', '8', { '9': 0.5 }],
    ]);
    // The SDK's paginator reuses one input object, so only the last Marker can be read back.
    const calls = lambdaMock.commandCalls(ListAliasesCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args[0].input.Marker).toBe('page-2');
  });

  it('creates an alias on a version', async () => {
    lambdaMock.on(CreateAliasCommand).resolves(aliasConfiguration('pr-42', '8'));
    expect((await lambda.createAlias('pr-42', '8')).arn).toBe(`${FUNCTION_ARN}:pr-42`);
    expect(lambdaMock.commandCalls(CreateAliasCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Name: 'pr-42',
      FunctionVersion: '8',
    });
  });

  it('moves an alias with the weights of the other versions', async () => {
    lambdaMock.on(UpdateAliasCommand).resolves(aliasConfiguration('live', '7', { '8': 0.1 }));
    const moved = await lambda.updateAlias(readAlias('live'), '7', { '8': 0.1 });
    expect(moved.weights).toEqual({ '8': 0.1 });
    expect(lambdaMock.commandCalls(UpdateAliasCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Name: 'live',
      FunctionVersion: '7',
      RoutingConfig: { AdditionalVersionWeights: { '8': 0.1 } },
      RevisionId: 'rev-1',
    });
  });

  it('clears the weights when moving with none', async () => {
    lambdaMock.on(UpdateAliasCommand).resolves(aliasConfiguration('live', '8'));
    await lambda.updateAlias(readAlias('live'), '8', {});
    expect(lambdaMock.commandCalls(UpdateAliasCommand)[0]?.args[0].input.RoutingConfig).toEqual({
      AdditionalVersionWeights: {},
    });
  });

  it('names the alias and lambda:UpdateAlias when a move fails', async () => {
    lambdaMock.on(UpdateAliasCommand).rejects(awsError('AccessDeniedException', 'no'));
    const error = await deployErrorOf(lambda.updateAlias(readAlias('live'), '8', {}));
    expect(error.message).toContain("Could not move alias 'live'");
    expect(error.message).toContain('lambda:UpdateAlias');
  });

  it('deletes an alias', async () => {
    lambdaMock.on(DeleteAliasCommand).resolves({});
    await lambda.deleteAlias('pr-42');
    expect(lambdaMock.commandCalls(DeleteAliasCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Name: 'pr-42',
    });
  });

  it('fails clearly when the alias cannot be deleted', async () => {
    lambdaMock.on(DeleteAliasCommand).rejects(awsError('AccessDeniedException', 'no'));
    const error = await deployErrorOf(lambda.deleteAlias('pr-42'));
    expect(error.message).toContain("Could not delete alias 'pr-42'");
    expect(error.message).toContain('lambda:DeleteAlias');
  });
});

describe('LambdaRelease.deleteVersion', () => {
  it('deletes the version with DeleteFunction and its qualifier', async () => {
    lambdaMock.on(DeleteFunctionCommand).resolves({});
    await lambda.deleteVersion('8');
    expect(lambdaMock.commandCalls(DeleteFunctionCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Qualifier: '8',
    });
  });

  it('succeeds when the version is already gone', async () => {
    lambdaMock.on(DeleteFunctionCommand).rejects(notFound());
    await expect(lambda.deleteVersion('8')).resolves.toBeUndefined();
  });

  it('fails on other errors, naming the version', async () => {
    lambdaMock.on(DeleteFunctionCommand).rejects(awsError('AccessDeniedException', 'no'));
    const error = await deployErrorOf(lambda.deleteVersion('8'));
    expect(error.message).toContain('Could not delete version 8');
    expect(error.message).toContain('lambda:DeleteFunction');
  });
});

describe('LambdaRelease function URLs', () => {
  it('reads the URL, its auth type, invoke mode and CORS of a qualifier', async () => {
    const cors = { AllowOrigins: ['https://example.com'], MaxAge: 60 };
    lambdaMock.on(GetFunctionUrlConfigCommand).resolves({
      FunctionUrl: URL,
      AuthType: 'NONE',
      InvokeMode: 'RESPONSE_STREAM',
      Cors: cors,
    });
    expect(await lambda.getFunctionUrl('pr-42')).toEqual({
      url: URL,
      authType: 'NONE',
      invokeMode: 'RESPONSE_STREAM',
      cors,
    });
    expect(lambdaMock.commandCalls(GetFunctionUrlConfigCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Qualifier: 'pr-42',
    });
  });

  it('gives undefined when there is no URL', async () => {
    lambdaMock.on(GetFunctionUrlConfigCommand).rejects(notFound());
    expect(await lambda.getFunctionUrl(undefined)).toBeUndefined();
  });

  it('creates a URL when there is none', async () => {
    lambdaMock.on(GetFunctionUrlConfigCommand).rejects(notFound());
    lambdaMock.on(CreateFunctionUrlConfigCommand).resolves({ FunctionUrl: URL, AuthType: 'NONE' });
    expect(await lambda.putFunctionUrl('pr-42', 'NONE')).toBe(URL);
    expect(lambdaMock.commandCalls(CreateFunctionUrlConfigCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Qualifier: 'pr-42',
      AuthType: 'NONE',
    });
    expect(lambdaMock.commandCalls(UpdateFunctionUrlConfigCommand)).toHaveLength(0);
  });

  it('changes the auth type of a URL that has another', async () => {
    lambdaMock.on(GetFunctionUrlConfigCommand).resolves({ FunctionUrl: URL, AuthType: 'NONE' });
    lambdaMock
      .on(UpdateFunctionUrlConfigCommand)
      .resolves({ FunctionUrl: URL, AuthType: 'AWS_IAM' });
    expect(await lambda.putFunctionUrl('pr-42', 'AWS_IAM')).toBe(URL);
    expect(lambdaMock.commandCalls(UpdateFunctionUrlConfigCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Qualifier: 'pr-42',
      AuthType: 'AWS_IAM',
    });
    expect(lambdaMock.commandCalls(CreateFunctionUrlConfigCommand)).toHaveLength(0);
  });

  it('changes nothing when the URL already has the auth type', async () => {
    lambdaMock.on(GetFunctionUrlConfigCommand).resolves({ FunctionUrl: URL, AuthType: 'NONE' });
    expect(await lambda.putFunctionUrl('pr-42', 'NONE')).toBe(URL);
    expect(lambdaMock.commandCalls(CreateFunctionUrlConfigCommand)).toHaveLength(0);
    expect(lambdaMock.commandCalls(UpdateFunctionUrlConfigCommand)).toHaveLength(0);
  });

  it('names lambda:CreateFunctionUrlConfig when the URL cannot be created', async () => {
    lambdaMock.on(GetFunctionUrlConfigCommand).rejects(notFound());
    lambdaMock.on(CreateFunctionUrlConfigCommand).rejects(awsError('AccessDeniedException', 'no'));
    const error = await deployErrorOf(lambda.putFunctionUrl('pr-42', 'NONE'));
    expect(error.message).toContain('lambda:CreateFunctionUrlConfig');
    expect(error.message).toContain(`alias 'pr-42' of function '${FUNCTION_NAME}'`);
  });

  it('deletes a URL, saying there was one', async () => {
    lambdaMock.on(DeleteFunctionUrlConfigCommand).resolves({});
    expect(await lambda.deleteFunctionUrl('pr-42')).toBe(true);
    expect(lambdaMock.commandCalls(DeleteFunctionUrlConfigCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Qualifier: 'pr-42',
    });
  });

  it('gives false when there was no URL to delete', async () => {
    lambdaMock.on(DeleteFunctionUrlConfigCommand).rejects(notFound());
    expect(await lambda.deleteFunctionUrl('pr-42')).toBe(false);
  });
});

describe('LambdaRelease permissions', () => {
  it('gives the statement IDs of the resource policy', async () => {
    lambdaMock.on(GetPolicyCommand).resolves({
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'lambda-deploy-url-public' }, { Sid: 'from-api-gateway' }, {}],
      }),
    });
    expect(await lambda.statementIds('pr-42')).toEqual(
      new Set(['lambda-deploy-url-public', 'from-api-gateway']),
    );
    expect(lambdaMock.commandCalls(GetPolicyCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Qualifier: 'pr-42',
    });
  });

  it('gives no statement IDs when there is no policy', async () => {
    lambdaMock.on(GetPolicyCommand).rejects(notFound('The resource you requested does not exist.'));
    expect(await lambda.statementIds('pr-42')).toEqual(new Set());
  });

  it('names lambda:GetPolicy when the policy cannot be read', async () => {
    lambdaMock.on(GetPolicyCommand).rejects(awsError('AccessDeniedException', 'no'));
    const error = await deployErrorOf(lambda.statementIds(undefined));
    expect(error.message).toContain('lambda:GetPolicy');
  });

  it('adds a statement with its conditions', async () => {
    lambdaMock.on(AddPermissionCommand).resolves({});
    await lambda.addPermission('pr-42', {
      statementId: 'sid',
      action: 'lambda:InvokeFunctionUrl',
      principal: '*',
      functionUrlAuthType: 'NONE',
    });
    expect(lambdaMock.commandCalls(AddPermissionCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Qualifier: 'pr-42',
      StatementId: 'sid',
      Action: 'lambda:InvokeFunctionUrl',
      Principal: '*',
      FunctionUrlAuthType: 'NONE',
      InvokedViaFunctionUrl: undefined,
    });
  });

  it('takes a statement another run added meanwhile as added, without retrying', async () => {
    lambdaMock
      .on(AddPermissionCommand)
      .rejects(
        awsError(
          'ResourceConflictException',
          'The statement id (sid) provided already exists. Please provide a new statement id.',
        ),
      );
    await lambda.addPermission('pr-42', {
      statementId: 'sid',
      action: 'lambda:InvokeFunctionUrl',
      principal: '*',
      functionUrlAuthType: 'NONE',
    });
    expect(lambdaMock.commandCalls(AddPermissionCommand)).toHaveLength(1);
  });

  it('names the action and lambda:AddPermission when it cannot add a statement', async () => {
    lambdaMock.on(AddPermissionCommand).rejects(awsError('AccessDeniedException', 'no'));
    const error = await deployErrorOf(
      lambda.addPermission(undefined, {
        statementId: 'sid',
        action: 'lambda:InvokeFunction',
        principal: '*',
        invokedViaFunctionUrl: true,
      }),
    );
    expect(error.message).toContain('Could not allow lambda:InvokeFunction');
    expect(error.message).toContain('lambda:AddPermission');
  });

  it('removes a statement, saying it was there', async () => {
    lambdaMock.on(RemovePermissionCommand).resolves({});
    expect(await lambda.removePermission('pr-42', 'sid')).toBe(true);
    expect(lambdaMock.commandCalls(RemovePermissionCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Qualifier: 'pr-42',
      StatementId: 'sid',
    });
  });

  it('gives false when the statement was not there', async () => {
    lambdaMock.on(RemovePermissionCommand).rejects(notFound('Statement sid is not found'));
    expect(await lambda.removePermission('pr-42', 'sid')).toBe(false);
  });
});

describe('LambdaRelease failures name the call, the permission and the resource', () => {
  const denied = () => awsError('AccessDeniedException', 'User is not authorized');

  it.each([
    [
      'list the aliases',
      'lambda:ListAliases',
      `function '${FUNCTION_NAME}'`,
      () => lambdaMock.on(ListAliasesCommand).rejects(denied()),
      () => lambda.listAliases(),
    ],
    [
      "create alias 'pr-42'",
      'lambda:CreateAlias',
      `alias 'pr-42' of function '${FUNCTION_NAME}'`,
      () => lambdaMock.on(CreateAliasCommand).rejects(denied()),
      () => lambda.createAlias('pr-42', '8'),
    ],
    [
      'read the function URL',
      'lambda:GetFunctionUrlConfig',
      `function '${FUNCTION_NAME}'`,
      () => lambdaMock.on(GetFunctionUrlConfigCommand).rejects(denied()),
      () => lambda.getFunctionUrl(undefined),
    ],
    [
      'set up the function URL',
      'lambda:UpdateFunctionUrlConfig',
      `alias 'pr-42' of function '${FUNCTION_NAME}'`,
      () => {
        lambdaMock.on(GetFunctionUrlConfigCommand).resolves({ FunctionUrl: URL, AuthType: 'NONE' });
        lambdaMock.on(UpdateFunctionUrlConfigCommand).rejects(denied());
      },
      () => lambda.putFunctionUrl('pr-42', 'AWS_IAM'),
    ],
    [
      'delete the function URL',
      'lambda:DeleteFunctionUrlConfig',
      `alias 'pr-42' of function '${FUNCTION_NAME}'`,
      () => lambdaMock.on(DeleteFunctionUrlConfigCommand).rejects(denied()),
      () => lambda.deleteFunctionUrl('pr-42'),
    ],
    [
      'remove permission sid',
      'lambda:RemovePermission',
      `alias 'pr-42' of function '${FUNCTION_NAME}'`,
      () => lambdaMock.on(RemovePermissionCommand).rejects(denied()),
      () => lambda.removePermission('pr-42', 'sid'),
    ],
  ])('Could not %s: names %s on %s', async (action, permission, resource, given, call) => {
    given();
    const error = await deployErrorOf(call());
    expect(error.message).toContain(`Could not ${action}: access denied`);
    expect(error.message).toContain(`${permission} on ${resource}`);
  });

  it('fails clearly when Lambda answers without the alias configuration', async () => {
    lambdaMock.on(CreateAliasCommand).resolves({ Name: 'pr-42' });
    const error = await deployErrorOf(lambda.createAlias('pr-42', '8'));
    expect(error.message).toContain('without the alias configuration');
  });
});

describe('LambdaRelease retries a function busy with another update', () => {
  const statement = {
    statementId: 'sid',
    action: 'lambda:InvokeFunction',
    principal: '*',
  } as const;

  const busyOnce = () => conflictError();

  it.each([
    [
      'PublishVersion',
      () => {
        lambdaMock
          .on(PublishVersionCommand)
          .rejectsOnce(busyOnce())
          .resolves({ Version: '8', FunctionArn: `${FUNCTION_ARN}:8` });
      },
      () => lambda.publishVersion(OLD_SHA256, 'revision-2', 'd'),
    ],
    [
      'CreateAlias',
      () => {
        lambdaMock
          .on(CreateAliasCommand)
          .rejectsOnce(busyOnce())
          .resolves(aliasConfiguration('live', '8'));
      },
      () => lambda.createAlias('live', '8'),
    ],
    [
      'UpdateAlias',
      () => {
        lambdaMock
          .on(UpdateAliasCommand)
          .rejectsOnce(busyOnce())
          .resolves(aliasConfiguration('live', '8'));
      },
      () => lambda.updateAlias(readAlias('live'), '8', {}),
    ],
    [
      'DeleteAlias',
      () => {
        lambdaMock.on(DeleteAliasCommand).rejectsOnce(busyOnce()).resolves({});
      },
      () => lambda.deleteAlias('live'),
    ],
    [
      'DeleteFunction',
      () => {
        lambdaMock.on(DeleteFunctionCommand).rejectsOnce(busyOnce()).resolves({});
      },
      () => lambda.deleteVersion('8'),
    ],
    [
      'DeleteFunctionUrlConfig',
      () => {
        lambdaMock.on(DeleteFunctionUrlConfigCommand).rejectsOnce(busyOnce()).resolves({});
      },
      () => lambda.deleteFunctionUrl('live'),
    ],
    [
      'AddPermission',
      () => {
        lambdaMock.on(AddPermissionCommand).rejectsOnce(busyOnce()).resolves({});
      },
      () => lambda.addPermission('live', statement),
    ],
    [
      'RemovePermission',
      () => {
        lambdaMock.on(RemovePermissionCommand).rejectsOnce(busyOnce()).resolves({});
      },
      () => lambda.removePermission('live', 'sid'),
    ],
  ] as const)(
    '%s: retries ResourceConflictException, then succeeds',
    async (what, busyThenAnswers, call) => {
      busyThenAnswers();
      await call();
      expect(lambdaMock.calls()).toHaveLength(2);
      expect(log.infosWith(`${what}: the function is busy`)).toHaveLength(1);
    },
  );

  it('retries creating a function URL', async () => {
    lambdaMock.on(GetFunctionUrlConfigCommand).rejects(notFound());
    lambdaMock
      .on(CreateFunctionUrlConfigCommand)
      .rejectsOnce(conflictError())
      .resolves({ FunctionUrl: URL });
    expect(await lambda.putFunctionUrl('live', 'NONE')).toBe(URL);
    expect(lambdaMock.commandCalls(CreateFunctionUrlConfigCommand)).toHaveLength(2);
  });

  it('gives up after the last attempt, naming the action', async () => {
    lambdaMock.on(UpdateAliasCommand).rejects(conflictError());
    const error = await deployErrorOf(lambda.updateAlias(readAlias('live'), '8', {}));
    expect(error.message).toContain("Could not move alias 'live'");
    expect(error.message).toContain('ResourceConflictException');
    // fastTiming allows 4 attempts in all.
    expect(lambdaMock.commandCalls(UpdateAliasCommand)).toHaveLength(4);
  });
});
