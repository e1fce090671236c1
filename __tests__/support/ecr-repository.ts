import { CreateRepositoryCommand, ECRClient, PutImageCommand } from '@aws-sdk/client-ecr';
import { randomUUID } from 'node:crypto';
import { motoEndpoint } from './aws.js';
import { blobDigest } from './ecr-layers-emulation.js';
import { ACCOUNT_ID, REGION, TEST_CREDENTIALS } from './moto-account.js';

// Images for image-uri tests, put straight into moto's ECR (not through a test's proxy, so the
// setup is not in its request log). The action reads an image's manifest before any change and
// refuses one ECR does not have, so every image a test deploys must be put here first. moto
// (5.2.1) keeps the manifests and answers BatchGetImage with them; it keeps no blobs (see
// ecr-layers-emulation.ts). Its Lambda does not look into ECR (MOTO_LAMBDA_STUB_ECR): an Image
// function's CodeSha256 is the SHA-256 of its image URI, not the image's ECR digest.

/** An ECR client on moto, for a test's setup. */
export function ecrClient(): ECRClient {
  return new ECRClient({ region: REGION, endpoint: motoEndpoint(), credentials: TEST_CREDENTIALS });
}

/** A single-platform Docker image manifest whose config blob is named after `config`. */
export function singlePlatformManifest(config = 'config') {
  return {
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: {
      mediaType: 'application/vnd.docker.container.image.v1+json',
      digest: blobDigest(config),
      size: 100,
    },
    layers: [],
  };
}

/**
 * A new repository (named `prefix`-<random>) with `manifests` put under their tags; its URI,
 * <account>.dkr.ecr.<region>.amazonaws.com/<name>, to add :tag or @sha256:... to.
 */
export async function repositoryWith(
  manifests: Record<string, object>,
  prefix = 'ld-e2e',
): Promise<string> {
  const name = `${prefix}-${randomUUID().slice(0, 8)}`;
  const client = ecrClient();
  await client.send(new CreateRepositoryCommand({ repositoryName: name }));
  for (const [tag, manifest] of Object.entries(manifests)) {
    await client.send(
      new PutImageCommand({
        repositoryName: name,
        imageTag: tag,
        imageManifest: JSON.stringify(manifest),
      }),
    );
  }
  return `${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com/${name}`;
}
