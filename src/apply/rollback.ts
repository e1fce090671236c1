// rollback-to: moves an alias back to an earlier version and builds nothing.
// read (the alias, the versions) -> plan (pure) -> show -> apply (UpdateAlias with the
// alias's RevisionId), as a deploy does.
import type { FunctionState } from '../aws/function-state.js';
import type { LambdaFunction } from '../aws/lambda-function.js';
import { routingText, type AliasState } from '../aws/lambda-release-shapes.js';
import { type LambdaRelease } from '../aws/lambda-release.js';
import { DeployError, InputError } from '../errors.js';
import type { Logger } from '../logger.js';
import { describeAlias, readAliasRecord } from '../resources/alias/record.js';

export interface RollbackRequest {
  readonly alias: string;
  /** 'previous' or a version number, as parseRollbackTarget took it. */
  readonly target: string;
  /** "1a2b3c4 run 42": recorded in the alias's description with the move. */
  readonly label: string;
  /** Read and plan only: the alias is not moved. */
  readonly dryRun?: boolean;
}

/** A published version as the rollback read it. */
export interface VersionRead {
  readonly version: string;
  /** The version's qualified ARN. */
  readonly arn: string;
  readonly role: string | undefined;
}

/** What the rollback read: the alias, and each version it needs (undefined: does not exist). */
export interface RollbackState {
  readonly alias: AliasState | undefined;
  readonly versions: ReadonlyMap<string, VersionRead | undefined>;
}

export interface RollbackPlan {
  /** The alias as read; the move carries its RevisionId. */
  readonly alias: AliasState;
  /** The alias's primary version before. */
  readonly from: string;
  readonly to: VersionRead;
  /** 'none' when the alias already routes all of its traffic to `to`. */
  readonly action: 'move' | 'none';
  /** rollback-to as given: 'previous' or a version number. */
  readonly requested: string;
}

export interface RollbackResult {
  readonly plan: RollbackPlan;
  /** The alias after the run (as read when nothing moved). */
  readonly alias: AliasState;
  readonly rolledBack: boolean;
  /** The function's unqualified ARN and name, from the alias's ARN. */
  readonly functionArn: string;
  readonly functionName: string;
}

export interface RollbackApis {
  readonly lambda: Pick<LambdaFunction, 'find' | 'readVersion' | 'name' | 'region'>;
  readonly releaser: Pick<LambdaRelease, 'getAlias' | 'updateAlias'>;
}

/**
 * The version `requested` names: itself, or for 'previous' the version the alias routed to
 * before this action last moved it, as the alias's description records it.
 */
export function rollbackTarget(alias: AliasState, requested: string): string {
  if (requested !== 'previous') return requested;
  const giveNumber = 'give the version number to roll back to instead';
  const record = readAliasRecord(alias.description);
  if (record === undefined) {
    throw new InputError(
      'rollback-to',
      `'previous' needs the record this action keeps in alias '${alias.name}''s description, ` +
        `but it holds ${alias.description ? JSON.stringify(alias.description) : 'none'} ` +
        `(the alias was moved by hand, or never by this action): ${giveNumber}`,
    );
  }
  if (record.version !== alias.version) {
    throw new InputError(
      'rollback-to',
      `'previous' is unknown: this action last moved alias '${alias.name}' to ${record.version}, ` +
        `but it now routes to ${alias.version} (moved by hand since): ${giveNumber}`,
    );
  }
  if (record.previous === undefined || record.previous === '$LATEST') {
    throw new InputError(
      'rollback-to',
      `'previous' is unknown: alias '${alias.name}' was created on version ${record.version} ` +
        `by this action and routed to no published version before: ${giveNumber}`,
    );
  }
  return record.previous;
}

/**
 * Decides the rollback from what was read, before any change: the alias and the target
 * version must exist, and the target must run with the role of the alias's primary version.
 */
