// CodeDeploy as the rollout engine: what the run reads of the application, deployment group
// and deployment config, and what it decides: which of them to create or update, and whether
// a deployment can shift the alias. Every refusal comes here, before any write.
import type { CodeDeploy, ConfigState, GroupState } from '../../aws/codedeploy.js';
import type { AliasState } from '../../aws/lambda-release-shapes.js';
import { DeployError, InputError } from '../../errors.js';
import type { CodeDeployRollout } from '../../inputs/codedeploy.js';
import { routingSentence, type TrafficRouting } from '../../inputs/codedeploy-config.js';

/** What was read: undefined for a thing that does not exist. */
export interface CodeDeployRead {
  readonly application: { readonly computePlatform: string | undefined } | undefined;
  readonly group: GroupState | undefined;
  readonly config: ConfigState | undefined;
}

export interface CodeDeployPlan {
  readonly application: { readonly name: string; readonly action: 'keep' | 'create' };
  readonly group: {
    readonly name: string;
    readonly action: 'keep' | 'create' | 'update-alarms';
    /** The alarms the group has after the run (as read when kept). */
    readonly alarms: readonly string[];
  };
  readonly config: {
    readonly name: string;
    readonly action: 'keep' | 'create';
    readonly routing: TrafficRouting | undefined;
  };
  readonly serviceRole: string | undefined;
  readonly hooks: CodeDeployRollout['hooks'];
  /** wait-for-rollout: the step follows the deployment to its end. */
  readonly wait: boolean;
  readonly timeoutSeconds: number | undefined;
  /**
   * Why no deployment runs and the alias moves at once instead (it does not exist yet, or
   * already routes to the version); undefined when a deployment shifts it.
   */
  readonly atOnce?: string | undefined;
}

/** Reads the application, group and config (only reads). */
export async function readCodeDeploy(
  codedeploy: CodeDeploy,
  wanted: CodeDeployRollout,
): Promise<CodeDeployRead> {
  const application = await codedeploy.application(wanted.application);
  return {
    application,
    group:
      application === undefined
        ? undefined
        : await codedeploy.group(wanted.application, wanted.group),
    config: await codedeploy.deploymentConfig(wanted.config.name),
  };
}

/** The plan of a CodeDeploy rollout from what was read; refuses what cannot be done. */
export function planCodeDeploy(
  wanted: CodeDeployRollout,
  read: CodeDeployRead,
  alarms: readonly string[],
  alias: AliasState | undefined,
): CodeDeployPlan {
  const role = wanted.serviceRole;
  if (read.application === undefined && role === undefined) {
    throw new InputError(
      'codedeploy-application',
      `'${wanted.application}' does not exist: create it (compute platform Lambda), or give codedeploy-service-role so that the step creates it`,
    );
  }
  if (read.application !== undefined && read.application.computePlatform !== 'Lambda') {
    throw new InputError(
      'codedeploy-application',
      `'${wanted.application}' is for the ${read.application.computePlatform ?? 'unknown'} compute platform, not Lambda`,
    );
  }
  if (read.application !== undefined && read.group === undefined && role === undefined) {
    throw new InputError(
      'codedeploy-deployment-group',
      `'${wanted.group}' does not exist in application '${wanted.application}': create it, or give codedeploy-service-role so that the step creates it`,
    );
  }
  const config = planConfig(wanted, read.config);
  if (alias !== undefined && Object.keys(alias.weights).length > 0) {
    throw new InputError(
      'alias',
      `'${alias.name}' routes to two versions (${Object.keys(alias.weights).join(', ')} beside ${alias.version}): a CodeDeploy deployment starts from one; finish or undo that rollout first`,
    );
  }
  const group = read.group;
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && [...a].sort().every((name, at) => name === [...b].sort()[at]);
  const groupAction =
    group === undefined
      ? 'create'
      : alarms.length > 0 && (!same(group.alarms, alarms) || !group.alarmsEnabled)
        ? 'update-alarms'
        : 'keep';
  return {
    application: {
      name: wanted.application,
      action: read.application === undefined ? 'create' : 'keep',
    },
    group: {
      name: wanted.group,
      action: groupAction,
      alarms: groupAction === 'keep' && group !== undefined ? group.alarms : alarms,
    },
    config,
    serviceRole: role,
    hooks: wanted.hooks,
    wait: wanted.wait,
    timeoutSeconds: wanted.timeoutSeconds,
    ...(alias === undefined
      ? {
          atOnce:
            'the alias does not exist yet: it is created on the new version, with no deployment',
        }
      : {}),
  };
}

