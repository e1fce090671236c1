// The table of every-bad-input-*.test.ts: every input of action.yml with the invalid values
// that apply to it: empty where required, wrong type, out of range, unknown word, a path that
// is not there, malformed, too long, and the combinations that conflict. Each run of
// dist/index.js must fail with one error naming the input before it sends anything to AWS.
// The workspace the rows run in, with each path a row names, is written here too.
import { mkdir, open, symlink } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { uniqueFunctionName } from '../aws.js';
import { writeFiles } from '../temp-dir.js';
import type { InputName } from '../../../src/inputs/schema.js';

export type Inputs = Readonly<Partial<Record<InputName, string>>>;

export interface BadInput {
  /** The input the one error message must name, as `Input '<input>': ...`. */
  readonly input: InputName;
  readonly problem: string;
  /** Set over function-name and source: app (and action.yml's defaults). */
  readonly inputs: Inputs;
  /** What the message must also say: what is accepted, or what is wrong. */
  readonly says: string;
  /** More environment for the step (an empty AWS_REGION, say). */
  readonly env?: Readonly<Record<string, string>>;
}

/** The function every row deploys, by name. */
export const FUNCTION = uniqueFunctionName('every-bad-input');
const ARN_US_EAST_1 = `arn:aws:lambda:us-east-1:123456789012:function:${FUNCTION}`;
const ROLE = 'arn:aws:iam::123456789012:role/lambda-deploy';
const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:v1';
const layerArn = (n: number) => `arn:aws:lambda:us-east-1:123456789012:layer:shared-${n}:1`;

/** Lambda's limit for a zip in the request itself. */
const DIRECT_UPLOAD_LIMIT = 52_428_800;

const ZIP = { source: '', 'zip-file': 'function.zip' } as const;
const IMAGE_ONLY = { source: '', 'image-uri': IMAGE } as const;
const LAYER = { 'layer-name': 'shared', 'layer-source': 'layer' } as const;
const CODEDEPLOY = {
  alias: 'live',
  'rollout-engine': 'codedeploy',
  'codedeploy-application': 'orders',
  'codedeploy-deployment-group': 'orders-live',
} as const;

function shown(value: string): string {
  return value.length > 40 ? `${value.length} characters` : JSON.stringify(value);
}

/** One row for each of `values` of `input`, over `base`. */
function badValues(
  input: InputName,
  says: string,
  values: readonly string[],
  base: Inputs = {},
): BadInput[] {
  return values.map((value) => ({
    input,
    problem: `${input} is ${shown(value)}`,
    inputs: { ...base, [input]: value },
    says,
  }));
}

const NOT_BOOLEAN = 'is not true or false';
const AT_MOST_64 =
  'a function name (letters, digits, - and _; at most 64), a partial ARN or an ARN';
const NOT_IMAGE_URI = 'is not an image URI such as <account>.dkr.ecr.<region>.amazonaws.com';
const ONLY_ONE = "set only one of 'source' (a directory), 'zip-file' (a .zip) and 'image-uri'";
const NOT_WITH_IMAGE = 'does not apply with image-uri';
const NOT_BUCKET = "is not a bucket name (3 to 63 lower-case letters, digits, '.' and '-')";
const NOT_ALIAS = "is not an alias name: letters, digits, '-' and '_', not all digits, at most 128";
const NOT_ROLE = 'is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)';
const NOT_RUNTIME = 'is not a Lambda runtime identifier such as nodejs22.x';
const NOT_LAYER_ARN = 'is not a layer version ARN (arn:aws:lambda:<region>:<account>:layer:';
const NOT_REGION = 'is not an AWS region name such as eu-west-1';
const NOT_PAIR = (line: number, key: string) =>
  `line ${line} is not KEY=VALUE with a valid key (${key})`;
const VARIABLE_KEY = 'a letter, then letters, digits and _';
const TAG_KEY = '1 to 128 characters';
const NEEDS_LAYER = 'needs layer-name and layer-source';
const CREATE_ZIP = 'is required with create-if-missing: true, to create a zip function';

