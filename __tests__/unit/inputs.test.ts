import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_S3_KEY_PREFIX,
  DEFAULT_WAIT_TIMEOUT_SECONDS,
  functionBaseName,
  hasSettings,
  isCleanup,
  parseCleanupInputs,
  parseInputs,
  type CleanupConfig,
  type DeployConfig,
  type DirectorySource,
  type Environment,
} from '../../src/inputs.js';
import { asInputError, thrownBy } from './helpers/errors.js';

const WORKSPACE = path.resolve('/home/runner/work/repo/repo');
const ENV: Environment = { AWS_REGION: 'eu-west-1', GITHUB_WORKSPACE: WORKSPACE };
const ARN = 'arn:aws:lambda:ap-southeast-2:123456789012:function:orders-api';

/** Inputs as a workflow would set them; unset ones read as '', as @actions/core's getInput does. */
function parse(inputs: Record<string, string>, env: Environment = ENV): DeployConfig {
  const withDefaults: Record<string, string> = {
    'function-name': 'orders-api',
    source: 'build',
    ...inputs,
  };
  return parseInputs((name) => withDefaults[name] ?? '', env);
}

/** The InputError `parse` throws; checks that its message names the input. */
function rejected(inputs: Record<string, string>, env: Environment = ENV) {
  const error = asInputError(thrownBy(() => parse(inputs, env)));
  expect(error.message).toContain(`'${error.input}'`);
  return error;
}

