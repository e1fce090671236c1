import {
  CreateAliasCommand,
  CreateFunctionUrlConfigCommand,
  GetFunctionCommand,
  PublishVersionCommand,
} from '@aws-sdk/client-lambda';
import { describe, expect, inject, it } from 'vitest';
import type { UploadRoute } from '../../src/resources/code/plan.js';
import { updateFunctionCode } from '../../src/resources/code/apply.js';
import { createFunction } from '../../src/resources/function/apply.js';
import { applyPlan } from '../../src/apply/apply-plan.js';
import type { RoleWait } from '../../src/aws/role-propagation.js';
import { parseInputs, type DeployConfig } from '../../src/inputs.js';
import { preparePackage } from '../../src/package/deployment-package.js';
import { type DeploymentPackage } from '../../src/package/package-contents.js';
import { Phases } from '../../src/phases.js';
import { planDeploy } from '../../src/plan/deploy-plan.js';
import { readDeployState } from '../../src/plan/deploy-state.js';
import { planJson } from '../../src/plan/plan-output.js';
import {
  createTestFunction,
  lambdaClient,
  lambdaFunction,
  motoEndpoint,
  readFunction,
  silentLogger,
  uniqueFunctionName,
} from '../support/aws.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import { aliasRouting, lambdaRelease, versionNumbers } from '../support/lambda-state.js';
import { ACCOUNT_ID } from '../support/moto-account.js';
import {
  digestOf,
  directorySource,
  outputDirectory,
  packageOptions,
  sourceDirectory,
} from '../support/package-fixtures.js';
import { rejectionOf } from '../support/rejection.js';
import { createTestBucket, isWrite, s3Client } from '../support/s3.js';

const proxy = useFaultProxy();

/** CreateFunction: POST /2015-03-31/functions. */
const createFunctionRequest: RequestMatcher = ({ method, path }) =>
  method === 'POST' && path === '/2015-03-31/functions';

async function packageOf(name: string, marker: string): Promise<DeploymentPackage> {
  return preparePackage(
    directorySource(await sourceDirectory(`${marker} of ${name}`)),
    packageOptions(name, await outputDirectory()),
  );
}

/** parseInputs' config for `name` with `inputs`, as main would get it. */
function configFor(name: string, inputs: Record<string, string> = {}): DeployConfig {
  const all: Record<string, string> = { 'function-name': name, source: 'app', ...inputs };
  return parseInputs((input) => all[input] ?? '', {
    AWS_REGION: 'us-east-1',
    GITHUB_WORKSPACE: '/home/runner/work/repo/repo',
  });
}

/** Inputs create-if-missing needs, with moto's test role. */
function creatable(): Record<string, string> {
  return {
    'create-if-missing': 'true',
    role: inject('testRoleArn'),
    runtime: 'nodejs20.x',
    handler: 'index.handler',
  };
}

/** The CreateFunction requests' JSON bodies, as the proxy saw them. */
function creationBodies(): Record<string, unknown>[] {
  return proxy()
    .requests.filter(createFunctionRequest)
    .map((request) => JSON.parse(request.body ?? 'null') as Record<string, unknown>);
}

/**
 * Retries while Lambda cannot assume the role, over 1 s instead of IAM's 30: moto never
 * comes to assume a role that does not exist, so the role test would only wait longer.
 */
const ROLE_WAIT: RoleWait = { windowSeconds: 1, firstDelayMs: 100, maxDelayMs: 400 };

function create(name: string, pkg: DeploymentPackage, config: DeployConfig, upload: UploadRoute) {
  const fn = lambdaFunction(name, proxy().endpoint);
  fn.roleWait = ROLE_WAIT;
  return createFunction(
    fn,
    { kind: 'zip', package: pkg, upload },
    config.settings,
    30,
    silentLogger,
  );
}

