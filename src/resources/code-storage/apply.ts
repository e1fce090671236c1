// keep-versions with code-storage reference: a deleted version's package object is deleted too,
// but only when no remaining version (nor $LATEST) refers to that object version, and only an
// object this action put there (in s3-bucket under s3-key-prefix).
import type { S3ObjectRef } from '../../aws/function-state.js';
import type { LambdaFunction } from '../../aws/lambda-function.js';
import type { S3CodeBucket } from '../../aws/s3-code-bucket.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { PruneResult } from '../versions/plan.js';

export interface ObjectPruning {
  readonly lambda: Pick<LambdaFunction, 'read'>;
  readonly versionNumbers: () => Promise<string[]>;
  readonly bucket: S3CodeBucket;
  /** Only objects in this bucket, under this prefix, are ever deleted. */
  readonly own: { readonly bucket: string; readonly prefix: string };
}

type References = Map<string, S3ObjectRef | undefined>;

/** Which object each version (and $LATEST) points at: GetFunction of each. */
export async function readReferences(
  api: ObjectPruning,
  known: References = new Map(),
): Promise<References> {
  const references = new Map(known);
  for (const version of ['$LATEST', ...(await api.versionNumbers())]) {
    if (references.has(version)) continue;
    const state = await api.lambda.read(undefined, version === '$LATEST' ? undefined : version);
    references.set(version, state.referencedObject);
  }
  return references;
}

/**
 * Deletes the objects of the versions pruning removed that no remaining version refers to.
 * Never throws: a failure is a warning, and the prune's result says what was done.
 */
export async function pruneObjects(
  api: ObjectPruning,
  before: References,
  pruned: PruneResult,
  log: Logger,
): Promise<PruneResult> {
  if (pruned.removed.length === 0) return pruned;
  const removedObjects: string[] = [];
  const keptObjects: string[] = [];
  try {
    // Versions published meanwhile (by another run) are read too: they may share an object.
    const after = await readReferences(api, before);
    for (const version of pruned.removed) after.delete(version);
    const inUse = new Set(
      [...after.values()].flatMap((ref) => (ref === undefined ? [] : [text(ref)])),
    );
    const candidates = new Map(
      pruned.removed.flatMap((version) => {
        const ref = before.get(version);
        return ref === undefined ? [] : [[text(ref), ref] as const];
      }),
    );
    for (const [uri, ref] of candidates) {
      const ours = ref.bucket === api.own.bucket && ref.key.startsWith(api.own.prefix);
      if (inUse.has(uri) || !ours || ref.versionId === undefined) {
        keptObjects.push(uri);
        continue;
      }
      await api.bucket.deleteObjectVersion(ref.bucket, ref.key, ref.versionId);
      removedObjects.push(uri);
      log.info(`keep-versions: deleted ${uri}, which no remaining version refers to`);
    }
    if (keptObjects.length > 0) {
      log.info(
        `keep-versions: kept ${keptObjects.join(', ')}: a remaining version refers to it, or this action did not put it there`,
      );
    }
    return { ...pruned, objectsRemoved: removedObjects, objectsKept: keptObjects };
  } catch (error) {
    const problem = `package objects: ${removedObjects.length} deleted, then ${errorMessage(error)}`;
    log.warning(`keep-versions: ${problem}`);
    return {
      ...pruned,
      objectsRemoved: removedObjects,
      objectsKept: keptObjects,
      objectProblem: problem,
    };
  }
}

function text(ref: S3ObjectRef): string {
  return `s3://${ref.bucket}/${ref.key}?versionId=${ref.versionId ?? 'null'}`;
}
