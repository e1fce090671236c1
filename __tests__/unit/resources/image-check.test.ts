// image-uri is checked against ECR before any change: an index is refused (with the
// --provenance=false hint), so is an image of another architecture; unreadable ECR warns.
import {
  BatchGetImageCommand,
  ECRClient,
  GetDownloadUrlForLayerCommand,
  type BatchGetImageCommandInput,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { EcrImages, MEDIA_TYPES, parseEcrUri } from '../../../src/aws/ecr-images.js';
import { checkImage } from '../../../src/resources/code/image-check.js';
import { asInputError, thrownBy } from '../helpers/errors.js';
import { awsError } from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const ecrMock = mockClient(ECRClient);
const URI = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders/api:v1';
const CONFIG_DIGEST = `sha256:${'c'.repeat(64)}`;
let log: RecordingLogger;
let blobs: Map<string, string>;

beforeEach(() => {
  ecrMock.reset();
  log = new RecordingLogger();
  blobs = new Map();
});
afterAll(() => {
  ecrMock.restore();
});

const images = () =>
  new EcrImages(
    (region) => new ECRClient({ region }),
    log,
    5,
    (url) => {
      const blob = blobs.get(url);
      return blob === undefined ? Promise.reject(new Error('HTTP 404')) : Promise.resolve(blob);
    },
  );

function manifest(mediaType: string, body: object): void {
  ecrMock.on(BatchGetImageCommand).resolves({
    images: [
      { imageManifest: JSON.stringify({ mediaType, ...body }), imageManifestMediaType: mediaType },
    ],
    failures: [],
  });
}

function imageOf(architecture: string): void {
  manifest(MEDIA_TYPES.ociManifest, {
    schemaVersion: 2,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: CONFIG_DIGEST },
    layers: [],
  });
  ecrMock.on(GetDownloadUrlForLayerCommand).resolves({
    downloadUrl: 'https://blob.example/config',
    layerDigest: CONFIG_DIGEST,
  });
  blobs.set('https://blob.example/config', JSON.stringify({ architecture, os: 'linux' }));
}

const refusal = (work: () => void) => asInputError(thrownBy(work));

describe('parseEcrUri', () => {
  it('takes registry, region, repository and tag or digest from the URI', () => {
    expect(parseEcrUri(URI)).toEqual({
      registryId: '123456789012',
      region: 'eu-west-1',
      repository: 'orders/api',
      imageId: { imageTag: 'v1' },
    });
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(
      parseEcrUri(`123456789012.dkr.ecr.us-east-1.amazonaws.com/api@${digest}`)?.imageId,
    ).toEqual({ imageDigest: digest });
    expect(parseEcrUri('ghcr.io/owner/api:v1')).toBeUndefined();
  });
});

describe('EcrImages.inspect and checkImage', () => {
  it('refuses an OCI index, naming image-uri, with the --provenance=false fix', async () => {
    manifest(MEDIA_TYPES.ociIndex, {
      manifests: [
        { platform: { os: 'linux', architecture: 'arm64' } },
        { platform: { os: 'unknown', architecture: 'unknown' } },
      ],
    });
    const facts = await images().inspect(URI);
    const error = refusal(() => {
      checkImage(URI, facts, 'arm64');
    });
    expect(error.input).toBe('image-uri');
    expect(error.message).toContain('--provenance=false');
    expect(error.message).toContain('linux/arm64, unknown/unknown');
    const sent = ecrMock.commandCalls(BatchGetImageCommand)[0]?.args[0]
      .input as BatchGetImageCommandInput;
    expect(sent).toMatchObject({
      registryId: '123456789012',
      repositoryName: 'orders/api',
      imageIds: [{ imageTag: 'v1' }],
    });
    expect(sent.acceptedMediaTypes).toEqual(expect.arrayContaining(Object.values(MEDIA_TYPES)));
  });

  it('refuses a Docker manifest list too', async () => {
    manifest(MEDIA_TYPES.dockerList, { manifests: [] });
    const facts = await images().inspect(URI);
    expect(facts?.kind).toBe('index');
    expect(
      refusal(() => {
        checkImage(URI, facts, 'x86_64');
      }).input,
    ).toBe('image-uri');
  });

  it("refuses an image of another architecture than the function's", async () => {
    imageOf('arm64');
    const facts = await images().inspect(URI);
    expect(facts).toEqual({
      kind: 'image',
      mediaType: MEDIA_TYPES.ociManifest,
      architecture: 'arm64',
    });
    const error = refusal(() => {
      checkImage(URI, facts, 'x86_64');
    });
    expect(error.message).toContain('built for arm64, but the function runs on x86_64');
    expect(error.message).toContain('--platform linux/amd64');
  });

  it('takes an amd64 image for an x86_64 function', async () => {
    imageOf('amd64');
    const facts = await images().inspect(URI);
    expect(() => {
      checkImage(URI, facts, 'x86_64');
    }).not.toThrow();
    expect(log.warnings).toEqual([]);
  });

  it('warns and goes on when ECR denies access', async () => {
    ecrMock
      .on(BatchGetImageCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized to perform ecr:BatchGetImage'));
    const facts = await images().inspect(URI);
    expect(facts).toBeUndefined();
    expect(() => {
      checkImage(URI, facts, 'x86_64');
    }).not.toThrow();
    expect(log.warnings.join('\n')).toMatch(/AccessDeniedException.*ecr:BatchGetImage/);
  });

  it('warns and checks only the manifest when the config blob cannot be read', async () => {
    imageOf('arm64');
    ecrMock
      .on(GetDownloadUrlForLayerCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized'));
    const facts = await images().inspect(URI);
    expect(facts).toEqual({
      kind: 'image',
      mediaType: MEDIA_TYPES.ociManifest,
      architecture: undefined,
    });
    expect(log.warnings.join('\n')).toContain('ecr:GetDownloadUrlForLayer');
  });

  it('warns for an image outside ECR, and reads nothing', async () => {
    expect(await images().inspect('ghcr.io/owner/api:v1')).toBeUndefined();
    expect(ecrMock.calls()).toHaveLength(0);
    expect(log.warnings.join('\n')).toContain('not an ECR image URI');
  });

  it('fails, naming image-uri, when ECR has no such image: Lambda would refuse it after the writes', async () => {
    ecrMock.on(BatchGetImageCommand).resolves({
      images: [],
      failures: [{ failureCode: 'ImageNotFound', failureReason: 'Requested image not found' }],
    });
    await expect(images().inspect(URI)).rejects.toThrow(
      `Input 'image-uri': '${URI}' does not exist in ECR (ImageNotFound: Requested image not found)`,
    );
  });

  it('fails, naming image-uri, when ECR has no such repository', async () => {
    const missing = new Error("The repository with name 'app' does not exist");
    missing.name = 'RepositoryNotFoundException';
    ecrMock.on(BatchGetImageCommand).rejects(missing);
    await expect(images().inspect(URI)).rejects.toThrow(
      /Input 'image-uri': .* does not exist in ECR \(RepositoryNotFoundException/,
    );
  });
});
