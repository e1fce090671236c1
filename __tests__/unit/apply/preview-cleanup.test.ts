import {
  GetFunctionConfigurationCommand,
  LambdaClient,
  ListAliasesCommand,
  ListDurableExecutionsByFunctionCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureFunctionUrl } from '../../../src/resources/function-url/apply.js';
import { deletePreview } from '../../../src/apply/preview-cleanup.js';
import { FakeLambda } from '../helpers/fake-lambda.js';
import { deployErrorOf } from '../helpers/errors.js';
import { FUNCTION_NAME, REGION, lambdaRelease } from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const lambdaMock = mockClient(LambdaClient);
let log: RecordingLogger;
let fake: FakeLambda;

/** Version 7 is live; version 8 is the preview of pull request 42, with a public URL. */
beforeEach(async () => {
  lambdaMock.reset();
  log = new RecordingLogger();
  fake = new FakeLambda(lambdaMock);
  // Not a durable function: its versions have no DurableConfig.
  lambdaMock.on(GetFunctionConfigurationCommand).resolves({ Version: '8' });
  for (const version of ['7', '8']) fake.versions.add(version);
  fake.aliases.set('live', { version: '7', weights: {} });
  fake.aliases.set('pr-42', { version: '8', weights: {} });
  await ensureFunctionUrl(lambdaRelease(log), 'pr-42', 'public', log);
  lambdaMock.resetHistory();
});

afterAll(() => {
  lambdaMock.restore();
});

function cleanup(alias = 'pr-42') {
  return deletePreview(lambdaRelease(log), alias, log);
}

/** The commands sent, by name, in order. */
function sent(): string[] {
  return lambdaMock.calls().map((call) => call.args[0].constructor.name);
}

describe('deletePreview', () => {
  it('removes the URL and its statements, then the alias, then its version', async () => {
    expect(await cleanup()).toEqual({ aliasDeleted: true, version: '8', versionDeleted: true });
    expect(fake.urls.has('pr-42')).toBe(false);
    expect(fake.statementIds('pr-42')).toEqual([]);
    expect([...fake.aliases.keys()]).toEqual(['live']);
    expect([...fake.versions].sort()).toEqual(['$LATEST', '7']);
    expect(sent()).toEqual([
      'ListAliasesCommand',
      'DeleteFunctionUrlConfigCommand',
      'RemovePermissionCommand',
      'RemovePermissionCommand',
      'DeleteAliasCommand',
      'GetFunctionConfigurationCommand',
      'DeleteFunctionCommand',
    ]);
    expect(log.infosWith("Deleted the function URL of 'pr-42'")).toHaveLength(1);
    expect(log.infosWith('Deleted version 8')).toHaveLength(1);
  });

  it('succeeds and changes nothing when the alias does not exist', async () => {
    expect(await cleanup('pr-7')).toEqual({
      aliasDeleted: false,
      version: undefined,
      versionDeleted: false,
    });
    expect(sent()).toEqual(['ListAliasesCommand']);
    expect(log.infosWith("Alias 'pr-7' does not exist: nothing to remove")).toHaveLength(1);
  });

  it('removes an alias that has no URL, saying nothing of a URL', async () => {
    fake.aliases.set('pr-43', { version: '9', weights: {} });
    fake.versions.add('9');
    expect(await cleanup('pr-43')).toEqual({
      aliasDeleted: true,
      version: '9',
      versionDeleted: true,
    });
    expect(log.infosWith('function URL')).toHaveLength(0);
  });

  it('keeps a version another alias routes to by weight', async () => {
    fake.aliases.set('live', { version: '7', weights: { '8': 0.1 } });
    expect(await cleanup()).toEqual({ aliasDeleted: true, version: '8', versionDeleted: false });
    expect(fake.versions.has('8')).toBe(true);
    expect(fake.aliases.has('pr-42')).toBe(false);
    expect(sent()).not.toContain('DeleteFunctionCommand');
    expect(log.infosWith('Version 8 is kept: alias live still routes to it')).toHaveLength(1);
  });

  it('keeps a version that is another alias’s primary', async () => {
    fake.aliases.set('live', { version: '8', weights: {} });
    expect(await cleanup()).toMatchObject({ version: '8', versionDeleted: false });
    expect(fake.versions.has('8')).toBe(true);
  });

  it('finds the other alias on a later page of ListAliases', async () => {
    fake.pageSize = 1;
    fake.aliases.set('a-first', { version: '7', weights: {} });
    fake.aliases.set('z-last', { version: '7', weights: { '8': 0.5 } });
    expect(await cleanup()).toMatchObject({ versionDeleted: false });
    expect(fake.versions.has('8')).toBe(true);
  });

  it('keeps $LATEST when the alias pointed to it: it is the function itself', async () => {
    fake.aliases.set('pr-44', { version: '$LATEST', weights: {} });
    expect(await cleanup('pr-44')).toEqual({
      aliasDeleted: true,
      version: '$LATEST',
      versionDeleted: false,
    });
    expect(fake.aliases.has('pr-44')).toBe(false);
    expect(fake.versions.has('$LATEST')).toBe(true);
    expect(sent()).not.toContain('DeleteFunctionCommand');
  });

  it('fails, naming the function and region, when the function does not exist', async () => {
    lambdaMock
      .on(ListAliasesCommand)
      .rejects(new ResourceNotFoundException({ message: 'Function not found', $metadata: {} }));
    const error = await deployErrorOf(cleanup());
    expect(error.message).toContain(`function '${FUNCTION_NAME}' does not exist in ${REGION}`);
    expect(sent()).toEqual(['ListAliasesCommand']);
  });

  it('keeps a durable version whose executions still run, saying how many', async () => {
    lambdaMock
      .on(GetFunctionConfigurationCommand)
      .resolves({ Version: '8', DurableConfig: { ExecutionTimeout: 3600 } });
    lambdaMock.on(ListDurableExecutionsByFunctionCommand).resolves({
      DurableExecutions: [
        {
          DurableExecutionArn: 'a',
          DurableExecutionName: 'a',
          FunctionArn: 'f',
          Status: 'RUNNING',
          StartTimestamp: new Date(),
        },
        {
          DurableExecutionArn: 'b',
          DurableExecutionName: 'b',
          FunctionArn: 'f',
          Status: 'PAUSED',
          StartTimestamp: new Date(),
        },
      ],
    });
    expect(await cleanup()).toMatchObject({
      aliasDeleted: true,
      version: '8',
      versionDeleted: false,
      spared: [{ version: '8', executions: 2 }],
    });
    expect(fake.versions.has('8')).toBe(true);
    expect(sent()).not.toContain('DeleteFunctionCommand');
    const list = lambdaMock.commandCalls(ListDurableExecutionsByFunctionCommand)[0]?.args[0].input;
    expect(list).toMatchObject({ Qualifier: '8', Statuses: ['RUNNING', 'PAUSING', 'PAUSED'] });
    expect(
      log.infosWith('Version 8 is kept: 2 durable executions are still running or paused on it'),
    ).toHaveLength(1);
  });

  it('succeeds when the version is already gone', async () => {
    fake.versions.delete('8');
    expect(await cleanup()).toEqual({ aliasDeleted: true, version: '8', versionDeleted: true });
  });
});