describe('parseInputs: defaults', () => {
  it('gives a complete config from function-name and source alone', () => {
    const config = parse({});
    expect(config).toMatchObject({
      functionName: 'orders-api',
      region: 'eu-west-1',
      code: {
        kind: 'directory',
        path: path.join(WORKSPACE, 'build'),
        include: [],
        exclude: [],
        symlinks: 'auto',
      },
      s3: {
        bucket: undefined,
        keyPrefix: 'lambda-deploy/',
        upload: 'auto',
        bucketOwner: undefined,
      },
      skipUnchanged: true,
      waitTimeoutSeconds: 600,
      release: {
        publish: false,
        alias: undefined,
        traffic: 100,
        functionUrl: 'none',
        versionDescription: 'Deployed by lambda-deploy',
      },
      prComment: undefined,
    });
    expect(config.prComment).toBeUndefined();
    // No function setting is set, so none is compared or sent.
    expect(hasSettings(config.settings)).toBe(false);
    expect(DEFAULT_WAIT_TIMEOUT_SECONDS).toBe(600);
    expect(DEFAULT_S3_KEY_PREFIX).toBe('lambda-deploy/');
  });

  it('takes the region from AWS_REGION before AWS_DEFAULT_REGION', () => {
    const env = { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-west-2' };
    expect(parse({}, env).region).toBe('eu-west-1');
  });

  it('falls back to AWS_DEFAULT_REGION when AWS_REGION is unset or empty', () => {
    expect(parse({}, { AWS_DEFAULT_REGION: 'us-west-2' }).region).toBe('us-west-2');
    expect(parse({}, { AWS_REGION: '', AWS_DEFAULT_REGION: 'us-west-2' }).region).toBe('us-west-2');
  });

  it('prefers the region input to the environment', () => {
    expect(parse({ region: 'sa-east-1' }).region).toBe('sa-east-1');
  });

  it("takes the region from function-name's ARN, over AWS_REGION", () => {
    expect(parse({ 'function-name': ARN }).region).toBe('ap-southeast-2');
  });

  it('accepts a region input equal to the ARN region', () => {
    expect(parse({ 'function-name': ARN, region: 'ap-southeast-2' }).region).toBe('ap-southeast-2');
  });

  it('reads GovCloud and China regions', () => {
    expect(parse({ region: 'us-gov-west-1' }).region).toBe('us-gov-west-1');
    const chinaArn = 'arn:aws-cn:lambda:cn-north-1:123456789012:function:orders-api';
    expect(parse({ 'function-name': chinaArn }, {}).region).toBe('cn-north-1');
  });
});

describe('parseInputs: function-name', () => {
  it.each([
    ['a name', 'orders-api'],
    ['a name with digits and _', 'Orders_API_2'],
    ['a partial ARN', '123456789012:function:orders-api'],
    ['an ARN', 'arn:aws:lambda:eu-west-1:123456789012:function:orders-api'],
    ['a 64-character name', 'f'.repeat(64)],
  ])('keeps %s as given', (_what, name) => {
    expect(parse({ 'function-name': name }).functionName).toBe(name);
  });

  it('is required', () => {
    const error = rejected({ 'function-name': '' });
    expect(error.input).toBe('function-name');
    expect(error.message).toContain('is required');
    expect(error.message).toContain('a partial ARN or an ARN');
  });

  it('rejects a name over 64 characters, saying the limit', () => {
    const error = rejected({ 'function-name': 'f'.repeat(65) });
    expect(error.input).toBe('function-name');
    expect(error.message).toContain('at most 64');
  });

  it.each(['orders api', 'orders.api', 'orders/api', 'örders', 'arn:aws:s3:::bucket'])(
    'rejects %j, naming the value and what is accepted',
    (name) => {
      const error = rejected({ 'function-name': name });
      expect(error.input).toBe('function-name');
      expect(error.message).toContain(`'${name}'`);
      expect(error.message).toContain('letters, digits, - and _');
    },
  );

  it.each([
    'orders-api:live',
    'orders-api:$LATEST',
    'orders-api:3',
    '123456789012:function:orders-api:live',
    'arn:aws:lambda:eu-west-1:123456789012:function:orders-api:live',
  ])('rejects the qualified %j and asks for the function without a qualifier', (name) => {
    const error = rejected({ 'function-name': name });
    expect(error.input).toBe('function-name');
    expect(error.message).toContain('names a version or alias');
    expect(error.message).toContain('without a qualifier');
  });
});

describe('parseInputs: region', () => {
  it.each(['Europe', 'eu_west_1', 'EU-WEST-1', 'eu-west', 'useast1'])(
    'rejects %j with an example of a region name',
    (region) => {
      const error = rejected({ region });
      expect(error.input).toBe('region');
      expect(error.message).toContain('such as eu-west-1');
    },
  );

  it("rejects a region that differs from function-name's ARN, naming both", () => {
    const error = rejected({ 'function-name': ARN, region: 'eu-west-1' });
    expect(error.input).toBe('region');
    expect(error.message).toContain('eu-west-1');
    expect(error.message).toContain('ap-southeast-2');
  });

  it('rejects an AWS_REGION that is not a region name, naming the variable', () => {
    const error = rejected({}, { GITHUB_WORKSPACE: WORKSPACE, AWS_REGION: 'garbage' });
    expect(error.input).toBe('region');
    expect(error.message).toContain("AWS_REGION is 'garbage'");
  });

  it('fails when no region is given anywhere, pointing at AWS_REGION', () => {
    const error = rejected({}, { GITHUB_WORKSPACE: WORKSPACE, AWS_REGION: ' ' });
    expect(error.input).toBe('region');
    expect(error.message).toContain('no region given');
    expect(error.message).toContain('AWS_REGION');
  });
});

describe('parseInputs: source and zip-file', () => {
  it('resolves a relative source against GITHUB_WORKSPACE', () => {
    expect(parse({ source: 'services/orders/dist' }).code).toMatchObject({
      kind: 'directory',
      path: path.join(WORKSPACE, 'services', 'orders', 'dist'),
    });
  });

  it('keeps an absolute source', () => {
    const absolute = path.resolve('/opt/build');
    expect(parse({ source: absolute }).code).toMatchObject({
      kind: 'directory',
      path: absolute,
    });
  });

  it('resolves zip-file against GITHUB_WORKSPACE', () => {
    expect(parse({ source: '', 'zip-file': 'dist/function.zip' }).code).toEqual({
      kind: 'zip-file',
      path: path.join(WORKSPACE, 'dist', 'function.zip'),
      symlinks: 'auto',
    });
  });

  it('resolves against the working directory when GITHUB_WORKSPACE is unset', () => {
    const config = parse({ source: 'build' }, { AWS_REGION: 'eu-west-1' });
    expect(config.code).toMatchObject({ path: path.resolve(process.cwd(), 'build') });
  });

  it('rejects both source and zip-file, naming both', () => {
    const error = rejected({ source: 'build', 'zip-file': 'function.zip' });
    expect(error.input).toBe('source');
    expect(error.message).toContain("'zip-file'");
    expect(error.message).toContain('only one');
  });

  it('requires one of source and zip-file, naming both', () => {
    const error = rejected({ source: '' });
    expect(error.input).toBe('source');
    expect(error.message).toContain('is required');
    expect(error.message).toContain("'zip-file'");
  });
});

/** The directory source `parse(inputs)` gives; fails the test for a zip-file. */
function directory(inputs: Record<string, string>): DirectorySource {
  const source = parse(inputs).code;
  if (source.kind !== 'directory') throw new Error(`expected a directory, got ${source.kind}`);
  return source;
}

describe('parseInputs: include and exclude', () => {
  it('reads one glob a line, trimmed, skipping blank lines and # comments', () => {
    const source = directory({
      include: '  dist/**  \n\n# the handler\r\nindex.js\r\n   \n.well-known/**',
      exclude: '**/*.map\n  # not this\nnode_modules',
    });
    expect(source.include).toEqual(['dist/**', 'index.js', '.well-known/**']);
    expect(source.exclude).toEqual(['**/*.map', 'node_modules']);
  });

  it('gives no patterns when the inputs are unset or hold only comments', () => {
    expect(directory({}).include).toEqual([]);
    expect(directory({ exclude: '# nothing yet\n\n' }).exclude).toEqual([]);
  });

  it.each(['include', 'exclude'] as const)(
    "keeps a %s pattern that takes back with '!', as a .gitignore does",
    (input) => {
      expect(directory({ [input]: 'lib/**\n!lib/test/**' })[input]).toEqual([
        'lib/**',
        '!lib/test/**',
      ]);
    },
  );

  it("rejects '..' after a '!' too", () => {
    const error = rejected({ exclude: '!../secrets' });
    expect(error.input).toBe('exclude');
    expect(error.message).toContain("'!../secrets' reaches outside the source directory");
  });

  it.each([
    ['include', '../shared/**'],
    ['include', 'lib/../../secrets'],
    ['exclude', '..'],
    ['exclude', 'a/b/..'],
  ])("rejects %s pattern %j, which reaches out with '..'", (input, pattern) => {
    const error = rejected({ [input]: pattern });
    expect(error.input).toBe(input);
    expect(error.message).toContain(`'${pattern}'`);
    expect(error.message).toContain("'..'");
  });

  it("accepts '..' inside a name, which does not leave the source", () => {
    expect(directory({ include: '..data/**\nv1..v2.txt' }).include).toEqual([
      '..data/**',
      'v1..v2.txt',
    ]);
  });

  it.each(['include', 'exclude'])('rejects %s with a zip-file, naming the input', (input) => {
    const error = rejected({ source: '', 'zip-file': 'function.zip', [input]: '**/*.js' });
    expect(error.input).toBe(input);
    expect(error.message).toContain("applies to 'source' only");
  });

  it('accepts a zip-file when include and exclude hold only comments', () => {
    const config = parse({ source: '', 'zip-file': 'function.zip', include: '# none\n' });
    expect(config.code.kind).toBe('zip-file');
  });
});

describe('parseInputs: symlinks', () => {
  it.each([
    ['', 'auto'],
    ['auto', 'auto'],
    ['follow', 'follow'],
    ['error', 'error'],
    ['preserve', 'preserve'],
  ])('reads %j as %j', (value, expected) => {
    expect(directory({ symlinks: value }).symlinks).toBe(expected);
  });

  it('gives a zip-file the policy, for its link entries', () => {
    const code = parse({ source: '', 'zip-file': 'function.zip', symlinks: 'preserve' }).code;
    expect(code).toEqual({
      kind: 'zip-file',
      path: path.join(WORKSPACE, 'function.zip'),
      symlinks: 'preserve',
    });
  });

  it.each(['sideways', 'Follow', 'ERROR', 'true', 'skip'])(
    'rejects %j, naming the choices',
    (value) => {
      const error = rejected({ symlinks: value });
      expect(error.input).toBe('symlinks');
      expect(error.message).toContain(`'${value}'`);
      expect(error.message).toContain('auto, follow, error, preserve');
    },
  );
});

describe('parseInputs: skip-unchanged', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('reads %j as %s', (value, expected) => {
    expect(parse({ 'skip-unchanged': value }).skipUnchanged).toBe(expected);
  });

  it.each(['yes', 'no', '1', '0', 'on', 'tru'])('rejects %j, saying true or false', (value) => {
    const error = rejected({ 'skip-unchanged': value });
    expect(error.input).toBe('skip-unchanged');
    expect(error.message).toContain(`'${value}'`);
    expect(error.message).toContain('true or false');
  });
});

