import { describe, expect, it } from 'vitest';
import {
  ENVIRONMENT_LIMIT_BYTES,
  checkEnvironmentSize,
  hasSettings,
  parseInputs,
  type Environment,
  type FunctionSettings,
} from '../../src/inputs.js';
import { asInputError, thrownBy } from './helpers/errors.js';

const ENV: Environment = { AWS_REGION: 'eu-west-1', GITHUB_WORKSPACE: '/home/runner/work/r/r' };
const ROLE = 'arn:aws:iam::123456789012:role/orders-api-role';
const LAYER = (name: string, version = 1) =>
  `arn:aws:lambda:eu-west-1:123456789012:layer:${name}:${version}`;

/**
 * The settings parseInputs gives for `inputs`, read as @actions/core's getInput reads them:
 * trimmed, '' when unset. function-name and source are set, as a workflow must.
 */
function settingsOf(inputs: Record<string, string>): FunctionSettings {
  const all: Record<string, string> = { 'function-name': 'orders-api', source: 'build', ...inputs };
  return parseInputs((name) => (all[name] ?? '').trim(), ENV).settings;
}

/** The InputError parseInputs throws for `inputs`; checks it names `input`. */
function rejected(inputs: Record<string, string>, input: string) {
  const error = asInputError(thrownBy(() => settingsOf(inputs)));
  expect(error.input).toBe(input);
  expect(error.message).toContain(`Input '${input}'`);
  return error;
}

describe('function settings: none given', () => {
  it('leaves every setting undefined, environment-mode merge, and hasSettings false', () => {
    const settings = settingsOf({});
    expect(settings).toMatchObject({ environmentMode: 'merge' });
    for (const [key, value] of Object.entries(settings)) {
      if (key !== 'environmentMode' && key !== 'tagsMode') expect(value, key).toBeUndefined();
    }
    expect(hasSettings(settings)).toBe(false);
  });

  it('counts environment-mode alone as no setting: there is nothing to merge', () => {
    const settings = settingsOf({ 'environment-mode': 'replace' });
    expect(settings.environmentMode).toBe('replace');
    expect(hasSettings(settings)).toBe(false);
  });
});

describe('function settings: each input', () => {
  it.each<[string, Record<string, string>, Partial<FunctionSettings>]>([
    ['handler', { handler: 'src/index.handler' }, { handler: 'src/index.handler' }],
    ['runtime', { runtime: 'nodejs22.x' }, { runtime: 'nodejs22.x' }],
    ['memory-size', { 'memory-size': '256' }, { memorySize: 256 }],
    ['timeout', { timeout: '30' }, { timeout: 30 }],
    ['description', { description: 'Orders API' }, { description: 'Orders API' }],
    ['role', { role: ROLE }, { role: ROLE }],
    ['architectures', { architectures: 'arm64' }, { architecture: 'arm64' }],
    ['environment', { environment: 'A=1' }, { environment: { A: '1' } }],
    ['layers', { layers: LAYER('deps') }, { layers: [LAYER('deps')] }],
    ['ephemeral-storage', { 'ephemeral-storage': '1024' }, { ephemeralStorage: 1024 }],
    ['tags', { tags: 'team=orders' }, { tags: { team: 'orders' } }],
  ])('reads %s, and hasSettings is then true', (_input, inputs, expected) => {
    const settings = settingsOf(inputs);
    expect(settings).toMatchObject(expected);
    expect(hasSettings(settings)).toBe(true);
  });

  it('reads every setting at once, each into its own field', () => {
    expect(
      settingsOf({
        handler: 'index.handler',
        runtime: 'python3.13',
        'memory-size': '512',
        timeout: '900',
        description: 'all of them',
        role: ROLE,
        architectures: 'x86_64',
        environment: 'STAGE=prod',
        'environment-mode': 'replace',
        layers: `${LAYER('a')}\n${LAYER('b', 2)}`,
        'ephemeral-storage': '10240',
        tags: 'team=orders\ncost-center=42',
      }),
    ).toMatchObject({
      handler: 'index.handler',
      runtime: 'python3.13',
      memorySize: 512,
      timeout: 900,
      description: 'all of them',
      role: ROLE,
      architecture: 'x86_64',
      environment: { STAGE: 'prod' },
      environmentMode: 'replace',
      layers: [LAYER('a'), LAYER('b', 2)],
      ephemeralStorage: 10240,
      tags: { team: 'orders', 'cost-center': '42' },
    });
  });
});

