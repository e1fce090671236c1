import { createHash } from 'node:crypto';
import type {
  AnswerChange,
  CannedResponse,
  ProxiedRequest,
  ProxyEmulation,
  RequestMatcher,
} from './fault-proxy.js';

// EMULATED, not moto: moto (5.2.1) keeps the manifests put into its ECR (PutImage) and answers
// BatchGetImage with them, but has no GetDownloadUrlForLayer, and keeps no blobs. This
// emulation answers GetDownloadUrlForLayer in moto's place for the blobs a test registers
// (registerBlob: an image's config, say), with a download URL on the proxy itself
// (/__ecr-blobs/<digest>, where real ECR gives a presigned S3 URL), and serves that path with
// the blob. A digest not registered gets ECR's 400 LayersNotFoundException. One instance may
// serve every proxy of a test file: it keeps no proxy's address, the URL is made from the
// Host the request came to.

const TARGET_PREFIX = 'AmazonEC2ContainerRegistry_V20150921.';

/** The path the download URLs point to, on the proxy; the digest follows. */
export const BLOB_PATH = '/__ecr-blobs/';

/** An ECR (JSON 1.1) action: POST / with X-Amz-Target AmazonEC2ContainerRegistry_V20150921.<action>. */
export function ecrAction(action: string): RequestMatcher {
  return ({ method, path, headers }) =>
    method === 'POST' && path === '/' && headers['x-amz-target'] === `${TARGET_PREFIX}${action}`;
}

/** GetDownloadUrlForLayer, for any layer or only `digest`'s. */
export function getDownloadUrlForLayer(digest?: string): RequestMatcher {
  const action = ecrAction('GetDownloadUrlForLayer');
  return (request) =>
    action(request) && (digest === undefined || layerDigestOf(request) === digest);
}

/** The fetch of a download URL this emulation gave: GET /__ecr-blobs/<digest>. */
export function blobDownload(digest?: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'GET' &&
    path.startsWith(BLOB_PATH) &&
    (digest === undefined || decodeURIComponent(path.slice(BLOB_PATH.length)) === digest);
}

/** The content-addressed digest of `text` (sha256:<hex>), as a registry names a blob. */
export function blobDigest(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

export class EcrLayers implements ProxyEmulation {
  private readonly blobs = new Map<string, string>();

  /**
   * Makes `digest` downloadable from any repository, with `blob` (an object is served as its
   * JSON); returns the digest.
   */
  registerBlob(digest: string, blob: string | object): string {
    this.blobs.set(digest, typeof blob === 'string' ? blob : JSON.stringify(blob));
    return digest;
  }

  beforeForward(request: ProxiedRequest): CannedResponse | undefined {
    if (getDownloadUrlForLayer()(request)) return this.downloadUrl(request);
    if (blobDownload()(request)) {
      const blob = this.blobs.get(decodeURIComponent(request.path.slice(BLOB_PATH.length)));
      return blob === undefined
        ? { status: 404, headers: { 'content-type': 'text/plain' }, body: 'NoSuchKey' }
        : { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: blob };
    }
    return undefined;
  }

  afterAnswer(): AnswerChange {
    return undefined;
  }

  private downloadUrl(request: ProxiedRequest): CannedResponse {
    const digest = layerDigestOf(request);
    const repository = stringField(request.body, 'repositoryName') ?? '';
    if (digest === undefined || !this.blobs.has(digest)) {
      return ecrError(
        'LayersNotFoundException',
        `The specified layer '${digest ?? ''}' does not exist in the repository '${repository}'.`,
      );
    }
    const host = request.headers.host;
    const origin = `http://${typeof host === 'string' ? host : '127.0.0.1'}`;
    return ecrJson({ downloadUrl: `${origin}${BLOB_PATH}${digest}`, layerDigest: digest });
  }
}

function layerDigestOf(request: ProxiedRequest): string | undefined {
  return stringField(request.body, 'layerDigest');
}

function stringField(body: string | undefined, field: string): string | undefined {
  try {
    const value = (JSON.parse(body ?? 'null') as Record<string, unknown> | null)?.[field];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function ecrJson(body: unknown, status = 200): CannedResponse {
  return {
    status,
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-RequestId': '00000000-0000-4000-8000-000000000301',
    },
    body: JSON.stringify(body),
  };
}

/** ECR's error answer (JSON 1.1): status 400, the type in __type. */
function ecrError(type: string, message: string): CannedResponse {
  return ecrJson({ __type: type, message }, 400);
}
