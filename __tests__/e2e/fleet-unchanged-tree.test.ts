// A fleet skips the build of a tree every function built from it records (each function in
// each region has its own record, the tag lambda-deploy:code-fingerprint): the bundled
// action, run twice against moto through the recording proxy, builds nothing and writes
// nothing the second time; when only some of the functions record the tree, it is built once
// for all of them.
import { GetFunctionCommand, UpdateFunctionCodeCommand } from '@aws-sdk/client-lambda';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput, type DeployRun } from '../support/action-run.js';
import { zipOf } from '../support/aws.js';
import { LAYER_RECORD_TAG, RECORD_TAG } from '../support/code-record.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import {
  fleetResults,
  fleetWorkspace,
  regionalClient,
  releasedFunction,
  resultFor,
} from '../support/fleet.js';
import { updateFunctionCode } from '../support/lambda-faults.js';
import { regionalEmulations } from '../support/regional-emulations.js';

const proxy = useFaultProxy(regionalEmulations);

const write: RequestMatcher = ({ method }) => method !== 'GET' && method !== 'HEAD';

/** A request signed for `region` (its credential scope names it). */
function inRegion(region: string, matcher: RequestMatcher): RequestMatcher {
  return (request) =>
    matcher(request) && (request.headers['authorization'] ?? '').includes(`/${region}/lambda/`);
}

async function runFleet(workspace: string, more: Record<string, string> = {}): Promise<DeployRun> {
  const run = await runDeployAction(
    workspace,
    { manifest: 'fleet.yml', ...more },
    proxy().endpoint,
  );
  expect(run.exitCode, runOutput(run)).toBe(0);
  return run;
}

/** The log lines of a zip built ("Package <path>.zip: <size> bytes, ..."). */
function zipsBuilt(run: DeployRun): string[] {
  return run.stdout.split('\n').filter((line) => /^Package \S+\.zip: \d+ bytes/.test(line));
}

async function codeOf(name: string, region = 'us-east-1') {
  const { Configuration, Tags } = await regionalClient(region).send(
    new GetFunctionCommand({ FunctionName: name }),
  );
  return { sha256: Configuration?.CodeSha256, record: Tags?.[RECORD_TAG] };
}

function twoFromOneSource(a: string, b: string): string {
  return [
    'defaults:',
    '  source: shared',
    'functions:',
    `  - function-name: ${a}`,
    `  - function-name: ${b}`,
    '',
  ].join('\n');
}