describe('parseInputs: wait-timeout', () => {
  it.each([
    ['1', 1],
    ['90', 90],
    ['21600', 21_600],
  ])('reads %j as %i seconds', (value, expected) => {
    expect(parse({ 'wait-timeout': value }).waitTimeoutSeconds).toBe(expected);
  });

  it.each(['abc', '0', '-1', '1.5', '21601', '1e3', '0x10', '99999999999999999999'])(
    'rejects %j, saying the accepted range',
    (value) => {
      const error = rejected({ 'wait-timeout': value });
      expect(error.input).toBe('wait-timeout');
      expect(error.message).toContain(value);
      expect(error.message).toContain('a whole number of seconds from 1 to 21600');
    },
  );
});

describe('parseInputs: request-timeout', () => {
  it('gives every request 60 seconds by default', () => {
    expect(parse({}).requestTimeoutSeconds).toBe(60);
  });

  it.each([
    ['1', 1],
    ['5', 5],
    ['3600', 3_600],
  ])('reads %j as %i seconds', (value, expected) => {
    expect(parse({ 'request-timeout': value }).requestTimeoutSeconds).toBe(expected);
  });

  it.each(['0', '-1', '2.5', '3601', 'soon'])('rejects %j, saying the accepted range', (value) => {
    const error = rejected({ 'request-timeout': value });
    expect(error.input).toBe('request-timeout');
    expect(error.message).toContain('a whole number of seconds from 1 to 3600');
  });
});

