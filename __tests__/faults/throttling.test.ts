import { GetFunctionCommand, ListLayerVersionsCommand } from '@aws-sdk/client-lambda';
import path from 'node:path';
import { afterAll, beforeAll, describe, inject, it, vi, type TestContext } from 'vitest';
import {
  changeSource,
  runDeployAction,
  runOutput,
  workspaceWithSource,
} from '../support/action-run.js';
import {
  createTestFunction,
  lambdaClient,
  motoEndpoint,
  readFunction,
  uniqueFunctionName,
} from '../support/aws.js';
import {
  FaultProxy,
  type CannedResponse,
  type ProxiedRequest,
  type RequestMatcher,
} from '../support/fault-proxy.js';
import {
  addPermission,
  createAlias,
  createFunctionUrl,
  getFunction,
  publishVersion,
  tagResource,
  updateAlias,
  updateFunctionCode,
  updateFunctionConfiguration,
} from '../support/lambda-faults.js';
import { aliasRouting, publishedVersions, versionNumbers } from '../support/lambda-state.js';
import { useFileTempDir, writeLargeSource } from '../support/large-package.js';
import { digestOf } from '../support/package-fixtures.js';
import {
  createTestBucket,
  incompleteUploads,
  objectDigest,
  s3Request,
  type S3Operation,
} from '../support/s3.js';
import { deployedWithLiveAlias } from '../support/released-function.js';
import { writeFiles } from '../support/temp-dir.js';

// The tests run concurrently: the SDK's backoff after a throttle is 0-1 s, then 0-2 s, and
// one after another they would take a minute. tempDir registers its cleanup with vitest's
// global onTestFinished, which concurrent tests cannot tell apart (it lands on whichever test
// started last, and throws once any test has finished); here the directories it makes are
// removed after the file instead.
const madeDirectories = vi.hoisted(() => [] as string[]);
vi.mock('../support/temp-dir.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../support/temp-dir.js')>();
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const nodePath = await import('node:path');
  return {
    ...original,
    tempDir: async (label: string) => {
      const directory = await mkdtemp(nodePath.join(tmpdir(), `lambda-deploy-${label}-`));
      madeDirectories.push(directory);
      return directory;
    },
  };
});
afterAll(async () => {
  const { rm } = await import('node:fs/promises');
  await Promise.all(
    madeDirectories.map((directory) => rm(directory, { recursive: true, force: true })),
  );
});

/** Lambda's answer when the account's request rate for an API is exceeded. */
const RATE_EXCEEDED: CannedResponse = {
  status: 429,
  headers: {
    'content-type': 'application/json',
    'x-amzn-errortype': 'TooManyRequestsException',
    'x-amzn-requestid': '00000000-0000-4000-8000-000000000429',
  },
  body: JSON.stringify({
    __type: 'TooManyRequestsException',
    message: 'Rate exceeded',
    Reason: 'CallerRateLimitExceeded',
  }),
};

/** S3's answer when a prefix gets too many requests; a HEAD answer has no body. */
function slowDown(method: 'HEAD' | 'OTHER'): CannedResponse {
  return {
    status: 503,
    headers: { 'content-type': 'application/xml', 'x-amz-request-id': '0000000000000503' },
    body:
      method === 'HEAD'
        ? ''
        : '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code>' +
          '<Message>Please reduce your request rate.</Message>' +
          '<RequestId>0000000000000503</RequestId></Error>',
  };
}

const FUNCTIONS = '/2015-03-31/functions';
const LAYERS = '/2018-10-31/layers';

/** CreateFunction: POST /2015-03-31/functions. */
const createFunction: RequestMatcher = ({ method, path }) =>
  method === 'POST' && path === FUNCTIONS;

/** GetAlias: GET /2015-03-31/functions/{name}/aliases/{alias}. */
function getAlias(name: string, alias: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'GET' && path === `${FUNCTIONS}/${name}/aliases/${encodeURIComponent(alias)}`;
}

/** GetFunctionUrlConfig: GET /2021-10-31/functions/{name}/url. */
function getFunctionUrl(name: string): RequestMatcher {
  return ({ method, path }) => method === 'GET' && path === `/2021-10-31/functions/${name}/url`;
}

