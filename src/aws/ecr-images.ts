import {
  BatchGetImageCommand,
  ECRClient,
  GetDownloadUrlForLayerCommand,
} from '@aws-sdk/client-ecr';
import { errorMessage, InputError } from '../errors.js';
import type { Logger } from '../logger.js';
import { briefReason } from './aws-errors.js';
import { createClient } from './clients.js';

export const MEDIA_TYPES = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
} as const;

/** Where an ECR image lives, from its URI. */
export interface EcrImageRef {
  readonly registryId: string;
  readonly region: string;
  readonly repository: string;
  /** A tag or a digest (sha256:...). */
  readonly imageId: { readonly imageTag: string } | { readonly imageDigest: string };
}

/** What the run learnt of the image it deploys, from its manifest and config. */
export type ImageFacts =
  | {
      readonly kind: 'index';
      readonly mediaType: string;
      /** "linux/arm64", "unknown/unknown" (an attestation), for the message. */
      readonly platforms: readonly string[];
    }
  | {
      readonly kind: 'image';
      readonly mediaType: string;
      /** Lambda's name for the image's architecture (x86_64, arm64), or the image's own; undefined when unread. */
      readonly architecture: string | undefined;
    };

const ECR_URI =
  /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._/-]*)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;

/** The registry, region, repository and tag or digest of an ECR image URI; undefined for another registry. */
export function parseEcrUri(uri: string): EcrImageRef | undefined {
  const match = ECR_URI.exec(uri);
  if (match === null) return undefined;
  const [, registryId, region, repository, tag, digest] = match;
  if (registryId === undefined || region === undefined || repository === undefined)
    return undefined;
  if (digest === undefined && tag === undefined) return undefined;
  return {
    registryId,
    region,
    repository,
    imageId: digest !== undefined ? { imageDigest: digest } : { imageTag: tag ?? 'latest' },
  };
}

/** Fetches a presigned layer URL's bytes as text; bounded by `timeoutSeconds`. */
export type FetchBlob = (url: string, timeoutSeconds: number) => Promise<string>;

const fetchText: FetchBlob = async (url, timeoutSeconds) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutSeconds * 1000) });
  if (!response.ok) throw new Error(`HTTP ${response.status} for the image's config blob`);
  return response.text();
};

/**
 * Reads an image's manifest (and its config's architecture) from ECR, with read-only calls.
 * Where ECR cannot be read, the run is told so and goes on: Lambda checks the image itself.
 */
export class EcrImages {
  constructor(
    private readonly clientFor: (region: string) => ECRClient,
    private readonly log: Logger,
    private readonly requestTimeoutSeconds: number,
    private readonly fetchBlob: FetchBlob = fetchText,
  ) {}

  async inspect(uri: string): Promise<ImageFacts | undefined> {
    const ref = parseEcrUri(uri);
    if (ref === undefined) {
      this.log.warning(
        `image-uri: '${uri}' is not an ECR image URI, so its manifest was not checked before the deploy`,
      );
      return undefined;
    }
    const client = this.clientFor(ref.region);
    let manifest: { text: string; mediaType: string | undefined };
    try {
      const answer = await client.send(
        new BatchGetImageCommand({
          registryId: ref.registryId,
          repositoryName: ref.repository,
          imageIds: [ref.imageId],
          acceptedMediaTypes: Object.values(MEDIA_TYPES),
        }),
      );
      const image = answer.images?.[0];
      if (image?.imageManifest === undefined) {
        const failure = answer.failures?.[0];
        if (failure?.failureCode === 'ImageNotFound') {
          throw imageMissing(uri, `${failure.failureCode}: ${failure.failureReason ?? ''}`);
        }
        this.warnUnchecked(
          uri,
          `ECR did not give its manifest (${failure?.failureCode ?? 'no image'}: ${failure?.failureReason ?? 'no reason given'})`,
        );
        return undefined;
      }
      manifest = { text: image.imageManifest, mediaType: image.imageManifestMediaType };
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (/RepositoryNotFound/.test(briefReason(error))) {
        throw imageMissing(uri, briefReason(error));
      }
      this.warnUnchecked(
        uri,
        `ECR could not be read (${briefReason(error)})` +
          (/AccessDenied/.test(briefReason(error)) ? '; the check needs ecr:BatchGetImage' : ''),
      );
      return undefined;
    }
    let parsed: ManifestJson;
    try {
      parsed = JSON.parse(manifest.text) as ManifestJson;
    } catch {
      this.warnUnchecked(uri, 'its manifest is not JSON');
      return undefined;
    }
    const mediaType = manifest.mediaType ?? parsed.mediaType ?? '';
    if (mediaType === MEDIA_TYPES.dockerList || mediaType === MEDIA_TYPES.ociIndex) {
      return {
        kind: 'index',
        mediaType,
        platforms: (parsed.manifests ?? []).map(
          (entry) =>
            `${entry.platform?.os ?? 'unknown'}/${entry.platform?.architecture ?? 'unknown'}`,
        ),
      };
    }
    return { kind: 'image', mediaType, architecture: await this.architecture(uri, ref, parsed) };
  }

