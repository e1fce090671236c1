import {
  CreateFunctionCommand,
  GetFunctionCommand,
  LambdaClient,
  ResourceNotFoundException,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import {
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { UploadRoute } from '../../../src/resources/code/plan.js';
import { createFunction } from '../../../src/resources/function/apply.js';
import type { FunctionSettings } from '../../../src/inputs.js';
import type { DeploymentPackage } from '../../../src/package/package-contents.js';
import { deployErrorOf } from '../helpers/errors.js';
import {
  FUNCTION_ARN,
  FUNCTION_NAME,
  REGION,
  awsError,
  functionConfiguration,
  lambdaFunction,
  packageFile,
} from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { bodyBytes, headError } from '../helpers/s3.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { settingsWith } from '../../support/settings.js';

const lambdaMock = mockClient(LambdaClient);
const s3Mock = mockClient(S3Client);
const tempDir = useTempDirs();

const ROLE = 'arn:aws:iam::123456789012:role/orders-api-role';

/** Only what create-if-missing requires: role, runtime and handler. */
const REQUIRED = settingsWith({
  handler: 'index.handler',
  runtime: 'nodejs22.x',
  role: ROLE,
});

const DIRECT: UploadRoute = { kind: 'direct' };

let log: RecordingLogger;
let pkg: DeploymentPackage;

beforeEach(async () => {
  lambdaMock.reset();
  s3Mock.reset();
  log = new RecordingLogger();
  pkg = await packageFile(await tempDir(), 'code to create the function with');
});

afterAll(() => {
  lambdaMock.restore();
  s3Mock.restore();
});

/**
 * A function that does not exist until CreateFunction; GetFunction then reports it in
 * `states` in turn (the last one from then on), running the package.
 */
function fakeCreation(
  states: readonly Partial<FunctionConfiguration>[] = [{ State: 'Active' }],
): void {
  let created = false;
  let polls = 0;
  const running = (overrides: Partial<FunctionConfiguration>) =>
    functionConfiguration({
      CodeSha256: pkg.sha256,
      CodeSize: pkg.size,
      LastUpdateStatus: undefined,
      ...overrides,
    });
  lambdaMock.on(CreateFunctionCommand).callsFake(() => {
    created = true;
    return running({ State: 'Pending', StateReason: 'The function is being created.' });
  });
  lambdaMock.on(GetFunctionCommand).callsFake(() => {
    if (!created) {
      throw new ResourceNotFoundException({
        message: `Function not found: ${FUNCTION_ARN}`,
        $metadata: {},
      });
    }
    const state = states[Math.min(polls, states.length - 1)] ?? {};
    polls++;
    return { Configuration: running(state), Tags: {} };
  });
}

const create = (
  settings: FunctionSettings = REQUIRED,
  upload: UploadRoute = DIRECT,
  waitTimeoutSeconds = 10,
) =>
  createFunction(
    lambdaFunction(log),
    { kind: 'zip', package: pkg, upload },
    settings,
    waitTimeoutSeconds,
    log,
  );

const creations = () => lambdaMock.commandCalls(CreateFunctionCommand);
const creationInput = () => {
  const input = creations()[0]?.args[0].input;
  if (input === undefined) throw new Error('no CreateFunction call');
  return input;
};

describe('createFunction: the CreateFunction request', () => {
  it('sends only role, runtime and handler with the zip when nothing else is set', async () => {
    fakeCreation();
    await create();
    expect(creations()).toHaveLength(1);
    const { Code, ...rest } = creationInput();
    expect(rest).toEqual({
      FunctionName: FUNCTION_NAME,
      Role: ROLE,
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      PackageType: 'Zip',
    });
    expect(Object.keys(Code ?? {})).toEqual(['ZipFile']);
    expect(Buffer.from(Code?.ZipFile ?? [])).toEqual(await readFile(pkg.path));
  });

  it.each([
    ['memory-size', { memorySize: 512 }, { MemorySize: 512 }],
    ['timeout', { timeout: 30 }, { Timeout: 30 }],
    ['description', { description: 'Orders API' }, { Description: 'Orders API' }],
    ['architectures', { architecture: 'arm64' }, { Architectures: ['arm64'] }],
    [
      'environment',
      { environment: { STAGE: 'prod', MODE: 'a=b' } },
      { Environment: { Variables: { STAGE: 'prod', MODE: 'a=b' } } },
    ],
    [
      'layers',
      { layers: ['arn:aws:lambda:us-east-1:123456789012:layer:deps:3'] },
      { Layers: ['arn:aws:lambda:us-east-1:123456789012:layer:deps:3'] },
    ],
    ['ephemeral-storage', { ephemeralStorage: 2048 }, { EphemeralStorage: { Size: 2048 } }],
    ['tags', { tags: { team: 'payments' } }, { Tags: { team: 'payments' } }],
  ] as const)('adds %s, and nothing else, when it is set', async (_input, setting, field) => {
    fakeCreation();
    await create({ ...REQUIRED, ...setting });
    expect({ ...creationInput(), Code: undefined }).toEqual({
      FunctionName: FUNCTION_NAME,
      Role: ROLE,
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      PackageType: 'Zip',
      Code: undefined,
      ...field,
    });
  });

  it('sends every setting given in one CreateFunction, with no UpdateFunctionConfiguration after', async () => {
    fakeCreation();
    await create({
      ...REQUIRED,
      memorySize: 1024,
      timeout: 60,
      architecture: 'arm64',
      environment: { STAGE: 'prod' },
      tags: { team: 'payments', cost: '42' },
    });
    expect(creationInput()).toMatchObject({
      MemorySize: 1024,
      Timeout: 60,
      Architectures: ['arm64'],
      Environment: { Variables: { STAGE: 'prod' } },
      Tags: { team: 'payments', cost: '42' },
    });
    const sent = lambdaMock.calls().map((call) => call.args[0].constructor.name);
    expect(sent.filter((name) => name !== 'GetFunctionCommand')).toEqual(['CreateFunctionCommand']);
  });
});

describe('createFunction: waiting until the function is Active', () => {
  it('waits through Pending and returns the Active function, deployed, not staged', async () => {
    fakeCreation([{ State: 'Pending' }, { State: 'Pending' }, { State: 'Active' }]);
    const result = await create();
    expect(result.deployed).toBe(true);
    expect(result.staged).toBeUndefined();
    expect(result.function).toMatchObject({
      arn: FUNCTION_ARN,
      name: FUNCTION_NAME,
      state: 'Active',
      codeSha256: pkg.sha256,
    });
    expect(lambdaMock.commandCalls(GetFunctionCommand).length).toBeGreaterThanOrEqual(3);
    expect(log.infosWith('does not exist: creating it')).toHaveLength(1);
    expect(log.infosWith(`Created ${FUNCTION_ARN}`)).toHaveLength(1);
  });

  it("fails with Lambda's StateReason when the new function ends Failed", async () => {
    const reason = 'The role defined for the function cannot be assumed by Lambda.';
    fakeCreation([{ State: 'Pending' }, { State: 'Failed', StateReason: reason }]);
    const error = await deployErrorOf(create());
    expect(error.message).toContain(`'${FUNCTION_NAME}'`);
    expect(error.message).toContain('Failed');
    expect(error.message).toContain(reason);
  });

  it('fails naming wait-timeout when the function is still Pending, without a reason, after it', async () => {
    fakeCreation([{ State: 'Pending', StateReason: undefined }]);
    const error = await deployErrorOf(create(REQUIRED, DIRECT, 1));
    expect(error.message).toContain(`'${FUNCTION_NAME}'`);
    expect(error.message).toContain('Pending');
    expect(error.message).toContain('after 1 s (wait-timeout)');
  });

  it('names lambda:CreateFunction when creating is denied, and reads nothing after', async () => {
    fakeCreation();
    lambdaMock
      .on(CreateFunctionCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized to perform CreateFunction'));
    const error = await deployErrorOf(create());
    expect(error.message).toContain('Could not create the function');
    expect(error.message).toContain('lambda:CreateFunction');
    expect(lambdaMock.commandCalls(GetFunctionCommand)).toHaveLength(0);
  });
});

describe('createFunction through S3', () => {
  const BUCKET = 'artifacts';
  const KEY = 'lambda-deploy/orders-api/0123abcd.zip';

  function viaS3(bucketOwner?: string): UploadRoute {
    return {
      kind: 's3',
      bucket: BUCKET,
      key: KEY,
      bucketOwner,
      client: new S3Client({ region: REGION }),
    };
  }

  beforeEach(() => {
    fakeCreation();
    s3Mock.on(HeadBucketCommand).resolves({ BucketRegion: REGION });
    s3Mock.on(HeadObjectCommand).rejects(headError(404));
    s3Mock.on(PutObjectCommand).resolves({ ETag: '"e"' });
  });

  const owners = () =>
    s3Mock
      .calls()
      .map((call) => (call.args[0].input as { ExpectedBucketOwner?: string }).ExpectedBucketOwner);

  it('stages the package in S3 and creates the function from S3Bucket and S3Key, with no ZipFile', async () => {
    const result = await create(REQUIRED, viaS3());
    const put = s3Mock.commandCalls(PutObjectCommand)[0]?.args[0].input;
    expect(put).toMatchObject({ Bucket: BUCKET, Key: KEY });
    expect(bodyBytes(put?.Body)).toEqual(await readFile(pkg.path));
    const { Code } = creationInput();
    expect(Code?.ZipFile).toBeUndefined();
    expect(Code).toMatchObject({ S3Bucket: BUCKET, S3Key: KEY });
    expect(Code?.S3ObjectVersion).toBeUndefined();
    expect(result.staged).toMatchObject({ uploaded: true, uri: `s3://${BUCKET}/${KEY}` });
  });

  it('names the object version for a versioned bucket', async () => {
    s3Mock.on(PutObjectCommand).resolves({ ETag: '"e"', VersionId: 'v7' });
    await create(REQUIRED, viaS3());
    expect(creationInput().Code).toEqual({ S3Bucket: BUCKET, S3Key: KEY, S3ObjectVersion: 'v7' });
  });

  it('creates nothing when the package cannot be staged', async () => {
    s3Mock.on(HeadBucketCommand).rejects(headError(404));
    const error = await deployErrorOf(create(REQUIRED, viaS3()));
    expect(error.message).toContain(`bucket '${BUCKET}' does not exist`);
    expect(creations()).toHaveLength(0);
  });

  it('expects the bucket to belong to s3-bucket-owner when it is set', async () => {
    await create(REQUIRED, viaS3('210987654321'));
    expect(owners()).toEqual(['210987654321', '210987654321', '210987654321']);
  });

  it("expects the bucket to belong to the new function's account, the role's", async () => {
    await create(REQUIRED, viaS3());
    expect(owners()).toEqual(['123456789012', '123456789012', '123456789012']);
  });
});
