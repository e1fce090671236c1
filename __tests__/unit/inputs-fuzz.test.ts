// Fuzzing the input parser: whatever a workflow sets, parseInputs, isCleanup and
// parseCleanupInputs return a config or throw InputError naming one of the action's inputs,
// never anything else. Then valid generated inputs parse and come back as given.
// The parser only resolves paths (path.resolve); it touches the file system only to read
// config-file (which, in the fuzz's made-up workspace, is not there: an InputError).
import fc from 'fast-check';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  isCleanup,
  isRollback,
  parseCleanupInputs,
  parseInputs,
  parseRollbackInputs,
  type DeployConfig,
  type Environment,
} from '../../src/inputs.js';
import { INPUT_NAMES, type InputName } from '../../src/inputs/schema.js';

const WORKSPACE = path.resolve('/home/runner/work/repo/repo');
const ROLE = 'arn:aws:iam::123456789012:role/lambda-deploy';
const IMAGE = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders:v1';
const IMAGE_BY_DIGEST = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders@sha256:${'ab'.repeat(32)}`;
const layerArn = (n: number) => `arn:aws:lambda:eu-west-1:123456789012:layer:shared-${n}:${n}`;

/** Values the action takes for each input (and a few edge ones it also takes). */
const VALID: Readonly<Record<InputName, readonly string[]>> = {
  'function-name': [
    'orders-api',
    'f'.repeat(64),
    '123456789012:function:orders',
    'arn:aws:lambda:eu-west-1:123456789012:function:orders',
    'arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:orders',
  ],
  source: ['app', '.', 'build/dist', '../elsewhere', '/abs/app'],
  'zip-file': ['function.zip', 'out/app.zip'],
  'image-uri': [IMAGE, IMAGE_BY_DIGEST, 'registry.example.com:5000/team/orders:2024.1-rc'],
  include: ['src/**', '**/*.js\nlib/**', '# comment\nsrc/**'],
  exclude: ['tests/**', '*.md\n.env'],
  symlinks: ['auto', 'follow', 'error', 'preserve'],
  's3-bucket': ['artifacts', 'my.bucket-1'],
  's3-key-prefix': ['lambda-deploy/', 'builds/', 'p'.repeat(512)],
  's3-upload': ['auto', 'always', 'never'],
  's3-bucket-owner': ['123456789012'],
  publish: ['true', 'false', 'True', 'FALSE'],
  'version-description': ['release 1.2', 'v'.repeat(256)],
  alias: ['live', 'pr-1', 'a'.repeat(128), 'v1_2'],
  traffic: ['1', '10', '50', '100'],
  'function-url': ['none', 'public', 'iam'],
  'delete-alias': ['true', 'false'],
  'smoke-test': ['{}', '{"path":"/health"}', '"ping"', '[1, 2]'],
  'smoke-test-expect': ['{"statusCode":200}', 'null', '"ok"'],
  'smoke-test-after': ['true', 'false'],
  'on-interrupted': ['revert', 'resume', 'fail'],
  'traffic-interval': ['30s', '5m', '1h', '60', '21600'],
  alarms: ['orders-errors', 'orders-errors\norders-latency', 'Orders: 5xx > 1%'],
  'trigger-check': ['warn', 'fail'],
  'rollback-to': ['previous', '7', '1'],
  'keep-versions': ['1', '5', '10000'],
  'rollout-engine': ['action', 'codedeploy'],
  'codedeploy-application': ['orders', 'orders-app.v2'],
  'codedeploy-deployment-group': ['orders-live', 'g'.repeat(100)],
  'codedeploy-service-role': ['arn:aws:iam::123456789012:role/codedeploy-lambda'],
  'codedeploy-config': ['CodeDeployDefault.LambdaCanary10Percent5Minutes', 'my-config'],
  'wait-for-rollout': ['true', 'false'],
  'rollout-timeout': ['1', '900', '21600'],
  'before-traffic-hook': [
    'orders-pre-traffic',
    'arn:aws:lambda:eu-west-1:123456789012:function:hook',
  ],
  'after-traffic-hook': ['orders-post-traffic'],
  'comment-on-pr': ['true', 'false'],
  'github-token': ['ghs_0123456789'],
  'github-deployment': ['true', 'false'],
  'deployment-environment': ['production', 'pr-7', 'Preview 7', 'e'.repeat(255)],
  handler: ['index.handler', 'h'.repeat(128)],
  runtime: ['nodejs22.x', 'python3.13', 'provided.al2023'],
  'memory-size': ['128', '512', '10240'],
  timeout: ['1', '30', '900'],
  description: ['Orders API', 'd'.repeat(256)],
  role: [ROLE, 'arn:aws-cn:iam::123456789012:role/path/to/role'],
  architectures: ['x86_64', 'arm64'],
  environment: ['A=1', 'A=1\nB=x=y,z', '{"A":"1"}', '# comment\nLOG_LEVEL=debug'],
  'environment-mode': ['merge', 'replace'],
  layers: [layerArn(1), [1, 2, 3, 4].map(layerArn).join('\n'), 'none'],
  'layer-name': ['shared', 'l'.repeat(140)],
  'layer-source': ['layer', 'layers/node'],
  'layer-compatible-runtimes': ['nodejs22.x', 'nodejs22.x, python3.13'],
  'layer-compatible-architectures': ['x86_64', 'x86_64,arm64'],
  'ephemeral-storage': ['512', '10240'],
  'runtime-config': [
    '{"RuntimeArn": "arn:aws:lambda:eu-west-1:123456789012:runtime/python-cmr", "RuntimeAlias": "stable"}',
  ],
  'accelerator-memory-size': ['3', '24', '48'],
  'file-system-direct-s3-read': ['AUTO', 'ENABLED', 'DISABLED'],
  tags: ['team=core', 'team=core\nowner=x=y'],
  'subnet-ids': ['subnet-0a1b2c3d4e5f60718', 'subnet-1b2c3d4e\nsubnet-0a1b2c3d', 'none'],
  'security-group-ids': ['sg-0123456789abcdef0', 'sg-89abcdef, sg-01234567', 'none'],
  'ipv6-dual-stack': ['true', 'false'],
  'dead-letter-target-arn': [
    'arn:aws:sqs:eu-west-1:123456789012:orders-dlq',
    'arn:aws:sns:eu-west-1:123456789012:orders-failures',
    'none',
  ],
  tracing: ['Active', 'PassThrough'],
  'durable-config': [
    '{"ExecutionTimeout":3600}',
    '{"ExecutionTimeout":31622400,"RetentionPeriodInDays":90}',
    '{"RetentionPeriodInDays":1,"KMSKeyArn":"arn:aws:kms:eu-west-1:123456789012:key/abc-123"}',
  ],
  'capacity-provider-config': [
    '{"LambdaManagedInstancesCapacityProviderConfig":{"CapacityProviderArn":"arn:aws:lambda:eu-west-1:123456789012:capacity-provider:fleet-1"}}',
    '{"LambdaManagedInstancesCapacityProviderConfig":{"CapacityProviderArn":"arn:aws:lambda:eu-west-1:123456789012:capacity-provider:fleet-1","PerExecutionEnvironmentMaxConcurrency":10,"ExecutionEnvironmentMemoryGiBPerVCpu":2}}',
  ],
  'scaling-config': [
    '{"MinExecutionEnvironments":1,"MaxExecutionEnvironments":10}',
    '{"MaxExecutionEnvironments":3}',
    '{"MinExecutionEnvironments":0}',
  ],
  'tenant-isolation': ['per-tenant', 'none'],
  'smoke-test-tenant-id': ['blue', 'tenant-1', 'org/team:a@b'],
  'log-format': ['Text', 'JSON'],
  'log-group': ['/aws/lambda/orders', '/orders/api', 'l'.repeat(512)],
  'application-log-level': ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'],
  'system-log-level': ['DEBUG', 'INFO', 'WARN'],
  'snap-start': ['PublishedVersions', 'None'],
  'file-systems': [
    'arn:aws:elasticfilesystem:eu-west-1:123456789012:access-point/fsap-0123456789abcdef0=/mnt/data',
    'none',
  ],
  'kms-key-arn': [
    'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'none',
  ],
  'image-command': ['app.handler', 'node\nindex.js'],
  'image-entrypoint': ['/lambda-entrypoint.sh', '/usr/bin/python3\n-m\nawslambdaric'],
  'image-working-directory': ['/var/task', '/app'],
  'tags-mode': ['merge', 'replace'],
  'reserved-concurrency': ['0', '100', '1000', 'none'],
  // With no alias it is refused (naming the input): the fuzzer reaches both.
  'provisioned-concurrency': ['1', '10000'],
  'code-signing-config-arn': [
    'arn:aws:lambda:eu-west-1:123456789012:code-signing-config:csc-0123456789abcdef0',
    'none',
  ],
  // With function-url none, the URL ones are refused (naming the input): the fuzzer reaches both.
  'code-storage': ['copy', 'reference'],
  'function-url-invoke-mode': ['BUFFERED', 'RESPONSE_STREAM'],
  'function-url-cors': [
    '{"AllowOrigins":["https://example.com"],"AllowMethods":["GET","POST"],"MaxAge":300}',
    '{"AllowCredentials":true,"AllowHeaders":["x-trace"],"ExposeHeaders":["etag"]}',
    '{}',
  ],
  'async-invoke-config': [
    '{"MaximumRetryAttempts":0}',
    '{"MaximumRetryAttempts":2,"MaximumEventAgeInSeconds":3600,"DestinationConfig":{"OnFailure":{"Destination":"arn:aws:sqs:eu-west-1:123456789012:failed"}}}',
  ],
  'recursive-loop': ['terminate', 'allow'],
  'runtime-update': ['auto', 'function-update', 'manual'],
  'runtime-version-arn': [
    'arn:aws:lambda:eu-west-1::runtime:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  ],
  'create-if-missing': ['true', 'false'],
  'dry-run': ['true', 'false'],
  'skip-unchanged': ['true', 'false'],
  'wait-timeout': ['1', '600', '21600'],
  'request-timeout': ['1', '60', '3600'],
  region: ['eu-west-1', 'us-gov-west-1', 'us-isob-east-1', 'cn-north-1'],
  'config-file': ['lambda.yml', 'config/function.json', 'settings'],
  // The fleet's inputs: parseFleet reads them; parseInputs, for one target, does not.
  manifest: ['deploy/functions.yml', 'fleet.json'],
  regions: ['eu-west-1', 'eu-west-1\nus-east-1'],
  'max-parallel': ['1', '4', '32'],
  'manifest-group': ['billing', 'orders'],
};

/** Pieces that matter to some parser: separators, JSON, ARN parts, numbers, prototype keys. */
const TOKENS = [
  '=',
  ',',
  '{',
  '}',
  '"',
  ':',
  '/',
  '..',
  '!',
  '#',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\\',
  '@',
  '__proto__',
  'constructor',
  'true',
  'false',
  '0',
  '-1',
  '1e3',
  '.5',
  'arn:aws:',
  'lambda',
  'layer',
  'function',
  'iam::',
  'role/',
  '123456789012',
  'eu-west-1',
  'sha256',
  'ü',
  '😀',
  '\u0000',
];

const arbitraryText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.json({ maxDepth: 2 }),
  fc.string({ maxLength: 5 }).map((text) => text.repeat(100)),
);

const numericText = fc.oneof(
  fc.integer({ min: -100, max: 30_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.nat(99_999).map((n) => `0${n}`),
);

/** Anything for `name`: empty, a value the action takes, several of them, or junk. */
function valueFor(name: InputName): fc.Arbitrary<string> {
  const valid = VALID[name];
  return fc.oneof(
    fc.constant(''),
    fc.constantFrom(...valid),
    fc
      .array(fc.constantFrom(...valid), { minLength: 2, maxLength: 7 })
      .map((lines) => lines.join('\n')),
    arbitraryText,
    numericText,
  );
}

/** [unset, set] odds of each input: function-name and source mostly set, the others seldom. */
const ODDS: Readonly<Partial<Record<InputName, readonly [number, number]>>> = {
  'function-name': [1, 9],
  source: [1, 5],
  // Inputs valid only with another (a VPC needs both lists, log levels need JSON logs, image-*
  // needs image-uri): set seldom, so that enough cases parse.
  'subnet-ids': [60, 1],
  'security-group-ids': [60, 1],
  'ipv6-dual-stack': [60, 1],
  'application-log-level': [60, 1],
  'system-log-level': [60, 1],
  'image-command': [60, 1],
  'image-entrypoint': [60, 1],
  'image-working-directory': [60, 1],
  // Needs alias, and traffic 100.
  'provisioned-concurrency': [60, 1],
  // Only with an S3 Files access point in file-systems.
  'file-system-direct-s3-read': [60, 1],
  // CodeDeploy's inputs need rollout-engine: codedeploy (and alias, application and group).
  'codedeploy-application': [20, 1],
  'codedeploy-deployment-group': [20, 1],
  'codedeploy-service-role': [20, 1],
  'codedeploy-config': [20, 1],
  'rollout-timeout': [20, 1],
  'before-traffic-hook': [20, 1],
  'after-traffic-hook': [20, 1],
  // Its file is never there in the made-up workspace: set, it always fails.
  'config-file': [60, 1],
  // Need function-url; reference needs s3-bucket; manual and the version ARN need each other.
  'function-url-invoke-mode': [60, 1],
  'function-url-cors': [60, 1],
  'code-storage': [60, 1],
  'runtime-update': [60, 1],
  'runtime-version-arn': [60, 1],
};

/** Inputs set to values the action takes, a few besides function-name and source; the others unset. */
const someValidInputs = fc.record(
  Object.fromEntries(
    INPUT_NAMES.map((name) => {
      const [unset, set] = ODDS[name] ?? [6, 1];
      return [
        name,
        fc.oneof(
          { weight: unset, arbitrary: fc.constant('') },
          { weight: set, arbitrary: fc.constantFrom(...VALID[name]) },
        ),
      ];
    }),
  ),
  { requiredKeys: [] },
);

/** Up to three inputs, any of them, set to anything valueFor makes. */
const someAnyInputs = fc
  .array(
    fc.constantFrom(...INPUT_NAMES).chain((name) => fc.tuple(fc.constant(name), valueFor(name))),
    { maxLength: 3 },
  )
  .map((entries) => Object.fromEntries(entries));

/**
 * Inputs as a workflow may set them; unset ones read as ''. Mostly a few valid ones and then
 * a few of anything (so that the parse gets deep before it meets the junk), sometimes every
 * input set to anything.
 */
const anyInputs: fc.Arbitrary<Record<string, string | undefined>> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(someValidInputs, someAnyInputs)
      .map(([valid, junk]) => ({ ...valid, ...junk })),
  },
  {
    weight: 1,
    arbitrary: fc.record(Object.fromEntries(INPUT_NAMES.map((name) => [name, valueFor(name)])), {
      requiredKeys: [],
    }),
  },
);

const optionalText = (valid: readonly string[]) =>
  fc.option(fc.oneof(fc.constantFrom(...valid), arbitraryText), { nil: undefined });

const anyEnvironment: fc.Arbitrary<Environment> = fc.record(
  {
    AWS_REGION: optionalText(['eu-west-1', 'us-east-1', '']),
    AWS_DEFAULT_REGION: optionalText(['ap-southeast-2']),
    GITHUB_WORKSPACE: optionalText([WORKSPACE, '.', '']),
    GITHUB_TOKEN: optionalText(['ghs_env']),
    GITHUB_SHA: optionalText(['0123456789abcdef0123456789abcdef01234567']),
    GITHUB_REF: optionalText(['refs/heads/main', 'refs/pull/7/merge']),
    GITHUB_RUN_ID: optionalText(['123456']),
    GITHUB_RUN_ATTEMPT: optionalText(['1']),
  },
  { requiredKeys: [] },
);

/** What @actions/core's getInput gives: trimmed, '' when unset (or, to be hard, untrimmed). */
function reader(inputs: Readonly<Record<string, string | undefined>>, trim: boolean) {
  return (name: string): string => {
    const value = inputs[name] ?? '';
    return trim ? value.trim() : value;
  };
}

/** Fails unless `error` is an InputError that names an input of the action. */
function expectOurInputError(error: unknown): InputError {
  if (!(error instanceof InputError)) {
    const described = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`threw something other than InputError: ${described}`);
  }
  expect(INPUT_NAMES).toContain(error.input);
  expect(error.message.startsWith(`Input '${error.input}': `)).toBe(true);
  expect(error.name).toBe('InputError');
  return error;
}

/** Runs `work`; a returned value or our InputError are the only outcomes allowed. */
function outcomeOf<T>(work: () => T): { value: T } | { error: InputError } {
  try {
    return { value: work() };
  } catch (error) {
    return { error: expectOurInputError(error) };
  }
}

/** Cases run, per property, for the report at the end. */
const runs = new Map<string, number>();
const count = (property: string) => runs.set(property, (runs.get(property) ?? 0) + 1);

afterAll(() => {
  const total = [...runs.values()].reduce((sum, n) => sum + n, 0);
  console.info(
    `inputs-fuzz: ${total} cases (${[...runs].map(([p, n]) => `${p} ${n}`).join(', ')})`,
  );
});

describe('the input parser under arbitrary inputs', () => {
  it('has valid values for each input of the schema (the schema writes action.yml)', () => {
    expect(Object.keys(VALID).sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('parseInputs returns a config or throws InputError naming an input, and reaches every input', () => {
    const outcomes = { parsed: 0, rejected: new Map<string, number>() };
    fc.assert(
      fc.property(anyInputs, anyEnvironment, fc.boolean(), (inputs, env, trim) => {
        count('parseInputs');
        const read = reader(inputs, trim);
        const outcome = outcomeOf(() => parseInputs(read, env));
        if ('error' in outcome) {
          const { input } = outcome.error;
          outcomes.rejected.set(input, (outcomes.rejected.get(input) ?? 0) + 1);
          return;
        }
        outcomes.parsed++;
        expect(outcome.value.functionName).toBe(read('function-name'));
        expect(outcome.value.region).toMatch(/^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+$/);
      }),
      { numRuns: 5000 },
    );
    // The fuzz is worth something only if it gets past the first inputs: some cases parse,
    // and the errors name many different inputs, not just function-name.
    // (About 0.75% parsed with the ~100 inputs of issue 25, fewer as inputs that reject junk
    // were added, and 38 or more of the inputs are named.)
    expect(outcomes.parsed).toBeGreaterThan(20);
    expect(outcomes.rejected.size).toBeGreaterThanOrEqual(30);
  });

  it('isCleanup and parseCleanupInputs return or throw InputError naming an input', () => {
    fc.assert(
      fc.property(anyInputs, anyEnvironment, fc.boolean(), (inputs, env, trim) => {
        count('cleanup');
        const read = reader(inputs, trim);
        const cleanup = outcomeOf(() => isCleanup(read));
        if ('error' in cleanup) {
          expect(cleanup.error.input).toBe('delete-alias');
          return;
        }
        expect(typeof cleanup.value).toBe('boolean');
        const parsed = outcomeOf(() => parseCleanupInputs(read, env));
        if ('value' in parsed) expect(parsed.value.alias).toBe(read('alias'));
      }),
      { numRuns: 1500 },
    );
  });

  it('isRollback and parseRollbackInputs return or throw InputError naming an input', () => {
    const outcomes = { parsed: 0, rejected: 0 };
    fc.assert(
      fc.property(
        anyInputs,
        anyEnvironment,
        fc.boolean(),
        fc.boolean(),
        (given, env, trim, base) => {
          count('rollback');
          // Half the cases start from a valid rollback, so that many get past the first inputs.
          const inputs = base ? { 'rollback-to': 'previous', alias: 'live', ...given } : given;
          const read = reader(inputs, trim);
          if (!isRollback(read)) return;
          const parsed = outcomeOf(() => parseRollbackInputs(read, env));
          if ('error' in parsed) {
            outcomes.rejected++;
            return;
          }
          outcomes.parsed++;
          expect(parsed.value.alias).toBe(read('alias'));
          expect(parsed.value.target).toMatch(/^(previous|[1-9]\d*)$/);
        },
      ),
      { numRuns: 1500 },
    );
    expect(outcomes.rejected).toBeGreaterThan(0);
    expect(outcomes.parsed).toBeGreaterThan(0);
  });

  it('one arbitrary value over otherwise valid inputs: a config or an InputError', () => {
    const base: Record<string, string> = { 'function-name': 'orders-api', source: 'app' };
    fc.assert(
      fc.property(
        fc.constantFrom(...INPUT_NAMES),
        fc.oneof(arbitraryText, numericText),
        fc.boolean(),
        (name, value, trim) => {
          count('one bad value');
          const read = reader({ ...base, [name]: value }, trim);
          outcomeOf(() => parseInputs(read, { AWS_REGION: 'eu-west-1' }));
          outcomeOf(() => parseCleanupInputs(read, { AWS_REGION: 'eu-west-1' }));
          outcomeOf(() =>
            parseRollbackInputs(
              reader({ ...base, alias: 'live', 'rollback-to': 'previous', [name]: value }, trim),
              { AWS_REGION: 'eu-west-1' },
            ),
          );
        },
      ),
      { numRuns: 1500 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// Valid inputs, generated from the rules, parse without error and come back as given.

interface ValidCase {
  readonly inputs: Record<string, string>;
  readonly env: Environment;
  /** What the config must hold, checked with toMatchObject. */
  readonly expected: Record<string, unknown>;
}

const envKey = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,15}$/);
/** Tag keys: 1 to 128 characters, no '=' (the line's first '=' ends the key). __proto__ is a known bug. */
const tagKey = fc
  .stringMatching(/^[a-zA-Z0-9_.:/+@-][a-zA-Z0-9 _.:/+@-]{0,40}[a-zA-Z0-9_.:/+@-]$/)
  .filter((key) => key !== '__proto__');
/** A value as a line holds it: no line break, nothing getInput's trim would take off. */
const lineValue = fc
  .string({ unit: 'grapheme', maxLength: 30 })
  .filter((value) => !/[\r\n]/.test(value) && value === value.trim());

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const validCase: fc.Arbitrary<ValidCase> = fc
  .record({
    name: fc.stringMatching(/^[a-zA-Z0-9_-]{1,64}$/),
    arnRegion: optional(fc.constantFrom('eu-west-1', 'us-gov-west-1', 'ap-southeast-2')),
    region: optional(fc.constantFrom('eu-west-1', 'us-east-1', 'cn-north-1')),
    code: fc.oneof(
      fc.record({
        kind: fc.constant('directory' as const),
        path: fc.constantFrom('app', 'build/dist', '.', '../up'),
        include: fc.array(fc.constantFrom('src/**', '*.js', '.well-known/**'), { maxLength: 3 }),
        exclude: fc.array(fc.constantFrom('tests/**', '*.md', 'node_modules/.cache'), {
          maxLength: 3,
        }),
      }),
      fc.record({
        kind: fc.constant('zip-file' as const),
        path: fc.constantFrom('function.zip', 'out/app.zip'),
      }),
      fc.record({
        kind: fc.constant('image' as const),
        uri: fc.constantFrom(IMAGE, IMAGE_BY_DIGEST),
      }),
    ),
    symlinks: optional(
      fc.constantFrom('auto' as const, 'follow' as const, 'error' as const, 'preserve' as const),
    ),
    memorySize: optional(fc.integer({ min: 128, max: 10_240 })),
    timeout: optional(fc.integer({ min: 1, max: 900 })),
    ephemeralStorage: optional(fc.integer({ min: 512, max: 10_240 })),
    waitTimeout: optional(fc.integer({ min: 1, max: 21_600 })),
    alias: optional(
      fc.stringMatching(/^[a-zA-Z0-9_-]{1,128}$/).filter((alias) => !/^\d+$/.test(alias)),
    ),
    traffic: fc.integer({ min: 1, max: 100 }),
    publish: fc.boolean(),
    keepVersions: optional(fc.integer({ min: 1, max: 10_000 })),
    functionUrl: fc.constantFrom('none' as const, 'public' as const, 'iam' as const),
    versionDescription: optional(fc.string({ minLength: 1, maxLength: 256 })),
    handler: optional(fc.stringMatching(/^[a-z][a-z0-9_.]{0,40}$/)),
    runtime: optional(fc.constantFrom('nodejs22.x', 'python3.13', 'java21', 'provided.al2023')),
    description: optional(fc.string({ maxLength: 256 })),
    role: optional(fc.constantFrom(ROLE, 'arn:aws-cn:iam::123456789012:role/a/b')),
    architecture: optional(fc.constantFrom('x86_64' as const, 'arm64' as const)),
    environment: optional(
      fc.dictionary(envKey, lineValue, { minKeys: 1, maxKeys: 8, noNullPrototype: true }),
    ),
    environmentAsJson: fc.boolean(),
    environmentMode: fc.constantFrom('merge' as const, 'replace' as const),
    tags: optional(
      fc.dictionary(tagKey, lineValue, { minKeys: 1, maxKeys: 8, noNullPrototype: true }),
    ),
    layers: optional(
      fc.uniqueArray(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 }),
    ),
    layer: optional(
      fc.record({
        name: fc.stringMatching(/^[a-zA-Z0-9_-]{1,140}$/),
        source: fc.constantFrom('layer', 'layers/node'),
        runtimes: fc.uniqueArray(fc.constantFrom('nodejs20.x', 'nodejs22.x', 'python3.13'), {
          maxLength: 3,
        }),
        architectures: fc.uniqueArray(fc.constantFrom('x86_64', 'arm64'), { maxLength: 2 }),
      }),
    ),
    bucket: optional(fc.constantFrom('artifacts', 'my.bucket-1', 'a1b')),
    upload: fc.constantFrom('auto' as const, 'always' as const, 'never' as const),
    keyPrefix: optional(fc.constantFrom('builds/', 'x', 'a/b/c/')),
    bucketOwner: optional(fc.constant('123456789012')),
    commentToken: optional(fc.constantFrom('ghs_input', 'ghs_other')),
    deployment: optional(
      fc.record({
        environment: optional(fc.constantFrom('production', 'pr-7', 'Preview 7', 'e'.repeat(255))),
      }),
    ),
    createIfMissing: fc.boolean(),
    dryRun: optional(fc.boolean()),
    skipUnchanged: optional(fc.boolean()),
    spaces: fc.constantFrom('', ' ', '\n'),
  })
  .map((c): ValidCase => {
    const image = c.code.kind === 'image';
    // Keep the rules: an image takes no zip-only inputs, traffic below 100 and a PR comment
    // need an alias, s3-upload always needs a bucket, create-if-missing needs what it creates with.
    const alias = c.alias ?? (c.commentToken === undefined ? undefined : 'preview');
    const traffic = alias === undefined ? 100 : c.traffic;
    const layer = image ? undefined : c.layer;
    const layers = image ? undefined : c.layers?.slice(0, layer === undefined ? 5 : 4);
    const runtime = image
      ? undefined
      : (c.runtime ?? (c.createIfMissing ? 'nodejs22.x' : undefined));
    const handler = image
      ? undefined
      : (c.handler ?? (c.createIfMissing ? 'index.handler' : undefined));
    const role = c.role ?? (c.createIfMissing ? ROLE : undefined);
    const bucket = image
      ? undefined
      : (c.bucket ?? (c.upload === 'always' ? 'artifacts' : undefined));
    const upload = image && c.upload === 'always' ? 'auto' : c.upload;
    const envText =
      c.environment === undefined
        ? undefined
        : c.environmentAsJson
          ? JSON.stringify(c.environment)
          : Object.entries(c.environment)
              .map(([key, value]) => `${key}=${value}`)
              .join('\n');
    const set: Record<string, string | undefined> = {
      'function-name':
        c.arnRegion === undefined
          ? c.name
          : `arn:aws:lambda:${c.arnRegion}:123456789012:function:${c.name}`,
      region: c.arnRegion === undefined ? c.region : undefined,
      source: c.code.kind === 'directory' ? c.code.path : undefined,
      'zip-file': c.code.kind === 'zip-file' ? c.code.path : undefined,
      'image-uri': c.code.kind === 'image' ? c.code.uri : undefined,
      include: c.code.kind === 'directory' ? c.code.include.join('\n') : undefined,
      exclude: c.code.kind === 'directory' ? c.code.exclude.join('\n') : undefined,
      symlinks: c.symlinks,
      'memory-size': c.memorySize?.toString(),
      timeout: c.timeout?.toString(),
      'ephemeral-storage': c.ephemeralStorage?.toString(),
      'wait-timeout': c.waitTimeout?.toString(),
      alias,
      traffic: traffic.toString(),
      publish: c.publish.toString(),
      // keep-versions prunes after a release: only with one.
      'keep-versions': c.publish || alias !== undefined ? c.keepVersions?.toString() : undefined,
      'function-url': c.functionUrl,
      'version-description': c.versionDescription,
      handler,
      runtime,
      description: c.description,
      role,
      architectures: c.architecture,
      environment: envText,
      'environment-mode': c.environmentMode,
      tags:
        c.tags === undefined
          ? undefined
          : Object.entries(c.tags)
              .map(([key, value]) => `${key}=${value}`)
              .join('\n'),
      layers: layers?.map(layerArn).join('\n'),
      'layer-name': layer?.name,
      'layer-source': layer?.source,
      'layer-compatible-runtimes': layer?.runtimes.join(','),
      'layer-compatible-architectures': layer?.architectures.join('\n'),
      's3-bucket': bucket,
      's3-upload': upload,
      's3-key-prefix': c.keyPrefix,
      's3-bucket-owner': c.bucketOwner,
      'comment-on-pr': c.commentToken === undefined ? 'false' : 'true',
      'github-token': c.commentToken ?? (c.deployment === undefined ? undefined : 'ghs_deploy'),
      'github-deployment': c.deployment === undefined ? undefined : 'true',
      'deployment-environment': c.deployment?.environment,
      'create-if-missing': c.createIfMissing.toString(),
      'dry-run': c.dryRun?.toString(),
      'skip-unchanged': c.skipUnchanged?.toString(),
    };
    const inputs: Record<string, string> = {};
    for (const [name, value] of Object.entries(set)) {
      // Untrimmed as a workflow may write it; the reader trims, as getInput does.
      if (value !== undefined) inputs[name] = `${c.spaces}${value}${c.spaces}`;
    }
    const directory =
      c.code.kind === 'directory'
        ? {
            kind: 'directory',
            path: path.resolve(WORKSPACE, c.code.path),
            include: c.code.include,
            exclude: c.code.exclude,
            symlinks: c.symlinks ?? 'auto',
          }
        : undefined;
    const expected: Record<string, unknown> = {
      functionName: set['function-name'],
      region: c.arnRegion ?? c.region ?? 'eu-west-1',
      code:
        directory ??
        (c.code.kind === 'zip-file'
          ? {
              kind: 'zip-file',
              path: path.resolve(WORKSPACE, c.code.path),
              symlinks: c.symlinks ?? 'auto',
            }
          : { kind: 'image', uri: set['image-uri'] }),
      s3: {
        bucket,
        keyPrefix: c.keyPrefix ?? 'lambda-deploy/',
        upload,
        bucketOwner: c.bucketOwner,
      },
      skipUnchanged: c.skipUnchanged ?? true,
      waitTimeoutSeconds: c.waitTimeout ?? 600,
      release: {
        publish: c.publish || alias !== undefined,
        alias,
        traffic,
        keepVersions: c.publish || alias !== undefined ? c.keepVersions : undefined,
        functionUrl: c.functionUrl,
        // An empty one falls back to the default, made from GITHUB_* (none here).
        versionDescription: c.versionDescription?.trim() || 'Deployed by lambda-deploy',
      },
      prComment: c.commentToken === undefined ? undefined : { token: c.commentToken },
      githubDeployment:
        c.deployment === undefined
          ? undefined
          : {
              token: c.commentToken ?? 'ghs_deploy',
              environment: c.deployment.environment ?? alias ?? 'lambda',
            },
      settings: {
        handler,
        runtime,
        memorySize: c.memorySize,
        timeout: c.timeout,
        description: c.description?.trim() === '' ? undefined : c.description?.trim(),
        role,
        architecture: c.architecture,
        environment: c.environment,
        environmentMode: c.environmentMode,
        layers: layers?.map(layerArn),
        ephemeralStorage: c.ephemeralStorage,
        tags: c.tags,
      },
      layer:
        layer === undefined
          ? undefined
          : {
              name: layer.name,
              source: { kind: 'directory', path: path.resolve(WORKSPACE, layer.source) },
              compatibleRuntimes: layer.runtimes,
              compatibleArchitectures: layer.architectures,
            },
      createIfMissing: c.createIfMissing,
      dryRun: c.dryRun ?? false,
    };
    return { inputs, env: { AWS_REGION: 'eu-west-1', GITHUB_WORKSPACE: WORKSPACE }, expected };
  });

describe('the input parser under valid generated inputs', () => {
  it('parses them without error and gives back what was set', () => {
    fc.assert(
      fc.property(validCase, ({ inputs, env, expected }) => {
        count('valid');
        let config: DeployConfig;
        try {
          config = parseInputs(reader(inputs, true), env);
        } catch (error) {
          throw new Error(
            `valid inputs rejected: ${error instanceof Error ? error.message : String(error)}\n` +
              JSON.stringify(inputs, null, 2),
          );
        }
        expect(config).toMatchObject(expected);
        // Exactly these variables and tags, no more: nothing is added or dropped.
        expect(Object.keys(config.settings.environment ?? {}).sort()).toEqual(
          Object.keys((expected['settings'] as { environment?: object }).environment ?? {}).sort(),
        );
        expect(Object.keys(config.settings.tags ?? {}).sort()).toEqual(
          Object.keys((expected['settings'] as { tags?: object }).tags ?? {}).sort(),
        );
        expect(config.settings.memorySize).toBe(
          inputs['memory-size'] === undefined ? undefined : Number(inputs['memory-size'].trim()),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('parses valid cleanup inputs and gives back the alias and region', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-zA-Z0-9_-]{1,64}$/),
        fc.stringMatching(/^[a-zA-Z0-9_-]{1,128}$/).filter((alias) => !/^\d+$/.test(alias)),
        optional(fc.constantFrom('eu-west-1', 'us-east-1')),
        optional(fc.constantFrom('ghs_input')),
        optional(fc.constantFrom('production', 'Preview 7')),
        fc.boolean(),
        (name, alias, region, token, environment, deploymentRecorded) => {
          count('valid cleanup');
          const inputs: Record<string, string> = {
            'function-name': name,
            alias,
            'delete-alias': 'true',
            ...(region === undefined ? {} : { region }),
            ...(token === undefined ? {} : { 'comment-on-pr': 'true', 'github-token': token }),
            ...(deploymentRecorded
              ? {
                  'github-deployment': 'true',
                  'github-token': token ?? 'ghs_deploy',
                  ...(environment === undefined ? {} : { 'deployment-environment': environment }),
                }
              : {}),
          };
          const read = reader(inputs, true);
          expect(isCleanup(read)).toBe(true);
          expect(parseCleanupInputs(read, { AWS_REGION: 'ap-southeast-2' })).toEqual({
            functionName: name,
            region: region ?? 'ap-southeast-2',
            alias,
            prComment: token === undefined ? undefined : { token },
            githubDeployment: deploymentRecorded
              ? { token: token ?? 'ghs_deploy', environment: environment ?? alias }
              : undefined,
            requestTimeoutSeconds: 60,
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('keys named like Object.prototype members', () => {
  it('rejects the JSON environment key __proto__', () => {
    const read = reader(
      { 'function-name': 'orders-api', source: 'app', environment: '{"__proto__": "x"}' },
      true,
    );
    const error = outcomeOf(() => parseInputs(read, { AWS_REGION: 'eu-west-1' }));
    expect(error).toMatchObject({ error: { input: 'environment' } });
  });

  it('keeps the tag __proto__, a key Lambda accepts, instead of dropping it', () => {
    const read = reader(
      { 'function-name': 'orders-api', source: 'app', tags: '__proto__=x\nteam=payments' },
      true,
    );
    const config = parseInputs(read, { AWS_REGION: 'eu-west-1' });
    expect(Object.entries(config.settings.tags ?? {})).toEqual([
      ['__proto__', 'x'],
      ['team', 'payments'],
    ]);
  });
});
