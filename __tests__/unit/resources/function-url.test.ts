import {
  AddPermissionCommand,
  CreateFunctionUrlConfigCommand,
  LambdaClient,
  RemovePermissionCommand,
  UpdateFunctionUrlConfigCommand,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { LambdaRelease } from '../../../src/aws/lambda-release.js';
import { ensureFunctionUrl, removeFunctionUrl } from '../../../src/resources/function-url/apply.js';
import { FakeLambda, type FakeStatement } from '../helpers/fake-lambda.js';
import { FUNCTION_NAME, lambdaRelease } from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const lambdaMock = mockClient(LambdaClient);
let log: RecordingLogger;
let fake: FakeLambda;
let lambda: LambdaRelease;

const PUBLIC_URL_STATEMENT: FakeStatement = {
  Sid: 'lambda-deploy-url-public',
  Action: 'lambda:InvokeFunctionUrl',
  Principal: '*',
  FunctionUrlAuthType: 'NONE',
  InvokedViaFunctionUrl: undefined,
};
const PUBLIC_INVOKE_STATEMENT: FakeStatement = {
  Sid: 'lambda-deploy-url-public-invoke',
  Action: 'lambda:InvokeFunction',
  Principal: '*',
  FunctionUrlAuthType: undefined,
  InvokedViaFunctionUrl: true,
};
/** A statement someone else added, which the action must leave alone. */
const FOREIGN_STATEMENT: FakeStatement = {
  Sid: 'from-api-gateway',
  Action: 'lambda:InvokeFunction',
  Principal: 'apigateway.amazonaws.com',
  FunctionUrlAuthType: undefined,
  InvokedViaFunctionUrl: undefined,
};
const OUR_SIDS = ['lambda-deploy-url-public', 'lambda-deploy-url-public-invoke'];

beforeEach(() => {
  lambdaMock.reset();
  log = new RecordingLogger();
  fake = new FakeLambda(lambdaMock);
  fake.versions.add('8');
  fake.aliases.set('pr-42', { version: '8', weights: {} });
  lambda = lambdaRelease(log);
});

afterAll(() => {
  lambdaMock.restore();
});

describe("ensureFunctionUrl 'none'", () => {
  it('gives no URL and calls nothing', async () => {
    expect(await ensureFunctionUrl(lambda, 'pr-42', 'none', log)).toBeUndefined();
    expect(lambdaMock.calls()).toHaveLength(0);
  });
});

describe("ensureFunctionUrl 'public'", () => {
  it('creates a URL with auth NONE on the alias and allows both invokes through it', async () => {
    const url = await ensureFunctionUrl(lambda, 'pr-42', 'public', log);
    expect(url).toBe(fake.urls.get('pr-42')?.url);
    expect(fake.urls.get('pr-42')?.authType).toBe('NONE');
    expect(lambdaMock.commandCalls(CreateFunctionUrlConfigCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
      Qualifier: 'pr-42',
      AuthType: 'NONE',
    });
    expect([...(fake.policies.get('pr-42')?.values() ?? [])]).toEqual([
      PUBLIC_URL_STATEMENT,
      PUBLIC_INVOKE_STATEMENT,
    ]);
    expect(log.infosWith(`Function URL (public): ${url ?? '?'}`)).toHaveLength(1);
  });

  it('is idempotent: a second ensure keeps the URL, adds no statement, creates no URL', async () => {
    const first = await ensureFunctionUrl(lambda, 'pr-42', 'public', log);
    lambdaMock.resetHistory();
    const second = await ensureFunctionUrl(lambda, 'pr-42', 'public', log);
    expect(second).toBe(first);
    expect(lambdaMock.commandCalls(CreateFunctionUrlConfigCommand)).toHaveLength(0);
    expect(lambdaMock.commandCalls(UpdateFunctionUrlConfigCommand)).toHaveLength(0);
    expect(lambdaMock.commandCalls(AddPermissionCommand)).toHaveLength(0);
    expect(fake.statementIds('pr-42')).toEqual(OUR_SIDS);
  });

  it('adds only the statement that is missing, keeping the others', async () => {
    fake.urls.set('pr-42', { url: 'https://kept.lambda-url.us-east-1.on.aws/', authType: 'NONE' });
    fake.addStatement('pr-42', PUBLIC_URL_STATEMENT);
    fake.addStatement('pr-42', FOREIGN_STATEMENT);
    expect(await ensureFunctionUrl(lambda, 'pr-42', 'public', log)).toBe(
      'https://kept.lambda-url.us-east-1.on.aws/',
    );
    const added = lambdaMock.commandCalls(AddPermissionCommand);
    expect(added.map((call) => call.args[0].input.StatementId)).toEqual([
      'lambda-deploy-url-public-invoke',
    ]);
    expect(fake.statementIds('pr-42')).toEqual(['from-api-gateway', ...OUR_SIDS]);
  });

  it('opens an IAM URL: changes its auth type, keeping the URL', async () => {
    fake.urls.set('pr-42', {
      url: 'https://kept.lambda-url.us-east-1.on.aws/',
      authType: 'AWS_IAM',
    });
    expect(await ensureFunctionUrl(lambda, 'pr-42', 'public', log)).toBe(
      'https://kept.lambda-url.us-east-1.on.aws/',
    );
    expect(fake.urls.get('pr-42')?.authType).toBe('NONE');
    expect(fake.statementIds('pr-42')).toEqual(OUR_SIDS);
  });

  it('sets up the unqualified function when there is no alias', async () => {
    await ensureFunctionUrl(lambda, undefined, 'public', log);
    expect(fake.urls.get('')?.authType).toBe('NONE');
    expect(fake.statementIds('')).toEqual(OUR_SIDS);
    expect(fake.urls.has('pr-42')).toBe(false);
  });
});

describe("ensureFunctionUrl 'iam'", () => {
  it('creates a URL with auth AWS_IAM and allows nothing', async () => {
    const url = await ensureFunctionUrl(lambda, 'pr-42', 'iam', log);
    expect(url).toBe(fake.urls.get('pr-42')?.url);
    expect(fake.urls.get('pr-42')?.authType).toBe('AWS_IAM');
    expect(lambdaMock.commandCalls(AddPermissionCommand)).toHaveLength(0);
    expect(fake.statementIds('pr-42')).toEqual([]);
  });

  it('closes a public URL: AWS_IAM, our statements removed, others kept', async () => {
    const url = await ensureFunctionUrl(lambda, 'pr-42', 'public', log);
    fake.addStatement('pr-42', FOREIGN_STATEMENT);
    expect(await ensureFunctionUrl(lambda, 'pr-42', 'iam', log)).toBe(url);
    expect(fake.urls.get('pr-42')?.authType).toBe('AWS_IAM');
    expect(fake.statementIds('pr-42')).toEqual(['from-api-gateway']);
  });

  it('is idempotent: a second ensure changes nothing', async () => {
    await ensureFunctionUrl(lambda, 'pr-42', 'iam', log);
    lambdaMock.resetHistory();
    await ensureFunctionUrl(lambda, 'pr-42', 'iam', log);
    expect(lambdaMock.commandCalls(CreateFunctionUrlConfigCommand)).toHaveLength(0);
    expect(lambdaMock.commandCalls(UpdateFunctionUrlConfigCommand)).toHaveLength(0);
    expect(lambdaMock.commandCalls(RemovePermissionCommand)).toHaveLength(0);
  });
});

describe('removeFunctionUrl', () => {
  it('deletes the URL and our statements, keeping others, and says there was a URL', async () => {
    await ensureFunctionUrl(lambda, 'pr-42', 'public', log);
    fake.addStatement('pr-42', FOREIGN_STATEMENT);
    expect(await removeFunctionUrl(lambda, 'pr-42')).toBe(true);
    expect(fake.urls.has('pr-42')).toBe(false);
    expect(fake.statementIds('pr-42')).toEqual(['from-api-gateway']);
  });

  it('succeeds with false when there is no URL and no statement', async () => {
    expect(await removeFunctionUrl(lambda, 'pr-42')).toBe(false);
  });

  it('removes statements left behind by a URL that is already gone', async () => {
    fake.addStatement('pr-42', PUBLIC_INVOKE_STATEMENT);
    expect(await removeFunctionUrl(lambda, 'pr-42')).toBe(false);
    expect(fake.statementIds('pr-42')).toEqual([]);
  });
});