export const ROWS: readonly BadInput[] = [
  // function-name: required, a name, a partial ARN or an unqualified ARN.
  {
    input: 'function-name',
    problem: 'function-name is empty',
    inputs: { 'function-name': '' },
    says: `is required: ${AT_MOST_64}`,
  },
  ...badValues('function-name', AT_MOST_64, [
    'orders api',
    'orders/api',
    'f'.repeat(65),
    'arn:aws:lambda:nowhere:123456789012:function:orders',
    'arn:aws:s3:::my-bucket',
    '123:function:orders',
  ]),
  ...badValues('function-name', 'names a version or alias; give the function without a qualifier', [
    'orders-api:live',
    `${ARN_US_EAST_1}:7`,
  ]),
  {
    input: 'function-name',
    problem: 'function-name is empty with delete-alias',
    inputs: { 'function-name': '', 'delete-alias': 'true', alias: 'pr-1' },
    says: `is required: ${AT_MOST_64}`,
  },

  // source: required unless zip-file or image-uri; a directory that holds files.
  {
    input: 'source',
    problem: 'source, zip-file and image-uri are all empty',
    inputs: { source: '' },
    says: "is required: set 'source' (a directory) or 'zip-file' (a .zip)",
  },
  {
    input: 'source',
    problem: 'source does not exist',
    inputs: { source: 'missing' },
    says: 'cannot be read: it does not exist',
  },
  {
    input: 'source',
    problem: 'source is a file',
    inputs: { source: 'notes.txt' },
    says: 'is not a directory',
  },
  {
    input: 'source',
    problem: 'source is an empty directory',
    inputs: { source: 'empty' },
    says: 'holds no files to package',
  },
  {
    input: 'source',
    problem: 'source and zip-file are both set',
    inputs: { 'zip-file': 'function.zip' },
    says: ONLY_ONE,
  },
  {
    input: 'source',
    problem: 'source and image-uri are both set',
    inputs: { 'image-uri': IMAGE },
    says: ONLY_ONE,
  },
  {
    input: 'source',
    problem: 'source, zip-file and image-uri are all set',
    inputs: { 'zip-file': 'function.zip', 'image-uri': IMAGE },
    says: "got 'source' and 'zip-file' and 'image-uri'",
  },
  {
    input: 'source',
    problem: 'source holds a link pointing outside it',
    inputs: { source: 'links-out' },
    says: 'points outside the source directory',
  },
  {
    input: 'source',
    problem: 'source holds a dangling link',
    inputs: { source: 'links-dangling' },
    says: 'cannot be followed: it does not exist',
  },

  // zip-file: a readable, complete .zip that fits the route it must take.
  {
    input: 'zip-file',
    problem: 'zip-file does not exist',
    inputs: { ...ZIP, 'zip-file': 'missing.zip' },
    says: 'cannot be read: it does not exist',
  },
  {
    input: 'zip-file',
    problem: 'zip-file is a directory',
    inputs: { ...ZIP, 'zip-file': 'app' },
    says: 'is not a file',
  },
  {
    input: 'zip-file',
    problem: 'zip-file is not a zip',
    inputs: { ...ZIP, 'zip-file': 'notes.txt' },
    says: 'is not a zip archive',
  },
  {
    input: 'zip-file',
    problem: 'zip-file has no central directory',
    inputs: { ...ZIP, 'zip-file': 'broken.zip' },
    says: 'is not a complete zip archive (no central directory)',
  },
  {
    input: 'zip-file',
    problem: 'zip-file and image-uri are both set',
    inputs: { ...ZIP, 'image-uri': IMAGE },
    says: ONLY_ONE,
  },
  {
    input: 's3-upload',
    problem: "zip-file is over the direct limit and s3-upload is 'never'",
    inputs: { ...ZIP, 'zip-file': 'large.zip', 's3-upload': 'never' },
    says: "is 'never', but the package is",
  },
  {
    input: 's3-bucket',
    problem: 'zip-file is over the direct limit and s3-bucket is empty',
    inputs: { ...ZIP, 'zip-file': 'large.zip' },
    says: 'smaller than 52,428,800 bytes, so it must go through an S3 bucket',
  },

  // image-uri: registry/repository:tag or @sha256:digest, and nothing only a zip takes.
  ...badValues(
    'image-uri',
    NOT_IMAGE_URI,
    [
      'nginx:latest',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/orders',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/Orders:v1',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/orders@sha256:abc123',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:',
      `https://${IMAGE}`,
    ],
    { source: '' },
  ),
  {
    input: 'runtime',
    problem: 'image-uri with runtime',
    inputs: { ...IMAGE_ONLY, runtime: 'nodejs22.x' },
    says: `${NOT_WITH_IMAGE}: the image brings its own runtime`,
  },
  {
    input: 'handler',
    problem: 'image-uri with handler',
    inputs: { ...IMAGE_ONLY, handler: 'index.handler' },
    says: `${NOT_WITH_IMAGE}: the image sets its own entry point`,
  },
  {
    input: 'layers',
    problem: 'image-uri with layers',
    inputs: { ...IMAGE_ONLY, layers: layerArn(1) },
    says: `${NOT_WITH_IMAGE}: Lambda does not attach layers`,
  },
  {
    input: 'layer-name',
    problem: 'image-uri with layer-name',
    inputs: { ...IMAGE_ONLY, ...LAYER },
    says: `${NOT_WITH_IMAGE}: Lambda does not attach layers`,
  },
  {
    input: 's3-bucket',
    problem: 'image-uri with s3-bucket',
    inputs: { ...IMAGE_ONLY, 's3-bucket': 'artifacts' },
    says: `${NOT_WITH_IMAGE}: an image is not uploaded`,
  },
  {
    input: 's3-upload',
    problem: "image-uri with s3-upload 'always'",
    inputs: { ...IMAGE_ONLY, 's3-upload': 'always' },
    says: `${NOT_WITH_IMAGE}: an image is not uploaded`,
  },
  {
    input: 'include',
    problem: 'image-uri with include',
    inputs: { ...IMAGE_ONLY, include: 'src/**' },
    says: "applies to 'source' only; an image is deployed as it is",
  },
  {
    input: 'exclude',
    problem: 'image-uri with exclude',
    inputs: { ...IMAGE_ONLY, exclude: 'tests/**' },
    says: "applies to 'source' only; an image is deployed as it is",
  },
  {
    input: 'role',
    problem: 'image-uri with create-if-missing and no role',
    inputs: { ...IMAGE_ONLY, 'create-if-missing': 'true' },
    says: 'is required with create-if-missing: true, to create an image function',
  },

  // include and exclude: globs inside source, for source only.
  ...badValues('include', "reaches outside the source directory with '..'", [
    '../shared/**',
    'lib/../../secrets',
  ]),
  {
    input: 'include',
    problem: 'include with zip-file',
    inputs: { ...ZIP, include: 'src/**' },
    says: "applies to 'source' only; a zip-file is deployed as it is",
  },
  ...badValues('exclude', "reaches outside the source directory with '..'", [
    '../node_modules',
    'a/../../b',
  ]),
  {
    input: 'exclude',
    problem: 'exclude with zip-file',
    inputs: { ...ZIP, exclude: 'tests/**' },
    says: "applies to 'source' only; a zip-file is deployed as it is",
  },

  // symlinks: follow or error.
  ...badValues('symlinks', 'is not one of auto, follow, error, preserve', [
    'ignore',
    'FOLLOW',
    'true',
    'skip',
  ]),
  {
    input: 'source',
    problem: "source holds a link and symlinks is 'error'",
    inputs: { source: 'links-in', symlinks: 'error' },
    says: "is a symbolic link, and symlinks is 'error'",
  },

  // s3-bucket, s3-key-prefix, s3-upload, s3-bucket-owner.
  ...badValues('s3-bucket', NOT_BUCKET, [
    'My_Artifacts',
    'ab',
    'b'.repeat(64),
    'my..artifacts',
    '-artifacts',
    'artifacts-',
    's3://artifacts',
    'arn:aws:s3:::artifacts',
  ]),
  {
    input: 's3-bucket',
    problem: "s3-upload 'always' without s3-bucket",
    inputs: { 's3-upload': 'always' },
    says: "is required when s3-upload is 'always'",
  },
  ...badValues(
    's3-key-prefix',
    "must not start with '/' and may be 512 characters at most",
    ['/lambda/', 'p'.repeat(513)],
    { 's3-bucket': 'artifacts' },
  ),
  ...badValues('s3-upload', 'is not one of auto, always, never', [
    'sometimes',
    'ALWAYS',
    'true',
    's3',
  ]),
  ...badValues(
    's3-bucket-owner',
    'is not a 12-digit AWS account ID',
    ['12345', '1234567890123', 'abcdefghijkl', '12345678901a', '1234-5678-9012'],
    { 's3-bucket': 'artifacts' },
  ),

  // publish, version-description, alias, traffic, function-url.
  ...badValues('publish', NOT_BOOLEAN, ['yes', '1', 'on', 'tRUE']),
  ...badValues('version-description', "is over Lambda's 256 characters", [
    'v'.repeat(257),
    'ü'.repeat(300),
  ]),
  ...badValues('alias', NOT_ALIAS, ['123', 'pr 1', 'live!', 'pr.1', '$LATEST', 'a'.repeat(129)]),
  ...badValues(
    'traffic',
    'a whole number of percent from 1 to 100',
    ['ten', '0', '101', '-5', '50.5', '1e2', '50%'],
    { alias: 'live' },
  ),
  {
    input: 'traffic',
    problem: 'traffic is 50 without an alias',
    inputs: { traffic: '50' },
    says: "'50' needs an alias: set alias to split its traffic",
  },
  ...badValues('traffic', 'steps must rise, each above the one before', ['50,10', '10,10,100'], {
    alias: 'live',
  }),
  ...badValues('function-url', 'is not one of none, public, iam', [
    'yes',
    'NONE',
    'private',
    'aws_iam',
  ]),

  // keep-versions: a count of versions, and only with a release to prune after.
  ...badValues(
    'keep-versions',
    'a whole number of versions from 1 to 10000',
    ['0', '-1', 'all', '2.5', '1e2', '10001', '3 versions'],
    { alias: 'live' },
  ),
  {
    input: 'keep-versions',
    problem: 'keep-versions without alias or publish',
    inputs: { 'keep-versions': '3' },
    says: 'prunes after a release: set alias or publish: true',
  },

  // delete-alias and the cleanup it starts.
  ...badValues('delete-alias', NOT_BOOLEAN, ['yes', '1']),
  {
    input: 'alias',
    problem: 'delete-alias without an alias',
    inputs: { 'delete-alias': 'true' },
    says: 'is required with delete-alias: true (the alias to remove)',
  },
  {
    input: 'alias',
    problem: 'delete-alias with an all-digit alias',
    inputs: { 'delete-alias': 'true', alias: '42' },
    says: NOT_ALIAS,
  },
  {
    input: 'region',
    problem: 'delete-alias with a bad region',
    inputs: { 'delete-alias': 'true', alias: 'pr-1', region: 'Europe' },
    says: NOT_REGION,
  },
  {
    input: 'comment-on-pr',
    problem: 'delete-alias with comment-on-pr "yes"',
    inputs: { 'delete-alias': 'true', alias: 'pr-1', 'comment-on-pr': 'yes' },
    says: NOT_BOOLEAN,
  },
  {
    input: 'github-token',
    problem: 'delete-alias with comment-on-pr and no token',
    inputs: { 'delete-alias': 'true', alias: 'pr-1', 'comment-on-pr': 'true' },
    says: 'is required with comment-on-pr: true',
  },

  // The safe release: smoke test, traffic in steps behind alarms.
  ...badValues('smoke-test', 'is not valid JSON', ['{', 'hello', '{"a":}'], { alias: 'live' }),
  {
    input: 'smoke-test',
    problem: 'smoke-test names a file that is not there',
    inputs: { alias: 'live', 'smoke-test': '@missing.json' },
    says: "'@missing.json' is not a readable file in the workspace",
  },
  {
    input: 'smoke-test',
    problem: 'smoke-test names a file outside the workspace',
    inputs: { alias: 'live', 'smoke-test': '@../payload.json' },
    says: "'@../payload.json' is outside the workspace",
  },
  {
    input: 'smoke-test',
    problem: 'smoke-test without an alias or publish',
    inputs: { 'smoke-test': '{}' },
    says: 'needs a version to invoke: set alias or publish: true',
  },
  {
    input: 'smoke-test-expect',
    problem: 'smoke-test-expect without smoke-test',
    inputs: { alias: 'live', 'smoke-test-expect': '{"ok":true}' },
    says: 'needs smoke-test: the payload to invoke with',
  },
  ...badValues('smoke-test-expect', 'is not valid JSON', ['{ok}', 'yes'], {
    alias: 'live',
    'smoke-test': '{}',
  }),
  ...badValues('smoke-test-after', NOT_BOOLEAN, ['yes', 'on'], {
    alias: 'live',
    'smoke-test': '{}',
  }),
  {
    input: 'smoke-test-after',
    problem: 'smoke-test-after without an alias',
    inputs: { publish: 'true', 'smoke-test': '{}', 'smoke-test-after': 'true' },
    says: 'invokes the alias once it is at 100 %: set alias',
  },
  {
    input: 'smoke-test-after',
    problem: 'smoke-test-after without smoke-test',
    inputs: { alias: 'live', 'smoke-test-after': 'true' },
    says: 'needs smoke-test: the payload to invoke with',
  },
  ...badValues('on-interrupted', 'is not one of revert, resume, fail', ['undo', 'Revert'], {
    alias: 'live',
  }),
  ...badValues(
    'traffic-interval',
    'is not a duration from 1s to 6h, such as 30s, 5m or 1h',
    ['5 minutes', '0', '7h', '1d', '-30s'],
    { alias: 'live', traffic: '10,50,100' },
  ),
  {
    input: 'traffic-interval',
    problem: 'traffic-interval with one traffic step',
    inputs: { alias: 'live', traffic: '10', 'traffic-interval': '5m' },
    says: 'applies only to traffic in steps, such as 10,50,100',
  },
  {
    input: 'alarms',
    problem: 'alarms without an alias',
    inputs: { alarms: 'orders-errors' },
    says: 'need an alias to roll back: set alias',
  },
  ...badValues(
    'alarms',
    'is not a CloudWatch alarm name (1 to 255 characters)',
    ['a'.repeat(256)],
    {
      alias: 'live',
    },
  ),
  ...badValues('rollout-engine', 'is not one of action, codedeploy', ['CodeDeploy', 'aws'], {
    alias: 'live',
  }),
  {
    input: 'rollout-engine',
    problem: 'rollout-engine codedeploy without an alias',
    inputs: {
      'rollout-engine': 'codedeploy',
      'codedeploy-application': 'orders',
      'codedeploy-deployment-group': 'orders-live',
    },
    says: 'codedeploy shifts an alias between two versions: set alias',
  },
  ...(
    [
      'codedeploy-application',
      'codedeploy-deployment-group',
      'codedeploy-service-role',
      'codedeploy-config',
      'rollout-timeout',
      'before-traffic-hook',
      'after-traffic-hook',
    ] as const
  ).map((input) => ({
    input,
    problem: `${input} with rollout-engine action`,
    inputs: { alias: 'live', [input]: 'x' },
    says: 'applies only with rollout-engine: codedeploy',
  })),
  {
    input: 'wait-for-rollout',
    problem: 'wait-for-rollout false with rollout-engine action',
    inputs: { alias: 'live', 'wait-for-rollout': 'false' },
    says: 'applies only with rollout-engine: codedeploy',
  },
  ...(['codedeploy-application', 'codedeploy-deployment-group'] as const).flatMap((input) => [
    {
      input,
      problem: `${input} missing with rollout-engine codedeploy`,
      inputs: { ...CODEDEPLOY, [input]: '' },
      says: 'is required with rollout-engine: codedeploy',
    },
    ...badValues(
      input,
      'is not a CodeDeploy name (1 to 100 letters, digits, . _ + - @)',
      ['orders live', 'o'.repeat(101)],
      CODEDEPLOY,
    ),
  ]),
  ...badValues(
    'codedeploy-service-role',
    'is not an IAM role ARN (arn:aws:iam::123456789012:role/name)',
    ['codedeploy', 'arn:aws:iam::123456789012:user/deployer'],
    CODEDEPLOY,
  ),
  {
    input: 'codedeploy-config',
    problem: 'codedeploy-config with traffic in steps',
    inputs: {
      ...CODEDEPLOY,
      'codedeploy-config': 'CodeDeployDefault.LambdaAllAtOnce',
      traffic: '10,100',
    },
    says: "and traffic '10,100' both say how the traffic moves",
  },
  ...badValues('wait-for-rollout', NOT_BOOLEAN, ['yes', 'fAlse'], CODEDEPLOY),
  ...badValues(
    'rollout-timeout',
    'a whole number of seconds from 1 to 21600',
    ['0', '21601', '10m'],
    CODEDEPLOY,
  ),
  {
    input: 'rollout-timeout',
    problem: 'rollout-timeout with wait-for-rollout false',
    inputs: { ...CODEDEPLOY, 'wait-for-rollout': 'false', 'rollout-timeout': '600' },
    says: 'bounds the wait of wait-for-rollout: true',
  },
  ...(['before-traffic-hook', 'after-traffic-hook'] as const).flatMap((input) =>
    badValues(input, 'is not a Lambda function name or ARN', ['orders hook'], CODEDEPLOY),
  ),
  ...badValues('trigger-check', 'is not one of warn, fail', ['error', 'FAIL', 'true'], {
    alias: 'live',
    traffic: '10',
  }),

  // rollback-to: a mode that builds nothing, like delete-alias.
  ...badValues(
    'rollback-to',
    "is not 'previous' or a version number",
    ['Previous', 'latest', '0', '07', 'v7', '1.5'],
    { alias: 'live' },
  ),
  {
    input: 'rollback-to',
    problem: 'rollback-to is $LATEST',
    inputs: { alias: 'live', 'rollback-to': '$LATEST' },
    says: 'cannot be rolled back to: it is not a published version',
  },
  {
    input: 'rollback-to',
    problem: 'rollback-to with delete-alias',
    inputs: { alias: 'live', 'rollback-to': 'previous', 'delete-alias': 'true' },
    says: 'and delete-alias: true cannot be used together',
  },
  {
    input: 'alias',
    problem: 'rollback-to without an alias',
    inputs: { 'rollback-to': 'previous' },
    says: 'is required with rollback-to (the alias to move back)',
  },
  {
    input: 'alias',
    problem: 'rollback-to with an all-digit alias',
    inputs: { 'rollback-to': '7', alias: '42' },
    says: NOT_ALIAS,
  },
  {
    input: 'region',
    problem: 'rollback-to with a bad region',
    inputs: { 'rollback-to': 'previous', alias: 'live', region: 'Europe' },
    says: NOT_REGION,
  },

  // comment-on-pr and github-token.
  ...badValues('comment-on-pr', NOT_BOOLEAN, ['yes', 'y']),
  {
    input: 'github-token',
    problem: 'comment-on-pr without github-token',
    inputs: { 'comment-on-pr': 'true', alias: 'pr-1' },
    says: 'is required with comment-on-pr: true',
  },
  {
    input: 'alias',
    problem: 'comment-on-pr without an alias',
    inputs: { 'comment-on-pr': 'true', 'github-token': 'ghs_test' },
    says: 'is required with comment-on-pr: true (the preview to comment on)',
  },

  // github-deployment and deployment-environment, deploying and removing a preview.
  ...badValues('github-deployment', NOT_BOOLEAN, ['yes', 'on']),
  {
    input: 'github-token',
    problem: 'github-deployment without github-token',
    inputs: { 'github-deployment': 'true' },
    says: 'is required with github-deployment: true',
  },
  {
    input: 'github-token',
    problem: 'delete-alias with github-deployment and no token',
    inputs: { 'delete-alias': 'true', alias: 'pr-1', 'github-deployment': 'true' },
    says: 'is required with github-deployment: true',
  },
  {
    input: 'deployment-environment',
    problem: 'deployment-environment without github-deployment',
    inputs: { 'deployment-environment': 'staging' },
    says: 'applies only with github-deployment: true',
  },
  {
    input: 'deployment-environment',
    problem: 'delete-alias with deployment-environment and no github-deployment',
    inputs: { 'delete-alias': 'true', alias: 'pr-1', 'deployment-environment': 'pr-1' },
    says: 'applies only with github-deployment: true',
  },
  ...badValues(
    'deployment-environment',
    'is not an environment name: one line of at most 255 characters',
    ['e'.repeat(256), 'two\tparts'],
    { 'github-deployment': 'true', 'github-token': 'ghs_test' },
  ),

  // handler, runtime and role, alone and as create-if-missing needs them.
  ...badValues('handler', "is 129 characters, over Lambda's 128", ['h'.repeat(129)]),
  {
    input: 'handler',
    problem: 'create-if-missing without handler',
    inputs: { 'create-if-missing': 'true', role: ROLE, runtime: 'nodejs22.x' },
    says: CREATE_ZIP,
  },
  ...badValues('runtime', NOT_RUNTIME, [
    'Node 22',
    'NODEJS22.X',
    '22.x',
    'nodejs-22',
    'nodejs22.x,python3.13',
  ]),
  {
    input: 'runtime',
    problem: 'create-if-missing without runtime',
    inputs: { 'create-if-missing': 'true', role: ROLE, handler: 'index.handler' },
    says: CREATE_ZIP,
  },
  ...badValues('role', NOT_ROLE, [
    'lambda-deploy',
    'arn:aws:iam::123:role/lambda-deploy',
    'arn:aws:iam::123456789012:user/deployer',
    'arn:aws:iam::123456789012:role/',
    'arn:aws:iam::123456789012:role/has space',
  ]),
  {
    input: 'role',
    problem: 'create-if-missing without role',
    inputs: { 'create-if-missing': 'true', runtime: 'nodejs22.x', handler: 'index.handler' },
    says: CREATE_ZIP,
  },

  // Whole numbers in a range.
  ...badValues('memory-size', 'a whole number of MB from 128 to 10240', [
    '127',
    '10241',
    '0',
    '1.5',
    '1e3',
    'big',
    '-128',
    '512MB',
    '0x200',
    '99999999999999999999',
  ]),
  ...badValues('timeout', 'a whole number of seconds from 1 to 900', [
    '0',
    '901',
    '1.5',
    'ten',
    '-1',
    '30s',
  ]),
  ...badValues('ephemeral-storage', 'a whole number of MB from 512 to 10240', [
    '511',
    '10241',
    '1.5',
    'lots',
    '0',
  ]),
  ...badValues('wait-timeout', 'a whole number of seconds from 1 to 21600', [
    '0',
    '21601',
    '1.5',
    '-1',
    '10m',
  ]),
  ...badValues('request-timeout', 'a whole number of seconds from 1 to 3600', [
    '0',
    '3601',
    '2.5',
    '1m',
  ]),

  // description, architectures.
  ...badValues('description', "is 257 characters, over Lambda's 256", ['d'.repeat(257)]),
  ...badValues('architectures', 'is not one of x86_64, arm64', [
    'x86-64',
    'ARM64',
    'x86_64,arm64',
    'amd64',
    'x86_64\narm64',
  ]),

  // environment and environment-mode.
  ...badValues('environment', NOT_PAIR(1, VARIABLE_KEY), [
    'DEBUG',
    '1KEY=v',
    '=value',
    'LOG-LEVEL=debug',
    '["A=1"]',
  ]),
  ...badValues('environment', NOT_PAIR(2, VARIABLE_KEY), ['STAGE=prod\nnot a pair']),
  ...badValues('environment', 'starts with { but is not valid JSON', [
    '{DEBUG: "1"}',
    '{"DEBUG": "1"',
  ]),
  ...badValues('environment', 'the value of DEBUG is not a string', [
    '{"DEBUG": true}',
    '{"DEBUG": null}',
  ]),
  ...badValues(
    'environment',
    "'1A' is not a variable name (a letter, then letters, digits and _)",
    ['{"1A": "x"}'],
  ),
  ...badValues('environment', "over Lambda's limit of 4096", [
    `BIG=${'x'.repeat(4100)}`,
    JSON.stringify({ BIG: 'x'.repeat(4100) }),
  ]),
  ...badValues('environment-mode', 'is not one of merge, replace', ['overwrite', 'MERGE', 'true']),

  // layers: at most five layer version ARNs, room for a published one.
  ...badValues('layers', 'lists 6 layers; a function takes at most 5', [
    [1, 2, 3, 4, 5, 6].map(layerArn).join('\n'),
  ]),
  ...badValues('layers', NOT_LAYER_ARN, [
    'shared',
    'arn:aws:lambda:us-east-1:123456789012:layer:shared',
    'arn:aws:lambda:us-east-1:123456789012:layer:shared:latest',
    ARN_US_EAST_1,
    `${layerArn(1)},${layerArn(2)}`,
  ]),
  {
    input: 'layers',
    problem: 'five layers and a layer-name',
    inputs: { layers: [1, 2, 3, 4, 5].map(layerArn).join('\n'), ...LAYER },
    says: 'lists 5 other layers, and layer-name adds one more; a function takes at most 5',
  },

  // layer-name, layer-source and the layer's compatibility lists.
  ...badValues(
    'layer-name',
    "is not a layer name (1 to 140 letters, digits, '-' and '_')",
    ['shared layer', 'l'.repeat(141), 'arn:aws:lambda:us-east-1:123456789012:layer:shared'],
    { 'layer-source': 'layer' },
  ),
  {
    input: 'layer-name',
    problem: 'layer-source without layer-name',
    inputs: { 'layer-source': 'layer' },
    says: 'is required with layer-source',
  },
  {
    input: 'layer-source',
    problem: 'layer-name without layer-source',
    inputs: { 'layer-name': 'shared' },
    says: 'is required with layer-name (the directory to publish)',
  },
  {
    input: 'layer-source',
    problem: 'layer-source does not exist',
    inputs: { ...LAYER, 'layer-source': 'missing' },
    says: 'cannot be read: it does not exist',
  },
  {
    input: 'layer-source',
    problem: 'layer-source is a file',
    inputs: { ...LAYER, 'layer-source': 'notes.txt' },
    says: 'is not a directory',
  },
  {
    input: 'layer-source',
    problem: 'layer-source is an empty directory',
    inputs: { ...LAYER, 'layer-source': 'empty' },
    says: 'holds no files to package',
  },
  {
    input: 'layer-source',
    problem: 'layer-source holds a link pointing outside it',
    inputs: { ...LAYER, 'layer-source': 'links-out' },
    says: 'points outside the source directory',
  },
  {
    input: 'layer-compatible-runtimes',
    problem: 'layer-compatible-runtimes without a layer',
    inputs: { 'layer-compatible-runtimes': 'nodejs22.x' },
    says: NEEDS_LAYER,
  },
  ...badValues(
    'layer-compatible-runtimes',
    'lists 16 runtimes; a layer takes at most 15',
    [Array.from({ length: 16 }, (_, i) => `nodejs${i + 4}.x`).join(',')],
    LAYER,
  ),
  ...badValues(
    'layer-compatible-runtimes',
    NOT_RUNTIME,
    ['Node 22', 'nodejs22.x\nPython3.13'],
    LAYER,
  ),
  {
    input: 'layer-compatible-architectures',
    problem: 'layer-compatible-architectures without a layer',
    inputs: { 'layer-compatible-architectures': 'arm64' },
    says: NEEDS_LAYER,
  },
  ...badValues(
    'layer-compatible-architectures',
    'is not one of x86_64, arm64',
    ['sparc', 'ARM64', 'x86_64\namd64'],
    LAYER,
  ),

  // tags.
  ...badValues('tags', NOT_PAIR(1, TAG_KEY), ['team', '=core', `${'k'.repeat(129)}=v`]),
  ...badValues('tags', NOT_PAIR(2, TAG_KEY), ['team=core\nowner']),

  // VPC, dead-letter target, tracing, logging, SnapStart, file systems, KMS key, image config.
  ...badValues('subnet-ids', 'is not a subnet ID (subnet-', ['subnet-xyz', 'vpc-0123abcd'], {
    'security-group-ids': 'sg-0123456789abcdef0',
  }),
  ...badValues('subnet-ids', 'is required with security-group-ids', [''], {
    'security-group-ids': 'sg-0123456789abcdef0',
  }),
  ...badValues(
    'subnet-ids',
    'lists 17; Lambda takes at most 16',
    [Array.from({ length: 17 }, (_, i) => `subnet-${String(i).padStart(8, '0')}`).join('\n')],
    { 'security-group-ids': 'sg-0123456789abcdef0' },
  ),
  ...badValues('subnet-ids', 'set both to none', ['none'], {
    'security-group-ids': 'sg-0123456789abcdef0',
  }),
  ...badValues('security-group-ids', 'is not a security group ID (sg-', ['default', 'sg-xyz'], {
    'subnet-ids': 'subnet-0a1b2c3d',
  }),
  ...badValues('security-group-ids', 'is required with subnet-ids', [''], {
    'subnet-ids': 'subnet-0a1b2c3d',
  }),
  ...badValues(
    'security-group-ids',
    'lists 6; Lambda takes at most 5',
    [Array.from({ length: 6 }, (_, i) => `sg-${String(i).padStart(8, '0')}`).join(',')],
    { 'subnet-ids': 'subnet-0a1b2c3d' },
  ),
  ...badValues('ipv6-dual-stack', NOT_BOOLEAN, ['yes'], {
    'subnet-ids': 'subnet-0a1b2c3d',
    'security-group-ids': 'sg-0123abcd',
  }),
  ...badValues('ipv6-dual-stack', 'needs subnet-ids and security-group-ids', ['true']),
  ...badValues('dead-letter-target-arn', 'is not an SQS queue or SNS topic ARN', [
    'orders-dlq',
    'arn:aws:s3:::orders-dlq',
    'https://sqs.us-east-1.amazonaws.com/123456789012/orders-dlq',
  ]),
  ...badValues('durable-config', 'is not valid JSON', ['{', 'ExecutionTimeout=60']),
  ...badValues('durable-config', 'is not a whole number from 1 to 31622400', [
    '{"ExecutionTimeout":0}',
    '{"ExecutionTimeout":31622401}',
    '{"ExecutionTimeout":"60"}',
  ]),
  ...badValues('durable-config', 'is not a whole number from 1 to 90', [
    '{"RetentionPeriodInDays":91}',
  ]),
  ...badValues('durable-config', 'did you mean ExecutionTimeout?', ['{"ExecutionTimout":60}']),
  ...badValues('durable-config', 'is not a KMS key ARN', ['{"KMSKeyArn":"alias/mine"}']),
  ...badValues('capacity-provider-config', 'needs LambdaManagedInstancesCapacityProviderConfig', [
    '{}',
  ]),
  ...badValues('capacity-provider-config', 'is not a capacity provider ARN', [
    '{"LambdaManagedInstancesCapacityProviderConfig":{"CapacityProviderArn":"fleet-1"}}',
  ]),
  ...badValues('capacity-provider-config', 'did you mean CapacityProviderArn?', [
    '{"LambdaManagedInstancesCapacityProviderConfig":{"CapacityProviderARN":"x"}}',
  ]),
  ...badValues('scaling-config', 'is over MaxExecutionEnvironments', [
    '{"MinExecutionEnvironments":5,"MaxExecutionEnvironments":2}',
  ]),
  ...badValues('scaling-config', 'sets neither', ['{}']),
  ...badValues('scaling-config', 'is not a whole number from 0', [
    '{"MaxExecutionEnvironments":-1}',
  ]),
  ...badValues('tenant-isolation', 'is not one of per-tenant, none', ['PER_TENANT', 'true']),
  ...badValues('smoke-test-tenant-id', 'is not a tenant ID', ['a|b', 'x'.repeat(257)], {
    alias: 'live',
    'smoke-test': '{}',
  }),
  {
    input: 'smoke-test-tenant-id',
    problem: 'smoke-test-tenant-id without smoke-test',
    inputs: { alias: 'live', 'smoke-test-tenant-id': 'blue' },
    says: 'needs smoke-test',
  },
  ...badValues('tracing', 'is not one of Active, PassThrough', ['active', 'true', 'X-Ray']),
  ...badValues('log-format', 'is not one of Text, JSON', ['json', 'text', 'yaml']),
  ...badValues('log-group', 'is not a log group name', ['orders api', 'g'.repeat(513)]),
  ...badValues(
    'application-log-level',
    'is not one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL',
    ['debug', 'VERBOSE'],
    { 'log-format': 'JSON' },
  ),
  ...badValues('application-log-level', 'needs log-format: JSON', ['DEBUG'], {
    'log-format': 'Text',
  }),
  ...badValues('system-log-level', 'is not one of DEBUG, INFO, WARN', ['ERROR', 'TRACE'], {
    'log-format': 'JSON',
  }),
  ...badValues('system-log-level', 'needs log-format: JSON', ['WARN']),
  ...badValues('snap-start', 'is not one of PublishedVersions, None', ['true', 'published']),
  ...badValues('file-systems', 'is not <access-point-arn>=<mount-path>', [
    '/mnt/data',
    'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-01234567=/mnt/data',
  ]),
  ...badValues('file-systems', 'is not a mount path', [
    'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0=/data',
  ]),
  ...badValues('ephemeral-storage', 'from 512 to 32768', ['32769'], {
    'accelerator-memory-size': '24',
  }),
  ...badValues('ephemeral-storage', 'only with an accelerator (accelerator-memory-size)', [
    '20480',
  ]),
  ...badValues('file-systems', 'or an S3 Files one', [
    'arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123/access-point/fsap-0123=/mnt/data',
  ]),
  ...badValues('runtime-config', 'is not valid JSON', ['{RuntimeArn: x}']),
  ...badValues('runtime-config', 'needs both RuntimeArn and RuntimeAlias', [
    '{"RuntimeArn": "arn:aws:lambda:us-east-1:123456789012:runtime/python-cmr"}',
  ]),
  ...badValues('runtime-config', 'is not a runtime ARN', [
    '{"RuntimeArn": "arn:aws:lambda:us-east-1:123456789012:function:f", "RuntimeAlias": "stable"}',
  ]),
  ...badValues('runtime-config', 'which RuntimeConfig does not', [
    '{"RuntimeArn": "arn:aws:lambda:us-east-1:123456789012:runtime/python-cmr", "RuntimeAlias": "stable", "RuntimeVersion": "1"}',
  ]),
  ...badValues(
    'runtime-config',
    'needs runtime custom',
    [
      '{"RuntimeArn": "arn:aws:lambda:us-east-1:123456789012:runtime/python-cmr", "RuntimeAlias": "stable"}',
    ],
    { runtime: 'nodejs22.x' },
  ),
  ...badValues('accelerator-memory-size', "is not one of Lambda's accelerator memory sizes", [
    '8',
    '24GB',
    '0',
  ]),
  ...badValues('accelerator-memory-size', 'needs an x86_64 function', ['24'], {
    architectures: 'arm64',
  }),
  ...badValues('file-system-direct-s3-read', 'is not one of AUTO, ENABLED, DISABLED', [
    'true',
    'on',
  ]),
  ...badValues(
    'file-system-direct-s3-read',
    'applies only to an S3 Files access point',
    ['ENABLED'],
    {
      'file-systems':
        'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0=/mnt/data',
    },
  ),
  ...badValues('kms-key-arn', 'is not a KMS key ARN', [
    'alias/orders',
    '1234abcd-12ab-34cd-56ef-1234567890ab',
  ]),
  ...badValues('image-command', 'applies only with image-uri', ['app.handler']),
  ...badValues('image-entrypoint', 'applies only with image-uri', ['/lambda-entrypoint.sh'], ZIP),
  ...badValues('image-working-directory', 'applies only with image-uri', ['/var/task']),
  ...badValues('image-working-directory', 'is not an absolute path', ['var/task'], IMAGE_ONLY),

  // The remaining booleans.
  ...badValues('create-if-missing', NOT_BOOLEAN, ['yes', 'always']),
  ...badValues('dry-run', NOT_BOOLEAN, ['yes', '1']),
  ...badValues('skip-unchanged', NOT_BOOLEAN, ['no', '0']),

  // region: from the input, the ARN or AWS_REGION; always a region name, never two.
  ...badValues('region', NOT_REGION, ['Europe', 'us-east', 'EU-WEST-1', 'eu_west_1', 'eu-west-1a']),
  {
    input: 'region',
    problem: "region differs from function-name's ARN",
    inputs: { 'function-name': ARN_US_EAST_1, region: 'eu-west-1' },
    says: "'eu-west-1' differs from the region in function-name's ARN (us-east-1)",
  },
  {
    input: 'region',
    problem: 'region is empty and AWS_REGION is not set',
    inputs: { region: '' },
    env: { AWS_REGION: '' },
    says: 'no region given: set this input, or AWS_REGION',
  },
  {
    input: 'region',
    problem: 'region is empty and AWS_REGION is not a region',
    inputs: { region: '' },
    env: { AWS_REGION: 'nowhere' },
    says: "not set, and AWS_REGION is 'nowhere', not an AWS region name",
  },
  {
    input: 'region',
    problem: 'region is empty and AWS_DEFAULT_REGION is not a region',
    inputs: { region: '' },
    env: { AWS_REGION: '', AWS_DEFAULT_REGION: 'Frankfurt' },
    says: "not set, and AWS_DEFAULT_REGION is 'Frankfurt', not an AWS region name",
  },
  {
    input: 'environment',
    problem: 'environment is {"__proto__": "x"}',
    inputs: { environment: '{"__proto__": "x"}' },
    says: "'__proto__' is not a variable name",
  },
  {
    input: 'tags',
    problem: 'tags has a 257-character value',
    inputs: { tags: `team=${'v'.repeat(257)}` },
    says: "over Lambda's 256",
  },
  {
    input: 'function-name',
    problem: 'function-name is an ARN without its account and function:',
    inputs: { 'function-name': 'arn:aws:lambda:us-east-1:orders-api' },
    says: 'is not a function name',
  },
  {
    input: 'environment',
    problem: 'environment sets a variable Lambda reserves',
    inputs: { environment: 'AWS_REGION=eu-west-1' },
    says: "'AWS_REGION' is reserved",
  },
  {
    input: 's3-bucket',
    problem: 's3-bucket is formatted as an IP address',
    inputs: { 's3-bucket': '192.168.1.1' },
    says: 'is not a bucket name',
  },
  {
    input: 'tags',
    problem: 'tags has a key in the aws: namespace',
    inputs: { tags: 'aws:cloudformation:stack-name=x' },
    says: 'reserved for AWS',
  },
  // config-file: a JSON or YAML file in the workspace, in the API's shape, checked as inputs are.
  {
    input: 'config-file',
    problem: 'config-file is not there',
    inputs: { 'config-file': 'missing.yml' },
    says: "'missing.yml' was not found in the workspace",
  },
  {
    input: 'config-file',
    problem: 'config-file is outside the workspace',
    inputs: { 'config-file': '../settings.json' },
    says: "'../settings.json' is outside the workspace",
  },
  {
    input: 'config-file',
    problem: 'config-file is a directory',
    inputs: { 'config-file': 'app' },
    says: "'app' is not a file",
  },
  {
    input: 'config-file',
    problem: 'config-file has an unknown key',
    inputs: { 'config-file': 'config/unknown.yml' },
    says: "config/unknown.yml: unknown key 'VpcConfig.SubnetID'",
  },
  {
    input: 'config-file',
    problem: 'config-file has a memory size out of range',
    inputs: { 'config-file': 'config/memory.json' },
    says: 'config/memory.json: MemorySize: 20000 is out of range',
  },
  {
    input: 'config-file',
    problem: 'config-file is not valid YAML',
    inputs: { 'config-file': 'config/broken.yml' },
    says: 'config/broken.yml: is not valid YAML',
  },
  {
    input: 'reserved-concurrency',
    problem: 'reserved-concurrency is over 1000',
    inputs: { 'reserved-concurrency': '1001' },
    says: 'from 0 to 1000',
  },
  {
    input: 'reserved-concurrency',
    problem: 'reserved-concurrency is a word',
    inputs: { 'reserved-concurrency': 'unlimited' },
    says: 'or none',
  },
  {
    input: 'provisioned-concurrency',
    problem: 'provisioned-concurrency without alias',
    inputs: { 'provisioned-concurrency': '5' },
    says: 'set alias too',
  },
  {
    input: 'provisioned-concurrency',
    problem: 'provisioned-concurrency with a canary',
    inputs: { 'provisioned-concurrency': '5', alias: 'live', traffic: '10' },
    says: 'traffic 100',
  },
  {
    input: 'provisioned-concurrency',
    problem: 'provisioned-concurrency is 0',
    inputs: { 'provisioned-concurrency': '0', alias: 'live' },
    says: 'from 1 to 10000',
  },
  {
    input: 'code-signing-config-arn',
    problem: 'code-signing-config-arn is not an ARN',
    inputs: { 'code-signing-config-arn': 'csc-0123' },
    says: 'not a code signing config ARN',
  },
  ...badValues('code-storage', 'is not one of copy, reference', ['REFERENCE', 'link']),
  {
    input: 'code-storage',
    problem: 'code-storage reference without s3-bucket',
    inputs: { 'code-storage': 'reference' },
    says: "'reference' needs s3-bucket",
  },
  {
    input: 'code-storage',
    problem: 'code-storage reference with s3-upload never',
    inputs: { 'code-storage': 'reference', 's3-bucket': 'artifacts', 's3-upload': 'never' },
    says: "s3-upload is 'never'",
  },
  ...badValues('function-url-invoke-mode', 'is not one of BUFFERED, RESPONSE_STREAM', ['stream'], {
    'function-url': 'public',
  }),
  {
    input: 'function-url-invoke-mode',
    problem: 'function-url-invoke-mode without function-url',
    inputs: { 'function-url-invoke-mode': 'RESPONSE_STREAM' },
    says: 'set function-url to public or iam',
  },
  {
    input: 'function-url-cors',
    problem: 'function-url-cors has an unknown key',
    inputs: { 'function-url': 'public', 'function-url-cors': '{"AllowOrigin":["*"]}' },
    says: "has no key 'AllowOrigin'",
  },
  {
    input: 'function-url-cors',
    problem: 'function-url-cors MaxAge is out of range',
    inputs: { 'function-url': 'public', 'function-url-cors': '{"MaxAge":90000}' },
    says: 'MaxAge must be a whole number from 0 to 86400',
  },
  {
    input: 'function-url-cors',
    problem: 'function-url-cors is not JSON',
    inputs: { 'function-url': 'public', 'function-url-cors': 'AllowOrigins: *' },
    says: 'is not valid JSON',
  },
  {
    input: 'async-invoke-config',
    problem: 'async-invoke-config retries over 2',
    inputs: { 'async-invoke-config': '{"MaximumRetryAttempts":3}' },
    says: 'MaximumRetryAttempts must be a whole number from 0 to 2',
  },
  {
    input: 'async-invoke-config',
    problem: 'async-invoke-config destination is not an ARN',
    inputs: {
      'async-invoke-config': '{"DestinationConfig":{"OnFailure":{"Destination":"my-queue"}}}',
    },
    says: 'DestinationConfig.OnFailure must be {"Destination": "<arn>"}',
  },
  ...badValues('recursive-loop', 'is not one of terminate, allow', ['Stop']),
  ...badValues('runtime-update', 'is not one of auto, function-update, manual', ['never']),
  {
    input: 'runtime-update',
    problem: 'runtime-update manual without runtime-version-arn',
    inputs: { 'runtime-update': 'manual' },
    says: "'manual' needs runtime-version-arn",
  },
  {
    input: 'runtime-version-arn',
    problem: 'runtime-version-arn with runtime-update auto',
    inputs: {
      'runtime-update': 'auto',
      'runtime-version-arn': 'arn:aws:lambda:us-east-1::runtime:abc',
    },
    says: 'applies only with runtime-update: manual',
  },
  {
    input: 'runtime-version-arn',
    problem: 'runtime-version-arn is not an ARN',
    inputs: { 'runtime-update': 'manual', 'runtime-version-arn': 'nodejs22.x' },
    says: 'is not a runtime version ARN',
  },
  {
    input: 'tags-mode',
    problem: 'tags-mode is an unknown word',
    inputs: { 'tags-mode': 'overwrite', tags: 'team=orders' },
    says: 'merge, replace',
  },
  // manifest, regions, max-parallel, manifest-group: every target checked before any request.
  {
    input: 'manifest',
    problem: 'manifest is not there',
    inputs: { manifest: 'missing.yml' },
    says: "'missing.yml' was not found in the workspace",
  },
  {
    input: 'manifest',
    problem: 'manifest is outside the workspace',
    inputs: { manifest: '../fleet.yml' },
    says: 'is outside the workspace',
  },
  {
    input: 'manifest',
    problem: 'manifest has an unknown top-level key',
    inputs: { manifest: 'fleet/top-level.yml' },
    says: "unknown top-level key 'function'",
  },
  {
    input: 'manifest',
    problem: 'manifest has an entry key that is not an input',
    inputs: { manifest: 'fleet/unknown-key.yml' },
    says: 'functions[0] (orders-api): memory-sise: is not an input of the action',
  },
  {
    input: 'manifest',
    problem: 'manifest has a memory size out of range in its second entry',
    inputs: { manifest: 'fleet/memory.yml' },
    says: 'functions[1] (billing-worker): memory-size: 20000 is out of range',
  },
  {
    input: 'manifest',
    problem: 'manifest has a bad value in defaults',
    inputs: { manifest: 'fleet/defaults.yml' },
    says: 'functions[0] (orders-api): memory-size (from defaults): 64 is out of range',
  },
  {
    input: 'manifest',
    problem: 'manifest deploys one function twice',
    inputs: { manifest: 'fleet/duplicate.yml' },
    says: 'as functions[0] (orders-api) does',
  },
  {
    input: 'manifest',
    problem: 'manifest has delete-alias in an entry',
    inputs: { manifest: 'fleet/delete-alias.yml' },
    says: 'functions[0] (orders-api): delete-alias: cannot be used in a manifest',
  },
  {
    input: 'manifest',
    problem: 'manifest has dry-run in an entry',
    inputs: { manifest: 'fleet/dry-run.yml' },
    says: 'functions[0] (orders-api): dry-run: applies to the whole step',
  },
  ...badValues('regions', 'is not an AWS region name such as eu-west-1', [
    'Europe',
    'us-east-1\neu_west_1',
  ]),
  {
    input: 'regions',
    problem: 'regions lists a region twice',
    inputs: { regions: 'us-east-1\nus-east-1' },
    says: 'lists us-east-1 twice',
  },
  {
    input: 'timeout',
    problem: 'timeout out of range with regions',
    inputs: { regions: 'us-east-1', timeout: '0' },
    says: 'from 1 to 900 (in us-east-1)',
  },
  ...badValues('max-parallel', 'from 1 to 32', ['0', '33', 'many'], { regions: 'us-east-1' }),
  {
    input: 'manifest-group',
    problem: 'manifest-group without manifest',
    inputs: { 'manifest-group': 'billing' },
    says: 'needs manifest',
  },
  {
    input: 'manifest-group',
    problem: 'manifest-group matches no entry',
    inputs: { manifest: 'fleet/groups.yml', 'manifest-group': 'payments' },
    says: "'payments' is the group of no entry of manifest (its groups: billing)",
  },
  {
    input: 'delete-alias',
    problem: 'delete-alias with regions',
    inputs: { regions: 'us-east-1', 'delete-alias': 'true', alias: 'pr-1' },
    says: 'cannot be used with regions',
  },
  {
    input: 'rollback-to',
    problem: 'rollback-to with a manifest',
    inputs: { manifest: 'fleet/groups.yml', 'rollback-to': 'previous', alias: 'live' },
    says: 'cannot be used with manifest',
  },
];

