import {
  GetFunctionCommand,
  LambdaClient,
  ResourceNotFoundException,
  TagResourceCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { deployErrorOf } from '../helpers/errors.js';
import {
  FUNCTION_ARN,
  FUNCTION_NAME,
  OLD_SHA256,
  awsError,
  conflictError,
  functionConfiguration,
  getFunctionOutput,
  lambdaFunction,
} from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const lambdaMock = mockClient(LambdaClient);
let log: RecordingLogger;

beforeEach(() => {
  lambdaMock.reset();
  log = new RecordingLogger();
});

afterAll(() => {
  lambdaMock.restore();
});

describe('LambdaFunction.read', () => {
  it('reads the function with GetFunction and returns its state', async () => {
    lambdaMock.on(GetFunctionCommand).resolves(getFunctionOutput({ CodeSize: 1234 }));
    expect(await lambdaFunction(log).read()).toEqual({
      arn: FUNCTION_ARN,
      name: FUNCTION_NAME,
      packageType: 'Zip',
      codeSha256: OLD_SHA256,
      codeSize: 1234,
      state: 'Active',
      lastUpdateStatus: 'Successful',
      lastUpdateStatusReason: undefined,
      revisionId: 'revision-1',
      configuration: functionConfiguration({ CodeSize: 1234 }),
      tags: {},
    });
    expect(lambdaMock.commandCalls(GetFunctionCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
    });
  });

  it("keeps the raw configuration and the function's tags", async () => {
    lambdaMock.on(GetFunctionCommand).resolves({
      ...getFunctionOutput({ MemorySize: 512, Layers: [{ Arn: 'arn:layer:1' }] }),
      Tags: { team: 'orders', stage: 'prod' },
    });
    const state = await lambdaFunction(log).read();
    expect(state.configuration).toMatchObject({
      MemorySize: 512,
      Layers: [{ Arn: 'arn:layer:1' }],
    });
    expect(state.tags).toEqual({ team: 'orders', stage: 'prod' });
  });

  it('asks for the function by the name it was given, ARN included', async () => {
    lambdaMock.on(GetFunctionCommand).resolves(getFunctionOutput());
    await lambdaFunction(log, FUNCTION_ARN).read();
    expect(lambdaMock.commandCalls(GetFunctionCommand)[0]?.args[0].input.FunctionName).toBe(
      FUNCTION_ARN,
    );
  });

  it('fails clearly when Lambda answers without a configuration', async () => {
    lambdaMock.on(GetFunctionCommand).resolves({});
    const error = await deployErrorOf(lambdaFunction(log).read());
    expect(error.message).toContain('without the function configuration');
  });

  it('says a missing function does not exist, naming it and the region', async () => {
    lambdaMock
      .on(GetFunctionCommand)
      .rejects(new ResourceNotFoundException({ message: 'Function not found', $metadata: {} }));
    const error = await deployErrorOf(lambdaFunction(log).read());
    expect(error.message).toContain(`function '${FUNCTION_NAME}' does not exist in us-east-1`);
  });

  it('names lambda:GetFunction when access is denied', async () => {
    lambdaMock.on(GetFunctionCommand).rejects(awsError('AccessDeniedException', 'not authorized'));
    const error = await deployErrorOf(lambdaFunction(log).read());
    expect(error.message).toContain('lambda:GetFunction');
    expect(error.message).toContain('read the function');
  });
});

describe('LambdaFunction.updateCode', () => {
  const updateInput = () => lambdaMock.commandCalls(UpdateFunctionCodeCommand)[0]?.args[0].input;

  it('sends a zip as ZipFile and returns the state Lambda answers with', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
    lambdaMock
      .on(UpdateFunctionCodeCommand)
      .resolves(functionConfiguration({ CodeSha256: 'new', LastUpdateStatus: 'InProgress' }));
    const state = await lambdaFunction(log).updateCode({ kind: 'zip', zip });
    expect(state.codeSha256).toBe('new');
    expect(state.lastUpdateStatus).toBe('InProgress');
    expect(updateInput()).toEqual({ FunctionName: FUNCTION_NAME, ZipFile: zip });
  });

  it('sends an S3 location as S3Bucket, S3Key and S3ObjectVersion', async () => {
    lambdaMock.on(UpdateFunctionCodeCommand).resolves(functionConfiguration({ CodeSha256: 'new' }));
    const state = await lambdaFunction(log).updateCode({
      kind: 's3',
      bucket: 'artifacts',
      key: 'lambda-deploy/orders-api/ab12.zip',
      versionId: '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY',
    });
    expect(state.codeSha256).toBe('new');
    expect(updateInput()).toEqual({
      FunctionName: FUNCTION_NAME,
      S3Bucket: 'artifacts',
      S3Key: 'lambda-deploy/orders-api/ab12.zip',
      S3ObjectVersion: '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY',
    });
  });

  it('leaves S3ObjectVersion out for an unversioned bucket', async () => {
    lambdaMock.on(UpdateFunctionCodeCommand).resolves(functionConfiguration());
    await lambdaFunction(log).updateCode({
      kind: 's3',
      bucket: 'artifacts',
      key: 'k.zip',
      versionId: undefined,
    });
    expect(updateInput()).toEqual({
      FunctionName: FUNCTION_NAME,
      S3Bucket: 'artifacts',
      S3Key: 'k.zip',
    });
    expect(updateInput()).not.toHaveProperty('S3ObjectVersion');
  });

  it('sends Architectures with the code when an architecture is given', async () => {
    const zip = new Uint8Array([1, 2, 3]);
    lambdaMock.on(UpdateFunctionCodeCommand).resolves(functionConfiguration());
    await lambdaFunction(log).updateCode({ kind: 'zip', zip }, 'arm64');
    expect(updateInput()).toEqual({
      FunctionName: FUNCTION_NAME,
      ZipFile: zip,
      Architectures: ['arm64'],
    });
  });

  it('sends Architectures with an S3 location too', async () => {
    lambdaMock.on(UpdateFunctionCodeCommand).resolves(functionConfiguration());
    await lambdaFunction(log).updateCode(
      { kind: 's3', bucket: 'artifacts', key: 'k.zip', versionId: undefined },
      'x86_64',
    );
    expect(updateInput()).toEqual({
      FunctionName: FUNCTION_NAME,
      S3Bucket: 'artifacts',
      S3Key: 'k.zip',
      Architectures: ['x86_64'],
    });
  });

  it('retries ResourceConflictException and logs it', async () => {
    lambdaMock
      .on(UpdateFunctionCodeCommand)
      .rejectsOnce(conflictError())
      .resolves(functionConfiguration({ CodeSha256: 'new' }));
    const state = await lambdaFunction(log).updateCode({ kind: 'zip', zip: new Uint8Array([1]) });
    expect(state.codeSha256).toBe('new');
    expect(lambdaMock.commandCalls(UpdateFunctionCodeCommand)).toHaveLength(2);
    expect(log.infosWith('ResourceConflictException')).toHaveLength(1);
  });

  it('names lambda:UpdateFunctionCode and the function when access is denied', async () => {
    lambdaMock
      .on(UpdateFunctionCodeCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized'));
    const error = await deployErrorOf(
      lambdaFunction(log).updateCode({ kind: 'zip', zip: new Uint8Array([1]) }),
    );
    expect(error.message).toContain('lambda:UpdateFunctionCode');
    expect(error.message).toContain(`function '${FUNCTION_NAME}'`);
    expect(error.message).toContain('update the function code');
  });
});

describe('LambdaFunction.waitUntilSettled', () => {
  it('polls until the update succeeds and returns the function as it then is', async () => {
    lambdaMock
      .on(GetFunctionCommand)
      .resolvesOnce(getFunctionOutput({ LastUpdateStatus: 'InProgress' }))
      .resolvesOnce(getFunctionOutput({ LastUpdateStatus: 'InProgress' }))
      .resolves(getFunctionOutput({ LastUpdateStatus: 'Successful', RevisionId: 'revision-2' }));
    const state = await lambdaFunction(log).waitUntilSettled(10);
    expect(state.lastUpdateStatus).toBe('Successful');
    expect(state.revisionId).toBe('revision-2');
    expect(lambdaMock.commandCalls(GetFunctionCommand).length).toBeGreaterThanOrEqual(3);
    // The log says the wait ended, and how long it took.
    expect(log.infos.at(-1)).toMatch(/^Lambda finished the update \(Successful\), after \d/);
  });

  it("returns a Failed update with Lambda's reason instead of throwing", async () => {
    lambdaMock
      .on(GetFunctionCommand)
      .resolvesOnce(getFunctionOutput({ LastUpdateStatus: 'InProgress' }))
      .resolves(
        getFunctionOutput({
          LastUpdateStatus: 'Failed',
          LastUpdateStatusReason: 'Unzipped size must be smaller than 262144000 bytes',
        }),
      );
    const state = await lambdaFunction(log).waitUntilSettled(10);
    expect(log.infos.at(-1)).toMatch(/^Lambda finished the update \(Failed\), after \d/);
    expect(state.lastUpdateStatus).toBe('Failed');
    expect(state.lastUpdateStatusReason).toBe('Unzipped size must be smaller than 262144000 bytes');
  });

  it('gives up after the timeout, naming wait-timeout', async () => {
    lambdaMock
      .on(GetFunctionCommand)
      .resolves(getFunctionOutput({ LastUpdateStatus: 'InProgress' }));
    const error = await deployErrorOf(lambdaFunction(log).waitUntilSettled(0.3));
    expect(error.message).toContain(`still updating function '${FUNCTION_NAME}'`);
    expect(error.message).toContain('after 0.3 s (wait-timeout)');
  });

  it('reads the function once more when a read begun before the deadline is answered after it', async () => {
    const began: number[] = [];
    lambdaMock.on(GetFunctionCommand).callsFake(async () => {
      began.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, 70));
      return getFunctionOutput({ LastUpdateStatus: 'InProgress' });
    });
    const started = Date.now();
    const error = await deployErrorOf(lambdaFunction(log).waitUntilSettled(0.3));
    expect(error.message).toContain('after 0.3 s (wait-timeout)');
    // "Still updating after 0.3 s" is said of a read that began once the 0.3 s had passed.
    expect(began.at(-1)).toBeGreaterThanOrEqual(started + 300);
    expect(began.at(-2)).toBeLessThan(started + 300);
  });

  it('stops at the first GetFunction error instead of polling until the timeout', async () => {
    lambdaMock
      .on(GetFunctionCommand)
      .resolvesOnce(getFunctionOutput({ LastUpdateStatus: 'InProgress' }))
      .rejects(awsError('AccessDeniedException', 'not authorized'));
    const started = Date.now();
    const error = await deployErrorOf(lambdaFunction(log).waitUntilSettled(60));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error.message).toContain('while waiting for the update');
    expect(error.message).toContain('lambda:GetFunction');
    expect(lambdaMock.commandCalls(GetFunctionCommand)).toHaveLength(2);
  });
});