describe('function settings: numbers and their ranges', () => {
  it.each([
    ['memory-size', '128', 'memorySize', 128],
    ['memory-size', '10240', 'memorySize', 10240],
    ['timeout', '1', 'timeout', 1],
    ['timeout', '900', 'timeout', 900],
    ['ephemeral-storage', '512', 'ephemeralStorage', 512],
    ['ephemeral-storage', '10240', 'ephemeralStorage', 10240],
  ] as const)('accepts %s %s, a bound of its range', (input, value, field, expected) => {
    expect(settingsOf({ [input]: value })[field]).toBe(expected);
  });

  it.each([
    ['memory-size', '64', 'from 128 to 10240'],
    ['memory-size', '127', 'from 128 to 10240'],
    ['memory-size', '10241', 'from 128 to 10240'],
    ['memory-size', '12000', 'from 128 to 10240'],
    ['memory-size', '1.5', 'from 128 to 10240'],
    ['memory-size', '-256', 'from 128 to 10240'],
    ['memory-size', '256MB', 'from 128 to 10240'],
    ['timeout', '0', 'from 1 to 900'],
    ['timeout', '901', 'from 1 to 900'],
    ['timeout', 'ten', 'from 1 to 900'],
    ['ephemeral-storage', '100', 'from 512 to 10240'],
    ['ephemeral-storage', '511', 'from 512 to 10240'],
    ['ephemeral-storage', '10241', 'from 512 to 10240'],
  ])('rejects %s %s, giving the range', (input, value, range) => {
    expect(rejected({ [input]: value }, input).message).toContain(range);
  });
});

describe('function settings: text', () => {
  it('accepts a description of 256 characters and rejects 257, naming the limit', () => {
    expect(settingsOf({ description: 'd'.repeat(256) }).description).toHaveLength(256);
    expect(rejected({ description: 'd'.repeat(257) }, 'description').message).toContain('256');
  });

  it('accepts a handler of 128 characters and rejects 129', () => {
    expect(settingsOf({ handler: 'h'.repeat(128) }).handler).toHaveLength(128);
    expect(rejected({ handler: 'h'.repeat(129) }, 'handler').message).toContain('128');
  });

  it.each(['nodejs22.x', 'python3.13', 'provided.al2023', 'java21', 'dotnet8', 'ruby3.3'])(
    'accepts the runtime %s',
    (runtime) => {
      expect(settingsOf({ runtime }).runtime).toBe(runtime);
    },
  );

  it.each(['Node 22', 'nodejs22.x;', 'NODEJS22.X', '22'])('rejects the runtime %j', (runtime) => {
    expect(rejected({ runtime }, 'runtime').message).toContain('nodejs22.x');
  });

  it.each([
    ROLE,
    'arn:aws:iam::123456789012:role/service-role/orders-api-role-x1y2',
    'arn:aws-cn:iam::123456789012:role/orders',
  ])('accepts the role %s', (role) => {
    expect(settingsOf({ role }).role).toBe(role);
  });

  it.each([
    'orders-api-role',
    'arn:aws:iam::12345:role/orders',
    'arn:aws:iam::123456789012:user/orders',
    'arn:aws:iam::123456789012:role/',
  ])('rejects the role %j, showing the shape of a role ARN', (role) => {
    expect(rejected({ role }, 'role').message).toContain('arn:aws:iam::<account>:role/<name>');
  });
});

describe('function settings: architectures', () => {
  it.each(['x86_64', 'arm64'] as const)('accepts %s', (architecture) => {
    expect(settingsOf({ architectures: architecture }).architecture).toBe(architecture);
  });

  it.each(['sparc', 'ARM64', 'x86_64,arm64', 'aarch64'])(
    'rejects %j, listing x86_64 and arm64',
    (architectures) => {
      expect(rejected({ architectures }, 'architectures').message).toContain('x86_64, arm64');
    },
  );
});