export function planRollback(
  request: Pick<RollbackRequest, 'alias' | 'target'>,
  state: RollbackState,
): RollbackPlan {
  const { alias } = state;
  if (alias === undefined) {
    throw new InputError(
      'rollback-to',
      `alias '${request.alias}' does not exist: there is nothing to roll back (check alias)`,
    );
  }
  const target = rollbackTarget(alias, request.target);
  const to = state.versions.get(target);
  const via = request.target === 'previous' ? ` ('previous' of alias '${alias.name}')` : '';
  if (to === undefined) {
    throw new InputError(
      'rollback-to',
      `version ${target}${via} does not exist (deleted, or never published); nothing was changed`,
    );
  }
  const current = state.versions.get(alias.version);
  if (current !== undefined && to.role !== current.role) {
    throw new InputError(
      'rollback-to',
      `version ${target}${via} runs with execution role ${to.role ?? '(none)'}, but alias ` +
        `'${alias.name}''s version ${alias.version} runs with ${current.role ?? '(none)'}: ` +
        "rolling back across a role change is refused (an alias's versions must share one " +
        'role for its weights, and the old role may no longer fit); deploy the old code instead',
    );
  }
  const already = alias.version === target && Object.keys(alias.weights).length === 0;
  return {
    alias,
    from: alias.version,
    to,
    action: already ? 'none' : 'move',
    requested: request.target,
  };
}

/** "Alias live: 8 -> 7 (rollback-to previous)", the plan's line in the log. */
export function rollbackLine(plan: RollbackPlan): string {
  const why = `rollback-to ${plan.requested}`;
  if (plan.action === 'none') {
    return `Alias ${plan.alias.name}: already on ${plan.to.version} (${why}): nothing to change`;
  }
  return `Alias ${plan.alias.name}: ${routingText(plan.alias)} -> ${plan.to.version} (${why})`;
}

/** Reads the alias and the versions the plan needs: the target and the alias's primary. */
export async function readRollback(
  apis: RollbackApis,
  request: Pick<RollbackRequest, 'alias' | 'target'>,
): Promise<RollbackState> {
  const alias = await apis.releaser.getAlias(request.alias);
  if (alias === undefined) {
    // GetAlias says the same of a missing function: tell the two apart.
    if ((await apis.lambda.find()) === undefined) {
      throw new DeployError(
        `Function '${apis.lambda.name}' does not exist in ${apis.lambda.region}: ` +
          'check function-name and region. Nothing was rolled back.',
      );
    }
    return { alias, versions: new Map() };
  }
  const wanted = new Set([rollbackTarget(alias, request.target), alias.version]);
  wanted.delete('$LATEST');
  const versions = new Map<string, VersionRead | undefined>();
  for (const version of wanted) versions.set(version, await readVersion(apis.lambda, version));
  return { alias, versions };
}

async function readVersion(
  lambda: RollbackApis['lambda'],
  version: string,
): Promise<VersionRead | undefined> {
  let found: FunctionState;
  try {
    found = await lambda.readVersion(version);
  } catch (error) {
    if (error instanceof DeployError && isNotFound(error.cause)) return undefined;
    throw error;
  }
  return {
    version,
    arn: `${unqualified(found.arn)}:${version}`,
    role: found.configuration.Role,
  };
}

/** Moves the alias as planned, with the record that lets a second 'previous' swap back. */
export async function applyRollback(
  releaser: RollbackApis['releaser'],
  plan: RollbackPlan,
  label: string,
  log: Logger,
): Promise<RollbackResult> {
  const functionArn = unqualified(plan.alias.arn);
  const functionName = functionArn.split(':')[6] ?? '';
  if (plan.action === 'none') {
    log.info(`Alias '${plan.alias.name}' already routes all its traffic to ${plan.to.version}`);
    return { plan, alias: plan.alias, rolledBack: false, functionArn, functionName };
  }
  const moved = await releaser.updateAlias(
    plan.alias,
    plan.to.version,
    {},
    describeAlias(plan.alias.description, {
      kind: 'moved',
      version: plan.to.version,
      previous: plan.alias,
      label,
    }),
  );
  log.info(`Alias ${moved.arn}: ${moved.name}: ${routingText(moved)} (was ${plan.from})`);
  return { plan, alias: moved, rolledBack: true, functionArn, functionName };
}

/** read -> plan -> show -> apply. */
export async function rollback(
  apis: RollbackApis,
  request: RollbackRequest,
  log: Logger,
): Promise<RollbackResult> {
  const plan = planRollback(request, await readRollback(apis, request));
  log.info(rollbackLine(plan));
  if (request.dryRun === true) {
    log.info('Dry run: the alias is not moved');
    const functionArn = unqualified(plan.alias.arn);
    const functionName = functionArn.split(':')[6] ?? '';
    return { plan, alias: plan.alias, rolledBack: false, functionArn, functionName };
  }
  return applyRollback(apis.releaser, plan, request.label, log);
}

/** arn:aws:lambda:<region>:<account>:function:<name>, without a version or alias. */
function unqualified(arn: string): string {
  return arn.split(':').slice(0, 7).join(':');
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && error.name === 'ResourceNotFoundException';
}