describe('LambdaFunction.updateConfiguration', () => {
  const configurationInputs = () =>
    lambdaMock.commandCalls(UpdateFunctionConfigurationCommand).map((call) => call.args[0].input);

  it('sends exactly the settings it is given, with the function name', async () => {
    lambdaMock
      .on(UpdateFunctionConfigurationCommand)
      .resolves(functionConfiguration({ MemorySize: 256, LastUpdateStatus: 'InProgress' }));
    const state = await lambdaFunction(log).updateConfiguration({
      MemorySize: 256,
      Environment: { Variables: { A: '1' } },
    });
    expect(state.lastUpdateStatus).toBe('InProgress');
    expect(state.configuration.MemorySize).toBe(256);
    expect(configurationInputs()).toEqual([
      { FunctionName: FUNCTION_NAME, MemorySize: 256, Environment: { Variables: { A: '1' } } },
    ]);
  });

  it('retries ResourceConflictException and logs it', async () => {
    lambdaMock
      .on(UpdateFunctionConfigurationCommand)
      .rejectsOnce(conflictError())
      .resolves(functionConfiguration({ Timeout: 30 }));
    const state = await lambdaFunction(log).updateConfiguration({ Timeout: 30 });
    expect(state.configuration.Timeout).toBe(30);
    expect(configurationInputs()).toHaveLength(2);
    expect(log.infosWith('ResourceConflictException')).toHaveLength(1);
  });

  it('names lambda:UpdateFunctionConfiguration when access is denied', async () => {
    lambdaMock
      .on(UpdateFunctionConfigurationCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized'));
    const error = await deployErrorOf(lambdaFunction(log).updateConfiguration({ Timeout: 30 }));
    expect(error.message).toContain('lambda:UpdateFunctionConfiguration');
    expect(error.message).toContain('update the function configuration');
    expect(error.message).toContain(`function '${FUNCTION_NAME}'`);
  });
});

describe('LambdaFunction.tag', () => {
  it('tags the function by its ARN with TagResource', async () => {
    lambdaMock.on(TagResourceCommand).resolves({});
    await lambdaFunction(log).tag(FUNCTION_ARN, { team: 'orders' });
    expect(lambdaMock.commandCalls(TagResourceCommand).map((call) => call.args[0].input)).toEqual([
      { Resource: FUNCTION_ARN, Tags: { team: 'orders' } },
    ]);
  });

  it('names lambda:TagResource when access is denied', async () => {
    lambdaMock.on(TagResourceCommand).rejects(awsError('AccessDeniedException', 'not authorized'));
    const error = await deployErrorOf(lambdaFunction(log).tag(FUNCTION_ARN, { team: 'orders' }));
    expect(error.message).toContain('lambda:TagResource');
    expect(error.message).toContain('tag the function');
  });
});