/** GetPolicy: GET /2015-03-31/functions/{name}/policy. */
function getPolicy(name: string): RequestMatcher {
  return ({ method, path }) => method === 'GET' && path === `${FUNCTIONS}/${name}/policy`;
}

/** ListLayerVersions: GET /2018-10-31/layers/{name}/versions. */
function listLayerVersions(layer: string): RequestMatcher {
  return ({ method, path }) => method === 'GET' && path === `${LAYERS}/${layer}/versions`;
}

/** GetLayerVersion: GET /2018-10-31/layers/{name}/versions/{number}. */
function getLayerVersion(layer: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'GET' && new RegExp(`^${LAYERS}/${layer}/versions/\\d+$`).test(path);
}

/** PublishLayerVersion: POST /2018-10-31/layers/{name}/versions. */
function publishLayerVersion(layer: string): RequestMatcher {
  return ({ method, path }) => method === 'POST' && path === `${LAYERS}/${layer}/versions`;
}

/** Moto answered it with a 2xx: the call took effect (a fault's answer has no status). */
function succeeded(request: ProxiedRequest): boolean {
  return request.status !== undefined && request.status >= 200 && request.status < 300;
}

/**
 * What the function is before the throttled deploy:
 * - deployed: deployed once by the action with alias live (memory 128, tag stage=one);
 * - fresh: made by the harness, never deployed by the action (no version, no alias);
 * - missing: does not exist; the deploy creates it (create-if-missing);
 * - layer: as deployed, with a layer published and attached; the deploy publishes another;
 * - s3: fresh, and the deploy stages a small package in S3 (one PutObject);
 * - s3-multipart: fresh, and the package (over 8 MiB) goes to S3 in parts.
 */
type Setup = 'deployed' | 'fresh' | 'missing' | 'layer' | 's3' | 's3-multipart';

interface Scenario {
  readonly name: string;
  readonly workspace: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly layer: string | undefined;
  readonly bucket: string | undefined;
  /** The published versions and the alias's version before the throttled deploy. */
  readonly before: { readonly versions: string[]; readonly alias: string | undefined };
}

interface ThrottledApi {
  readonly api: string;
  readonly setup: Setup;
  readonly match: (scenario: Scenario) => RequestMatcher;
  /** Only once moto has accepted a request matching this. */
  readonly after?: (scenario: Scenario) => RequestMatcher;
  readonly response: CannedResponse;
}

function bucketOf(scenario: Scenario): string {
  if (scenario.bucket === undefined) throw new Error('this scenario has no bucket');
  return scenario.bucket;
}

function layerOf(scenario: Scenario): string {
  if (scenario.layer === undefined) throw new Error('this scenario has no layer');
  return scenario.layer;
}

function lambdaApi(
  api: string,
  setup: Setup,
  match: (scenario: Scenario) => RequestMatcher,
  after?: (scenario: Scenario) => RequestMatcher,
): ThrottledApi {
  return { api, setup, match, ...(after === undefined ? {} : { after }), response: RATE_EXCEEDED };
}

function s3Api(operation: S3Operation, setup: 's3' | 's3-multipart'): ThrottledApi {
  return {
    api: `S3 ${operation}`,
    setup,
    match: (scenario) => s3Request(bucketOf(scenario), operation),
    response: slowDown(operation.startsWith('Head') ? 'HEAD' : 'OTHER'),
  };
}

