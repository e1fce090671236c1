import type { FunctionState } from '../../aws/function-state.js';
import { sameRouting, type AliasState } from '../../aws/lambda-release-shapes.js';
import { DeployError, InputError } from '../../errors.js';
import type { DeployConfig, FunctionSettings, ReleaseConfig } from '../../inputs.js';
import { NEW_VERSION } from '../versions/plan.js';

/** An alias's routing: its primary version and the share each other version gets. */
export interface Routing {
  readonly version: string;
  readonly weights: Readonly<Record<string, number>>;
}

export interface AliasPlan {
  readonly name: string;
  /** As read, with the RevisionId UpdateAlias carries as its precondition. */
  readonly before: AliasState | undefined;
  readonly action: 'create' | 'update' | 'keep';
  /** Where the alias routes after; NEW_VERSION stands for the version this run publishes. */
  readonly after: Routing;
}

export function planAlias(
  config: DeployConfig,
  before: AliasState | undefined,
  target: string,
): AliasPlan | undefined {
  const { alias: name, traffic } = config.release;
  if (name === undefined) return undefined;
  if (before === undefined) {
    if (traffic < 100) {
      throw new DeployError(
        `Alias '${name}' does not exist yet, so traffic ${traffic} has nothing to split with: ` +
          'deploy it once with traffic 100 (the default), then send a share to the next version',
      );
    }
    return { name, before, action: 'create', after: { version: target, weights: {} } };
  }
  const after: Routing =
    traffic === 100 || before.version === target
      ? { version: target, weights: {} }
      : { version: before.version, weights: { [target]: traffic / 100 } };
  const unchanged = target !== NEW_VERSION && sameRouting(before, after.version, after.weights);
  return { name, before, action: unchanged ? 'keep' : 'update', after };
}

/**
 * Lambda routes a weighted alias only between versions with one execution role, so a canary
 * cannot go with a change of role; refused before anything changes.
 */
export function checkCanaryRole(
  found: FunctionState | undefined,
  settings: Pick<FunctionSettings, 'role'>,
  options: Pick<ReleaseConfig, 'traffic'>,
): void {
  if (found === undefined || options.traffic === 100 || settings.role === undefined) return;
  const current = found.configuration.Role;
  if (current !== undefined && current !== settings.role) {
    throw new InputError(
      'role',
      `changes the execution role (from ${current}), but traffic ${options.traffic} would route ` +
        "between versions with different roles, which Lambda refuses for an alias's weights: " +
        'deploy the role change with traffic 100, or keep the role for the canary',
    );
  }
}

/**
 * The planned routing with the version this run published in place of NEW_VERSION. Lambda
 * may answer PublishVersion with a version that already is the primary: it then has it all.
 */
export function resolveRouting(planned: Routing, published: string): Routing {
  const resolve = (version: string) => (version === NEW_VERSION ? published : version);
  const version = resolve(planned.version);
  const weights = Object.fromEntries(
    Object.entries(planned.weights)
      .map(([other, weight]) => [resolve(other), weight] as const)
      .filter(([other]) => other !== version),
  );
  return { version, weights };
}
