import { describe, expect, it } from 'vitest';
import {
  changeSource,
  runDeployAction,
  runOutput,
  workspaceWithSource,
} from '../support/action-run.js';
import {
  createTestFunction,
  motoEndpoint,
  readFunction,
  uniqueFunctionName,
} from '../support/aws.js';
import {
  useFaultProxy,
  type CannedResponse,
  type FaultProxy,
  type ProxiedRequest,
  type RequestMatcher,
} from '../support/fault-proxy.js';
import {
  getFunction,
  publishVersion,
  updateAlias,
  updateFunctionCode,
  updateFunctionConfiguration,
} from '../support/lambda-faults.js';
import { aliasRouting, publishedVersions, versionNumbers } from '../support/lambda-state.js';
import { digestOf } from '../support/package-fixtures.js';
import { createTestBucket, incompleteUploads, objectDigest, s3Request } from '../support/s3.js';

// 5xx answers are retried by the SDK with a 50 ms base backoff (throttling has 1 s), so these
// tests run one after another on the proxy useFaultProxy gives each.
const proxy = useFaultProxy();

/** Lambda's answer when it fails internally. */
const SERVICE_EXCEPTION: CannedResponse = {
  status: 500,
  headers: {
    'content-type': 'application/json',
    'x-amzn-errortype': 'ServiceException',
    'x-amzn-requestid': '00000000-0000-4000-8000-000000000500',
  },
  body: JSON.stringify({ __type: 'ServiceException', message: 'internal' }),
};

/** S3's answer when it fails internally. */
const S3_INTERNAL_ERROR: CannedResponse = {
  status: 500,
  headers: { 'content-type': 'application/xml', 'x-amz-request-id': '0000000000000500' },
  body:
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InternalError</Code>' +
    '<Message>We encountered an internal error. Please try again.</Message>' +
    '<RequestId>0000000000000500</RequestId></Error>',
};

/** Moto answered it with a 2xx: the call took effect (a fault's answer has no status). */
function succeeded(request: ProxiedRequest): boolean {
  return request.status !== undefined && request.status >= 200 && request.status < 300;
}

function accepted(faults: FaultProxy, matcher: RequestMatcher): number {
  return faults.count((request) => matcher(request) && succeeded(request));
}

interface Deployed {
  readonly name: string;
  readonly workspace: string;
  /** The inputs of the second deploy: new code, a new memory size, alias live. */
  readonly inputs: Readonly<Record<string, string>>;
  readonly bucket: string | undefined;
  /** The version alias live points to after the first deploy. */
  readonly old: string;
  readonly oldCode: string | undefined;
  readonly versionsBefore: string[];
}

/**
 * A function the action has deployed once with alias live (straight to moto), and its
 * workspace holding new code for a second deploy; `viaS3` stages that one in a bucket.
 */
async function deployedOnce(viaS3 = false): Promise<Deployed> {
  const name = await createTestFunction(uniqueFunctionName('server-error'));
  const workspace = await workspaceWithSource(`first code of ${name}`);
  const first = await runDeployAction(
    workspace,
    { 'function-name': name, source: 'app', alias: 'live', 'memory-size': '128' },
    motoEndpoint(),
  );
  expect(first.exitCode, runOutput(first)).toBe(0);
  await changeSource(workspace, `second code of ${name}`);
  const bucket = viaS3 ? await createTestBucket('server-error') : undefined;
  return {
    name,
    workspace,
    bucket,
    inputs: {
      'function-name': name,
      source: 'app',
      alias: 'live',
      'memory-size': '256',
      ...(bucket === undefined ? {} : { 's3-bucket': bucket, 's3-upload': 'always' }),
    },
    old: first.outputs['version'] ?? '',
    oldCode: (await readFunction(name)).CodeSha256,
    versionsBefore: await versionNumbers(name),
  };
}

interface FailingApi {
  readonly api: string;
  readonly match: (deployed: Deployed) => RequestMatcher;
  readonly response: CannedResponse;
  readonly viaS3?: boolean;
}

const FAILING_TWICE: readonly FailingApi[] = [
  { api: 'GetFunction', match: ({ name }) => getFunction(name), response: SERVICE_EXCEPTION },
  {
    api: 'UpdateFunctionConfiguration',
    match: ({ name }) => updateFunctionConfiguration(name),
    response: SERVICE_EXCEPTION,
  },
  {
    api: 'UpdateFunctionCode',
    match: ({ name }) => updateFunctionCode(name),
    response: SERVICE_EXCEPTION,
  },
  { api: 'PublishVersion', match: ({ name }) => publishVersion(name), response: SERVICE_EXCEPTION },
  {
    api: 'UpdateAlias',
    match: ({ name }) => updateAlias(name, 'live'),
    response: SERVICE_EXCEPTION,
  },
  {
    api: 'S3 PutObject',
    match: ({ bucket }) => s3Request(bucket ?? '', 'PutObject'),
    response: S3_INTERNAL_ERROR,
    viaS3: true,
  },
];