describe('a fleet whose trees are unchanged', () => {
  it('builds a source two functions share once, then nothing and writes nothing on the second run', async () => {
    const [a, b] = await Promise.all([releasedFunction(), releasedFunction()]);
    const workspace = await fleetWorkspace(['shared'], twoFromOneSource(a, b));

    const first = await runFleet(workspace);
    expect(zipsBuilt(first)).toHaveLength(1);
    const sha = resultFor(fleetResults(first.outputs), a)?.['code-sha256'];
    for (const name of [a, b]) {
      const now = await codeOf(name);
      expect(now.sha256, name).toBe(sha);
      expect(now.record, name).toContain(` ${sha ?? '?'} `);
    }

    const writesBefore = proxy().count(write);
    const second = await runFleet(workspace);

    expect(zipsBuilt(second), runOutput(second)).toEqual([]);
    expect(proxy().count(write)).toBe(writesBefore);
    for (const name of [a, b]) {
      expect(proxy().count(updateFunctionCode(name)), name).toBe(1);
      expect(resultFor(fleetResults(second.outputs), name)?.['code-sha256'], name).toBe(sha);
      expect(second.stdout).toContain(`[${name}] Code: unchanged (by fingerprint) (${sha ?? '?'})`);
    }
  });

  it('builds once for both when only one of them still runs the recorded code', async () => {
    const [a, b] = await Promise.all([releasedFunction(), releasedFunction()]);
    const workspace = await fleetWorkspace(['shared'], twoFromOneSource(a, b));
    const first = await runFleet(workspace);
    const sha = resultFor(fleetResults(first.outputs), a)?.['code-sha256'];
    await regionalClient().send(
      new UpdateFunctionCodeCommand({
        FunctionName: a,
        ZipFile: await zipOf({ 'index.js': 'exports.handler = async () => "by hand";\n' }),
      }),
    );

    const second = await runFleet(workspace);

    expect(zipsBuilt(second), runOutput(second)).toHaveLength(1);
    expect(proxy().count(updateFunctionCode(a))).toBe(2);
    expect(proxy().count(updateFunctionCode(b))).toBe(1);
    expect((await codeOf(a)).sha256).toBe(sha);
    // b got the package built for a: it holds b's code already.
    expect(second.stdout).toContain(`[${b}] Code: unchanged (${sha ?? '?'})`);
  });

  it('keeps a record per region: the region whose code changed is the only one updated', async () => {
    const regions = ['us-east-1', 'eu-west-1'];
    const name = await releasedFunction(undefined, regions);
    const workspace = await fleetWorkspace(
      ['app'],
      ['functions:', `  - function-name: ${name}`, '    source: app', ''].join('\n'),
    );
    const first = await runFleet(workspace, { regions: regions.join('\n') });
    const sha = resultFor(fleetResults(first.outputs), name, 'us-east-1')?.['code-sha256'];
    for (const region of regions) {
      expect((await codeOf(name, region)).record, region).toContain(` ${sha ?? '?'} `);
    }

    const writesBefore = proxy().count(write);
    const second = await runFleet(workspace, { regions: regions.join('\n') });
    expect(zipsBuilt(second)).toEqual([]);
    expect(proxy().count(write)).toBe(writesBefore);

    await regionalClient('eu-west-1').send(
      new UpdateFunctionCodeCommand({
        FunctionName: name,
        ZipFile: await zipOf({ 'index.js': 'exports.handler = async () => "by hand";\n' }),
      }),
    );
    const third = await runFleet(workspace, { regions: regions.join('\n') });
    expect(zipsBuilt(third)).toHaveLength(1);
    expect(proxy().count(inRegion('eu-west-1', updateFunctionCode(name)))).toBe(2);
    expect(proxy().count(inRegion('us-east-1', updateFunctionCode(name)))).toBe(1);
    expect((await codeOf(name, 'eu-west-1')).sha256).toBe(sha);
  });

  it("fails on a later function's empty source before reading any function, though the first could be skipped", async () => {
    const [a, b] = await Promise.all([releasedFunction(), releasedFunction()]);
    const manifest = [
      'functions:',
      `  - function-name: ${a}`,
      '    source: app-a',
      `  - function-name: ${b}`,
      '    source: app-b',
      '',
    ].join('\n');
    const workspace = await fleetWorkspace(['app-a', 'app-b'], manifest);
    await runFleet(workspace);
    await rm(path.join(workspace, 'app-b'), { recursive: true });
    await mkdir(path.join(workspace, 'app-b'));
    const before = proxy().requests.length;

    const run = await runDeployAction(workspace, { manifest: 'fleet.yml' }, proxy().endpoint);

    expect(run.exitCode, runOutput(run)).not.toBe(0);
    expect(run.stdout).toContain('holds no files to package');
    expect(proxy().requests.slice(before)).toEqual([]);
  });

  it("skips a layer tree in each region by that region's own record of its version", async () => {
    const regions = ['us-east-1', 'eu-west-1'];
    const name = await releasedFunction(undefined, regions);
    const layerName = `ld-fleet-${name.slice(-8)}`;
    const manifest = [
      'functions:',
      `  - function-name: ${name}`,
      '    source: app',
      `    layer-name: ${layerName}`,
      '    layer-source: layer',
      '',
    ].join('\n');
    const workspace = await fleetWorkspace(['app', 'layer'], manifest);
    await runFleet(workspace, { regions: regions.join('\n') });
    const records = await Promise.all(
      regions.map(async (region) => {
        const { Tags } = await regionalClient(region).send(
          new GetFunctionCommand({ FunctionName: name }),
        );
        return Tags?.[LAYER_RECORD_TAG] ?? '';
      }),
    );
    expect(records[0]).toContain(`:us-east-1:`);
    expect(records[1]).toContain(`:eu-west-1:`);

    const writesBefore = proxy().count(write);
    const second = await runFleet(workspace, { regions: regions.join('\n') });

    expect(zipsBuilt(second), runOutput(second)).toEqual([]);
    expect(proxy().count(write)).toBe(writesBefore);
    for (const region of regions) {
      const arn = records[regions.indexOf(region)]?.split(' ')[1] ?? '?';
      expect(second.stdout).toContain(`Layer ${layerName}: unchanged (by fingerprint) (${arn})`);
    }
  });
});
