// image-uri is checked against ECR before any change. moto's ECR stores the manifests put into
// it (PutImage) and answers BatchGetImage with them; it has no GetDownloadUrlForLayer, which
// the EcrLayers emulation answers for the config blobs a test registers (and serves them), so
// the architecture check reads the config as it would from ECR. A config not registered is a
// layer ECR does not have: the check warns and goes on.
import { CreateFunctionCommand, GetFunctionCommand } from '@aws-sdk/client-lambda';
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { runDeployAction, runOutput, workspaceWithSource } from '../support/action-run.js';
import { lambdaClient, uniqueFunctionName } from '../support/aws.js';
import {
  blobDigest,
  blobDownload,
  EcrLayers,
  getDownloadUrlForLayer,
} from '../support/ecr-layers-emulation.js';
import { repositoryWith, singlePlatformManifest } from '../support/ecr-repository.js';
import { defaultEmulations, useFaultProxy } from '../support/fault-proxy.js';
import { updateFunctionCode } from '../support/lambda-faults.js';
import { isWrite } from '../support/s3.js';

// One store of blobs for every proxy of the file; digests are content-addressed, so tests share it.
const layers = new EcrLayers();
const proxy = useFaultProxy((target) => [...defaultEmulations(target), layers]);
const digest = (text: string) =>
  `sha256:${Buffer.from(text).toString('hex').padEnd(64, '0').slice(0, 64)}`;

const OCI_INDEX = {
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: [
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: digest('arm64 image'),
      size: 1000,
      platform: { os: 'linux', architecture: 'arm64' },
    },
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: digest('attestation'),
      size: 800,
      platform: { os: 'unknown', architecture: 'unknown' },
    },
  ],
};

const SINGLE = singlePlatformManifest();

async function imageFunction(uri: string): Promise<string> {
  const name = uniqueFunctionName('image-check');
  await lambdaClient().send(
    new CreateFunctionCommand({
      FunctionName: name,
      Role: inject('testRoleArn'),
      PackageType: 'Image',
      Code: { ImageUri: uri },
    }),
  );
  return name;
}

describe('image-uri checked against ECR', () => {
  it('refuses an OCI index (buildx with attestations) before any change, naming image-uri', async () => {
    const repository = await repositoryWith({ v1: SINGLE, multi: OCI_INDEX });
    const name = await imageFunction(`${repository}:v1`);
    const workspace = await workspaceWithSource('unused');

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, 'image-uri': `${repository}:multi` },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors.join('\n')).toContain("Input 'image-uri'");
    expect(run.errors.join('\n')).toContain('--provenance=false');
    expect(proxy().count(updateFunctionCode(name))).toBe(0);
  });

  it('fails on a tag ECR does not have (ImageNotFound), in a dry run and a real run, before any write', async () => {
    const repository = await repositoryWith({ v1: SINGLE });
    const name = await imageFunction(`${repository}:v1`);
    const workspace = await workspaceWithSource('unused');
    const inputs = { 'function-name': name, 'image-uri': `${repository}:v9` };

    const dry = await runDeployAction(
      workspace,
      { ...inputs, 'dry-run': 'true' },
      proxy().endpoint,
    );
    const real = await runDeployAction(workspace, inputs, proxy().endpoint);

    for (const run of [dry, real]) {
      expect(run.exitCode, runOutput(run)).toBe(1);
      const errors = run.errors.join('\n');
      expect(errors).toContain(
        `Input 'image-uri': '${repository}:v9' does not exist in ECR (ImageNotFound`,
      );
      expect(errors).toContain('nothing was changed');
    }
    expect(proxy().requests.filter(isWrite)).toEqual([]);
    expect(proxy().count(updateFunctionCode(name))).toBe(0);
  });

  it('deploys a single-platform image, warning that its architecture was not read', async () => {
    const repository = await repositoryWith({
      v1: SINGLE,
      v2: singlePlatformManifest('config 2'),
    });
    const name = await imageFunction(`${repository}:v1`);
    const workspace = await workspaceWithSource('unused');

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, 'image-uri': `${repository}:v2` },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(proxy().count(updateFunctionCode(name))).toBe(1);
    // No blob registered for the config: ECR answers LayersNotFound, the architecture is unread.
    expect(run.stdout).toMatch(/::warning::.*architecture was not checked/);
  });

  describe("the image's architecture, from its config blob", () => {
    /** A config blob for `architecture` registered with the emulation; a manifest naming it. */
    function manifestFor(architecture: string, mediaType: 'docker' | 'oci' = 'docker'): object {
      const config = JSON.stringify({
        architecture,
        os: 'linux',
        config: { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['index.handler'] },
        rootfs: { type: 'layers', diff_ids: [] },
        // Unique per call: a config of its own, so no other test's blob answers for it.
        created: new Date().toISOString(),
        comment: randomUUID(),
      });
      const digest = layers.registerBlob(blobDigest(config), config);
      return mediaType === 'docker'
        ? {
            ...SINGLE,
            config: { ...SINGLE.config, digest, size: Buffer.byteLength(config) },
          }
        : {
            schemaVersion: 2,
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            config: {
              mediaType: 'application/vnd.oci.image.config.v1+json',
              digest,
              size: Buffer.byteLength(config),
            },
            layers: [],
          };
    }

    function configDigest(manifest: object): string {
      return (manifest as { config: { digest: string } }).config.digest;
    }

    it('refuses an arm64 image for an x86_64 function before any change, naming image-uri', async () => {
      const arm64 = manifestFor('arm64', 'oci');
      const repository = await repositoryWith({ v1: SINGLE, arm: arm64 });
      const name = await imageFunction(`${repository}:v1`);
      const workspace = await workspaceWithSource('unused');

      const run = await runDeployAction(
        workspace,
        { 'function-name': name, 'image-uri': `${repository}:arm` },
        proxy().endpoint,
      );

      expect(run.exitCode, runOutput(run)).toBe(1);
      const errors = run.errors.join('\n');
      expect(errors).toContain("Input 'image-uri'");
      expect(errors).toContain('is built for arm64, but the function runs on x86_64');
      expect(errors).toContain('--platform linux/amd64');
      // The config was read through ECR's download URL, and nothing was changed.
      expect(proxy().count(getDownloadUrlForLayer(configDigest(arm64)))).toBe(1);
      expect(proxy().count(blobDownload(configDigest(arm64)))).toBe(1);
      expect(proxy().count(updateFunctionCode(name))).toBe(0);
    });

    it('deploys an amd64 image to an x86_64 function, its architecture checked', async () => {
      const amd64 = manifestFor('amd64');
      const repository = await repositoryWith({ v1: SINGLE, v2: amd64 });
      const name = await imageFunction(`${repository}:v1`);
      const workspace = await workspaceWithSource('unused');

      const run = await runDeployAction(
        workspace,
        { 'function-name': name, 'image-uri': `${repository}:v2` },
        proxy().endpoint,
      );

      expect(run.exitCode, runOutput(run)).toBe(0);
      expect(proxy().count(blobDownload(configDigest(amd64)))).toBe(1);
      expect(run.stdout).not.toMatch(/::warning::.*was not checked/);
      expect(proxy().count(updateFunctionCode(name))).toBe(1);
      const { Code } = await lambdaClient().send(new GetFunctionCommand({ FunctionName: name }));
      expect(Code?.ImageUri).toBe(`${repository}:v2`);
    });
  });
});
