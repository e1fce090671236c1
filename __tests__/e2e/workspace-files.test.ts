import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { createTestFunction, readFunction } from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import {
  anyOf,
  publishVersion,
  updateAlias,
  updateFunctionCode,
  updateFunctionConfiguration,
} from '../support/lambda-faults.js';
import { invoke, invokeEcho } from '../support/lambda-invoke.js';
import { aliasRouting, versionNumbers } from '../support/lambda-state.js';
import { deployedWithLiveAlias } from '../support/released-function.js';
import { isWrite } from '../support/s3.js';
import { tempDir, writeFiles } from '../support/temp-dir.js';

// Issue 22, files the inputs name: the bundled action reads smoke-test's @payload, config-file
// and manifest only when the file itself, links followed, is inside the workspace, never quotes
// one in an error, and refuses a key a JSON file gives twice. Each refusal comes before any
// request: the proxy in front of moto records none. The smoke tests would pass if the payload
// were sent: the proxy answers Invoke as an echoing function (emulated, support/lambda-invoke.ts).

const proxy = useFaultProxy();

/** A line of /etc/passwd: no error or log line may quote it. */
const PASSWD = 'root:x:0:0:root:/root:/bin/bash\n';

/** A directory outside every workspace, holding `files`. */
async function outsideWith(files: Readonly<Record<string, string>>): Promise<string> {
  const outside = await tempDir('outside-workspace');
  await writeFiles(outside, files);
  return outside;
}

/** Whether the run printed `text` anywhere: its log, its error commands, its stderr. */
function printed(run: DeployRun, text: string): boolean {
  return run.stdout.includes(text) || run.stderr.includes(text);
}

/** No request reached AWS: the inputs are checked before any call. */
function expectNoRequest(name: string): void {
  const requests = proxy().requests;
  expect(requests.filter(invoke(name)), 'Invoke').toEqual([]);
  expect(
    requests.filter(
      anyOf(
        updateFunctionCode(name),
        updateFunctionConfiguration(name),
        publishVersion(name),
        updateAlias(name, 'live'),
      ),
    ),
    'changes to the function',
  ).toEqual([]);
  expect(requests.filter(isWrite), 'writes').toEqual([]);
  expect(
    requests.map((request) => `${request.method} ${request.path}`),
    'requests',
  ).toEqual([]);
}

describe('smoke-test: @path that leads out of the workspace', () => {
  it('refuses a link to a JSON file outside, and sends nothing: no Invoke, no write', async () => {
    const fn = await deployedWithLiveAlias();
    const outside = await outsideWith({ 'payload.json': '{"marker": "payload-from-outside"}' });
    await symlink(path.join(outside, 'payload.json'), path.join(fn.workspace, 'payload.json'));
    proxy().inject(invokeEcho(fn.name));

    const run = await runDeployAction(
      fn.workspace,
      { 'function-name': fn.name, source: 'app', alias: 'live', 'smoke-test': '@payload.json' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toEqual([
      "Input 'smoke-test': '@payload.json' links to a file outside the workspace",
    ]);
    expect(printed(run, 'payload-from-outside')).toBe(false);
    expect(printed(run, outside)).toBe(false);
    expectNoRequest(fn.name);
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: fn.version, weights: {} });
    expect(await versionNumbers(fn.name)).toEqual(fn.versions);
  });

  it('refuses a link to a file outside that is not JSON, never quoting it', async () => {
    const fn = await deployedWithLiveAlias();
    const outside = await outsideWith({ passwd: PASSWD });
    await symlink(path.join(outside, 'passwd'), path.join(fn.workspace, 'payload.json'));

    const run = await runDeployAction(
      fn.workspace,
      { 'function-name': fn.name, source: 'app', alias: 'live', 'smoke-test': '@payload.json' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toEqual([
      "Input 'smoke-test': '@payload.json' links to a file outside the workspace",
    ]);
    expect(printed(run, 'root:x')).toBe(false);
    expectNoRequest(fn.name);
  });

  it('says only where a payload file in the workspace stops being JSON', async () => {
    const fn = await deployedWithLiveAlias();
    await writeFiles(fn.workspace, { 'payload.json': `DB_PASSWORD=hunter2-secret\n${PASSWD}` });

    const run = await runDeployAction(
      fn.workspace,
      { 'function-name': fn.name, source: 'app', alias: 'live', 'smoke-test': '@payload.json' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toEqual([
      "Input 'smoke-test': '@payload.json' is not valid JSON (at line 1 column 1): expected a value",
    ]);
    for (const secret of ['hunter2', 'root:x']) expect(printed(run, secret)).toBe(false);
    expectNoRequest(fn.name);
  });
});

describe('a key a JSON file gives twice', () => {
  it('config-file: refused before any request, the function left as it was', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);
    await writeFiles(workspace, {
      'settings.json': [
        '{',
        '  "MemorySize": 512,',
        '  "Timeout": 30,',
        '  "Environment": { "Variables": { "STAGE": "prod" } },',
        '  "Description": "orders",',
        '  "Tags": { "team": "orders" },',
        '  "MemorySize": 1024',
        '}',
        '',
      ].join('\n'),
    });

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 'config-file': 'settings.json' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toEqual([
      "Input 'config-file': settings.json: key 'MemorySize' appears twice (line 2 and line 7)",
    ]);
    expectNoRequest(name);
    expect(await readFunction(name)).toMatchObject({ MemorySize: 128, Timeout: 3 });
  });

  it('manifest: refused before any request', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);
    await writeFiles(workspace, {
      'fleet.json': [
        '{',
        '  "defaults": { "alias": "live" },',
        `  "functions": [{ "function-name": "${name}", "source": "app", "memory-size": 256,`,
        '                  "memory-size": 512 }]',
        '}',
        '',
      ].join('\n'),
    });

    const run = await runDeployAction(workspace, { manifest: 'fleet.json' }, proxy().endpoint);

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toEqual([
      "Input 'manifest': fleet.json: key 'functions[0].memory-size' appears twice (line 3 and line 4)",
    ]);
    expectNoRequest(name);
    expect((await readFunction(name)).MemorySize).toBe(128);
  });
});
