import {
  GetFunctionCommand,
  LambdaClient,
  ResourceNotFoundException,
  UpdateFunctionCodeCommand,
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
import { updateFunctionCode, type ZipUpdateOptions } from '../../../src/resources/code/apply.js';
import { type UploadRoute } from '../../../src/resources/code/plan.js';
import { toFunctionState } from '../../../src/aws/function-state.js';
import type { DeploymentPackage } from '../../../src/package/package-contents.js';
import { deployErrorOf } from '../helpers/errors.js';
import {
  FUNCTION_NAME,
  REGION,
  awsError,
  conflictError,
  functionConfiguration,
  getFunctionOutput,
  lambdaFunction,
  packageFile,
} from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { bodyBytes, headError } from '../helpers/s3.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const lambdaMock = mockClient(LambdaClient);
const s3Mock = mockClient(S3Client);
const tempDir = useTempDirs();
const OPTIONS: ZipUpdateOptions = {
  skipUnchanged: true,
  waitTimeoutSeconds: 10,
  upload: { kind: 'direct' },
  architecture: undefined,
};

let log: RecordingLogger;
let pkg: DeploymentPackage;

beforeEach(async () => {
  lambdaMock.reset();
  s3Mock.reset();
  log = new RecordingLogger();
  pkg = await packageFile(await tempDir(), 'new code');
});

afterAll(() => {
  lambdaMock.restore();
  s3Mock.restore();
});

/**
 * A function that runs `before`; UpdateFunctionCode answers with the new code
 * InProgress, and GetFunction then reports the update `after` it.
 */
function fakeFunction(
  before: Partial<FunctionConfiguration> = {},
  after: Partial<FunctionConfiguration> = { LastUpdateStatus: 'Successful' },
): void {
  let uploaded = false;
  const deployed = () => ({ CodeSha256: pkg.sha256, CodeSize: pkg.size, RevisionId: 'revision-2' });
  lambdaMock
    .on(GetFunctionCommand)
    .callsFake(() => getFunctionOutput(uploaded ? { ...deployed(), ...after } : before));
  lambdaMock.on(UpdateFunctionCodeCommand).callsFake(() => {
    uploaded = true;
    return functionConfiguration({ ...deployed(), LastUpdateStatus: 'InProgress' });
  });
}

const deploy = (options: ZipUpdateOptions = OPTIONS, target = pkg) =>
  updateFunctionCode(lambdaFunction(log), target, options, log);

const uploads = () => lambdaMock.commandCalls(UpdateFunctionCodeCommand);

describe('updateFunctionCode: when the code is unchanged', () => {
  it('skips the update and makes no UpdateFunctionCode call', async () => {
    fakeFunction({ CodeSha256: pkg.sha256 });
    const result = await deploy();
    expect(result.deployed).toBe(false);
    expect(result.function.codeSha256).toBe(pkg.sha256);
    expect(uploads()).toHaveLength(0);
    expect(log.infosWith('skipped')).toHaveLength(1);
  });

  it('decides from the function state it is given, without reading the function again', async () => {
    fakeFunction();
    const known = toFunctionState(functionConfiguration({ CodeSha256: pkg.sha256 }));
    const result = await updateFunctionCode(lambdaFunction(log), pkg, OPTIONS, log, known);
    expect(result.deployed).toBe(false);
    expect(lambdaMock.commandCalls(GetFunctionCommand)).toHaveLength(0);
    expect(uploads()).toHaveLength(0);
  });

  it('uploads again when the last update of that code Failed', async () => {
    fakeFunction({ CodeSha256: pkg.sha256, LastUpdateStatus: 'Failed' });
    const result = await deploy();
    expect(result.deployed).toBe(true);
    expect(uploads()).toHaveLength(1);
  });

  it('uploads anyway with skip-unchanged false', async () => {
    fakeFunction({ CodeSha256: pkg.sha256 });
    const result = await deploy({ ...OPTIONS, skipUnchanged: false });
    expect(result.deployed).toBe(true);
    expect(uploads()).toHaveLength(1);
  });
});

describe('updateFunctionCode: architecture', () => {
  const architecturesSent = () => uploads().map((call) => call.args[0].input.Architectures);

  it.each([
    ['x86_64 as Lambda reports it', { Architectures: ['x86_64' as const] }],
    ['x86_64 by default (no Architectures)', {}],
  ])(
    'forces the update of unchanged code to arm64 when the function is %s',
    async (_what, before) => {
      fakeFunction({ CodeSha256: pkg.sha256, ...before });
      const result = await deploy({ ...OPTIONS, architecture: 'arm64' });
      expect(result.deployed).toBe(true);
      expect(architecturesSent()).toEqual([['arm64']]);
      expect(result.architectureChange).toMatchObject({ from: 'x86_64', to: 'arm64' });
      expect(log.infosWith('skipped')).toHaveLength(0);
    },
  );

  it('forces the update back to x86_64 from arm64, and reports the change', async () => {
    fakeFunction({ CodeSha256: pkg.sha256, Architectures: ['arm64'] });
    const result = await deploy({ ...OPTIONS, architecture: 'x86_64' });
    expect(result.deployed).toBe(true);
    expect(architecturesSent()).toEqual([['x86_64']]);
    expect(result.architectureChange).toEqual({
      setting: 'architectures',
      from: 'arm64',
      to: 'x86_64',
    });
  });

  it('still skips unchanged code when the function already has that architecture', async () => {
    fakeFunction({ CodeSha256: pkg.sha256, Architectures: ['arm64'] });
    const result = await deploy({ ...OPTIONS, architecture: 'arm64' });
    expect(result.deployed).toBe(false);
    expect(uploads()).toHaveLength(0);
    expect(result.architectureChange).toBeUndefined();
  });

  it('reports no architecture change when changed code keeps the architecture', async () => {
    fakeFunction({ Architectures: ['arm64'] });
    const result = await deploy({ ...OPTIONS, architecture: 'arm64' });
    expect(result.deployed).toBe(true);
    expect(result.architectureChange).toBeUndefined();
  });

  it('sends the new architecture with changed code', async () => {
    fakeFunction({ Architectures: ['x86_64'] });
    expect((await deploy({ ...OPTIONS, architecture: 'arm64' })).deployed).toBe(true);
    expect(architecturesSent()).toEqual([['arm64']]);
  });

  it('sends the new architecture with skip-unchanged false', async () => {
    fakeFunction({ CodeSha256: pkg.sha256, Architectures: ['x86_64'] });
    await deploy({ ...OPTIONS, skipUnchanged: false, architecture: 'arm64' });
    expect(architecturesSent()).toEqual([['arm64']]);
  });

  it('never changes the architecture when none is given', async () => {
    fakeFunction({ Architectures: ['arm64'] });
    await deploy();
    expect(architecturesSent()).toEqual([undefined]);
  });
});

describe('updateFunctionCode: when the code changed', () => {
  it("uploads the package's bytes as ZipFile and returns the settled function", async () => {
    fakeFunction();
    const result = await deploy();
    expect(result.deployed).toBe(true);
    expect(result.function.codeSha256).toBe(pkg.sha256);
    expect(result.function.lastUpdateStatus).toBe('Successful');
    expect(result.function.revisionId).toBe('revision-2');
    expect(uploads()).toHaveLength(1);
    const input = uploads()[0]?.args[0].input;
    expect(input?.FunctionName).toBe(FUNCTION_NAME);
    expect(Buffer.from(input?.ZipFile ?? [])).toEqual(await readFile(pkg.path));
    expect(log.infosWith('Waiting for Lambda to finish the update')).toHaveLength(1);
    expect(result.staged).toBeUndefined();
    expect(s3Mock.calls()).toHaveLength(0);
  });

  it('waits out an update already in progress before uploading', async () => {
    let polls = 0;
    let statusAtUpload: string | undefined;
    lambdaMock.on(GetFunctionCommand).callsFake(() => {
      polls++;
      if (uploads().length > 0) return getFunctionOutput({ CodeSha256: pkg.sha256 });
      return getFunctionOutput({ LastUpdateStatus: polls < 3 ? 'InProgress' : 'Successful' });
    });
    lambdaMock.on(UpdateFunctionCodeCommand).callsFake(() => {
      statusAtUpload = polls < 3 ? 'InProgress' : 'Successful';
      return functionConfiguration({ CodeSha256: pkg.sha256, LastUpdateStatus: 'InProgress' });
    });
    expect((await deploy()).deployed).toBe(true);
    expect(statusAtUpload).toBe('Successful');
    expect(log.infosWith('in progress; waiting for it to finish first')).toHaveLength(1);
  });

  it('deploys over an earlier update that failed, with a warning giving its reason', async () => {
    let uploaded = false;
    let polls = 0;
    lambdaMock.on(GetFunctionCommand).callsFake(() => {
      if (uploaded) return getFunctionOutput({ CodeSha256: pkg.sha256 });
      polls++;
      return getFunctionOutput(
        polls === 1
          ? { LastUpdateStatus: 'InProgress' }
          : { LastUpdateStatus: 'Failed', LastUpdateStatusReason: 'Handler not found' },
      );
    });
    lambdaMock.on(UpdateFunctionCodeCommand).callsFake(() => {
      uploaded = true;
      return functionConfiguration({ CodeSha256: pkg.sha256, LastUpdateStatus: 'InProgress' });
    });
    expect((await deploy()).deployed).toBe(true);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain('Handler not found');
  });

  it('fails, saying so, when the function settles on code another deploy uploaded', async () => {
    lambdaMock
      .on(GetFunctionCommand)
      .callsFake(() =>
        getFunctionOutput(
          uploads().length === 0
            ? {}
            : { CodeSha256: 'b3RoZXIgY29kZQ==', LastUpdateStatus: 'Successful' },
        ),
      );
    lambdaMock
      .on(UpdateFunctionCodeCommand)
      .resolves(functionConfiguration({ CodeSha256: pkg.sha256, LastUpdateStatus: 'InProgress' }));
    const error = await deployErrorOf(deploy());
    expect(error.message).toContain('Another deploy changed function');
    expect(error.message).toContain(`runs code b3RoZXIgY29kZQ==, not the ${pkg.sha256}`);
    expect(error.message).toContain('no version was published');
  });

  it('retries ResourceConflictException and logs each retry', async () => {
    lambdaMock
      .on(GetFunctionCommand)
      .callsFake(() => getFunctionOutput(uploads().length === 3 ? { CodeSha256: pkg.sha256 } : {}));
    lambdaMock
      .on(UpdateFunctionCodeCommand)
      .rejectsOnce(conflictError())
      .rejectsOnce(conflictError())
      .resolves(functionConfiguration({ CodeSha256: pkg.sha256 }));
    expect((await deploy()).deployed).toBe(true);
    expect(uploads()).toHaveLength(3);
    expect(log.infosWith('ResourceConflictException')).toHaveLength(2);
  });

  it("gives up on ResourceConflictException after the policy's 4 attempts", async () => {
    fakeFunction();
    lambdaMock.on(UpdateFunctionCodeCommand).rejects(conflictError());
    const error = await deployErrorOf(deploy());
    expect(error.message).toContain('Could not update the function code');
    expect(error.message).toContain('ResourceConflictException');
    expect(uploads()).toHaveLength(4);
    expect(log.infosWith('ResourceConflictException')).toHaveLength(3);
  });
});

describe('updateFunctionCode: failures', () => {
  it("rejects a Failed update with Lambda's LastUpdateStatusReason", async () => {
    const reason = 'Unzipped size must be smaller than 262144000 bytes';
    fakeFunction({}, { LastUpdateStatus: 'Failed', LastUpdateStatusReason: reason });
    const error = await deployErrorOf(deploy());
    expect(error.message).toContain(`'${FUNCTION_NAME}'`);
    expect(error.message).toContain(reason);
  });

  it('refuses an Image function', async () => {
    fakeFunction({ PackageType: 'Image' });
    const error = await deployErrorOf(deploy());
    expect(error.message).toContain(`'${FUNCTION_NAME}'`);
    expect(error.message).toContain('package type Image');
    expect(uploads()).toHaveLength(0);
  });

  it('says a missing function does not exist, naming it', async () => {
    lambdaMock
      .on(GetFunctionCommand)
      .rejects(new ResourceNotFoundException({ message: 'Function not found', $metadata: {} }));
    const error = await deployErrorOf(deploy());
    expect(error.message).toContain(`function '${FUNCTION_NAME}' does not exist in us-east-1`);
    expect(uploads()).toHaveLength(0);
  });

  it('names lambda:GetFunction when reading is denied', async () => {
    lambdaMock.on(GetFunctionCommand).rejects(awsError('AccessDeniedException', 'not authorized'));
    const error = await deployErrorOf(deploy());
    expect(error.message).toContain('lambda:GetFunction');
    expect(uploads()).toHaveLength(0);
  });

  it('names lambda:UpdateFunctionCode when the upload is denied', async () => {
    fakeFunction();
    lambdaMock
      .on(UpdateFunctionCodeCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized'));
    const error = await deployErrorOf(deploy());
    expect(error.message).toContain('lambda:UpdateFunctionCode');
    expect(error.message).toContain('not authorized');
  });

  it("fails when Lambda's CodeSha256 for the upload differs from the package's", async () => {
    fakeFunction();
    const other = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq=';
    lambdaMock.on(UpdateFunctionCodeCommand).resolves(functionConfiguration({ CodeSha256: other }));
    const error = await deployErrorOf(deploy());
    expect(error.message).toContain(other);
    expect(error.message).toContain(pkg.sha256);
    expect(log.infosWith('Waiting for Lambda')).toHaveLength(0);
  });

  it('fails with wait-timeout when the update never settles', async () => {
    fakeFunction({}, { LastUpdateStatus: 'InProgress' });
    const error = await deployErrorOf(deploy({ ...OPTIONS, waitTimeoutSeconds: 1 }));
    expect(error.message).toContain('after 1 s (wait-timeout)');
  });
});

describe('updateFunctionCode through S3', () => {
  const BUCKET = 'artifacts';
  const KEY = 'lambda-deploy/orders-api/0123abcd.zip';
  /** A function in another account than the helpers' default, to see where the owner comes from. */
  const ACCOUNT = '999988887777';
  const ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${FUNCTION_NAME}`;

  function viaS3(bucketOwner?: string): ZipUpdateOptions {
    const upload: UploadRoute = {
      kind: 's3',
      bucket: BUCKET,
      key: KEY,
      bucketOwner,
      client: new S3Client({ region: REGION }),
    };
    return { ...OPTIONS, upload };
  }

  beforeEach(() => {
    fakeFunction({ FunctionArn: ARN }, { FunctionArn: ARN, LastUpdateStatus: 'Successful' });
    s3Mock.on(HeadBucketCommand).resolves({ BucketRegion: REGION });
    s3Mock.on(HeadObjectCommand).rejects(headError(404));
    s3Mock.on(PutObjectCommand).resolves({ ETag: '"e"' });
  });

  const owners = () =>
    s3Mock
      .calls()
      .map((call) => (call.args[0].input as { ExpectedBucketOwner?: string }).ExpectedBucketOwner);

  it('uploads the package to S3, then points UpdateFunctionCode at it', async () => {
    const result = await deploy(viaS3());
    expect(result.deployed).toBe(true);
    expect(result.staged).toMatchObject({
      bucket: BUCKET,
      key: KEY,
      uploaded: true,
      uri: `s3://${BUCKET}/${KEY}`,
    });
    const put = s3Mock.commandCalls(PutObjectCommand)[0]?.args[0].input;
    expect(put).toMatchObject({ Bucket: BUCKET, Key: KEY });
    expect(bodyBytes(put?.Body)).toEqual(await readFile(pkg.path));
    expect(uploads().map((call) => call.args[0].input)).toEqual([
      { FunctionName: FUNCTION_NAME, S3Bucket: BUCKET, S3Key: KEY },
    ]);
  });

  it("expects the bucket to belong to the function's account, from its ARN", async () => {
    await deploy(viaS3());
    expect(owners()).toEqual([ACCOUNT, ACCOUNT, ACCOUNT]);
  });

  it('expects the bucket to belong to s3-bucket-owner when it is set', async () => {
    await deploy(viaS3('210987654321'));
    expect(owners()).toEqual(['210987654321', '210987654321', '210987654321']);
  });

  it('names the S3 object version in UpdateFunctionCode for a versioned bucket', async () => {
    s3Mock.on(PutObjectCommand).resolves({ ETag: '"e"', VersionId: 'v3' });
    const result = await deploy(viaS3());
    expect(uploads()[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      S3Bucket: BUCKET,
      S3Key: KEY,
      S3ObjectVersion: 'v3',
    });
    expect(result.staged?.uri).toBe(`s3://${BUCKET}/${KEY}?versionId=v3`);
  });

  it('deploys a package already in S3 without uploading it again', async () => {
    s3Mock.on(HeadObjectCommand).resolves({ ContentLength: pkg.size, VersionId: 'v1' });
    const result = await deploy(viaS3());
    expect(result.deployed).toBe(true);
    expect(result.staged).toMatchObject({ uploaded: false, versionId: 'v1' });
    expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(0);
    expect(uploads()[0]?.args[0].input).toMatchObject({ S3Key: KEY, S3ObjectVersion: 'v1' });
  });

  it('touches neither S3 nor the code when the function already runs the package', async () => {
    fakeFunction({ FunctionArn: ARN, CodeSha256: pkg.sha256 });
    const result = await deploy(viaS3());
    expect(result).toMatchObject({ deployed: false, staged: undefined });
    expect(s3Mock.calls()).toHaveLength(0);
    expect(uploads()).toHaveLength(0);
  });

  it('leaves the function alone when the package cannot be put in S3', async () => {
    s3Mock.on(HeadBucketCommand).rejects(headError(404));
    const error = await deployErrorOf(deploy(viaS3()));
    expect(error.message).toContain(`(expected owner: account ${ACCOUNT})`);
    expect(error.message).toContain(`bucket '${BUCKET}' does not exist`);
    expect(uploads()).toHaveLength(0);
  });

  it("checks the bucket against the function's region", async () => {
    s3Mock.on(HeadBucketCommand).resolves({ BucketRegion: 'eu-west-1' });
    const error = await deployErrorOf(deploy(viaS3()));
    expect(error.message).toContain(`is in eu-west-1, but the function is in ${REGION}`);
    expect(uploads()).toHaveLength(0);
  });
});