describe('parseInputs: s3-bucket', () => {
  it.each(['abc', 'my-artifacts', 'artifacts.example.com', '123bucket', 'a'.repeat(63)])(
    'accepts %j',
    (bucket) => {
      expect(parse({ 's3-bucket': bucket }).s3.bucket).toBe(bucket);
    },
  );

  it.each([
    ['too short', 'ab'],
    ['too long', 'a'.repeat(64)],
    ['upper case', 'My-Artifacts'],
    ['an underscore', 'my_artifacts'],
    ['a leading hyphen', '-artifacts'],
    ['a trailing dot', 'artifacts.'],
    ['two dots in a row', 'my..artifacts'],
    ['an s3:// URI', 's3://artifacts'],
  ])('rejects a name with %s, naming the rule', (_what, bucket) => {
    const error = rejected({ 's3-bucket': bucket });
    expect(error.input).toBe('s3-bucket');
    expect(error.message).toContain(`'${bucket}'`);
    expect(error.message).toContain("3 to 63 lower-case letters, digits, '.' and '-'");
  });
});

describe('parseInputs: s3-key-prefix', () => {
  it.each([
    ['builds/', 'builds/'],
    ['team/orders/', 'team/orders/'],
    ['flat-', 'flat-'],
  ])('keeps %j as given', (prefix, expected) => {
    expect(parse({ 's3-key-prefix': prefix }).s3.keyPrefix).toBe(expected);
  });

  it('accepts 512 characters', () => {
    const prefix = 'p'.repeat(511) + '/';
    expect(parse({ 's3-key-prefix': prefix }).s3.keyPrefix).toBe(prefix);
  });

  it.each([
    ['a leading /', '/builds/'],
    ['513 characters', 'p'.repeat(512) + '/'],
  ])('rejects a prefix with %s', (_what, prefix) => {
    const error = rejected({ 's3-key-prefix': prefix });
    expect(error.input).toBe('s3-key-prefix');
    expect(error.message).toContain("must not start with '/'");
    expect(error.message).toContain('512 characters at most');
  });
});

