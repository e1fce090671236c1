// Images Lambda would refuse, refused before any change: a manifest list or OCI index, or an
// image built for another architecture than the function's.
import type { ImageFacts } from '../../aws/ecr-images.js';
import { InputError } from '../../errors.js';

/**
 * Throws an InputError naming image-uri when Lambda would refuse the image; `architecture`
 * is the one the function will have (the input, else the function's, else x86_64).
 */
export function checkImage(uri: string, facts: ImageFacts | undefined, architecture: string): void {
  if (facts === undefined) return;
  if (facts.kind === 'index') {
    const platforms = facts.platforms.length === 0 ? '' : ` (${facts.platforms.join(', ')})`;
    throw new InputError(
      'image-uri',
      `'${uri}' is a multi-platform image index${platforms}, media type ${facts.mediaType}, ` +
        'which Lambda refuses ("The image manifest, config or layer media type for the source image ' +
        '... is not supported"). docker buildx makes one by default, with provenance attestations: ' +
        'build with --provenance=false (and one --platform), or push a single-platform image',
    );
  }
  if (facts.architecture !== undefined && facts.architecture !== architecture) {
    throw new InputError(
      'image-uri',
      `'${uri}' is built for ${facts.architecture}, but the function runs on ${architecture}: ` +
        `build the image with --platform linux/${architecture === 'arm64' ? 'arm64' : 'amd64'}, ` +
        `or set architectures: ${facts.architecture}`,
    );
  }
}