function planConfig(
  wanted: CodeDeployRollout,
  found: ConfigState | undefined,
): CodeDeployPlan['config'] {
  const choice = wanted.config;
  if (choice.kind === 'named') {
    if (found === undefined) {
      throw new InputError(
        'codedeploy-config',
        `'${choice.name}' is not a deployment config CodeDeploy knows`,
      );
    }
    if (found.computePlatform !== undefined && found.computePlatform !== 'Lambda') {
      throw new InputError(
        'codedeploy-config',
        `'${choice.name}' is for the ${found.computePlatform} compute platform, not Lambda`,
      );
    }
    return { name: choice.name, action: 'keep', routing: found.routing };
  }
  if (found === undefined) {
    if (choice.predefined) {
      throw new DeployError(`CodeDeploy does not know its own config '${choice.name}'`);
    }
    return { name: choice.name, action: 'create', routing: choice.routing };
  }
  if (found.routing !== undefined && !sameRouting(found.routing, choice.routing)) {
    throw new InputError(
      'traffic',
      `maps onto deployment config '${choice.name}' (${routingSentence(choice.routing)}), but the one of that name shifts ${routingSentence(found.routing)}: delete it, or name a config with codedeploy-config`,
    );
  }
  return { name: choice.name, action: 'keep', routing: choice.routing };
}

function sameRouting(a: TrafficRouting, b: TrafficRouting): boolean {
  if (a.type === 'AllAtOnce' || b.type === 'AllAtOnce') return a.type === b.type;
  return (
    a.type === b.type && a.percentage === b.percentage && a.intervalMinutes === b.intervalMinutes
  );
}

/** The plan's CodeDeploy part, in the `plan` output. */
export interface CodeDeployJson {
  readonly engine: 'codedeploy';
  readonly application: { readonly name: string; readonly action: 'keep' | 'create' };
  readonly group: {
    readonly name: string;
    readonly action: 'keep' | 'create' | 'update-alarms';
    readonly alarms: readonly string[];
  };
  readonly config: {
    readonly name: string;
    readonly action: 'keep' | 'create';
    readonly routing: string | null;
  };
  readonly hooks: {
    readonly beforeAllowTraffic: string | null;
    readonly afterAllowTraffic: string | null;
  };
  readonly waitForRollout: boolean;
  /** How the rollout ends, in a sentence: followed by the step, handed over, or no deployment. */
  readonly rollout: string;
}

export function codeDeployJson(plan: CodeDeployPlan): CodeDeployJson {
  return {
    engine: 'codedeploy',
    application: plan.application,
    group: plan.group,
    config: {
      name: plan.config.name,
      action: plan.config.action,
      routing: plan.config.routing === undefined ? null : routingSentence(plan.config.routing),
    },
    hooks: {
      beforeAllowTraffic: plan.hooks.beforeAllowTraffic ?? null,
      afterAllowTraffic: plan.hooks.afterAllowTraffic ?? null,
    },
    waitForRollout: plan.wait,
    rollout:
      plan.atOnce !== undefined
        ? `no deployment: ${plan.atOnce}`
        : plan.wait
          ? 'the step follows the deployment to its end (wait-for-rollout: true)'
          : 'the step ends once CodeDeploy accepts the deployment; the runner will not watch the rollout (wait-for-rollout: false)',
  };
}

/** The plan's lines for the log and the summary. */
export function codeDeployLines(json: CodeDeployJson): string[] {
  const { application, group, config, hooks } = json;
  const named = [
    hooks.beforeAllowTraffic === null ? [] : [`BeforeAllowTraffic ${hooks.beforeAllowTraffic}`],
    hooks.afterAllowTraffic === null ? [] : [`AfterAllowTraffic ${hooks.afterAllowTraffic}`],
  ].flat();
  return [
    `Rollout engine: CodeDeploy, application ${application.name} (${application.action}), ` +
      `deployment group ${group.name} (${group.action}${group.alarms.length === 0 ? ', no alarms' : `, alarms ${group.alarms.join(', ')}`})`,
    `CodeDeploy config: ${config.name}${config.routing === null ? '' : ` (${config.routing})`}${config.action === 'create' ? ', created' : ''}; hooks: ${named.length === 0 ? 'none' : named.join(', ')}`,
    `CodeDeploy: ${json.rollout}`,
  ];
}