describe('parseInputs: s3-upload', () => {
  it.each(['auto', 'always', 'never'] as const)('reads %j', (mode) => {
    expect(parse({ 's3-upload': mode, 's3-bucket': 'artifacts' }).s3.upload).toBe(mode);
  });

  it.each(['Always', 'yes', 'true', 's3'])('rejects %j, naming the choices', (value) => {
    const error = rejected({ 's3-upload': value, 's3-bucket': 'artifacts' });
    expect(error.input).toBe('s3-upload');
    expect(error.message).toContain(`'${value}'`);
    expect(error.message).toContain('auto, always, never');
  });

  it("requires s3-bucket with 'always', naming s3-bucket", () => {
    const error = rejected({ 's3-upload': 'always' });
    expect(error.input).toBe('s3-bucket');
    expect(error.message).toContain("is required when s3-upload is 'always'");
  });

  it.each(['auto', 'never'])('needs no bucket with %j', (mode) => {
    expect(parse({ 's3-upload': mode }).s3).toMatchObject({ bucket: undefined, upload: mode });
  });
});

describe('parseInputs: s3-bucket-owner', () => {
  it('reads a 12-digit account ID', () => {
    expect(parse({ 's3-bucket-owner': '012345678901' }).s3.bucketOwner).toBe('012345678901');
  });

  it.each(['12345678901', '1234567890123', '12345678901a', 'arn:aws:iam::123456789012:root'])(
    'rejects %j, saying a 12-digit account ID',
    (owner) => {
      const error = rejected({ 's3-bucket-owner': owner });
      expect(error.input).toBe('s3-bucket-owner');
      expect(error.message).toContain(`'${owner}'`);
      expect(error.message).toContain('12-digit AWS account ID');
    },
  );
});

describe('parseInputs: publish and alias', () => {
  it('publishes nothing and moves no alias by default', () => {
    expect(parse({}).release).toMatchObject({ publish: false, alias: undefined });
  });

  it('publishes without an alias when publish is true', () => {
    expect(parse({ publish: 'true' }).release).toMatchObject({ publish: true, alias: undefined });
  });

  it.each(['', 'false', 'true'])('publishes whenever an alias is set (publish %j)', (publish) => {
    expect(parse({ alias: 'live', publish }).release).toMatchObject({
      publish: true,
      alias: 'live',
    });
  });

  it('rejects a publish that is not true or false', () => {
    const error = rejected({ publish: 'yes' });
    expect(error.input).toBe('publish');
    expect(error.message).toContain('true or false');
  });

  it.each(['live', 'pr-42', 'Canary_2', '1a', '007-rc', '_', 'a'.repeat(128)])(
    'accepts the alias %j',
    (alias) => {
      expect(parse({ alias }).release.alias).toBe(alias);
    },
  );

  it.each([
    ['all digits', '123'],
    ['a single digit', '7'],
    ['a space', 'a b'],
    ['a dot', 'pr.1'],
    ['a colon', 'live:1'],
    ['a $', '$LATEST'],
    ['129 characters', 'a'.repeat(129)],
  ])('rejects an alias with %s, naming the rule', (_what, alias) => {
    const error = rejected({ alias });
    expect(error.input).toBe('alias');
    expect(error.message).toContain(`'${alias}'`);
    expect(error.message).toContain("letters, digits, '-' and '_', not all digits");
  });
});

describe('parseInputs: traffic', () => {
  it.each([
    ['1', 1],
    ['10', 10],
    ['99', 99],
    ['100', 100],
  ])('reads %j with an alias as %i percent', (traffic, expected) => {
    expect(parse({ alias: 'live', traffic }).release.traffic).toBe(expected);
  });

  it('accepts traffic 100 without an alias: all of nothing is no split', () => {
    expect(parse({ traffic: '100' }).release.traffic).toBe(100);
  });

  it.each(['0', '150', '101', '-5', '10.5', 'ten', '10%'])(
    'rejects %j, saying the accepted range',
    (traffic) => {
      const error = rejected({ alias: 'live', traffic });
      expect(error.input).toBe('traffic');
      expect(error.message).toContain(traffic);
      expect(error.message).toContain('a whole number of percent from 1 to 100');
    },
  );

  it('rejects traffic below 100 without an alias, asking for one', () => {
    const error = rejected({ traffic: '10' });
    expect(error.input).toBe('traffic');
    expect(error.message).toContain('needs an alias');
  });
});

