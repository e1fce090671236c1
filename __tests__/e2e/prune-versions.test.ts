// keep-versions, end to end: dist/index.js against moto, through a proxy that fills in what
// moto lacks. EMULATED (lambda-account.ts): GetAccountSettings and
// ListProvisionedConcurrencyConfigs; everything else (versions, aliases, deletes) is moto's.
import {
  CreateAliasCommand,
  PublishVersionCommand,
  UpdateFunctionCodeCommand,
} from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  summaryCell,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { createTestFunction, lambdaClient, zipOf } from '../support/aws.js';
import { defaultEmulations, useFaultProxy } from '../support/fault-proxy.js';
import {
  accessDenied,
  getAccountSettings,
  LambdaAccount,
  listProvisionedConcurrency,
} from '../support/lambda-account.js';
import { deleteFunction, lambdaError } from '../support/lambda-faults.js';
import { aliasRouting, versionNumbers } from '../support/lambda-state.js';

let account: LambdaAccount | undefined;
const proxy = useFaultProxy((target) => {
  account = new LambdaAccount(target);
  return [...defaultEmulations(target), account];
});

/** A function with versions 1..count published straight in moto, each with its own code. */
async function functionWithVersions(count: number): Promise<string> {
  const name = await createTestFunction();
  const lambda = lambdaClient();
  for (let n = 1; n <= count; n++) {
    await lambda.send(
      new UpdateFunctionCodeCommand({
        FunctionName: name,
        ZipFile: await zipOf({ 'index.js': `exports.handler = async () => ${n};\n` }),
      }),
    );
    const { Version } = await lambda.send(new PublishVersionCommand({ FunctionName: name }));
    expect(Version).toBe(String(n));
  }
  return name;
}

async function createAlias(name: string, alias: string, version: string): Promise<void> {
  await lambdaClient().send(
    new CreateAliasCommand({ FunctionName: name, Name: alias, FunctionVersion: version }),
  );
}

/** The messages of the `::warning::` workflow commands the step printed. */
function warnings(run: DeployRun): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::warning::'))
    .map((line) => line.slice('::warning::'.length).replace(/%0A/g, '\n').replace(/%25/g, '%'));
}

const STORAGE =
  /^[\d.]+ (bytes|KiB|MiB|GiB)( \([\d,]+ bytes\))? of 75\.0 GiB \(80,530,636,800 bytes\) \([\d.]+ %\)$/;

describe('the bundled action pruning old versions (keep-versions)', () => {
  it('deletes the old versions no alias routes to, keeps aliased and weighted ones, and reports storage', async () => {
    const name = await functionWithVersions(4);
    await createAlias(name, 'old', '1');
    await createAlias(name, 'live', '4');
    const workspace = await workspaceWithSource(`v5 of ${name}`);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', alias: 'live', traffic: '10', 'keep-versions': '2' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.outputs['version']).toBe('5');
    expect(await aliasRouting(name, 'live')).toEqual({ version: '4', weights: { '5': 0.1 } });
    // 4 and 5 are the newest two (and live routes to both); old still routes to 1.
    expect((await versionNumbers(name)).sort()).toEqual(['1', '4', '5']);
    expect(proxy().count(deleteFunction(name))).toBe(2);
    expect(summaryCell(run.summary, 'Versions pruned')).toBe(
      '2 removed (versions 2, 3), keeping the newest 2 and every version an alias routes to',
    );
    expect(summaryCell(run.summary, 'Code storage')).toMatch(STORAGE);
    expect(JSON.parse(run.outputs['plan'] ?? '{}')).toMatchObject({ prune: { keep: 2 } });
    expect(run.stdout).toContain('Versions: keep the newest 2 versions');
    expect(warnings(run)).toEqual([]);
  });

  it('keeps a version with provisioned concurrency (emulated)', async () => {
    const name = await functionWithVersions(4);
    await createAlias(name, 'live', '4');
    account?.provision(name, '2', 5);
    const workspace = await workspaceWithSource(`v5 of ${name}`);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', alias: 'live', 'keep-versions': '1' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(await aliasRouting(name, 'live')).toEqual({ version: '5', weights: {} });
    expect((await versionNumbers(name)).sort()).toEqual(['2', '5']);
    expect(summaryCell(run.summary, 'Versions pruned')).toContain('3 removed (versions 1, 3, 4)');
  });

  it('deletes nothing, and still succeeds, when provisioned concurrency cannot be read', async () => {
    const name = await functionWithVersions(3);
    await createAlias(name, 'live', '3');
    proxy().inject({
      match: listProvisionedConcurrency(name),
      behaviour: {
        kind: 'respond',
        response: accessDenied(
          'lambda:ListProvisionedConcurrencyConfigs',
          `arn:aws:lambda:us-east-1:123456789012:function:${name}`,
        ),
      },
    });
    // And an endpoint without GetAccountSettings, as moto itself is.
    proxy().inject({
      match: getAccountSettings(),
      behaviour: { kind: 'respond', response: lambdaError(404, 'UnknownOperationException', '') },
    });
    const workspace = await workspaceWithSource(`v4 of ${name}`);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', alias: 'live', 'keep-versions': '1' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(await aliasRouting(name, 'live')).toEqual({ version: '4', weights: {} });
    expect((await versionNumbers(name)).sort()).toEqual(['1', '2', '3', '4']);
    expect(proxy().count(deleteFunction(name))).toBe(0);
    expect(warnings(run)).toEqual([
      expect.stringContaining(
        'keep-versions: no version was removed: which versions have provisioned concurrency is unknown',
      ),
    ]);
    expect(warnings(run)[0]).toContain('lambda:ListProvisionedConcurrencyConfigs');
    expect(summaryCell(run.summary, 'Versions pruned')).toContain('no version was removed');
    expect(summaryCell(run.summary, 'Code storage')).toBeUndefined();
    expect(run.stdout).toContain('Code storage not shown');
  });
});
