// config-file: what `aws lambda get-function-configuration` (or get-function) prints, saved
// as it is, gives the function's settings; inputs win over it key by key; every value goes
// through the input's own checks, and a bad one names config-file, the file and the key.
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify as yamlText } from 'yaml';
import { toFunctionState } from '../../src/aws/function-state.js';
import { parseInputs, type DeployConfig, type Environment } from '../../src/inputs.js';
import { mapConfigFile } from '../../src/inputs/config-file.js';
import { planDeploy, type BuiltCode } from '../../src/plan/deploy-plan.js';
import { planJson, planLines } from '../../src/plan/plan-output.js';
import { tempDir, writeFiles } from '../support/temp-dir.js';
import { asInputError, thrownBy } from './helpers/errors.js';
import { functionConfiguration } from './helpers/lambda.js';

const ROLE = 'arn:aws:iam::123456789012:role/orders-api-role';
const LAYER = 'arn:aws:lambda:eu-west-1:123456789012:layer:shared-deps:7';

/** `aws lambda get-function-configuration --function-name orders-api`, as the CLI prints it. */
const GET_FUNCTION_CONFIGURATION = {
  FunctionName: 'orders-api',
  FunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders-api',
  Runtime: 'nodejs22.x',
  Role: ROLE,
  Handler: 'index.handler',
  CodeSize: 48213,
  Description: 'Orders API',
  Timeout: 30,
  MemorySize: 512,
  LastModified: '2025-05-14T09:12:44.000+0000',
  CodeSha256: 'dGhlIGNvZGUncyBzaGEyNTYgaW4gYmFzZTY0LCBhcyBMYW1iZGE=',
  Version: '$LATEST',
  VpcConfig: {
    SubnetIds: ['subnet-0a1b2c3d4e5f60718', 'subnet-0f1e2d3c4b5a69788'],
    SecurityGroupIds: ['sg-0123456789abcdef0'],
    VpcId: 'vpc-0abc1234def567890',
    Ipv6AllowedForDualStack: false,
  },
  Environment: { Variables: { STAGE: 'prod', TABLE_NAME: 'orders' } },
  TracingConfig: { Mode: 'PassThrough' },
  RevisionId: '4d2f1c0e-8b7a-4c3d-9e6f-0a1b2c3d4e5f',
  Layers: [{ Arn: LAYER, CodeSize: 1048576 }],
  State: 'Active',
  LastUpdateStatus: 'Successful',
  PackageType: 'Zip',
  Architectures: ['arm64'],
  EphemeralStorage: { Size: 512 },
  SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
  RuntimeVersionConfig: {
    RuntimeVersionArn:
      'arn:aws:lambda:eu-west-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9',
  },
  LoggingConfig: { LogFormat: 'Text', LogGroup: '/orders/api' },
};

/** The read-only keys of GET_FUNCTION_CONFIGURATION, in the file's order. */
const READ_ONLY = [
  'FunctionName',
  'FunctionArn',
  'CodeSize',
  'LastModified',
  'CodeSha256',
  'Version',
  'VpcConfig.VpcId',
  'RevisionId',
  'Layers[0].CodeSize',
  'State',
  'LastUpdateStatus',
  'PackageType',
  'SnapStart.OptimizationStatus',
  'RuntimeVersionConfig',
];

/** The settings GET_FUNCTION_CONFIGURATION describes. */
const SETTINGS = {
  handler: 'index.handler',
  runtime: 'nodejs22.x',
  memorySize: 512,
  timeout: 30,
  description: 'Orders API',
  role: ROLE,
  architecture: 'arm64',
  environment: { STAGE: 'prod', TABLE_NAME: 'orders' },
  environmentMode: 'merge',
  layers: [LAYER],
  ephemeralStorage: 512,
  vpc: {
    subnetIds: ['subnet-0a1b2c3d4e5f60718', 'subnet-0f1e2d3c4b5a69788'],
    securityGroupIds: ['sg-0123456789abcdef0'],
    ipv6DualStack: false,
  },
  tracing: 'PassThrough',
  logging: { format: 'Text', logGroup: '/orders/api' },
  snapStart: 'None',
};