describe('parseInputs: function-url', () => {
  it.each([
    ['', 'none'],
    ['none', 'none'],
    ['public', 'public'],
    ['iam', 'iam'],
  ] as const)('reads %j as %j', (value, expected) => {
    expect(parse({ 'function-url': value }).release.functionUrl).toBe(expected);
  });

  it.each(['yes', 'true', 'PUBLIC', 'AWS_IAM', 'NONE'])(
    'rejects %j, naming the choices',
    (value) => {
      const error = rejected({ 'function-url': value });
      expect(error.input).toBe('function-url');
      expect(error.message).toContain(`'${value}'`);
      expect(error.message).toContain('none, public, iam');
    },
  );
});

describe('parseInputs: trigger-check', () => {
  it.each([
    ['', 'warn'],
    ['warn', 'warn'],
    ['fail', 'fail'],
  ] as const)('reads %j as %j', (value, expected) => {
    expect(
      parse({ alias: 'live', traffic: '10', 'trigger-check': value }).release.triggerCheck,
    ).toBe(expected);
  });

  it('takes fail where there is nothing to check (traffic 100), as a manifest default may', () => {
    expect(parse({ 'trigger-check': 'fail' }).release.triggerCheck).toBe('fail');
  });

  it.each(['error', 'true', 'FAIL', 'warning'])('rejects %j, naming the choices', (value) => {
    const error = rejected({ 'trigger-check': value });
    expect(error.input).toBe('trigger-check');
    expect(error.message).toBe(`Input 'trigger-check': '${value}' is not one of warn, fail`);
  });
});

describe('parseInputs: version-description', () => {
  const RUN: Environment = {
    ...ENV,
    GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_ATTEMPT: '2',
  };

  it('names the short commit, the ref, the run and its attempt by default', () => {
    expect(parse({}, RUN).release.versionDescription).toBe(
      'a1b2c3d refs/pull/42/merge run 9876543210 attempt 2',
    );
  });

  it('leaves out what the environment does not say', () => {
    const partial = { ...RUN, GITHUB_RUN_ATTEMPT: undefined, GITHUB_REF: undefined };
    expect(parse({}, partial).release.versionDescription).toBe('a1b2c3d run 9876543210');
  });

  it('says lambda-deploy made it when the environment names no run', () => {
    expect(parse({}).release.versionDescription).toBe('Deployed by lambda-deploy');
  });

  it("cuts a default longer than Lambda's 256 characters to 256", () => {
    const env = { ...RUN, GITHUB_REF: `refs/heads/${'b'.repeat(300)}` };
    const description = parse({}, env).release.versionDescription;
    expect(description).toHaveLength(256);
    expect(description.startsWith('a1b2c3d refs/heads/bbb')).toBe(true);
  });

  it('keeps a given description, up to 256 characters', () => {
    expect(parse({ 'version-description': 'release 1.2.3' }, RUN).release.versionDescription).toBe(
      'release 1.2.3',
    );
    const longest = 'd'.repeat(256);
    expect(parse({ 'version-description': longest }).release.versionDescription).toBe(longest);
  });

  it('rejects a given description over 256 characters, saying the limit', () => {
    const error = rejected({ 'version-description': 'd'.repeat(257) });
    expect(error.input).toBe('version-description');
    expect(error.message).toContain('256 characters');
  });
});

describe('parseInputs: comment-on-pr', () => {
  it('comments on nothing by default, and with false', () => {
    expect(parse({}).prComment).toBeUndefined();
    expect(parse({ 'comment-on-pr': 'false', 'github-token': 'ghs_x' }).prComment).toBeUndefined();
  });

  it('takes the github-token input', () => {
    const config = parse({ alias: 'pr-42', 'comment-on-pr': 'true', 'github-token': 'ghs_input' });
    expect(config.prComment).toEqual({ token: 'ghs_input' });
  });

  it('falls back to GITHUB_TOKEN, and prefers the input to it', () => {
    const env = { ...ENV, GITHUB_TOKEN: 'ghs_env' };
    const inputs = { alias: 'pr-42', 'comment-on-pr': 'true' };
    expect(parse(inputs, env).prComment).toEqual({ token: 'ghs_env' });
    expect(parse({ ...inputs, 'github-token': 'ghs_input' }, env).prComment).toEqual({
      token: 'ghs_input',
    });
  });

  it('needs an alias: the comment is about the preview', () => {
    const error = rejected({ 'comment-on-pr': 'true', 'github-token': 'ghs_input' });
    expect(error.input).toBe('alias');
    expect(error.message).toContain('is required with comment-on-pr: true');
  });

  it('rejects comment-on-pr that is not true or false', () => {
    const error = rejected({ alias: 'pr-42', 'comment-on-pr': 'yes', 'github-token': 'ghs_x' });
    expect(error.input).toBe('comment-on-pr');
  });
});

