// The plan's output for Managed Instances and durable functions: JSON keys present only for
// such functions, and their lines in the log.
import { scalingText } from '../resources/managed-instances/plan.js';
import { NEW_VERSION } from '../resources/versions/plan.js';
import type { DeployPlan } from './deploy-plan.js';

export interface Lambda2025Json {
  /**
   * A function on a capacity provider: whether $LATEST.PUBLISHED is republished, and the
   * scaling-config put on the released version (null on: the version this run publishes).
   */
  readonly managedInstances?: {
    readonly publishLatest: boolean;
    readonly scaling: {
      readonly on: string | null;
      readonly from: string;
      readonly to: string;
    } | null;
  };
  /** A durable function's alias leaves this version, on which these executions still run. */
  readonly durableExecutions?: { readonly version: string; readonly active: number };
}

export function lambda2025Json(plan: DeployPlan): Lambda2025Json {
  const managed = plan.managedInstances;
  const scaling = managed?.scaling;
  return {
    ...(managed === undefined
      ? {}
      : {
          managedInstances: {
            publishLatest: managed.publishLatest,
            scaling:
              scaling === undefined
                ? null
                : {
                    on: scaling.qualifier === NEW_VERSION ? null : scaling.qualifier,
                    from: scalingText(scaling.from),
                    to: scalingText(scaling.config),
                  },
          },
        }),
    ...(plan.durableLeft === undefined
      ? {}
      : {
          durableExecutions: {
            version: plan.durableLeft.version,
            active: plan.durableLeft.executions,
          },
        }),
  };
}

export function lambda2025Lines(json: Lambda2025Json): string[] {
  const lines: string[] = [];
  const managed = json.managedInstances;
  if (managed?.publishLatest === true) {
    lines.push(
      'Version: republish $LATEST.PUBLISHED (Managed Instances), Active before the step ends',
    );
  }
  const scaling = managed?.scaling;
  if (scaling !== undefined && scaling !== null) {
    lines.push(
      `Scaling config on ${scaling.on ?? 'the new version'}: ${scaling.from} -> ${scaling.to}, before any traffic`,
    );
  }
  const durable = json.durableExecutions;
  if (durable !== undefined) {
    lines.push(
      `Durable executions: ${durable.active} still running or paused on version ${durable.version}, which the alias leaves; they finish on it, and it is not deleted while they run`,
    );
  }
  return lines;
}
