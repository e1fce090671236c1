// The action tags each function it deploys a zip from `source` to with its record of the tree's
// fingerprint (src/resources/code/fingerprint-record.ts): tests of the user's own tags leave it
// out, and count its one TagResource where they count writes.

export const RECORD_TAG = 'lambda-deploy:code-fingerprint';

/** `tags` without the action's record. */
export function userTags(
  tags: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  return Object.fromEntries(Object.entries(tags ?? {}).filter(([key]) => key !== RECORD_TAG));
}