/** A stored zip of one entry of zeros, `size` bytes, written sparse (so it is quick). */
async function writeLargeZip(file: string, size: number): Promise<void> {
  const name = Buffer.from('blob.bin');
  const zeros = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let done = 0; done < size; done += zeros.length) {
    crc = crc32(zeros.subarray(0, Math.min(zeros.length, size - done)), crc);
  }
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt16LE(0x21, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(size, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt16LE(0x21, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(size, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + size, 16);
  const handle = await open(file, 'w');
  try {
    await handle.write(Buffer.concat([local, name]), 0, local.length + name.length, 0);
    const tail = Buffer.concat([central, name, end]);
    await handle.write(tail, 0, tail.length, local.length + name.length + size);
  } finally {
    await handle.close();
  }
}

/** The workspace every row runs in: each path a row names, and some it names wrongly. */
export async function writeWorkspace(root: string): Promise<void> {
  await writeFiles(root, {
    'app/index.js': "exports.handler = async () => 'every bad input';\n",
    'layer/nodejs/node_modules/shared/index.js': 'module.exports = {};\n',
    'notes.txt': 'not a zip and not a directory\n',
    'config/unknown.yml': 'MemorySize: 512\nVpcConfig:\n  SubnetID: [subnet-0a1b2c3d4e5f60718]\n',
    'config/memory.json': '{ "MemorySize": 20000, "Timeout": 30 }\n',
    'config/broken.yml': 'Environment:\n  Variables: { TOKEN: x\n',
    'fleet/top-level.yml': 'function: []\nfunctions: [{ function-name: orders-api }]\n',
    'fleet/unknown-key.yml':
      'functions:\n  - { function-name: orders-api, source: app, memory-sise: 512 }\n',
    'fleet/memory.yml':
      'functions:\n  - { function-name: orders-api, source: app }\n  - { function-name: billing-worker, source: app, memory-size: 20000 }\n',
    'fleet/defaults.yml':
      'defaults: { memory-size: 64 }\nfunctions:\n  - { function-name: orders-api, source: app }\n',
    'fleet/duplicate.yml':
      'functions:\n  - { function-name: orders-api, source: app }\n  - { function-name: orders-api, source: app, memory-size: 256 }\n',
    'fleet/delete-alias.yml':
      'functions:\n  - { function-name: orders-api, source: app, alias: pr-1, delete-alias: true }\n',
    'fleet/dry-run.yml':
      'functions:\n  - { function-name: orders-api, source: app, dry-run: true }\n',
    'fleet/groups.yml':
      'functions:\n  - { function-name: orders-api, source: app }\n  - { function-name: billing-worker, source: app, group: billing }\n',
    'broken.zip': 'PK\u0003\u0004 and then nothing a zip holds',
    'links-in/index.js': 'exports.handler = async () => 1;\n',
    'links-out/index.js': 'exports.handler = async () => 1;\n',
    'links-dangling/index.js': 'exports.handler = async () => 1;\n',
  });
  await mkdir(path.join(root, 'empty'));
  await symlink('index.js', path.join(root, 'links-in/same.js'));
  await symlink('../notes.txt', path.join(root, 'links-out/notes.txt'));
  await symlink('nowhere.js', path.join(root, 'links-dangling/gone.js'));
  await writeLargeZip(path.join(root, 'large.zip'), DIRECT_UPLOAD_LIMIT + 1024);
}
