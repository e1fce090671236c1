// config-file end to end: the bundled action deploys with settings from a YAML file in the
// API's shape, an input overriding one of them; moto holds the result, and the plan says
// where each setting came from. Run `npm run bundle` first.
import { GetFunctionCommand } from '@aws-sdk/client-lambda';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput, workspaceWithSource } from '../support/action-run.js';
import { createTestFunction, lambdaClient, motoEndpoint, readFunction } from '../support/aws.js';
import { planGroupLines, planOf } from '../support/plan-output.js';
import { writeFiles } from '../support/temp-dir.js';

describe('config-file', () => {
  it('deploys the settings of a YAML file with an input over one of them, then plans no change', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);
    // As get-function-configuration prints it, trimmed: FunctionName and State are read-only.
    await writeFiles(workspace, {
      'lambda/function.yml': [
        `FunctionName: ${name}`,
        'State: Active',
        'MemorySize: 512',
        'Timeout: 45',
        'Environment:',
        '  Variables:',
        '    STAGE: prod',
        '    TABLE_NAME: orders',
        'Tags:',
        '  team: orders',
        '',
      ].join('\n'),
    });
    const inputs = {
      'function-name': name,
      source: 'app',
      'config-file': path.join('lambda', 'function.yml'),
      'memory-size': '1024',
    };

    const first = await runDeployAction(workspace, inputs, motoEndpoint());

    expect(first.exitCode, runOutput(first)).toBe(0);
    // The input's memory; the file's timeout, variables and tags.
    expect(await readFunction(name)).toMatchObject({
      MemorySize: 1024,
      Timeout: 45,
      Environment: { Variables: { STAGE: 'prod', TABLE_NAME: 'orders' } },
    });
    const { Tags } = await lambdaClient().send(new GetFunctionCommand({ FunctionName: name }));
    // The file's tag, and the action's record of the tree it built (docs/speed.md).
    expect(Object.keys(Tags ?? {}).sort()).toEqual(['lambda-deploy:code-fingerprint', 'team']);
    expect(Tags?.['team']).toBe('orders');
    expect(planOf(first).configuration).toEqual([
      { setting: 'memory-size', from: '128', to: '1024', source: 'input' },
      { setting: 'timeout', from: '3', to: '45', source: 'config-file' },
      {
        setting: 'environment',
        from: '',
        to: 'STAGE (added), TABLE_NAME (added)',
        source: 'config-file',
      },
    ]);
    expect(planGroupLines(first.stdout)).toEqual(
      expect.arrayContaining([
        'Setting memory-size: 128 -> 1024',
        'Setting timeout: 3 -> 45 (config-file)',
      ]),
    );
    // One notice, naming the read-only keys, never a value.
    const notices = first.stdout.split('\n').filter((line) => line.startsWith('::notice'));
    expect(notices).toEqual([
      '::notice::config-file lambda/function.yml: ignored 2 keys that Lambda reports but this action does not set: FunctionName, State',
    ]);

    const second = await runDeployAction(workspace, inputs, motoEndpoint());

    expect(second.exitCode, runOutput(second)).toBe(0);
    expect(planOf(second)).toMatchObject({ changes: false, configuration: [], tags: [] });
    expect(second.outputs['deployed']).toBe('false');
  });

  it('fails before any change when the file has an unknown key', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);
    await writeFiles(workspace, { 'function.json': '{ "MemorySize": 512, "Memory": 512 }\n' });

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 'config-file': 'function.json' },
      motoEndpoint(),
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      "Input 'config-file': function.json: unknown key 'Memory': Lambda has no such setting (did you mean 'MemorySize'?)",
    ]);
    expect((await readFunction(name)).MemorySize).toBe(128);
  });
});