/** The InputError `parseCleanupInputs` throws; checks that its message names the input. */
function rejectedCleanup(inputs: Record<string, string>, env: Environment = ENV) {
  const error = asInputError(thrownBy(() => parseCleanupInputs((name) => inputs[name] ?? '', env)));
  expect(error.message).toContain(`'${error.input}'`);
  return error;
}

describe("the issue's bad inputs", () => {
  it.each([
    ['alias: 123', { alias: '123' }, 'alias'],
    ['alias: a b', { alias: 'a b' }, 'alias'],
    ['traffic: 0', { alias: 'live', traffic: '0' }, 'traffic'],
    ['traffic: 150', { alias: 'live', traffic: '150' }, 'traffic'],
    ['traffic below 100 without alias', { traffic: '50' }, 'traffic'],
    ['function-url: yes', { 'function-url': 'yes' }, 'function-url'],
    ['comment-on-pr without a token', { alias: 'pr-42', 'comment-on-pr': 'true' }, 'github-token'],
  ])('rejects %s, naming %j', (_what, inputs, input) => {
    expect(rejected(inputs, ENV).input).toBe(input);
  });

  it('rejects delete-alias without an alias, naming alias', () => {
    const error = rejectedCleanup({ 'function-name': 'orders-api', 'delete-alias': 'true' });
    expect(error.input).toBe('alias');
    expect(error.message).toContain('is required with delete-alias: true');
  });
});

describe('isCleanup', () => {
  it.each([
    ['', false],
    ['false', false],
    ['true', true],
    ['True', true],
  ])('reads delete-alias %j as %s', (value, expected) => {
    expect(isCleanup((name) => (name === 'delete-alias' ? value : ''))).toBe(expected);
  });

  it('rejects a delete-alias that is not true or false', () => {
    const error = asInputError(thrownBy(() => isCleanup(() => 'closed')));
    expect(error.input).toBe('delete-alias');
  });
});

describe('parseCleanupInputs', () => {
  function cleanup(inputs: Record<string, string>, env: Environment = ENV): CleanupConfig {
    const read = (name: string) => inputs[name] ?? '';
    return parseCleanupInputs(read, env);
  }

  it('needs the function and the alias, and reads no package source', () => {
    const read: string[] = [];
    const inputs: Record<string, string> = {
      'function-name': 'orders-api',
      alias: 'pr-42',
      'delete-alias': 'true',
      // Both set would be rejected by parseInputs: cleanup must not look.
      source: 'build',
      'zip-file': 'function.zip',
    };
    const config = parseCleanupInputs((name) => {
      read.push(name);
      return inputs[name] ?? '';
    }, ENV);
    expect(config).toEqual({
      functionName: 'orders-api',
      region: 'eu-west-1',
      alias: 'pr-42',
      prComment: undefined,
      requestTimeoutSeconds: 60,
    });
    expect(read).not.toContain('source');
    expect(read).not.toContain('zip-file');
  });

  it("takes the region from function-name's ARN", () => {
    expect(cleanup({ 'function-name': ARN, alias: 'pr-42' }).region).toBe('ap-southeast-2');
  });

  it('reads comment-on-pr and its token', () => {
    const config = cleanup({
      'function-name': 'orders-api',
      alias: 'pr-42',
      'comment-on-pr': 'true',
      'github-token': 'ghs_input',
    });
    expect(config.prComment).toEqual({ token: 'ghs_input' });
  });

  it.each([
    ['alias: 123', { alias: '123' }, 'alias'],
    ['alias: a b', { alias: 'a b' }, 'alias'],
    ['no function-name', { 'function-name': '', alias: 'pr-42' }, 'function-name'],
    ['comment-on-pr without a token', { alias: 'pr-42', 'comment-on-pr': 'true' }, 'github-token'],
  ])('rejects %s, naming %j', (_what, inputs, input) => {
    expect(rejectedCleanup({ 'function-name': 'orders-api', ...inputs }).input).toBe(input);
  });
});

