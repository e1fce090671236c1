// manifest and regions: each entry, in each region, is read entry over defaults over the
// step's inputs, goes through every check of a single deploy, and an error names the
// manifest, the entry and the key.
import { readFileSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadInput } from '../../src/inputs.js';
import { isFleet, parseFleet, type FleetConfig } from '../../src/inputs/fleet.js';
import { tempDir, writeFiles } from '../support/temp-dir.js';
import { asInputError, thrownBy } from './helpers/errors.js';

const MANIFEST = `
defaults:
  runtime: nodejs22.x
  alias: live
  s3-bucket: artifacts-{region}
functions:
  - function-name: orders-api
    source: services/orders/dist
    smoke-test: '{"path": "/health"}'
  - function-name: billing-worker
    source: services/billing/dist
    memory-size: 512
    group: billing
`;

function reader(inputs: Readonly<Record<string, string>>): ReadInput {
  return (name) => (inputs[name] ?? '').trim();
}

/** A workspace holding `files`; the step's inputs over it. */
async function fleet(
  files: Readonly<Record<string, string>>,
  inputs: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string>> = { AWS_REGION: 'eu-west-1' },
): Promise<FleetConfig> {
  const workspace = await tempDir('fleet');
  await writeFiles(workspace, files);
  return parseFleet(reader(inputs), { GITHUB_WORKSPACE: workspace, ...env });
}

async function refusal(
  files: Readonly<Record<string, string>>,
  inputs: Readonly<Record<string, string>>,
  env?: Readonly<Record<string, string>>,
): Promise<{ input: string; message: string }> {
  const workspace = await tempDir('fleet');
  await writeFiles(workspace, files);
  const error = asInputError(
    thrownBy(() =>
      parseFleet(reader(inputs), {
        GITHUB_WORKSPACE: workspace,
        ...(env ?? { AWS_REGION: 'eu-west-1' }),
      }),
    ),
  );
  return { input: error.input, message: error.message };
}

/** A manifest of one entry with `entry` (YAML flow mapping body) and `defaults`. */
function oneEntry(entry: string, defaults = ''): Record<string, string> {
  return {
    'fleet.yml': `${defaults === '' ? '' : `defaults: { ${defaults} }\n`}functions:\n  - { function-name: orders-api, source: app, ${entry} }\n`,
  };
}

describe('isFleet', () => {
  it('is true with manifest, regions or manifest-group, false otherwise', () => {
    expect(isFleet(reader({ manifest: 'fleet.yml' }))).toBe(true);
    expect(isFleet(reader({ regions: 'eu-west-1' }))).toBe(true);
    expect(isFleet(reader({ 'manifest-group': 'billing' }))).toBe(true);
    expect(isFleet(reader({ 'function-name': 'f', source: 'app', 'max-parallel': '4' }))).toBe(
      false,
    );
  });
});