describe('function settings: environment as KEY=VALUE lines', () => {
  it("keeps '=' and ',' in a value: only the first '=' splits", () => {
    const url = 'postgres://app:p=ss,word@db:5432/orders?ssl=true,verify=full';
    expect(settingsOf({ environment: `DATABASE_URL=${url}\nLIST=a,b,c` }).environment).toEqual({
      DATABASE_URL: url,
      LIST: 'a,b,c',
    });
  });

  it('skips blank lines and # comments, and reads CRLF line ends', () => {
    expect(
      settingsOf({ environment: '# database\r\nA=1\r\n\r\n  # more\r\nB=2\r\n' }).environment,
    ).toEqual({ A: '1', B: '2' });
  });

  it('keeps an empty value', () => {
    expect(settingsOf({ environment: 'EMPTY=' }).environment).toEqual({ EMPTY: '' });
  });

  it.each(['a', 'A1', 'snake_case_1', 'UPPER_AND_lower'])('accepts the name %s', (name) => {
    expect(settingsOf({ environment: `${name}=v` }).environment).toEqual({ [name]: 'v' });
  });

  it.each(['1A', '_A', 'A-B', 'A.B', 'A B'])('rejects the name %j', (name) => {
    rejected({ environment: `${name}=v` }, 'environment');
  });

  it('rejects a line without =, saying KEY=VALUE', () => {
    expect(rejected({ environment: 'not-a-pair' }, 'environment').message).toContain('KEY=VALUE');
  });

  // Values are masked (core.setSecret) only once parseInputs returns, so an error must not
  // quote a line: it names the line by its number.
  it.each([
    ['a bad name', '1API_KEY=hunter2'],
    ['a colon for =', 'API_KEY: hunter2'],
  ])('names the line but does not print the value when a line has %s', (_what, line) => {
    const message = rejected({ environment: `A=1\n\n${line}` }, 'environment').message;
    expect(message).not.toContain('hunter2');
    expect(message).toContain('line 3');
  });

  it('points a multi-line value to the JSON form, without quoting it', () => {
    const pem = 'TLS_KEY=-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----';
    const message = rejected({ environment: `A=1\n${pem}` }, 'environment').message;
    expect(message).toContain('line 3 is not KEY=VALUE');
    expect(message).toContain('give environment as a JSON object instead');
    expect(message).toContain('{"KEY": "first line\\nsecond line"}');
    expect(message).not.toContain('MIIEvQIBADANBg');
  });
});

describe('function settings: environment as JSON', () => {
  it('reads an object of strings, = and , kept', () => {
    expect(
      settingsOf({ environment: '{ "A": "1", "URL": "https://x/?a=b,c=d" }' }).environment,
    ).toEqual({ A: '1', URL: 'https://x/?a=b,c=d' });
  });

  it('rejects a value that is not a string, naming the variable but not the value', () => {
    const message = rejected({ environment: '{"PORT": 8080}' }, 'environment').message;
    expect(message).toContain('PORT');
    expect(message).not.toContain('8080');
  });

  it.each([
    ['invalid JSON', '{"A": "1"'],
    ['an array inside braces', '{"A": ["1"]}'],
    ['a bad name', '{"1A": "1"}'],
  ])('rejects %s', (_what, environment) => {
    rejected({ environment }, 'environment');
  });
});

describe('function settings: environment size', () => {
  // JSON.stringify({ A: v }) is `{"A":"` + v + `"}`: 8 bytes around the value.
  const AROUND = 8;

  it(`accepts ${ENVIRONMENT_LIMIT_BYTES} bytes and rejects one more, naming the limit`, () => {
    const fits = 'x'.repeat(ENVIRONMENT_LIMIT_BYTES - AROUND);
    expect(settingsOf({ environment: `A=${fits}` }).environment?.['A']).toBe(fits);
    const message = rejected({ environment: `A=${fits}x` }, 'environment').message;
    expect(message).toContain('4097 bytes');
    expect(message).toContain('4096');
  });

  it('counts bytes, not characters', () => {
    // 2,045 two-byte characters: 4,098 bytes in all, though fewer than 4,096 characters.
    rejected({ environment: `A=${'é'.repeat(2045)}` }, 'environment');
  });

  it('applies to JSON too', () => {
    rejected(
      { environment: JSON.stringify({ A: 'x'.repeat(ENVIRONMENT_LIMIT_BYTES) }) },
      'environment',
    );
  });

  it('checkEnvironmentSize names the input it is given', () => {
    expect(() => {
      checkEnvironmentSize({ A: 'x'.repeat(ENVIRONMENT_LIMIT_BYTES - AROUND) }, 'environment');
    }).not.toThrow();
    const error = asInputError(
      thrownBy(() => {
        checkEnvironmentSize({ A: 'x'.repeat(ENVIRONMENT_LIMIT_BYTES - AROUND + 1) }, 'tags');
      }),
    );
    expect(error.input).toBe('tags');
  });
});