describe('createFunction against moto', () => {
  it('creates the function with the package and the settings given, and only those', async () => {
    const name = uniqueFunctionName('create');
    const pkg = await packageOf(name, 'first code');
    const config = configFor(name, {
      ...creatable(),
      'memory-size': '256',
      tags: 'team=payments\nstage=dev',
    });

    const result = await create(name, pkg, config, { kind: 'direct' });

    expect(result.deployed).toBe(true);
    expect(result.function).toMatchObject({ name, state: 'Active', codeSha256: pkg.sha256 });
    const inMoto = await lambdaClient().send(new GetFunctionCommand({ FunctionName: name }));
    expect(inMoto.Configuration).toMatchObject({
      FunctionArn: result.function.arn,
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: inject('testRoleArn'),
      MemorySize: 256,
      PackageType: 'Zip',
      CodeSha256: (await digestOf(pkg.path)).sha256,
      CodeSize: pkg.size,
    });
    expect(inMoto.Tags).toEqual({ team: 'payments', stage: 'dev' });
    const bodies = creationBodies();
    expect(bodies).toHaveLength(1);
    expect(Object.keys(bodies[0] ?? {}).sort()).toEqual([
      'Code',
      'FunctionName',
      'Handler',
      'MemorySize',
      'PackageType',
      'Role',
      'Runtime',
      'Tags',
    ]);
    expect(Object.keys(bodies[0]?.['Code'] ?? {})).toEqual(['ZipFile']);
  });

  it('creates the function from S3 when the upload goes through S3', async () => {
    const name = uniqueFunctionName('create-s3');
    const bucket = await createTestBucket('create');
    const pkg = await packageOf(name, 'staged code');
    const key = `lambda-deploy/${name}/${Buffer.from(pkg.sha256, 'base64').toString('hex')}.zip`;

    const result = await create(name, pkg, configFor(name, creatable()), {
      kind: 's3',
      bucket,
      key,
      bucketOwner: undefined,
      client: s3Client(proxy().endpoint),
    });

    expect(result.staged).toMatchObject({ bucket, key, uploaded: true });
    expect(creationBodies().map((body) => body['Code'])).toEqual([
      { S3Bucket: bucket, S3Key: key },
    ]);
    expect((await readFunction(name)).CodeSha256).toBe(pkg.sha256);
  });

  it('fails, naming the role, when Lambda refuses it', async () => {
    const name = uniqueFunctionName('create-role');
    const pkg = await packageOf(name, 'code');
    const config = configFor(name, {
      ...creatable(),
      role: `arn:aws:iam::${ACCOUNT_ID}:role/no-such-role`,
    });

    const error = await rejectionOf(create(name, pkg, config, { kind: 'direct' }));

    expect(error.message).toContain(`Could not create the function (function '${name}')`);
    expect(error.message).toContain('role');
    expect(proxy().count(({ method, path }) => method === 'GET' && path.includes(name))).toBe(0);
  });

  it('does not retry CreateFunction when the function already exists', async () => {
    const name = await createTestFunction();
    const pkg = await packageOf(name, 'racing code');

    const error = await rejectionOf(
      create(name, pkg, configFor(name, creatable()), { kind: 'direct' }),
    );

    expect(error.message).toContain('already exist');
    expect(proxy().count(createFunctionRequest)).toBe(1);
  });
});

