import type { AliasState, CodeStorage } from '../../aws/lambda-release-shapes.js';

import type { FunctionState } from '../../aws/function-state.js';
import { settingShapes } from '../configuration/shapes.js';
import type { SparedVersion } from '../durable/plan.js';

export interface PruneResult {
  readonly keep: number;
  /** The versions this run deleted, oldest first. */
  readonly removed: readonly string[];
  /** Why pruning removed nothing or stopped short (already warned); undefined when it did all it decided. */
  readonly problem: string | undefined;
  /** The account's code storage after pruning; undefined when it could not be read. */
  readonly storage: CodeStorage | undefined;
  /** code-storage reference: the package objects deleted with their versions (s3:// URIs). */
  readonly objectsRemoved?: readonly string[] | undefined;
  /** ...and those kept, as a remaining version refers to them (or this action did not put them). */
  readonly objectsKept?: readonly string[] | undefined;
  /** Why deleting package objects stopped short (already warned). */
  readonly objectProblem?: string | undefined;
  /** Versions kept for their durable executions still going. */
  readonly spared?: readonly SparedVersion[] | undefined;
}

/**
 * The versions to delete, oldest first: those older than the newest `keep` published ones,
 * less every version an alias routes to (primary or weighted), every qualifier with
 * provisioned concurrency and `justPublished`. `$LATEST` and anything not a version number
 * are never candidates.
 */
export function versionsToPrune(
  published: readonly string[],
  aliases: readonly Pick<AliasState, 'version' | 'weights'>[],
  provisioned: readonly string[],
  keep: number,
  justPublished: string | undefined,
): string[] {
  const kept = new Set<string>(provisioned);
  if (justPublished !== undefined) kept.add(justPublished);
  for (const alias of aliases) {
    kept.add(alias.version);
    // A weight of 0 still names the version in the alias's routing: Lambda counts it.
    for (const version of Object.keys(alias.weights)) kept.add(version);
  }
  const newestFirst = [...new Set(published.filter((version) => /^[1-9]\d*$/.test(version)))].sort(
    (a, b) => Number(b) - Number(a),
  );
  return newestFirst
    .slice(Math.max(0, keep))
    .filter((version) => !kept.has(version))
    .reverse();
}

/** "version 3", "versions 2, 3". */
export function versionList(versions: readonly string[]): string {
  return `${versions.length === 1 ? 'version' : 'versions'} ${versions.join(', ')}`;
}

/** A published version as the plan compares it with $LATEST. */
export interface VersionState {
  readonly version: string;
  readonly arn: string;
  readonly codeSha256: string;
  /** The settings that make two versions run alike (configurationSignature). */
  readonly signature: string;
}

export function toVersionState(state: FunctionState): VersionState {
  return {
    version: state.configuration.Version ?? '',
    arn: state.arn,
    codeSha256: state.codeSha256,
    signature: configurationSignature(state),
  };
}

/**
 * What Lambda compares when it decides whether publishing would make a new version: the
 * code and the settings (a version's description is its own).
 */
export function configurationSignature(state: FunctionState): string {
  const c = state.configuration;
  return JSON.stringify([
    c.Handler,
    c.Runtime,
    c.MemorySize,
    c.Timeout,
    c.Role,
    c.EphemeralStorage?.Size,
    c.Architectures,
    Object.entries(c.Environment?.Variables ?? {}).sort(([a], [b]) => a.localeCompare(b)),
    (c.Layers ?? []).map((layer) => layer.Arn),
    // VPC, DLQ, tracing, logging, SnapStart, file systems, KMS key, image config: as compared.
    ...settingShapes(c),
  ]);
}

/** A version the run publishes, not known until it is; or one that exists. */
export const NEW_VERSION = 'new';

/** 'new': publish; a version: it already holds this code and these settings; none. */
export type PublishPlan = 'none' | typeof NEW_VERSION | VersionState;