describe('functionBaseName', () => {
  it.each([
    ['a name', 'orders-api'],
    ['a partial ARN', '123456789012:function:orders-api'],
    ['an ARN', 'arn:aws:lambda:eu-west-1:123456789012:function:orders-api'],
  ])('gives the function name from %s', (_what, name) => {
    expect(functionBaseName(name)).toBe('orders-api');
  });
});

// rollback-to: a mode of its own, like delete-alias.
import { isRollback, parseRollbackInputs } from '../../src/inputs.js';

describe('parseRollbackInputs (rollback-to)', () => {
  const rollbackInputs = (inputs: Record<string, string>) => {
    const given: Record<string, string> = {
      'function-name': 'orders-api',
      alias: 'live',
      ...inputs,
    };
    return (name: string) => given[name] ?? '';
  };
  const ROLLBACK_ENV: Environment = { ...ENV, GITHUB_SHA: '1a2b3c4d5e6f', GITHUB_RUN_ID: '42' };

  it('is the mode whenever rollback-to is set, and only then', () => {
    expect(isRollback(rollbackInputs({ 'rollback-to': 'previous' }))).toBe(true);
    expect(isRollback(rollbackInputs({}))).toBe(false);
  });

  it.each([
    ['previous', 'previous'],
    ['a version number', '7'],
    ['a large version number', '1234567890'],
  ])('takes %s', (_what, value) => {
    const read = rollbackInputs({ 'rollback-to': value, source: 'ignored' });
    expect(parseRollbackInputs(read, ROLLBACK_ENV)).toEqual({
      functionName: 'orders-api',
      region: 'eu-west-1',
      alias: 'live',
      target: value,
      runLabel: '1a2b3c4 run 42',
      requestTimeoutSeconds: 60,
      dryRun: false,
    });
  });

  it('reads dry-run: a dry run plans the move and makes none', () => {
    const read = rollbackInputs({ 'rollback-to': '7', 'dry-run': 'true' });
    expect(parseRollbackInputs(read, ROLLBACK_ENV).dryRun).toBe(true);
  });

  it('needs an alias, naming alias', () => {
    const error = asInputError(
      thrownBy(() => parseRollbackInputs(rollbackInputs({ 'rollback-to': '7', alias: '' }), ENV)),
    );
    expect(error.input).toBe('alias');
    expect(error.message).toBe(
      "Input 'alias': is required with rollback-to (the alias to move back)",
    );
  });

  it.each(['Previous', 'latest', '$LATEST', '0', '07', '-1', '1.5', 'v7', '12345678901', 'live'])(
    'refuses rollback-to %j, naming rollback-to and what it takes',
    (value) => {
      const error = asInputError(
        thrownBy(() => parseRollbackInputs(rollbackInputs({ 'rollback-to': value }), ENV)),
      );
      expect(error.input).toBe('rollback-to');
      expect(error.message).toContain("is not 'previous' or a version number");
    },
  );

  it('says why $LATEST is not a version to roll back to', () => {
    const error = thrownBy(() =>
      parseRollbackInputs(rollbackInputs({ 'rollback-to': '$LATEST' }), ENV),
    );
    expect(error.message).toContain('it is not a published version');
  });

  it('refuses rollback-to with delete-alias: true', () => {
    const read = rollbackInputs({ 'rollback-to': 'previous', 'delete-alias': 'true' });
    const error = asInputError(thrownBy(() => parseRollbackInputs(read, ENV)));
    expect(error.input).toBe('rollback-to');
    expect(error.message).toContain('delete-alias: true cannot be used together');
  });

  it.each([
    ['an all-digit alias', { alias: '42' }, 'alias'],
    ['no function-name', { 'function-name': '' }, 'function-name'],
    ['a bad region', { region: 'Europe' }, 'region'],
    ['a bad request-timeout', { 'request-timeout': '0' }, 'request-timeout'],
  ])('refuses %s, naming %j', (_what, inputs, input) => {
    const read = rollbackInputs({ 'rollback-to': 'previous', ...inputs });
    expect(asInputError(thrownBy(() => parseRollbackInputs(read, ENV))).input).toBe(input);
  });
});