/** Every API a deploy calls, each throttled on its first two requests. */
const THROTTLED: readonly ThrottledApi[] = [
  lambdaApi('GetFunction', 'deployed', ({ name }) => getFunction(name)),
  lambdaApi('UpdateFunctionConfiguration', 'deployed', ({ name }) =>
    updateFunctionConfiguration(name),
  ),
  lambdaApi('TagResource', 'deployed', ({ name }) => tagResource(name)),
  lambdaApi('UpdateFunctionCode', 'deployed', ({ name }) => updateFunctionCode(name)),
  lambdaApi(
    'GetFunction polled by the waiter',
    'deployed',
    ({ name }) => getFunction(name),
    ({ name }) => updateFunctionCode(name),
  ),
  lambdaApi('GetAlias', 'deployed', ({ name }) => getAlias(name, 'live')),
  lambdaApi('PublishVersion', 'deployed', ({ name }) => publishVersion(name)),
  lambdaApi('UpdateAlias', 'deployed', ({ name }) => updateAlias(name, 'live')),
  lambdaApi('CreateAlias', 'fresh', ({ name }) => createAlias(name)),
  lambdaApi('GetFunctionUrlConfig', 'deployed', ({ name }) => getFunctionUrl(name)),
  lambdaApi('CreateFunctionUrlConfig', 'deployed', ({ name }) => createFunctionUrl(name)),
  lambdaApi('GetPolicy', 'deployed', ({ name }) => getPolicy(name)),
  lambdaApi('AddPermission', 'deployed', ({ name }) => addPermission(name)),
  lambdaApi('CreateFunction', 'missing', () => createFunction),
  lambdaApi('ListLayerVersions', 'layer', (scenario) => listLayerVersions(layerOf(scenario))),
  lambdaApi('GetLayerVersion', 'layer', (scenario) => getLayerVersion(layerOf(scenario))),
  lambdaApi('PublishLayerVersion', 'layer', (scenario) => publishLayerVersion(layerOf(scenario))),
  s3Api('HeadBucket', 's3'),
  s3Api('HeadObject', 's3'),
  s3Api('PutObject', 's3'),
  s3Api('CreateMultipartUpload', 's3-multipart'),
  s3Api('UploadPart', 's3-multipart'),
  s3Api('CompleteMultipartUpload', 's3-multipart'),
];

/** A package over lib-storage's 8 MiB part size, so that it goes to S3 in two parts. */
const MULTIPART_SOURCE_BYTES = 10_000_000;

const largeWorkspace = useFileTempDir('throttled-large');
beforeAll(async () => {
  await writeLargeSource(path.join(largeWorkspace(), 'app'), MULTIPART_SOURCE_BYTES);
});

/** A proxy of the test's own, stopped when the test finishes (tests here run concurrently). */
async function ownProxy(context: TestContext): Promise<FaultProxy> {
  const proxy = await FaultProxy.start(motoEndpoint());
  context.onTestFinished(() => proxy.stop());
  return proxy;
}

/** (Re)writes the layer's directory `layer/` in `workspace`; `marker` makes its zip differ. */
async function writeLayer(workspace: string, marker: string): Promise<void> {
  await writeFiles(path.join(workspace, 'layer'), {
    'nodejs/node_modules/dep/index.js': `module.exports = ${JSON.stringify(marker)};\n`,
  });
}

/** The function in the state `setup` names, and the inputs of the deploy to throttle. */
async function prepare(setup: Setup): Promise<Scenario> {
  const name = uniqueFunctionName('throttled');
  if (setup !== 'missing') await createTestFunction(name);
  let workspace: string;
  if (setup === 's3-multipart') {
    workspace = largeWorkspace();
  } else {
    workspace = await workspaceWithSource(`first code of ${name}`);
  }
  const layer = setup === 'layer' ? uniqueFunctionName('throttled-layer') : undefined;
  const layerInputs = layer === undefined ? {} : { 'layer-name': layer, 'layer-source': 'layer' };
  if (setup === 'deployed' || setup === 'layer') {
    if (layer !== undefined) await writeLayer(workspace, `first layer of ${name}`);
    const first = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        alias: 'live',
        'memory-size': '128',
        tags: 'stage=one',
        ...layerInputs,
      },
      motoEndpoint(),
    );
    if (first.exitCode !== 0) throw new Error(`the first deploy failed\n${runOutput(first)}`);
    await changeSource(workspace, `second code of ${name}`);
    if (layer !== undefined) await writeLayer(workspace, `second layer of ${name}`);
  }
  const bucket =
    setup === 's3' || setup === 's3-multipart' ? await createTestBucket('throttled') : undefined;
  return {
    name,
    workspace,
    layer,
    bucket,
    inputs: {
      'function-name': name,
      source: 'app',
      alias: 'live',
      'function-url': 'public',
      'memory-size': '256',
      tags: 'stage=two',
      ...(setup === 'missing'
        ? {
            'create-if-missing': 'true',
            role: inject('testRoleArn'),
            runtime: 'nodejs20.x',
            handler: 'index.handler',
          }
        : {}),
      ...layerInputs,
      ...(bucket === undefined ? {} : { 's3-bucket': bucket, 's3-upload': 'always' }),
    },
    before: {
      versions: setup === 'missing' ? [] : await versionNumbers(name),
      alias: setup === 'missing' ? undefined : (await aliasRouting(name, 'live'))?.version,
    },
  };
}