describe('parseFleet with a manifest', () => {
  it('reads entry over defaults over the step, each entry a target', async () => {
    const config = await fleet(
      { 'fleet.yml': MANIFEST },
      { manifest: 'fleet.yml', runtime: 'python3.13', timeout: '30', alias: 'step' },
    );
    expect(config.maxParallel).toBe(4);
    expect(config.targets.map((target) => target.label)).toEqual(['orders-api', 'billing-worker']);
    const [orders, billing] = config.targets;
    expect(orders?.region).toBe('eu-west-1');
    // defaults beat the step; the step fills in what neither gives.
    expect(orders?.config.settings.runtime).toBe('nodejs22.x');
    expect(orders?.config.release.alias).toBe('live');
    expect(orders?.config.settings.timeout).toBe(30);
    expect(orders?.config.settings.memorySize).toBeUndefined();
    expect(orders?.config.release.smokeTest).toBeDefined();
    expect(billing?.config.settings.memorySize).toBe(512);
    expect(billing?.config.code).toMatchObject({
      kind: 'directory',
      path: expect.stringMatching(/services\/billing\/dist$/) as string,
    });
  });

  it('lets an entry beat defaults, and an empty value unset an input', async () => {
    const config = await fleet(
      oneEntry("runtime: nodejs20.x, alias: ''", 'runtime: nodejs22.x, alias: live'),
      {
        manifest: 'fleet.yml',
      },
    );
    expect(config.targets[0]?.config.settings.runtime).toBe('nodejs20.x');
    expect(config.targets[0]?.config.release.alias).toBeUndefined();
  });

  it('takes the code from the first level that gives any of source, zip-file, image-uri', async () => {
    const config = await fleet(
      { 'fleet.yml': 'functions:\n  - { function-name: orders-api, zip-file: out/f.zip }\n' },
      { manifest: 'fleet.yml', source: 'app' },
    );
    expect(config.targets[0]?.config.code.kind).toBe('zip-file');
  });

  it('takes trigger-check per entry, over defaults and the step', async () => {
    const config = await fleet(
      {
        'fleet.yml': [
          'defaults: { alias: live, traffic: 10, trigger-check: fail }',
          'functions:',
          '  - { function-name: orders-api, source: app }',
          '  - { function-name: billing-worker, source: app, trigger-check: warn }',
          '',
        ].join('\n'),
      },
      { manifest: 'fleet.yml', 'trigger-check': 'warn' },
    );
    expect(config.targets.map((target) => target.config.release.triggerCheck)).toEqual([
      'fail',
      'warn',
    ]);
  });

  it('names the entry and trigger-check for a value it does not take', async () => {
    const { input, message } = await refusal(
      {
        'fleet.yml':
          'functions:\n  - { function-name: orders-api, source: app, trigger-check: block }\n',
      },
      { manifest: 'fleet.yml' },
    );
    expect(input).toBe('manifest');
    expect(message).toBe(
      "Input 'manifest': functions[0] (orders-api): trigger-check: 'block' is not one of warn, fail",
    );
  });

  it('reads JSON manifests too', async () => {
    const config = await fleet(
      {
        'fleet.json': JSON.stringify({
          functions: [{ 'function-name': 'orders-api', source: 'app', 'memory-size': 256 }],
        }),
      },
      { manifest: 'fleet.json' },
    );
    expect(config.targets[0]?.config.settings.memorySize).toBe(256);
  });

  it('turns numbers, booleans, lists and mappings into the inputs’ text', async () => {
    const config = await fleet(
      {
        'fleet.yml': [
          'functions:',
          '  - function-name: orders-api',
          '    source: app',
          '    memory-size: 1024',
          '    skip-unchanged: false',
          '    publish: true',
          '    exclude: ["*.map", tests/**]',
          '    alias: live',
          '    alarms: [orders-errors, orders-latency]',
          '    environment: { STAGE: prod, RETRIES: 3 }',
          '    tags: { team: core, cost: 7 }',
          '    smoke-test: { path: /health }',
          '',
        ].join('\n'),
      },
      { manifest: 'fleet.yml' },
    );
    const target = config.targets[0]?.config;
    expect(target?.settings.memorySize).toBe(1024);
    expect(target?.skipUnchanged).toBe(false);
    expect(target?.release.publish).toBe(true);
    expect(target?.code).toMatchObject({ exclude: ['*.map', 'tests/**'] });
    expect(target?.release.rollout.alarms).toEqual(['orders-errors', 'orders-latency']);
    expect(target?.settings.environment).toEqual({ STAGE: 'prod', RETRIES: '3' });
    expect(target?.settings.tags).toEqual({ team: 'core', cost: '7' });
    expect(JSON.stringify(target?.release.smokeTest)).toContain('/health');
  });

  it('deploys only the entries of manifest-group', async () => {
    const config = await fleet(
      { 'fleet.yml': MANIFEST },
      { manifest: 'fleet.yml', 'manifest-group': 'billing' },
    );
    expect(config.targets.map((target) => target.label)).toEqual(['billing-worker']);
  });

  it('substitutes {region} in any value, in each of regions', async () => {
    const config = await fleet(
      { 'fleet.yml': MANIFEST },
      {
        manifest: 'fleet.yml',
        regions: 'eu-west-1\nus-east-1',
        description: 'orders in {region}',
        'max-parallel': '8',
      },
    );
    expect(config.maxParallel).toBe(8);
    expect(config.targets.map((target) => target.label)).toEqual([
      'orders-api in eu-west-1',
      'orders-api in us-east-1',
      'billing-worker in eu-west-1',
      'billing-worker in us-east-1',
    ]);
    for (const target of config.targets) {
      expect(target.config.region).toBe(target.region);
      expect(target.config.s3.bucket).toBe(`artifacts-${target.region}`);
      expect(target.config.settings.description).toBe(`orders in ${target.region}`);
    }
  });

  it("substitutes an entry's own region, or AWS_REGION, without regions", async () => {
    const config = await fleet(oneEntry('region: us-west-2', "s3-bucket: 'artifacts-{region}'"), {
      manifest: 'fleet.yml',
    });
    expect(config.targets[0]?.region).toBe('us-west-2');
    expect(config.targets[0]?.config.s3.bucket).toBe('artifacts-us-west-2');
  });
});

