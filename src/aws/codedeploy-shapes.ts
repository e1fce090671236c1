// CodeDeploy's shapes as the action uses them: what it reads, the AppSpec it sends, and the
// conversions between CodeDeploy's TrafficRoutingConfig and the action's TrafficRouting.
import type { AutoRollbackEvent, TrafficRoutingConfig } from '@aws-sdk/client-codedeploy';
import type { TrafficRouting } from '../inputs/codedeploy-config.js';

const ROLLBACK_EVENTS: AutoRollbackEvent[] = ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'];

/** A deployment group as read: its platform, alarms and automatic rollback. */
export interface GroupState {
  readonly computePlatform: string | undefined;
  readonly alarms: readonly string[];
  readonly alarmsEnabled: boolean;
  readonly rollbackEvents: readonly string[];
  readonly serviceRoleArn: string | undefined;
}

/** A deployment config as read: its platform and routing (undefined when it has none). */
export interface ConfigState {
  readonly computePlatform: string | undefined;
  readonly routing: TrafficRouting | undefined;
}

/** What GetDeployment says of a deployment. */
export interface DeploymentState {
  readonly id: string;
  /** Created, Queued, InProgress, Baking, Ready, Succeeded, Failed or Stopped. */
  readonly status: string;
  /** CodeDeploy's errorInformation: code and message, when it failed or stopped. */
  readonly error: { readonly code: string; readonly message: string } | undefined;
  /** The rollback deployment's id and message, when it was rolled back. */
  readonly rollback:
    { readonly deploymentId: string | undefined; readonly message: string } | undefined;
}

/** A Lambda target's lifecycle events (hooks and traffic) and weight, as read. */
export interface TargetState {
  readonly events: readonly { readonly name: string; readonly status: string }[];
  readonly weight: number | undefined;
}

/** The AppSpec content of a Lambda deployment of `alias` from one version to another. */
export interface LambdaAppSpec {
  readonly functionName: string;
  readonly alias: string;
  readonly currentVersion: string;
  readonly targetVersion: string;
  readonly beforeAllowTraffic: string | undefined;
  readonly afterAllowTraffic: string | undefined;
}

/** The AppSpec (version 0.0, JSON) of a Lambda deployment. */
export function appSpecContent(spec: LambdaAppSpec): string {
  const hooks = [
    ...(spec.beforeAllowTraffic === undefined
      ? []
      : [{ BeforeAllowTraffic: spec.beforeAllowTraffic }]),
    ...(spec.afterAllowTraffic === undefined
      ? []
      : [{ AfterAllowTraffic: spec.afterAllowTraffic }]),
  ];
  return JSON.stringify({
    version: 0.0,
    Resources: [
      {
        [spec.functionName.replace(/[^A-Za-z0-9]/g, '') || 'Function']: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Name: spec.functionName,
            Alias: spec.alias,
            CurrentVersion: spec.currentVersion,
            TargetVersion: spec.targetVersion,
          },
        },
      },
    ],
    ...(hooks.length === 0 ? {} : { Hooks: hooks }),
  });
}

/** A console page that shows the deployment. */
export function deploymentLink(region: string, id: string): string {
  return `https://${region}.console.aws.amazon.com/codesuite/codedeploy/deployments/${id}?region=${region}`;
}

export function alarmSettings(alarms: readonly string[]) {
  return {
    alarmConfiguration: {
      enabled: alarms.length > 0,
      ignorePollAlarmFailure: false,
      alarms: alarms.map((name) => ({ name })),
    },
    autoRollbackConfiguration: { enabled: true, events: ROLLBACK_EVENTS },
  };
}

export function toRoutingConfig(routing: TrafficRouting): TrafficRoutingConfig {
  switch (routing.type) {
    case 'AllAtOnce':
      return { type: 'AllAtOnce' };
    case 'TimeBasedCanary':
      return {
        type: 'TimeBasedCanary',
        timeBasedCanary: {
          canaryPercentage: routing.percentage,
          canaryInterval: routing.intervalMinutes,
        },
      };
    case 'TimeBasedLinear':
      return {
        type: 'TimeBasedLinear',
        timeBasedLinear: {
          linearPercentage: routing.percentage,
          linearInterval: routing.intervalMinutes,
        },
      };
  }
}

export function fromRoutingConfig(
  config: TrafficRoutingConfig | undefined,
): TrafficRouting | undefined {
  if (config?.type === 'AllAtOnce') return { type: 'AllAtOnce' };
  if (config?.type === 'TimeBasedCanary') {
    const canary = config.timeBasedCanary;
    return {
      type: 'TimeBasedCanary',
      percentage: canary?.canaryPercentage ?? 0,
      intervalMinutes: canary?.canaryInterval ?? 0,
    };
  }
  if (config?.type === 'TimeBasedLinear') {
    const linear = config.timeBasedLinear;
    return {
      type: 'TimeBasedLinear',
      percentage: linear?.linearPercentage ?? 0,
      intervalMinutes: linear?.linearInterval ?? 0,
    };
  }
  return undefined;
}
