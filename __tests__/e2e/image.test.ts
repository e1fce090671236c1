import {
  CreateFunctionCommand,
  GetFunctionCommand,
  type GetFunctionCommandOutput,
} from '@aws-sdk/client-lambda';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  summaryCell,
  workspaceWithSource,
} from '../support/action-run.js';
import {
  createTestFunction,
  lambdaClient,
  readFunction,
  uniqueFunctionName,
} from '../support/aws.js';
import { repositoryWith, singlePlatformManifest } from '../support/ecr-repository.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import { updateFailed, updateFunctionCode } from '../support/lambda-faults.js';
import { publishedVersions } from '../support/lambda-state.js';
import { planOf, summaryPlanItems } from '../support/plan-output.js';
import { isWrite } from '../support/s3.js';
import { tempDir } from '../support/temp-dir.js';

const proxy = useFaultProxy();

/**
 * An ECR repository in moto with the images these tests name by tag, each its own image: the
 * action refuses an image ECR does not have. moto's Lambda does not look into ECR
 * (MOTO_LAMBDA_STUB_ECR), so the digest a function runs is that of its URI (see ecr-repository.ts).
 */
let REPOSITORY = '';
beforeAll(async () => {
  const tags = ['v1', 'v2', 'latest', 'broken'];
  REPOSITORY = await repositoryWith(
    Object.fromEntries(tags.map((tag) => [tag, singlePlatformManifest(`orders-api ${tag}`)])),
    'orders-api',
  );
});

/** CreateFunction: POST /2015-03-31/functions. */
const createFunction: RequestMatcher = ({ method, path }) =>
  method === 'POST' && path === '/2015-03-31/functions';

/** Outputs that describe a zip package, which an image deploy has none of. */
const PACKAGE_OUTPUTS = ['package-path', 'code-size', 's3-uri'];

/** Creates an Image function in moto running `imageUri` and returns its name. */
async function createImageFunction(imageUri: string, label = 'image'): Promise<string> {
  const name = uniqueFunctionName(label);
  await lambdaClient().send(
    new CreateFunctionCommand({
      FunctionName: name,
      Role: inject('testRoleArn'),
      PackageType: 'Image',
      Code: { ImageUri: imageUri },
    }),
  );
  return name;
}

/** The function as moto holds it, with its Code (ImageUri, ResolvedImageUri). */
function getFunction(name: string): Promise<GetFunctionCommandOutput> {
  return lambdaClient().send(new GetFunctionCommand({ FunctionName: name }));
}

/** A workspace with nothing in it: an image deploy builds nothing. */
function emptyWorkspace(): Promise<string> {
  return tempDir('workspace');
}