describe('function settings: environment-mode', () => {
  it.each(['merge', 'replace'] as const)('accepts %s', (mode) => {
    expect(settingsOf({ environment: 'A=1', 'environment-mode': mode }).environmentMode).toBe(mode);
  });

  it('rejects anything else, listing merge and replace', () => {
    expect(
      rejected({ environment: 'A=1', 'environment-mode': 'overwrite' }, 'environment-mode').message,
    ).toContain('merge, replace');
  });
});

describe('function settings: layers', () => {
  it('reads one ARN a line, in order, skipping blank lines and spaces around', () => {
    expect(
      settingsOf({ layers: `  ${LAYER('z', 3)}\n\n${LAYER('a', 12)}  \r\n${LAYER('m')}` }).layers,
    ).toEqual([LAYER('z', 3), LAYER('a', 12), LAYER('m')]);
  });

  it('accepts five layers and rejects six, saying at most 5', () => {
    const layers = (count: number) =>
      Array.from({ length: count }, (_, i) => LAYER(`l${i}`)).join('\n');
    expect(settingsOf({ layers: layers(5) }).layers).toHaveLength(5);
    const message = rejected({ layers: layers(6) }, 'layers').message;
    expect(message).toContain('6 layers');
    expect(message).toContain('at most 5');
  });

  it.each([
    ['a layer without its version', 'arn:aws:lambda:eu-west-1:123456789012:layer:deps'],
    ['a function ARN', 'arn:aws:lambda:eu-west-1:123456789012:function:deps:1'],
    ['a name', 'deps'],
    ['two ARNs on one line', `${LAYER('a')},${LAYER('b')}`],
  ])('rejects %s, showing the shape of a layer version ARN', (_what, layers) => {
    expect(rejected({ layers }, 'layers').message).toContain(':layer:<name>:<version>');
  });
});

describe('function settings: tags', () => {
  it("reads KEY=VALUE lines; a value keeps '='", () => {
    expect(settingsOf({ tags: 'team=orders\nquery=a=b\n\n# note\nempty=' }).tags).toEqual({
      team: 'orders',
      query: 'a=b',
      empty: '',
    });
  });

  it('rejects a line without =', () => {
    expect(rejected({ tags: 'team' }, 'tags').message).toContain('KEY=VALUE');
  });

  it('accepts keys that are not variable names', () => {
    expect(settingsOf({ tags: 'cost-center=42\napp:name=orders' }).tags).toEqual({
      'cost-center': '42',
      'app:name': 'orders',
    });
  });

  it('rejects a key over 128 characters', () => {
    rejected({ tags: `${'k'.repeat(129)}=v` }, 'tags');
  });

  it('does not give the variable-name rule for a bad tag line', () => {
    expect(rejected({ tags: 'team' }, 'tags').message).not.toContain('letters, digits and _');
  });
});

// VPC, dead-letter target, tracing, logging, SnapStart, file systems, KMS key, image config.

const SUBNET_A = 'subnet-0a1b2c3d4e5f60718';
const SUBNET_B = 'subnet-1b2c3d4e';
const SG = 'sg-0123456789abcdef0';
const ACCESS_POINT =
  'arn:aws:elasticfilesystem:eu-west-1:123456789012:access-point/fsap-0123456789abcdef0';
const KEY = 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const IMAGE = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders:v1';