/** How many requests of each call that changes something moto accepted. */
function acceptedWrites(proxy: FaultProxy, scenario: Scenario): Record<string, number> {
  const { name, layer, bucket } = scenario;
  const accepted = (matcher: RequestMatcher) =>
    proxy.count((request) => matcher(request) && succeeded(request));
  return {
    CreateFunction: accepted(createFunction),
    UpdateFunctionConfiguration: accepted(updateFunctionConfiguration(name)),
    TagResource: accepted(tagResource(name)),
    UpdateFunctionCode: accepted(updateFunctionCode(name)),
    PublishLayerVersion: layer === undefined ? 0 : accepted(publishLayerVersion(layer)),
    PublishVersion: accepted(publishVersion(name)),
    CreateAlias: accepted(createAlias(name)),
    UpdateAlias: accepted(updateAlias(name, 'live')),
    CreateFunctionUrlConfig: accepted(createFunctionUrl(name)),
    AddPermission: accepted(addPermission(name)),
    'S3 PutObject': bucket === undefined ? 0 : accepted(s3Request(bucket, 'PutObject')),
    'S3 CompleteMultipartUpload':
      bucket === undefined ? 0 : accepted(s3Request(bucket, 'CompleteMultipartUpload')),
  };
}

/** What one deploy, done once, changes. */
function writesOfOneDeploy(setup: Setup, scenario: Scenario): Record<string, number> {
  const creates = setup === 'missing';
  return {
    CreateFunction: creates ? 1 : 0,
    // A new function gets its memory size and tags with CreateFunction; then the action
    // records the tree's fingerprint with the code (one TagResource more).
    UpdateFunctionConfiguration: creates ? 0 : 1,
    TagResource: creates ? 1 : 2,
    UpdateFunctionCode: creates ? 0 : 1,
    PublishLayerVersion: setup === 'layer' ? 1 : 0,
    PublishVersion: 1,
    CreateAlias: scenario.before.alias === undefined ? 1 : 0,
    UpdateAlias: scenario.before.alias === undefined ? 0 : 1,
    CreateFunctionUrlConfig: 1,
    // Two statements for a public URL.
    AddPermission: 2,
    'S3 PutObject': setup === 's3' ? 1 : 0,
    'S3 CompleteMultipartUpload': setup === 's3-multipart' ? 1 : 0,
  };
}

