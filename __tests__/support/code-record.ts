// The action tags each function it deploys a zip from `source` to with its record of the tree's
// fingerprint (src/resources/code/fingerprint-record.ts): tests of the user's own tags leave it
// out, and count its one TagResource where they count writes.

export const RECORD_TAG = 'lambda-deploy:code-fingerprint';

/** The record of a layer tree's version, written with the code's when the run has a layer. */
export const LAYER_RECORD_TAG = 'lambda-deploy:layer-fingerprint';

/** `tags` without the action's records. */
export function userTags(
  tags: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tags ?? {}).filter(([key]) => key !== RECORD_TAG && key !== LAYER_RECORD_TAG),
  );
}