/** A workspace holding `files`, and parseInputs over it with function-name and source set. */
async function workspaceWith(files: Readonly<Record<string, string>>) {
  const workspace = await tempDir('config-file');
  await writeFiles(workspace, files);
  const env: Environment = { AWS_REGION: 'eu-west-1', GITHUB_WORKSPACE: workspace };
  const parse = (inputs: Record<string, string>): DeployConfig => {
    const all: Record<string, string> = { 'function-name': 'orders-api', source: 'app', ...inputs };
    return parseInputs((name) => (all[name] ?? '').trim(), env);
  };
  const rejected = (inputs: Record<string, string>) => {
    const error = asInputError(thrownBy(() => parse(inputs)));
    expect(error.input).toBe('config-file');
    return error.message;
  };
  return { workspace, parse, rejected };
}

const json = (value: unknown) => JSON.stringify(value, null, 4);

describe('config-file: get-function-configuration output as it is', () => {
  it('gives the settings from JSON, with one notice listing the read-only keys', async () => {
    const { parse } = await workspaceWith({
      'lambda/orders.json': json(GET_FUNCTION_CONFIGURATION),
    });

    const config = parse({ 'config-file': 'lambda/orders.json' });

    expect(config.settings).toMatchObject(SETTINGS);
    expect(config.notices).toEqual([
      `config-file lambda/orders.json: ignored ${READ_ONLY.length} keys that Lambda reports but this action does not set: ${READ_ONLY.join(', ')}`,
    ]);
    expect(config.settingSources).toEqual({
      handler: 'config-file',
      runtime: 'config-file',
      'memory-size': 'config-file',
      timeout: 'config-file',
      description: 'config-file',
      role: 'config-file',
      architectures: 'config-file',
      environment: 'config-file',
      layers: 'config-file',
      'ephemeral-storage': 'config-file',
      'subnet-ids': 'config-file',
      'security-group-ids': 'config-file',
      'ipv6-dual-stack': 'config-file',
      tracing: 'config-file',
      'log-format': 'config-file',
      'log-group': 'config-file',
      'snap-start': 'config-file',
    });
  });

  it('gives the same settings from the same file in YAML (.yml and .yaml)', async () => {
    const text = yamlText(GET_FUNCTION_CONFIGURATION);
    const { parse } = await workspaceWith({ 'orders.yml': text, 'orders.yaml': text });

    for (const file of ['orders.yml', 'orders.yaml']) {
      const config = parse({ 'config-file': file });
      expect(config.settings).toMatchObject(SETTINGS);
      expect(config.notices).toHaveLength(1);
      expect(config.notices[0]).toContain(READ_ONLY.join(', '));
    }
  });

  it('reads another extension as JSON, else as YAML', async () => {
    const { parse } = await workspaceWith({
      'orders.conf': json({ MemorySize: 256 }),
      'orders.txt': 'MemorySize: 1024\nTimeout: 60\n',
    });

    expect(parse({ 'config-file': 'orders.conf' }).settings.memorySize).toBe(256);
    expect(parse({ 'config-file': 'orders.txt' }).settings).toMatchObject({
      memorySize: 1024,
      timeout: 60,
    });
  });

  it('takes get-function output: its Configuration, Tags and Concurrency', async () => {
    const getFunction = {
      Configuration: GET_FUNCTION_CONFIGURATION,
      Code: {
        RepositoryType: 'S3',
        Location: 'https://awslambda-eu-west-1-tasks.s3.eu-west-1.amazonaws.com/snapshots/x',
      },
      Tags: { team: 'orders', 'cost-center': '42' },
      Concurrency: { ReservedConcurrentExecutions: 20 },
    };
    const { parse } = await workspaceWith({ 'function.json': json(getFunction) });

    const config = parse({ 'config-file': 'function.json' });

    expect(config.settings).toMatchObject({
      ...SETTINGS,
      tags: { team: 'orders', 'cost-center': '42' },
      reservedConcurrency: 20,
    });
    expect(config.settingSources).toMatchObject({
      tags: 'config-file',
      'reserved-concurrency': 'config-file',
    });
    expect(config.notices[0]).toContain(
      `: ${READ_ONLY.map((key) => `Configuration.${key}`).join(', ')}, Code`,
    );
  });

  it("leaves out the printed function's default log group, and tags no one may set", () => {
    const mapped = mapConfigFile(
      {
        Configuration: {
          FunctionName: 'orders-api',
          LoggingConfig: { LogFormat: 'JSON', LogGroup: '/aws/lambda/orders-api' },
        },
        Tags: {
          team: 'orders',
          'aws:cloudformation:stack-name': 'orders',
          'lambda-deploy:code-fingerprint': 'abc',
        },
      },
      'f.json',
    );

    expect(mapped.inputs).toEqual({ 'log-format': 'JSON', tags: 'team=orders' });
    expect(mapped.ignored).toEqual([
      'Configuration.FunctionName',
      'Tags.aws:cloudformation:stack-name',
      'Tags.lambda-deploy:code-fingerprint',
      'Configuration.LoggingConfig.LogGroup',
    ]);
    // Another function's group, or one set by hand, is a setting like any other.
    expect(
      mapConfigFile(
        { FunctionName: 'orders-api', LoggingConfig: { LogGroup: '/aws/lambda/shared' } },
        'f.json',
      ).inputs,
    ).toEqual({ 'log-group': '/aws/lambda/shared' });
  });

  it('takes layers as ARNs, ImageConfigResponse as read, and an empty VPC as none', () => {
    const mapped = mapConfigFile(
      {
        Layers: [LAYER, { Arn: `${LAYER}0` }],
        ImageConfigResponse: {
          ImageConfig: { Command: ['app.handler'], WorkingDirectory: '/app' },
        },
        VpcConfig: {
          SubnetIds: [],
          SecurityGroupIds: [],
          VpcId: '',
          Ipv6AllowedForDualStack: false,
        },
        DeadLetterConfig: { TargetArn: '' },
        KMSKeyArn: '',
        Description: null,
      },
      'f.json',
    );

    expect(mapped.inputs).toEqual({
      layers: `${LAYER}\n${LAYER}0`,
      'image-command': 'app.handler',
      'image-working-directory': '/app',
      'subnet-ids': 'none',
      'security-group-ids': 'none',
      'dead-letter-target-arn': 'none',
      'kms-key-arn': 'none',
    });
    expect(mapped.keys['image-command']).toBe('ImageConfigResponse.ImageConfig.Command');
    expect(mapped.ignored).toEqual(['VpcConfig.VpcId']);
  });
});