describe.concurrent('the bundled action when AWS throttles it', () => {
  // Started first: the SDK's backoff makes it the longest test of the file.
  it('fails, naming the throttling, and leaves the function and alias as they were when UpdateFunctionCode is throttled on every attempt', async (context) => {
    const { expect } = context;
    const proxy = await ownProxy(context);
    const {
      name,
      workspace,
      version: old,
      codeSha256: oldCode,
      versions: versionsBefore,
    } = await deployedWithLiveAlias();
    const fault = proxy.inject({
      match: updateFunctionCode(name),
      behaviour: { kind: 'respond', response: RATE_EXCEEDED },
    });

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', alias: 'live' },
      proxy.endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toHaveLength(1);
    const message = run.errors[0] ?? '';
    expect(message).toMatch(/could not update the function code/i);
    expect(message).toContain(`'${name}'`);
    expect(message).toContain('TooManyRequestsException');
    expect(message).toContain('Rate exceeded');
    // The SDK's six attempts (src/aws/clients.ts), each throttled; none reached moto.
    expect(fault.used).toBe(6);
    expect(proxy.count(updateFunctionCode(name))).toBe(6);
    expect(proxy.count(publishVersion(name))).toBe(0);
    expect(proxy.count(updateAlias(name, 'live'))).toBe(0);
    expect(run.outputs).not.toHaveProperty('deployed');
    expect(run.outputs).not.toHaveProperty('version');
    expect((await readFunction(name)).CodeSha256).toBe(oldCode);
    expect(await versionNumbers(name)).toEqual(versionsBefore);
    expect(await aliasRouting(name, 'live')).toEqual({ version: old, weights: {} });
  });

  it('says S3 is slowing it down when HeadBucket gets 503 Slow Down on every attempt', async (context) => {
    const { expect } = context;
    const proxy = await ownProxy(context);
    const { name, workspace, version: old, codeSha256: oldCode } = await deployedWithLiveAlias();
    const bucket = await createTestBucket('slowed-always');
    const fault = proxy.inject({
      match: s3Request(bucket, 'HeadBucket'),
      behaviour: { kind: 'respond', response: slowDown('HEAD') },
    });

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        alias: 'live',
        's3-bucket': bucket,
        's3-upload': 'always',
      },
      proxy.endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(fault.used).toBe(6);
    expect(proxy.count(updateFunctionCode(name))).toBe(0);
    expect((await readFunction(name)).CodeSha256).toBe(oldCode);
    expect(await aliasRouting(name, 'live')).toEqual({ version: old, weights: {} });
    expect(run.errors).toHaveLength(1);
    const message = run.errors[0] ?? '';
    expect(message).toContain(`bucket '${bucket}'`);

    expect(message).toMatch(/503|slow ?down|throttl/i);
    expect(message).not.toContain('UnknownError');
  });

  it.for(THROTTLED)(
    'deploys exactly once when $api is throttled twice',
    async (throttled, context) => {
      const { expect } = context;
      const proxy = await ownProxy(context);
      const scenario = await prepare(throttled.setup);
      const { name } = scenario;
      const after = throttled.after?.(scenario);
      const fault = proxy.inject({
        match: throttled.match(scenario),
        behaviour: { kind: 'respond', response: throttled.response },
        times: 2,
        ...(after === undefined ? {} : { after }),
      });

      const run = await runDeployAction(scenario.workspace, scenario.inputs, proxy.endpoint);

      expect(run.exitCode, runOutput(run)).toBe(0);
      expect(run.errors).toEqual([]);
      expect(fault.used, `${throttled.api} was not throttled twice`).toBe(2);
      expect(acceptedWrites(proxy, scenario)).toEqual(writesOfOneDeploy(throttled.setup, scenario));

      const packaged = await digestOf(run.outputs['package-path'] ?? '');
      expect(run.outputs['code-sha256']).toBe(packaged.sha256);
      expect(run.outputs['deployed']).toBe('true');
      const versions = await versionNumbers(name);
      expect(versions.slice(0, -1)).toEqual(scenario.before.versions);
      const version = versions.at(-1) ?? '';
      expect(run.outputs['version']).toBe(version);
      expect(run.outputs['previous-version']).toBe(scenario.before.alias);
      expect(await aliasRouting(name, 'live')).toEqual({ version, weights: {} });
      const published = (await publishedVersions(name)).find((v) => v.Version === version);
      expect(published?.CodeSha256).toBe(packaged.sha256);
      const now = await lambdaClient().send(new GetFunctionCommand({ FunctionName: name }));
      expect(now.Configuration?.CodeSha256).toBe(packaged.sha256);
      expect(now.Configuration?.MemorySize).toBe(256);
      expect(now.Tags).toMatchObject({ stage: 'two' });
      expect(run.outputs['function-url']).toMatch(/^https:\/\//);

      if (scenario.layer !== undefined) {
        const layerVersions = await lambdaClient().send(
          new ListLayerVersionsCommand({ LayerName: scenario.layer }),
        );
        expect(layerVersions.LayerVersions?.map((v) => v.Version).sort()).toEqual([1, 2]);
        const attached = run.outputs['layer-version-arn'] ?? '';
        expect(attached).toMatch(new RegExp(`:layer:${scenario.layer}:2$`));
        expect(now.Configuration?.Layers?.map((layer) => layer.Arn)).toEqual([attached]);
      }
      if (scenario.bucket !== undefined) {
        const uri = run.outputs['s3-uri'] ?? '';
        expect(uri).toMatch(new RegExp(`^s3://${scenario.bucket}/`));
        const key = uri.slice(`s3://${scenario.bucket}/`.length);
        expect(await objectDigest(scenario.bucket, key)).toEqual(packaged);
        expect(await incompleteUploads(scenario.bucket)).toEqual([]);
      }
    },
  );
});
