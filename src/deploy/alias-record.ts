// What this action moved an alias from, kept in the alias's own Description, so that
// `rollback-to: previous` needs no state outside AWS.

/** Lambda's limit for an alias description. */
const DESCRIPTION_LIMIT = 256;

const RECORD = /^lambda-deploy: (\d+|\$LATEST) \(was (\d+|\$LATEST|none)\)/;

/**
 * "lambda-deploy: 8 (was 7) 1a2b3c4 run 42": the version the alias now routes to as its
 * primary, the one it routed to before, and `label`, the commit and run that moved it.
 */
export function aliasRecord(version: string, previous: string | undefined, label: string): string {
  return `lambda-deploy: ${version} (was ${previous ?? 'none'}) ${label}`
    .trim()
    .slice(0, DESCRIPTION_LIMIT);
}

/** The record's versions, when the description is one this action wrote. */
export function readAliasRecord(
  description: string | undefined,
): { readonly version: string; readonly previous: string | undefined } | undefined {
  const match = RECORD.exec(description ?? '');
  if (match === null) return undefined;
  const previous = match[2];
  return { version: match[1] ?? '', previous: previous === 'none' ? undefined : previous };
}