describe('config-file: refused before any AWS call', () => {
  it('refuses an unknown key at any level, naming its path and the file', async () => {
    const { rejected } = await workspaceWith({
      'a.json': json({ VpcConfig: { SubnetID: ['subnet-0a1b2c3d4e5f60718'] } }),
      'b.yml': 'MemorySize: 512\nMemory: 512\n',
      'c.yml': 'Environment:\n  Variable:\n    A: "1"\n',
      'd.json': json({ Layers: [{ Arn: LAYER, Version: 7 }] }),
      'e.json': json({ Configuration: { MemorySize: 512 }, Concurency: {} }),
    });

    expect(rejected({ 'config-file': 'a.json' })).toBe(
      "Input 'config-file': a.json: unknown key 'VpcConfig.SubnetID': Lambda has no such setting (did you mean 'VpcConfig.SubnetIds'?)",
    );
    expect(rejected({ 'config-file': 'b.yml' })).toBe(
      "Input 'config-file': b.yml: unknown key 'Memory': Lambda has no such setting (did you mean 'MemorySize'?)",
    );
    expect(rejected({ 'config-file': 'c.yml' })).toBe(
      "Input 'config-file': c.yml: unknown key 'Environment.Variable': Lambda has no such setting (did you mean 'Environment.Variables'?)",
    );
    expect(rejected({ 'config-file': 'd.json' })).toBe(
      "Input 'config-file': d.json: unknown key 'Layers[0].Version': Lambda has no such setting",
    );
    expect(rejected({ 'config-file': 'e.json' })).toBe(
      "Input 'config-file': e.json: unknown key 'Concurency': Lambda has no such setting (did you mean 'Concurrency'?)",
    );
  });

  it('checks each value as its input is checked, naming config-file and the key', async () => {
    const { rejected } = await workspaceWith({
      'memory.yml': 'MemorySize: 20000\n',
      'timeout.json': json({ Timeout: 2.5 }),
      'runtime.yml': 'Runtime: Node 22\n',
      'reserved.json': json({ Environment: { Variables: { AWS_REGION: 'eu-west-1' } } }),
      'number.yml': 'Environment:\n  Variables:\n    PORT: 8080\n',
      'size.json': json({ Environment: { Variables: { BIG: 'x'.repeat(5000) } } }),
      'arch.json': json({ Architectures: ['x86_64', 'arm64'] }),
      'role.yml': 'Role: orders-role\n',
      'layers.yml': `Layers:\n${`  - ${LAYER}\n`.repeat(6)}`,
      'tracing.yml': 'TracingConfig:\n  Mode: active\n',
      'nested.json': json({ Configuration: { Timeout: 0 } }),
    });

    const cases: [file: string, message: string][] = [
      [
        'memory.yml',
        'memory.yml: MemorySize: 20000 is out of range: give a whole number of MB from 128 to 10240',
      ],
      ['timeout.json', "timeout.json: Timeout: '2.5' is not a whole number of seconds"],
      ['runtime.yml', "runtime.yml: Runtime: 'Node 22' is not a Lambda runtime identifier"],
      ['reserved.json', "reserved.json: Environment.Variables: 'AWS_REGION' is reserved"],
      ['number.yml', 'number.yml: Environment.Variables: the value of PORT is not a string'],
      [
        'size.json',
        "size.json: Environment.Variables: the variables come to 5010 bytes, over Lambda's limit",
      ],
      ['arch.json', 'arch.json: Architectures: must be a list of one architecture'],
      ['role.yml', "role.yml: Role: 'orders-role' is not an IAM role ARN"],
      ['layers.yml', 'layers.yml: Layers: lists 6 layers; a function takes at most 5'],
      [
        'tracing.yml',
        "tracing.yml: TracingConfig.Mode: 'active' is not one of Active, PassThrough",
      ],
      ['nested.json', 'nested.json: Configuration.Timeout: 0 is out of range'],
    ];
    for (const [file, message] of cases) {
      expect(rejected({ 'config-file': file }), file).toContain(`Input 'config-file': ${message}`);
    }
  });

  it('names the input a VPC still needs when the file gives half of it', async () => {
    const { parse } = await workspaceWith({
      'subnet.yml': 'VpcConfig:\n  SubnetIds: [subnet-0a1b2c3d4e5f60718]\n',
    });

    // Either the file's VpcConfig.SecurityGroupIds or the input may give it.
    const error = asInputError(thrownBy(() => parse({ 'config-file': 'subnet.yml' })));
    expect(error.input).toBe('security-group-ids');
    expect(
      parse({ 'config-file': 'subnet.yml', 'security-group-ids': 'sg-0123456789abcdef0' }).settings
        .vpc,
    ).toEqual({
      subnetIds: ['subnet-0a1b2c3d4e5f60718'],
      securityGroupIds: ['sg-0123456789abcdef0'],
      ipv6DualStack: undefined,
    });
  });

  it('refuses a file that is not a mapping or does not parse, without quoting it', async () => {
    const { rejected } = await workspaceWith({
      'list.yml': '- MemorySize: 512\n',
      'broken.json': '{ "Environment": { "Variables": { "TOKEN": "hunter2-secret" } ',
      'broken.yml': 'Environment:\n  Variables: { TOKEN: hunter2-secret\n',
      'empty.yml': '',
    });

    expect(rejected({ 'config-file': 'list.yml' })).toBe(
      "Input 'config-file': list.yml: must hold a mapping of settings, not a list",
    );
    expect(rejected({ 'config-file': 'empty.yml' })).toBe(
      "Input 'config-file': empty.yml: must hold a mapping of settings, not empty",
    );
    for (const file of ['broken.json', 'broken.yml']) {
      const message = rejected({ 'config-file': file });
      expect(message).toMatch(
        new RegExp(`^Input 'config-file': ${file}: is not valid (JSON|YAML)`),
      );
      expect(message).not.toContain('hunter2');
    }
  });

  it('refuses a path outside the workspace, a link out of it, a directory and a missing file', async () => {
    const { workspace, rejected } = await workspaceWith({ 'dir/x.txt': 'x' });
    const outside = await tempDir('config-file-outside');
    await writeFiles(outside, { 'settings.json': json({ MemorySize: 512 }) });
    await symlink(path.join(outside, 'settings.json'), path.join(workspace, 'link.json'));

    expect(rejected({ 'config-file': '../settings.json' })).toBe(
      `Input 'config-file': '../settings.json' is outside the workspace (${workspace})`,
    );
    expect(rejected({ 'config-file': path.join(outside, 'settings.json') })).toContain(
      'is outside the workspace',
    );
    expect(rejected({ 'config-file': 'link.json' })).toBe(
      "Input 'config-file': 'link.json' links to a file outside the workspace",
    );
    expect(rejected({ 'config-file': 'dir' })).toBe("Input 'config-file': 'dir' is not a file");
    expect(rejected({ 'config-file': '.' })).toContain('is outside the workspace');
    expect(rejected({ 'config-file': 'missing.yml' })).toBe(
      "Input 'config-file': 'missing.yml' was not found in the workspace",
    );
  });
});