describe('function settings: the rest of Lambda settings, each input', () => {
  it.each<[string, Record<string, string>, Partial<FunctionSettings>]>([
    [
      'subnet-ids and security-group-ids',
      { 'subnet-ids': `${SUBNET_A}\n${SUBNET_B}`, 'security-group-ids': SG },
      {
        vpc: { subnetIds: [SUBNET_A, SUBNET_B], securityGroupIds: [SG], ipv6DualStack: undefined },
      },
    ],
    [
      'comma-separated ids, repeats dropped, with ipv6-dual-stack',
      {
        'subnet-ids': `${SUBNET_A}, ${SUBNET_B},${SUBNET_A}`,
        'security-group-ids': SG,
        'ipv6-dual-stack': 'true',
      },
      { vpc: { subnetIds: [SUBNET_A, SUBNET_B], securityGroupIds: [SG], ipv6DualStack: true } },
    ],
    [
      'none and none: detach the VPC',
      { 'subnet-ids': 'none', 'security-group-ids': 'none' },
      { vpc: { subnetIds: [], securityGroupIds: [], ipv6DualStack: undefined } },
    ],
    [
      'dead-letter-target-arn (SQS)',
      { 'dead-letter-target-arn': 'arn:aws:sqs:eu-west-1:123456789012:orders-dlq' },
      { deadLetterTargetArn: 'arn:aws:sqs:eu-west-1:123456789012:orders-dlq' },
    ],
    [
      'dead-letter-target-arn (SNS)',
      { 'dead-letter-target-arn': 'arn:aws:sns:eu-west-1:123456789012:orders-failures' },
      { deadLetterTargetArn: 'arn:aws:sns:eu-west-1:123456789012:orders-failures' },
    ],
    [
      'dead-letter-target-arn none',
      { 'dead-letter-target-arn': 'none' },
      { deadLetterTargetArn: '' },
    ],
    ['tracing', { tracing: 'Active' }, { tracing: 'Active' }],
    ['log-format', { 'log-format': 'Text' }, { logging: { format: 'Text' } }],
    ['log-group', { 'log-group': '/orders/api' }, { logging: { logGroup: '/orders/api' } }],
    [
      'log levels with log-format JSON',
      { 'log-format': 'JSON', 'application-log-level': 'TRACE', 'system-log-level': 'WARN' },
      { logging: { format: 'JSON', applicationLogLevel: 'TRACE', systemLogLevel: 'WARN' } },
    ],
    ['snap-start', { 'snap-start': 'PublishedVersions' }, { snapStart: 'PublishedVersions' }],
    [
      'file-systems',
      { 'file-systems': `${ACCESS_POINT}=/mnt/data` },
      { fileSystems: [{ arn: ACCESS_POINT, localMountPath: '/mnt/data' }] },
    ],
    ['file-systems none', { 'file-systems': 'none' }, { fileSystems: [] }],
    ['kms-key-arn', { 'kms-key-arn': KEY }, { kmsKeyArn: KEY }],
    ['kms-key-arn none', { 'kms-key-arn': 'none' }, { kmsKeyArn: '' }],
    [
      'image-command, image-entrypoint, image-working-directory',
      {
        source: '',
        'image-uri': IMAGE,
        'image-command': 'app.handler',
        'image-entrypoint': '/usr/bin/python3\n-m\nawslambdaric',
        'image-working-directory': '/var/task',
      },
      {
        imageConfig: {
          command: ['app.handler'],
          entryPoint: ['/usr/bin/python3', '-m', 'awslambdaric'],
          workingDirectory: '/var/task',
        },
      },
    ],
  ])('reads %s, and hasSettings is then true', (_input, inputs, expected) => {
    const settings = settingsOf(inputs);
    expect(settings).toMatchObject(expected);
    expect(hasSettings(settings)).toBe(true);
  });

  it('keeps a comma inside an image command item: one item per line', () => {
    const settings = settingsOf({
      source: '',
      'image-uri': IMAGE,
      'image-command': 'app.handler,extra',
    });
    expect(settings.imageConfig).toEqual({ command: ['app.handler,extra'] });
  });
});