describe('the bundled action when AWS answers 500', () => {
  it.for(FAILING_TWICE)(
    'deploys exactly once when $api fails twice with a 500',
    async ({ match, response, viaS3 }) => {
      const deployed = await deployedOnce(viaS3);
      const { name, bucket } = deployed;
      const fault = proxy().inject({
        match: match(deployed),
        behaviour: { kind: 'respond', response },
        times: 2,
      });

      const run = await runDeployAction(deployed.workspace, deployed.inputs, proxy().endpoint);

      expect(run.exitCode, runOutput(run)).toBe(0);
      expect(run.errors).toEqual([]);
      expect(fault.used).toBe(2);
      expect({
        UpdateFunctionConfiguration: accepted(proxy(), updateFunctionConfiguration(name)),
        UpdateFunctionCode: accepted(proxy(), updateFunctionCode(name)),
        PublishVersion: accepted(proxy(), publishVersion(name)),
        UpdateAlias: accepted(proxy(), updateAlias(name, 'live')),
        'S3 PutObject':
          bucket === undefined ? 0 : accepted(proxy(), s3Request(bucket, 'PutObject')),
      }).toEqual({
        UpdateFunctionConfiguration: 1,
        UpdateFunctionCode: 1,
        PublishVersion: 1,
        UpdateAlias: 1,
        'S3 PutObject': bucket === undefined ? 0 : 1,
      });
      const packaged = await digestOf(run.outputs['package-path'] ?? '');
      expect(run.outputs['code-sha256']).toBe(packaged.sha256);
      const versions = await versionNumbers(name);
      expect(versions.slice(0, -1)).toEqual(deployed.versionsBefore);
      const version = versions.at(-1) ?? '';
      expect(run.outputs).toMatchObject({
        deployed: 'true',
        version,
        'previous-version': deployed.old,
      });
      expect(await aliasRouting(name, 'live')).toEqual({ version, weights: {} });
      const published = (await publishedVersions(name)).find((v) => v.Version === version);
      expect(published?.CodeSha256).toBe(packaged.sha256);
      const now = await readFunction(name);
      expect(now.CodeSha256).toBe(packaged.sha256);
      expect(now.MemorySize).toBe(256);
      if (bucket !== undefined) {
        const uri = run.outputs['s3-uri'] ?? '';
        expect(uri).toMatch(new RegExp(`^s3://${bucket}/`));
        expect(await objectDigest(bucket, uri.slice(`s3://${bucket}/`.length))).toEqual(packaged);
        expect(await incompleteUploads(bucket)).toEqual([]);
      }
    },
  );

  /** A second deploy whose every PublishVersion gets a 500. */
  async function publishAlwaysFails() {
    const deployed = await deployedOnce();
    const fault = proxy().inject({
      match: publishVersion(deployed.name),
      behaviour: { kind: 'respond', response: SERVICE_EXCEPTION },
    });
    const run = await runDeployAction(deployed.workspace, deployed.inputs, proxy().endpoint);
    return { deployed, fault, run };
  }

  it('fails saying it could not publish, with the alias unmoved, when PublishVersion always fails', async () => {
    const { deployed, fault, run } = await publishAlwaysFails();
    const { name } = deployed;

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toHaveLength(1);
    const message = run.errors[0] ?? '';
    expect(message).toMatch(/could not publish a version/i);
    expect(message).toContain(`'${name}'`);
    expect(message).toContain('ServiceException');
    // The SDK's six attempts (src/aws/clients.ts); none reached moto.
    expect(fault.used).toBe(6);
    expect(proxy().count(updateAlias(name, 'live'))).toBe(0);
    expect(run.outputs).not.toHaveProperty('version');
    expect(await versionNumbers(name)).toEqual(deployed.versionsBefore);
    expect(await aliasRouting(name, 'live')).toEqual({ version: deployed.old, weights: {} });
    // $LATEST runs the new code: the code update had finished before the publish.
    const packaged = await digestOf(run.outputs['package-path'] ?? '');
    expect((await readFunction(name)).CodeSha256).toBe(packaged.sha256);
    expect(packaged.sha256).not.toBe(deployed.oldCode);
  });

  it('says $LATEST runs the new code unpublished and the alias did not move when PublishVersion always fails', async () => {
    const { deployed, run } = await publishAlwaysFails();
    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(await aliasRouting(deployed.name, 'live')).toEqual({
      version: deployed.old,
      weights: {},
    });

    const message = run.errors[0] ?? '';
    expect(message).toMatch(/no version was published/i);
    expect(message).toMatch(
      new RegExp(`no alias moved|alias 'live' (still )?points to version ${deployed.old}\\b`, 'i'),
    );
    expect(message).toContain('$LATEST');
  });

  it('names the version published and where the alias routes, read back, when UpdateAlias always fails', async () => {
    const deployed = await deployedOnce();
    const { name } = deployed;
    proxy().inject({
      match: updateAlias(name, 'live'),
      behaviour: { kind: 'respond', response: SERVICE_EXCEPTION },
    });

    const run = await runDeployAction(deployed.workspace, deployed.inputs, proxy().endpoint);

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toHaveLength(1);
    const message = run.errors[0] ?? '';
    expect(message).toMatch(/could not move alias 'live'/i);
    expect(message).toContain(`'${name}'`);
    expect(await aliasRouting(name, 'live')).toEqual({ version: deployed.old, weights: {} });
    const versions = await versionNumbers(name);
    expect(versions.slice(0, -1)).toEqual(deployed.versionsBefore);
    const published = versions.at(-1) ?? '';

    expect(message).toMatch(new RegExp(`version ${published} was published`, 'i'));
    expect(message).toContain(`alias 'live' routes ${deployed.old}.`);
  });
});