describe('readDeployState and planDeploy against moto: read requests only', () => {
  /** A function with version 1 behind alias live, which has a public URL. */
  async function releasedFunction(): Promise<string> {
    const name = await createTestFunction();
    const client = lambdaClient();
    const version = await client.send(new PublishVersionCommand({ FunctionName: name }));
    await client.send(
      new CreateAliasCommand({
        FunctionName: name,
        Name: 'live',
        FunctionVersion: version.Version ?? '',
      }),
    );
    await client.send(
      new CreateFunctionUrlConfigCommand({
        FunctionName: name,
        Qualifier: 'live',
        AuthType: 'NONE',
      }),
    );
    return name;
  }

  const apis = (name: string) => ({
    lambda: lambdaFunction(name, proxy().endpoint),
    releaser: lambdaRelease(name, proxy().endpoint),
    layer: undefined,
    alarms: undefined,
  });

  /** As main does: read (read calls only), then decide from what was read. */
  async function plan(name: string, pkg: DeploymentPackage, config: DeployConfig) {
    const state = await readDeployState(apis(name), config);
    return planDeploy(config, state, {
      code: { kind: 'zip', package: pkg, upload: { kind: 'direct' } },
      layer: undefined,
    });
  }

  it('plans the code, a setting, tags, the canary and the URL, and changes nothing', async () => {
    const name = await releasedFunction();
    const before = await readFunction(name);
    const versionsBefore = await versionNumbers(name);
    const routingBefore = await aliasRouting(name, 'live');
    const pkg = await packageOf(name, 'new code');

    const planned = await plan(
      name,
      pkg,
      configFor(name, {
        'dry-run': 'true',
        'memory-size': '512',
        tags: 'team=orders',
        alias: 'live',
        traffic: '10',
        'function-url': 'public',
      }),
    );

    expect(planJson(planned)).toEqual({
      changes: true,
      function: { name, action: 'update' },
      code: { action: 'update', from: before.CodeSha256, to: pkg.sha256 },
      configuration: [{ setting: 'memory-size', from: '128', to: '512', source: 'input' }],
      tags: ['team'],
      layer: null,
      alarms: undefined,
      version: { action: 'publish', version: null },
      alias: { name: 'live', action: 'update', before: '1', after: '1 (90 %) / new (10 %)' },
      functionUrl: { action: 'keep', auth: 'NONE' },
      prune: null,
      smokeTest: false,
      traffic: null,
    });
    expect(planned.release.url?.statements.add).toHaveLength(2);
    expect(planned.function.found?.codeSha256).toBe(before.CodeSha256);
    expect(proxy().requests.length).toBeGreaterThan(0);
    expect(proxy().requests.filter(isWrite)).toEqual([]);
    const after = await readFunction(name);
    expect(after.CodeSha256).toBe(before.CodeSha256);
    expect(after.MemorySize).toBe(128);
    expect(after.LastModified).toBe(before.LastModified);
    expect(await versionNumbers(name)).toEqual(versionsBefore);
    expect(await aliasRouting(name, 'live')).toEqual(routingBefore);
    const tags = await lambdaClient().send(new GetFunctionCommand({ FunctionName: name }));
    expect(tags.Tags?.['team']).toBeUndefined();
  });

  it('plans no code change once the function runs the package', async () => {
    const name = await createTestFunction();
    const pkg = await packageOf(name, 'deployed code');
    await updateFunctionCode(
      lambdaFunction(name, motoEndpoint()),
      pkg,
      {
        skipUnchanged: true,
        waitTimeoutSeconds: 30,
        upload: { kind: 'direct' },
        architecture: undefined,
      },
      silentLogger,
    );

    const planned = await plan(name, pkg, configFor(name, { 'dry-run': 'true' }));

    expect(planJson(planned)).toMatchObject({
      changes: false,
      code: { action: 'skip', from: pkg.sha256, to: pkg.sha256 },
    });
    expect(planned.function.found?.codeSha256).toBe(pkg.sha256);
    expect(proxy().requests.filter(isWrite)).toEqual([]);
  });

  it('plans to create a missing function with create-if-missing, and creates nothing', async () => {
    const name = uniqueFunctionName('plan-missing');
    const pkg = await packageOf(name, 'code');

    const planned = await plan(
      name,
      pkg,
      configFor(name, { ...creatable(), 'dry-run': 'true', alias: 'live', 'function-url': 'iam' }),
    );

    expect(planJson(planned)).toMatchObject({
      changes: true,
      function: { name, action: 'create' },
      code: { action: 'create', from: null, to: pkg.sha256 },
      version: { action: 'publish', version: null },
      alias: { name: 'live', action: 'create', before: null, after: 'new' },
      functionUrl: { action: 'create', auth: 'AWS_IAM' },
      prune: null,
      smokeTest: false,
      traffic: null,
    });
    expect(
      proxy().requests.map((request) => `${request.method} ${String(request.status)}`),
    ).toEqual(['GET 404']);
    const error = await rejectionOf(readFunction(name));
    expect(error.name).toBe('ResourceNotFoundException');
  });

  it('applies the plan, after which the same inputs plan no change: the version is reused', async () => {
    const name = uniqueFunctionName('plan-apply');
    const pkg = await packageOf(name, 'code');
    const config = configFor(name, {
      ...creatable(),
      alias: 'live',
      'function-url': 'public',
      'memory-size': '256',
    });
    const built = {
      deployable: { kind: 'zip' as const, package: pkg, upload: { kind: 'direct' as const } },
      layerPackage: undefined,
    };
    const phases = new Phases((_name, work) => work());

    const first = await plan(name, pkg, config);
    const outcome = await applyPlan({
      plan: first,
      apis: apis(name),
      built,
      config,
      phases,
      log: silentLogger,
    });

    const version = outcome.release.version?.version ?? '';
    expect(version).toMatch(/^\d+$/);
    expect(await aliasRouting(name, 'live')).toEqual({ version, weights: {} });
    expect((await readFunction(name)).MemorySize).toBe(256);

    const writes = proxy().requests.filter(isWrite).length;
    const again = await plan(name, pkg, { ...config, dryRun: true });

    expect(planJson(again)).toEqual({
      changes: false,
      function: { name, action: 'update' },
      code: { action: 'skip', from: pkg.sha256, to: pkg.sha256 },
      configuration: [],
      tags: [],
      layer: null,
      alarms: undefined,
      version: { action: 'reuse', version },
      alias: { name: 'live', action: 'keep', before: version, after: version },
      functionUrl: { action: 'keep', auth: 'NONE' },
      prune: null,
      smokeTest: false,
      traffic: null,
    });
    expect(proxy().requests.filter(isWrite)).toHaveLength(writes);
  });
});