describe('function settings: the rest of Lambda settings, each refusal names the input', () => {
  it.each<[string, Record<string, string>, string, string]>([
    [
      'subnet-ids without groups',
      { 'subnet-ids': SUBNET_A },
      'security-group-ids',
      'is required with subnet-ids',
    ],
    [
      'groups without subnet-ids',
      { 'security-group-ids': SG },
      'subnet-ids',
      'is required with security-group-ids',
    ],
    [
      'a bad subnet id',
      { 'subnet-ids': 'subnet-xyz', 'security-group-ids': SG },
      'subnet-ids',
      "'subnet-xyz' is not a subnet ID",
    ],
    [
      'a security group name',
      { 'subnet-ids': SUBNET_A, 'security-group-ids': 'default' },
      'security-group-ids',
      "'default' is not a security group ID",
    ],
    [
      '17 subnets',
      {
        'subnet-ids': Array.from(
          { length: 17 },
          (_, i) => `subnet-${String(i).padStart(8, '0')}`,
        ).join('\n'),
        'security-group-ids': SG,
      },
      'subnet-ids',
      'lists 17; Lambda takes at most 16',
    ],
    [
      '6 security groups',
      {
        'subnet-ids': SUBNET_A,
        'security-group-ids': Array.from(
          { length: 6 },
          (_, i) => `sg-${String(i).padStart(8, '0')}`,
        ).join(','),
      },
      'security-group-ids',
      'lists 6; Lambda takes at most 5',
    ],
    [
      'none with a list',
      { 'subnet-ids': 'none', 'security-group-ids': SG },
      'subnet-ids',
      'set both to none',
    ],
    [
      'a list with none',
      { 'subnet-ids': SUBNET_A, 'security-group-ids': 'none' },
      'security-group-ids',
      'set both to none',
    ],
    [
      'ipv6-dual-stack alone',
      { 'ipv6-dual-stack': 'true' },
      'ipv6-dual-stack',
      'needs subnet-ids and security-group-ids',
    ],
    [
      'ipv6-dual-stack not a boolean',
      { 'subnet-ids': SUBNET_A, 'security-group-ids': SG, 'ipv6-dual-stack': 'yes' },
      'ipv6-dual-stack',
      'is not true or false',
    ],
    [
      'ipv6-dual-stack when detaching',
      { 'subnet-ids': 'none', 'security-group-ids': 'none', 'ipv6-dual-stack': 'false' },
      'ipv6-dual-stack',
      'does not apply when the VPC is detached',
    ],
    [
      'a DLQ that is not SQS or SNS',
      { 'dead-letter-target-arn': 'arn:aws:s3:::bucket' },
      'dead-letter-target-arn',
      'is not an SQS queue or SNS topic ARN',
    ],
    [
      'a DLQ queue URL',
      { 'dead-letter-target-arn': 'https://sqs.eu-west-1.amazonaws.com/123456789012/dlq' },
      'dead-letter-target-arn',
      'or none to remove it',
    ],
    [
      'tracing in lower case',
      { tracing: 'active' },
      'tracing',
      'is not one of Active, PassThrough',
    ],
    ['log-format json', { 'log-format': 'json' }, 'log-format', 'is not one of Text, JSON'],
    [
      'a log group with a space',
      { 'log-group': 'orders api' },
      'log-group',
      'is not a log group name',
    ],
    [
      'application-log-level without JSON',
      { 'application-log-level': 'DEBUG' },
      'application-log-level',
      'needs log-format: JSON',
    ],
    [
      'system-log-level with Text',
      { 'log-format': 'Text', 'system-log-level': 'WARN' },
      'system-log-level',
      'needs log-format: JSON',
    ],
    [
      'an unknown application level',
      { 'log-format': 'JSON', 'application-log-level': 'VERBOSE' },
      'application-log-level',
      'is not one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL',
    ],
    [
      'a system level Lambda has not',
      { 'log-format': 'JSON', 'system-log-level': 'ERROR' },
      'system-log-level',
      'is not one of DEBUG, INFO, WARN',
    ],
    [
      'snap-start true',
      { 'snap-start': 'true' },
      'snap-start',
      'is not one of PublishedVersions, None',
    ],
    [
      'a file system without =',
      { 'file-systems': ACCESS_POINT },
      'file-systems',
      'line 1 is not <access-point-arn>=<mount-path>',
    ],
    [
      'a file system ARN, not an access point',
      {
        'file-systems':
          'arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-01234567=/mnt/data',
      },
      'file-systems',
      'EFS access point ARN',
    ],
    [
      'a mount path outside /mnt',
      { 'file-systems': `${ACCESS_POINT}=/data` },
      'file-systems',
      "'/data' is not a mount path",
    ],
    [
      'a nested mount path',
      { 'file-systems': `${ACCESS_POINT}=/mnt/a/b` },
      'file-systems',
      'is not a mount path',
    ],
    [
      'two file systems',
      { 'file-systems': `${ACCESS_POINT}=/mnt/a\n${ACCESS_POINT}=/mnt/b` },
      'file-systems',
      'at most 1',
    ],
    ['a KMS alias', { 'kms-key-arn': 'alias/orders' }, 'kms-key-arn', 'is not a KMS key ARN'],
    [
      'image-command with source',
      { 'image-command': 'app.handler' },
      'image-command',
      'applies only with image-uri',
    ],
    [
      'image-entrypoint with zip-file',
      { source: '', 'zip-file': 'app.zip', 'image-entrypoint': '/entry.sh' },
      'image-entrypoint',
      'applies only with image-uri',
    ],
    [
      'image-working-directory with source',
      { 'image-working-directory': '/var/task' },
      'image-working-directory',
      'applies only with image-uri',
    ],
    [
      'a relative working directory',
      { source: '', 'image-uri': IMAGE, 'image-working-directory': 'task' },
      'image-working-directory',
      'is not an absolute path',
    ],
  ])('refuses %s', (_problem, inputs, input, says) => {
    expect(rejected(inputs, input).message).toContain(says);
  });
});