  /** The config blob's architecture, in Lambda's words; undefined (with a warning) when unread. */
  private async architecture(
    uri: string,
    ref: EcrImageRef,
    manifest: ManifestJson,
  ): Promise<string | undefined> {
    const digest = manifest.config?.digest;
    if (digest === undefined) {
      this.warnUnchecked(uri, 'its manifest names no config', 'architecture');
      return undefined;
    }
    try {
      const answer = await this.clientFor(ref.region).send(
        new GetDownloadUrlForLayerCommand({
          registryId: ref.registryId,
          repositoryName: ref.repository,
          layerDigest: digest,
        }),
      );
      if (answer.downloadUrl === undefined) throw new Error('ECR gave no download URL');
      const config = JSON.parse(
        await this.fetchBlob(answer.downloadUrl, this.requestTimeoutSeconds),
      ) as { architecture?: unknown };
      if (typeof config.architecture !== 'string')
        throw new Error('the config names no architecture');
      return lambdaArchitecture(config.architecture);
    } catch (error) {
      this.warnUnchecked(
        uri,
        `its config could not be read (${briefReason(error) || errorMessage(error)})` +
          (/AccessDenied/.test(briefReason(error))
            ? '; the check needs ecr:GetDownloadUrlForLayer'
            : ''),
        'architecture',
      );
      return undefined;
    }
  }

  private warnUnchecked(uri: string, why: string, what = 'manifest'): void {
    this.log.warning(
      `image-uri: the image's ${what} was not checked before the deploy: ${why}. Lambda checks ${uri} itself.`,
    );
  }
}

/** ECR said the image or its repository does not exist: Lambda would refuse it too. */
function imageMissing(uri: string, said: string): InputError {
  return new InputError(
    'image-uri',
    `'${uri}' does not exist in ECR (${said.trim().replace(/:$/, '')}); nothing was changed. ` +
      'Check the tag or digest, the repository and the region, and that the image was pushed',
  );
}

interface ManifestJson {
  readonly mediaType?: string;
  readonly config?: { readonly digest?: string };
  readonly manifests?: readonly {
    readonly platform?: { readonly os?: string; readonly architecture?: string };
  }[];
}

/** amd64 is Lambda's x86_64; arm64 is arm64; any other is named as the image names it. */
export function lambdaArchitecture(architecture: string): string {
  if (architecture === 'amd64' || architecture === 'x86_64') return 'x86_64';
  if (architecture === 'arm64' || architecture === 'aarch64') return 'arm64';
  return architecture;
}

/** For reading an image's manifest; the region is the image's (its URI names it). */
export function createEcrClient(region: string, requestTimeoutSeconds?: number): ECRClient {
  return createClient(ECRClient, region, requestTimeoutSeconds);
}