describe('config-file: a key given twice', () => {
  it('refuses a JSON key given twice, naming it and both lines, never a value', async () => {
    const { rejected } = await workspaceWith({
      'settings.json': [
        '{',
        '  "MemorySize": 512,',
        '  "Timeout": 30,',
        '  "Environment": {',
        '    "Variables": { "STAGE": "prod" }',
        '  },',
        '  "MemorySize": 1024',
        '}',
      ].join('\n'),
    });

    expect(rejected({ 'config-file': 'settings.json' })).toBe(
      "Input 'config-file': settings.json: key 'MemorySize' appears twice (line 2 and line 7)",
    );
  });

  it('refuses a nested key given twice, named by its path', async () => {
    const { rejected } = await workspaceWith({
      'settings.json': [
        '{',
        '  "Environment": {',
        '    "Variables": {',
        '      "TOKEN": "hunter2-first",',
        '      "TOKEN": "hunter2-second"',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    });

    const message = rejected({ 'config-file': 'settings.json' });
    expect(message).toBe(
      "Input 'config-file': settings.json: key 'Environment.Variables.TOKEN' appears twice (line 4 and line 5)",
    );
    expect(message).not.toContain('hunter2');
  });

  it('takes keys equal once escapes are undone as the same key', async () => {
    const { rejected } = await workspaceWith({
      'settings.json': '{\n  "Timeout": 30,\n  "\\u0054imeout": 60\n}',
    });

    expect(rejected({ 'config-file': 'settings.json' })).toBe(
      "Input 'config-file': settings.json: key 'Timeout' appears twice (line 2 and line 3)",
    );
  });

  it('takes the same key in each object of a list', async () => {
    const { parse } = await workspaceWith({
      'settings.json': json({
        Layers: [{ Arn: LAYER }, { Arn: LAYER.replace(':7', ':8') }],
      }),
    });

    expect(parse({ 'config-file': 'settings.json' }).settings.layers).toEqual([
      LAYER,
      LAYER.replace(':7', ':8'),
    ]);
  });

  it('refuses a YAML key given twice the same way, and a JSON one in a file of no extension', async () => {
    const { rejected } = await workspaceWith({
      'settings.yml': 'MemorySize: 512\nTimeout: 30\nMemorySize: 1024\n',
      'nested.yaml':
        'Environment:\n  Variables:\n    TOKEN: hunter2-first\n    TOKEN: hunter2-second\n',
      'settings.conf': '{"MemorySize": 512,\n "MemorySize": 1024}',
    });

    expect(rejected({ 'config-file': 'settings.yml' })).toBe(
      "Input 'config-file': settings.yml: key 'MemorySize' appears twice (line 1 and line 3)",
    );
    const nested = rejected({ 'config-file': 'nested.yaml' });
    expect(nested).toBe(
      "Input 'config-file': nested.yaml: key 'Environment.Variables.TOKEN' appears twice (line 3 and line 4)",
    );
    expect(nested).not.toContain('hunter2');
    expect(rejected({ 'config-file': 'settings.conf' })).toBe(
      "Input 'config-file': settings.conf: key 'MemorySize' appears twice (line 1 and line 2)",
    );
  });

  it('says where YAML that does not parse goes wrong', async () => {
    const { rejected } = await workspaceWith({
      'broken.yml': 'MemorySize: 512\nEnvironment:\n  Variables: { TOKEN: hunter2-secret\n',
    });

    const message = rejected({ 'config-file': 'broken.yml' });
    expect(message).toMatch(
      /^Input 'config-file': broken\.yml: is not valid YAML \(at line \d+ column \d+\)$/,
    );
    expect(message).not.toContain('hunter2');
  });
});

describe('config-file under the inputs', () => {
  const FILE = [
    'MemorySize: 512',
    'Timeout: 30',
    'Description: from the file',
    'Environment:',
    '  Variables:',
    '    STAGE: prod',
    '    TABLE: orders',
    'Tags:',
    '  team: orders',
    '',
  ].join('\n');

  it('an input that is set replaces the file value of its setting, key by key', async () => {
    const { parse } = await workspaceWith({ 'lambda.yml': FILE });

    const config = parse({
      'config-file': 'lambda.yml',
      'memory-size': '1024',
      environment: 'STAGE=dev',
      'environment-mode': 'replace',
    });

    expect(config.settings).toMatchObject({
      memorySize: 1024,
      timeout: 30,
      description: 'from the file',
      // Replaced, not merged with the file's; environment-mode applies against the function.
      environment: { STAGE: 'dev' },
      environmentMode: 'replace',
      tags: { team: 'orders' },
    });
    expect(config.settingSources).toEqual({
      'memory-size': 'input',
      timeout: 'config-file',
      description: 'config-file',
      environment: 'input',
      tags: 'config-file',
    });
    expect(config.notices).toEqual([]);
  });

  it('does not check a file value that an input replaces', async () => {
    const { parse } = await workspaceWith({ 'lambda.yml': 'MemorySize: 99999\nTimeout: 30\n' });

    expect(parse({ 'config-file': 'lambda.yml', 'memory-size': '256' }).settings).toMatchObject({
      memorySize: 256,
      timeout: 30,
    });
  });

  it('names the input, not the file, for a bad input over a good file', async () => {
    const { parse } = await workspaceWith({ 'lambda.yml': FILE });

    const error = asInputError(
      thrownBy(() => parse({ 'config-file': 'lambda.yml', timeout: '901' })),
    );
    expect(error.input).toBe('timeout');
  });

  it('with no config-file, every setting given is from the input', async () => {
    const { parse } = await workspaceWith({});

    const config = parse({ 'memory-size': '256', tags: 'a=b' });
    expect(config.settingSources).toEqual({ 'memory-size': 'input', tags: 'input' });
    expect(config.notices).toEqual([]);
  });

  it('the plan gives each configuration change its source, and the lines mark the file', async () => {
    const { parse } = await workspaceWith({ 'lambda.yml': FILE });
    const config = parse({ 'config-file': 'lambda.yml', 'memory-size': '1024' });
    const found = toFunctionState(
      functionConfiguration({ MemorySize: 128, Timeout: 3, Description: '' }),
      {},
    );
    const built: BuiltCode = {
      code: {
        kind: 'zip',
        package: {
          path: '/home/runner/work/_temp/orders-api.zip',
          size: 8,
          sha256: 'bmV3IGNvZGU=',
          contents: { fileCount: 1, unzippedSize: 8 },
        },
        upload: { kind: 'direct' },
      },
      layer: undefined,
    };
    const plan = planDeploy(
      config,
      {
        function: found,
        layerNewest: undefined,
        alias: undefined,
        versions: [],
        url: undefined,
        statementIds: new Set(),
        alarms: new Map(),
      },
      built,
    );

    const json = planJson(plan);
    expect(json.configuration).toEqual([
      { setting: 'memory-size', from: '128', to: '1024', source: 'input' },
      { setting: 'timeout', from: '3', to: '30', source: 'config-file' },
      { setting: 'description', from: '', to: 'from the file', source: 'config-file' },
      {
        setting: 'environment',
        from: '',
        to: 'STAGE (added), TABLE (added)',
        source: 'config-file',
      },
    ]);
    const lines = planLines(json);
    expect(lines).toContain('Setting memory-size: 128 -> 1024');
    expect(lines).toContain('Setting timeout: 3 -> 30 (config-file)');
    expect(lines).toContain(
      'Setting environment: (none) -> STAGE (added), TABLE (added) (config-file)',
    );
  });
});