describe('the bundled action with image-uri', () => {
  it('points an Image function at the new image, sends the architecture and publishes a version', async () => {
    const name = await createImageFunction(`${REPOSITORY}:v1`);
    const uri = `${REPOSITORY}:v2`;

    const run = await runDeployAction(
      await emptyWorkspace(),
      { 'function-name': name, 'image-uri': uri, architectures: 'arm64', publish: 'true' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const after = await getFunction(name);
    expect(after.Code?.ImageUri).toBe(uri);
    expect(after.Configuration?.PackageType).toBe('Image');
    expect(proxy().jsonBodies(updateFunctionCode(name))).toEqual([
      { ImageUri: uri, Architectures: ['arm64'] },
    ]);
    expect(run.outputs).toMatchObject({
      'function-arn': after.Configuration?.FunctionArn,
      'function-name': name,
      deployed: 'true',
      'code-sha256': after.Configuration?.CodeSha256,
    });
    expect(run.outputs['code-sha256']).toMatch(/^[a-f0-9]{64}$/);
    for (const output of PACKAGE_OUTPUTS) expect(run.outputs).not.toHaveProperty(output);

    const versions = await publishedVersions(name);
    expect(versions.map((version) => version.Version)).toEqual([run.outputs['version']]);
    expect(versions[0]?.CodeSha256).toBe(after.Configuration?.CodeSha256);
    expect(run.outputs['version-arn']).toBe(versions[0]?.FunctionArn);

    expect(summaryCell(run.summary, 'Code')).toBe('deployed');
    expect(summaryCell(run.summary, 'Image')).toBe(`<code>${uri}</code>`);
    expect(summaryCell(run.summary, 'Image digest')).toBe(
      `<code>${after.Code?.ResolvedImageUri ?? '(no ResolvedImageUri)'}</code>`,
    );
    expect(summaryCell(run.summary, 'Package size')).toBeUndefined();
  });

  it('deploys an image named by tag every time, even the tag the function runs', async () => {
    const uri = `${REPOSITORY}:latest`;
    const name = await createImageFunction(uri);

    const run = await runDeployAction(
      await emptyWorkspace(),
      { 'function-name': name, 'image-uri': uri },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.outputs['deployed']).toBe('true');
    expect(proxy().jsonBodies(updateFunctionCode(name))).toEqual([{ ImageUri: uri }]);
  });

  it('skips an image named by the digest the function already runs', async () => {
    const name = await createImageFunction(`${REPOSITORY}:v1`);
    const workspace = await emptyWorkspace();
    const byTag = await runDeployAction(
      workspace,
      { 'function-name': name, 'image-uri': `${REPOSITORY}:v2` },
      proxy().endpoint,
    );
    expect(byTag.exitCode, runOutput(byTag)).toBe(0);
    expect(byTag.outputs['deployed']).toBe('true');
    const digest = byTag.outputs['code-sha256'] ?? '';
    expect(digest).toMatch(/^[a-f0-9]{64}$/);
    const before = await getFunction(name);
    const firstRequests = proxy().requests.length;

    // The workflow pins the digest the first run reported.
    const pinned = await runDeployAction(
      workspace,
      { 'function-name': name, 'image-uri': `${REPOSITORY}@sha256:${digest}` },
      proxy().endpoint,
    );

    expect(pinned.exitCode, runOutput(pinned)).toBe(0);
    expect(pinned.outputs['deployed']).toBe('false');
    expect(pinned.outputs['code-sha256']).toBe(digest);
    const requests = proxy().requests.slice(firstRequests);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter(updateFunctionCode(name))).toEqual([]);
    expect(requests.filter(isWrite)).toEqual([]);
    expect((await getFunction(name)).Code).toEqual(before.Code);
    expect(summaryCell(pinned.summary, 'Code')).toBe(
      'skipped: the function already runs this image',
    );
  });

  it('deploys the digest the function runs anyway with skip-unchanged false', async () => {
    const name = await createImageFunction(`${REPOSITORY}:v1`);
    const digest = (await readFunction(name)).CodeSha256 ?? '';
    const uri = `${REPOSITORY}@sha256:${digest}`;

    const run = await runDeployAction(
      await emptyWorkspace(),
      { 'function-name': name, 'image-uri': uri, 'skip-unchanged': 'false' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.outputs['deployed']).toBe('true');
    expect(proxy().jsonBodies(updateFunctionCode(name))).toEqual([{ ImageUri: uri }]);
    expect((await getFunction(name)).Code?.ImageUri).toBe(uri);
  });

  it("fails with Lambda's reason when the image update fails", async () => {
    const name = await createImageFunction(`${REPOSITORY}:v1`);
    const reason = 'The image manifest or layer media type is not supported.';
    proxy().inject(updateFailed(name, reason, 'ImageAccessDenied'));

    const run = await runDeployAction(
      await emptyWorkspace(),
      { 'function-name': name, 'image-uri': `${REPOSITORY}:broken`, publish: 'true' },
      proxy().endpoint,
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining(reason)]);
    expect(run.errors[0]).toContain(`'${name}'`);
    expect(run.outputs).not.toHaveProperty('deployed');
    expect(await publishedVersions(name)).toEqual([]);
  });

  it('refuses to deploy a zip to an Image function, naming its package type', async () => {
    const uri = `${REPOSITORY}:v1`;
    const name = await createImageFunction(uri);
    const workspace = await workspaceWithSource(`code of ${name}`);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      proxy().endpoint,
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining('package type Image')]);
    expect(run.errors[0]).toContain(`'${name}'`);
    expect(run.errors[0]).toContain('image-uri');
    expect(proxy().count(updateFunctionCode(name))).toBe(0);
    expect(proxy().requests.filter(isWrite)).toEqual([]);
    expect((await getFunction(name)).Code?.ImageUri).toBe(uri);
    expect(run.outputs).not.toHaveProperty('deployed');
  });

  it('refuses to deploy an image to a Zip function, naming its package type', async () => {
    const name = await createTestFunction(uniqueFunctionName('zip'));
    const before = await readFunction(name);

    const run = await runDeployAction(
      await emptyWorkspace(),
      { 'function-name': name, 'image-uri': `${REPOSITORY}:v1` },
      proxy().endpoint,
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining('package type Zip')]);
    expect(run.errors[0]).toContain(`'${name}'`);
    expect(proxy().count(updateFunctionCode(name))).toBe(0);
    expect(proxy().requests.filter(isWrite)).toEqual([]);
    const after = await readFunction(name);
    expect([after.PackageType, after.CodeSha256]).toEqual(['Zip', before.CodeSha256]);
    expect(run.outputs).not.toHaveProperty('deployed');
  });

  it('creates a missing Image function from the image and a role alone (create-if-missing)', async () => {
    const name = uniqueFunctionName('image-create');
    const uri = `${REPOSITORY}:v1`;

    const run = await runDeployAction(
      await emptyWorkspace(),
      {
        'function-name': name,
        'image-uri': uri,
        'create-if-missing': 'true',
        role: inject('testRoleArn'),
        'memory-size': '512',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const created = await getFunction(name);
    expect(created.Configuration).toMatchObject({
      FunctionName: name,
      PackageType: 'Image',
      Role: inject('testRoleArn'),
      MemorySize: 512,
      State: 'Active',
    });
    expect(created.Code?.ImageUri).toBe(uri);
    const requests = proxy().jsonBodies(createFunction);
    expect(requests).toEqual([
      expect.objectContaining({ PackageType: 'Image', Code: { ImageUri: uri } }),
    ]);
    expect(requests[0]).not.toHaveProperty('Runtime');
    expect(requests[0]).not.toHaveProperty('Handler');
    expect(proxy().count(updateFunctionCode(name))).toBe(0);
    expect(run.outputs).toMatchObject({
      'function-arn': created.Configuration?.FunctionArn,
      'function-name': name,
      deployed: 'true',
      'code-sha256': created.Configuration?.CodeSha256,
    });
    expect(summaryCell(run.summary, 'Create function')).toBeDefined();
  });

  it('plans an image update with dry-run: reads only and changes nothing', async () => {
    const name = await createImageFunction(`${REPOSITORY}:v1`);
    const before = await getFunction(name);
    const resolved = before.Code?.ResolvedImageUri ?? '';
    expect(resolved).toContain('@sha256:');
    const uri = `${REPOSITORY}:v2`;

    const run = await runDeployAction(
      await emptyWorkspace(),
      { 'function-name': name, 'image-uri': uri, 'dry-run': 'true', publish: 'true' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const requests = proxy().requests;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter(isWrite).map((request) => `${request.method} ${request.path}`)).toEqual(
      [],
    );
    const after = await getFunction(name);
    expect([after.Configuration, after.Code]).toEqual([before.Configuration, before.Code]);
    expect(await publishedVersions(name)).toEqual([]);
    expect(run.summary).toContain('Dry run: nothing was changed.');
    expect(summaryCell(run.summary, 'Function')).toBe(
      `<code>${before.Configuration?.FunctionArn ?? ''}</code>`,
    );
    // An image is neither built nor uploaded.
    expect(summaryCell(run.summary, 'Package size')).toBeUndefined();
    expect(summaryCell(run.summary, 'Upload')).toBeUndefined();
    expect(summaryPlanItems(run.summary)).toEqual([
      `Function ${name}: update`,
      `Code: update ${resolved} -> ${uri}`,
      'Version: publish a new one',
    ]);
    expect(run.outputs).toEqual({
      'function-arn': before.Configuration?.FunctionArn,
      'function-name': name,
      plan: expect.any(String) as unknown,
    });
    expect(planOf(run)).toMatchObject({
      changes: true,
      code: { action: 'update', from: resolved, to: uri },
      version: { action: 'publish', version: null },
    });
  });

  it('says with dry-run that the image named by the running digest is unchanged', async () => {
    const name = await createImageFunction(`${REPOSITORY}:v1`);
    const before = await getFunction(name);
    const resolved = before.Code?.ResolvedImageUri ?? '';
    const uri = `${REPOSITORY}@sha256:${before.Configuration?.CodeSha256 ?? ''}`;

    const run = await runDeployAction(
      await emptyWorkspace(),
      { 'function-name': name, 'image-uri': uri, 'dry-run': 'true' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(proxy().requests.filter(isWrite)).toEqual([]);
    expect(summaryPlanItems(run.summary)).toEqual([
      `Function ${name}: update`,
      `Code: unchanged (${uri})`,
      'No changes: the function is as these inputs describe.',
    ]);
    expect(planOf(run)).toMatchObject({
      changes: false,
      code: { action: 'skip', from: resolved, to: uri },
    });
  });

  it.each([
    ['runtime', { runtime: 'nodejs20.x' }],
    ['handler', { handler: 'index.handler' }],
    ['source', { source: 'app' }],
  ])('fails before any AWS request when image-uri comes with %s', async (input, extra) => {
    const run = await runDeployAction(
      await emptyWorkspace(),
      {
        'function-name': uniqueFunctionName('image-input'),
        'image-uri': `${REPOSITORY}:v1`,
        ...extra,
      },
      proxy().endpoint,
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining(`Input '${input}'`)]);
    expect(proxy().requests).toEqual([]);
  });
});