describe('parseFleet with regions and no manifest', () => {
  it("deploys the step's inputs once per region", async () => {
    const config = await fleet(
      {},
      {
        'function-name': 'orders-api',
        source: 'app',
        regions: ' eu-west-1 \n\nap-southeast-2',
        's3-bucket': 'artifacts-{region}',
      },
    );
    expect(config.targets.map((target) => [target.label, target.config.s3.bucket])).toEqual([
      ['orders-api in eu-west-1', 'artifacts-eu-west-1'],
      ['orders-api in ap-southeast-2', 'artifacts-ap-southeast-2'],
    ]);
  });

  it("names the step's input, and the region, when one is bad", async () => {
    const { input, message } = await refusal(
      {},
      { 'function-name': 'orders-api', source: 'app', regions: 'eu-west-1', 'memory-size': '1' },
    );
    expect(input).toBe('memory-size');
    expect(message).toContain('(in eu-west-1)');
  });
});

describe('parseFleet refuses', () => {
  const STEP = { manifest: 'fleet.yml' };

  it.each([
    ['memory-size: 20000', '', 'functions[0] (orders-api): memory-size: 20000 is out of range'],
    [
      '',
      'memory-size: 20000',
      'functions[0] (orders-api): memory-size (from defaults): 20000 is out of range',
    ],
    ['architectures: sparc', '', "functions[0] (orders-api): architectures: 'sparc' is not"],
    ['traffic: 0', '', 'functions[0] (orders-api): traffic:'],
    ['sourcce: x', '', 'functions[0] (orders-api): sourcce: is not an input of the action'],
    [
      'delete-alias: true',
      '',
      'functions[0] (orders-api): delete-alias: cannot be used in a manifest',
    ],
    [
      'rollback-to: previous',
      '',
      'functions[0] (orders-api): rollback-to: cannot be used in a manifest',
    ],
    ['dry-run: true', '', 'functions[0] (orders-api): dry-run: applies to the whole step'],
    ['regions: eu-west-1', '', 'functions[0] (orders-api): regions: is an input of the step'],
    ['manifest: other.yml', '', 'functions[0] (orders-api): manifest: is an input of the step'],
    ['', 'group: billing', 'defaults: group: belongs in an entry'],
    ['', 'delete-alias: true', 'defaults: delete-alias: cannot be used in a manifest'],
    ['', 'sourcce: x', 'defaults: sourcce: is not an input of the action'],
    ['group: 7', '', 'functions[0] (orders-api): group: is a number'],
    ['layers: [{ Arn: x }]', '', 'functions[0] (orders-api): layers: [0] is a mapping'],
    ['role: { name: x }', '', 'functions[0] (orders-api): role: is a mapping'],
    [
      'alias: live, comment-on-pr: maybe',
      '',
      "functions[0] (orders-api): comment-on-pr: 'maybe' is not true or false",
    ],
  ])('entry { %s } defaults { %s }: %s', async (entry, defaults, says) => {
    const { input, message } = await refusal(oneEntry(entry, defaults), STEP);
    expect(input).toBe('manifest');
    expect(message).toContain(`Input 'manifest': ${says}`);
  });

  it("names an entry's error from the step's input, and the region", async () => {
    const { message } = await refusal(oneEntry(''), {
      ...STEP,
      'memory-size': '1',
      regions: 'eu-west-1',
    });
    expect(message).toMatch(
      /^Input 'manifest': functions\[0\] \(orders-api\): memory-size \(from the step's input\): .* \(in eu-west-1\)$/,
    );
  });

  it('names an entry without a function name by its index', async () => {
    const { message } = await refusal(
      { 'fleet.yml': 'functions:\n  - { function-name: a, source: app }\n  - { source: app }\n' },
      STEP,
    );
    expect(message).toContain("Input 'manifest': functions[1]: function-name: is required");
  });

  it.each([
    [
      'unknown top-level key',
      'function: []\nfunctions: [{ function-name: a }]\n',
      "unknown top-level key 'function'",
    ],
    ['no functions', 'defaults: { runtime: nodejs22.x }\n', 'functions: is missing'],
    ['empty functions', 'functions: []\n', 'functions: is a list'],
    ['a list at the top', '- function-name: a\n', 'must hold a mapping'],
    ['an entry that is not a mapping', 'functions: [orders-api]\n', 'functions[0]: is a string'],
    [
      'defaults not a mapping',
      'defaults: [a]\nfunctions: [{ function-name: a }]\n',
      'defaults: is a list',
    ],
    ['invalid YAML', 'functions: [ { function-name: a\n', 'is not valid YAML'],
  ])('%s', async (_, text, says) => {
    const { input, message } = await refusal({ 'fleet.yml': text }, STEP);
    expect(input).toBe('manifest');
    expect(message).toContain(says);
  });

  it('a manifest outside the workspace, missing, or linking out', async () => {
    expect((await refusal({}, { manifest: '../fleet.yml' })).message).toContain(
      'is outside the workspace',
    );
    expect((await refusal({}, { manifest: 'nope.yml' })).message).toContain('was not found');
    const workspace = await tempDir('fleet');
    const outside = await tempDir('fleet-outside');
    await writeFiles(outside, { 'fleet.yml': MANIFEST });
    await symlink(path.join(outside, 'fleet.yml'), path.join(workspace, 'fleet.yml'));
    const error = asInputError(
      thrownBy(() =>
        parseFleet(reader(STEP), { GITHUB_WORKSPACE: workspace, AWS_REGION: 'eu-west-1' }),
      ),
    );
    expect(error.message).toContain('links to a file outside the workspace');
  });

  it('a key given twice, in JSON or YAML, naming it and both lines', async () => {
    const json = [
      '{',
      '  "functions": [',
      '    { "function-name": "orders-api", "source": "app", "memory-size": 256,',
      '      "memory-size": 512 }',
      '  ]',
      '}',
    ].join('\n');
    expect(await refusal({ 'fleet.json': json }, { manifest: 'fleet.json' })).toEqual({
      input: 'manifest',
      message:
        "Input 'manifest': fleet.json: key 'functions[0].memory-size' appears twice (line 3 and line 4)",
    });
    const oneLine = JSON.stringify({ functions: [{ 'function-name': 'a' }] }).replace(
      '"a"',
      '"a", "function-name": "b"',
    );
    expect((await refusal({ 'fleet.json': oneLine }, { manifest: 'fleet.json' })).message).toBe(
      "Input 'manifest': fleet.json: key 'functions[0].function-name' appears twice (both on line 1)",
    );
    const yaml = 'defaults:\n  alias: live\n  alias: prod\nfunctions:\n  - function-name: a\n';
    expect((await refusal({ 'fleet.yml': yaml }, STEP)).message).toBe(
      "Input 'manifest': fleet.yml: key 'defaults.alias' appears twice (line 2 and line 3)",
    );
  });

  it('the same key in two entries is fine', async () => {
    const json = JSON.stringify({
      functions: [
        { 'function-name': 'orders-api', source: 'app' },
        { 'function-name': 'billing-worker', source: 'app' },
      ],
    });
    const config = await fleet({ 'fleet.json': json }, { manifest: 'fleet.json' });
    expect(config.targets.map((target) => target.config.functionName)).toEqual([
      'orders-api',
      'billing-worker',
    ]);
  });

  it('the same function twice in a region, by name or ARN', async () => {
    const { input, message } = await refusal(
      {
        'fleet.yml':
          'functions:\n  - { function-name: orders-api, source: a }\n  - { function-name: "arn:aws:lambda:eu-west-1:123456789012:function:orders-api", source: b }\n',
      },
      STEP,
    );
    expect(input).toBe('manifest');
    expect(message).toContain('deploys orders-api in eu-west-1, as functions[0] (orders-api) does');
  });

  it('the same function in two regions is fine', async () => {
    const config = await fleet(
      {
        'fleet.yml':
          'functions:\n  - { function-name: orders-api, source: a }\n  - { function-name: orders-api, source: a, region: us-east-1 }\n',
      },
      STEP,
    );
    expect(config.targets.map((target) => target.region)).toEqual(['eu-west-1', 'us-east-1']);
  });

  it.each([
    [{ regions: 'eu-west-1\neu-west-1' }, 'regions', 'lists eu-west-1 twice'],
    [{ regions: 'Europe' }, 'regions', "'Europe' is not an AWS region name"],
    [{ regions: 'eu-west-1', region: 'eu-west-1' }, 'region', 'cannot be used with regions'],
    [{ regions: 'eu-west-1', 'max-parallel': '0' }, 'max-parallel', 'out of range'],
    [{ regions: 'eu-west-1', 'max-parallel': '33' }, 'max-parallel', 'out of range'],
    [{ regions: 'eu-west-1', 'max-parallel': 'all' }, 'max-parallel', 'is not a whole number'],
    [{ 'manifest-group': 'billing' }, 'manifest-group', 'needs manifest'],
    [
      { regions: 'eu-west-1', 'delete-alias': 'true', alias: 'pr-1' },
      'delete-alias',
      'cannot be used with regions',
    ],
    [
      { regions: 'eu-west-1', 'rollback-to': 'previous', alias: 'live' },
      'rollback-to',
      'cannot be used with regions',
    ],
    [
      { manifest: 'fleet.yml', 'delete-alias': 'true' },
      'delete-alias',
      'cannot be used with manifest',
    ],
    [
      { manifest: 'fleet.yml', 'manifest-group': 'nope' },
      'manifest-group',
      "'nope' is the group of no entry of manifest (its groups: billing)",
    ],
  ])('step inputs %j: %s', async (inputs, input, says) => {
    const error = await refusal(
      { 'fleet.yml': MANIFEST },
      { 'function-name': 'orders-api', source: 'app', ...inputs },
    );
    expect(error.input).toBe(input);
    expect(error.message).toContain(says);
  });

  it('an entry region with regions', async () => {
    const { message } = await refusal(oneEntry('region: us-east-1'), {
      ...STEP,
      regions: 'eu-west-1',
    });
    expect(message).toContain(
      'functions[0] (orders-api): region: cannot be set with the regions input',
    );
  });
});

describe('the manifests in the README and docs/many-functions.md', () => {
  const pages = ['../../README.md', '../../docs/many-functions.md'].map((page) =>
    readFileSync(path.resolve(import.meta.dirname, page), 'utf8'),
  );
  const manifests = pages.flatMap((text) =>
    [...text.matchAll(/^```yaml\n# deploy\/functions\.yml\n([\s\S]*?)^```$/gm)].map(
      (match) => match[1] ?? '',
    ),
  );

  it('are there to check', () => {
    expect(manifests.length).toBeGreaterThanOrEqual(3);
  });

  it.each(manifests.map((text, index) => [index + 1, text] as const))(
    'manifest %i is accepted with every entry and key',
    async (_, text) => {
      const config = await fleet(
        {
          'deploy/functions.yml': text,
          'services/orders/dist/index.js': 'exports.handler = 1;\n',
          'services/billing/dist/index.js': 'exports.handler = 1;\n',
        },
        { manifest: 'deploy/functions.yml' },
      );
      const names = [...text.matchAll(/function-name: (\S+)/g)].map((match) => match[1]);
      expect(config.targets.map((target) => target.config.functionName)).toEqual(names);
    },
  );
});
