// CodeDeploy's Lambda compute platform: the application, deployment group and config a
// rollout uses, and the deployment itself. Each call says what failed, on what.
import {
  CodeDeployClient,
  CreateApplicationCommand,
  CreateDeploymentCommand,
  CreateDeploymentConfigCommand,
  CreateDeploymentGroupCommand,
  GetApplicationCommand,
  GetDeploymentCommand,
  GetDeploymentConfigCommand,
  GetDeploymentGroupCommand,
  GetDeploymentTargetCommand,
  ListDeploymentsCommand,
  StopDeploymentCommand,
  UpdateDeploymentGroupCommand,
} from '@aws-sdk/client-codedeploy';
import type { TrafficRouting } from '../inputs/codedeploy-config.js';
import {
  alarmSettings,
  appSpecContent,
  fromRoutingConfig,
  toRoutingConfig,
  type ConfigState,
  type DeploymentState,
  type GroupState,
  type LambdaAppSpec,
  type TargetState,
} from './codedeploy-shapes.js';

export * from './codedeploy-shapes.js';
import { describeAwsError } from './aws-errors.js';
import { createClient } from './clients.js';

export function createCodeDeployClient(
  region: string,
  requestTimeoutSeconds?: number,
): CodeDeployClient {
  return createClient(CodeDeployClient, region, requestTimeoutSeconds);
}

export const FINISHED = new Set(['Succeeded', 'Failed', 'Stopped']);

export class CodeDeploy {
  constructor(
    private readonly client: CodeDeployClient,
    readonly region: string,
  ) {}

  /** The application's compute platform; undefined when it does not exist. */
  async application(name: string): Promise<{ computePlatform: string | undefined } | undefined> {
    try {
      const answer = await this.client.send(new GetApplicationCommand({ applicationName: name }));
      return { computePlatform: answer.application?.computePlatform };
    } catch (error) {
      if (named(error, 'ApplicationDoesNotExistException')) return undefined;
      throw this.failure(
        error,
        'read the application',
        'codedeploy:GetApplication',
        `application '${name}'`,
      );
    }
  }

  async group(application: string, name: string): Promise<GroupState | undefined> {
    try {
      const answer = await this.client.send(
        new GetDeploymentGroupCommand({ applicationName: application, deploymentGroupName: name }),
      );
      const info = answer.deploymentGroupInfo;
      return {
        computePlatform: info?.computePlatform,
        alarms: (info?.alarmConfiguration?.alarms ?? []).flatMap((alarm) => alarm.name ?? []),
        alarmsEnabled: info?.alarmConfiguration?.enabled === true,
        rollbackEvents:
          info?.autoRollbackConfiguration?.enabled === true
            ? (info.autoRollbackConfiguration.events ?? [])
            : [],
        serviceRoleArn: info?.serviceRoleArn,
      };
    } catch (error) {
      if (named(error, 'DeploymentGroupDoesNotExistException')) return undefined;
      throw this.failure(
        error,
        'read the deployment group',
        'codedeploy:GetDeploymentGroup',
        `group '${name}'`,
      );
    }
  }

  async deploymentConfig(name: string): Promise<ConfigState | undefined> {
    try {
      const answer = await this.client.send(
        new GetDeploymentConfigCommand({ deploymentConfigName: name }),
      );
      const info = answer.deploymentConfigInfo;
      return {
        computePlatform: info?.computePlatform,
        routing: fromRoutingConfig(info?.trafficRoutingConfig),
      };
    } catch (error) {
      if (named(error, 'DeploymentConfigDoesNotExistException')) return undefined;
      throw this.failure(
        error,
        'read the deployment config',
        'codedeploy:GetDeploymentConfig',
        `config '${name}'`,
      );
    }
  }

  async createApplication(name: string): Promise<void> {
    try {
      await this.client.send(
        new CreateApplicationCommand({ applicationName: name, computePlatform: 'Lambda' }),
      );
    } catch (error) {
      if (named(error, 'ApplicationAlreadyExistsException')) return;
      throw this.failure(
        error,
        'create the application',
        'codedeploy:CreateApplication',
        `application '${name}'`,
      );
    }
  }

  async createGroup(
    application: string,
    name: string,
    serviceRoleArn: string,
    alarms: readonly string[],
  ): Promise<void> {
    try {
      await this.client.send(
        new CreateDeploymentGroupCommand({
          applicationName: application,
          deploymentGroupName: name,
          serviceRoleArn,
          deploymentStyle: {
            deploymentType: 'BLUE_GREEN',
            deploymentOption: 'WITH_TRAFFIC_CONTROL',
          },
          ...alarmSettings(alarms),
        }),
      );
    } catch (error) {
      if (named(error, 'DeploymentGroupAlreadyExistsException')) return;
      throw this.failure(
        error,
        'create the deployment group',
        'codedeploy:CreateDeploymentGroup',
        `group '${name}'`,
      );
    }
  }

  /** Sets the group's alarms, with automatic rollback on alarm and on failure. */
  async updateGroupAlarms(
    application: string,
    name: string,
    alarms: readonly string[],
  ): Promise<void> {
    try {
      await this.client.send(
        new UpdateDeploymentGroupCommand({
          applicationName: application,
          currentDeploymentGroupName: name,
          ...alarmSettings(alarms),
        }),
      );
    } catch (error) {
      throw this.failure(
        error,
        "update the deployment group's alarms",
        'codedeploy:UpdateDeploymentGroup',
        `group '${name}'`,
      );
    }
  }

  async createDeploymentConfig(name: string, routing: TrafficRouting): Promise<void> {
    try {
      await this.client.send(
        new CreateDeploymentConfigCommand({
          deploymentConfigName: name,
          computePlatform: 'Lambda',
          trafficRoutingConfig: toRoutingConfig(routing),
        }),
      );
    } catch (error) {
      if (named(error, 'DeploymentConfigAlreadyExistsException')) return;
      throw this.failure(
        error,
        'create the deployment config',
        'codedeploy:CreateDeploymentConfig',
        `config '${name}'`,
      );
    }
  }

  /** Starts a deployment of `spec`; its id. */
  async createDeployment(
    application: string,
    group: string,
    config: string,
    spec: LambdaAppSpec,
    description: string,
  ): Promise<string> {
    try {
      const answer = await this.client.send(
        new CreateDeploymentCommand({
          applicationName: application,
          deploymentGroupName: group,
          deploymentConfigName: config,
          description,
          revision: {
            revisionType: 'AppSpecContent',
            appSpecContent: { content: appSpecContent(spec) },
          },
        }),
      );
      if (answer.deploymentId === undefined)
        throw new Error('CodeDeploy answered without a deploymentId');
      return answer.deploymentId;
    } catch (error) {
      // A retry after a lost answer meets the deployment it started: the group's active one.
      const started = named(error, 'DeploymentLimitExceededException')
        ? await this.activeWith(application, group, appSpecContent(spec)).catch(() => undefined)
        : undefined;
      if (started !== undefined) return started;
      throw this.failure(
        error,
        'start the deployment',
        'codedeploy:CreateDeployment',
        `group '${group}'`,
      );
    }
  }

  /** The group's active deployment of exactly this AppSpec, if any (a few, bounded). */
  private async activeWith(
    application: string,
    group: string,
    content: string,
  ): Promise<string | undefined> {
    const listed = await this.client.send(
      new ListDeploymentsCommand({
        applicationName: application,
        deploymentGroupName: group,
        includeOnlyStatuses: ['Created', 'Queued', 'InProgress', 'Baking', 'Ready'],
      }),
    );
    for (const id of (listed.deployments ?? []).slice(0, 10)) {
      const answer = await this.client.send(new GetDeploymentCommand({ deploymentId: id }));
      if (answer.deploymentInfo?.revision?.appSpecContent?.content === content) return id;
    }
    return undefined;
  }

  async deployment(id: string, signal?: AbortSignal): Promise<DeploymentState> {
    try {
      const answer = await this.client.send(
        new GetDeploymentCommand({ deploymentId: id }),
        aborts(signal),
      );
      const info = answer.deploymentInfo;
      const error = info?.errorInformation;
      const rollback = info?.rollbackInfo;
      return {
        id,
        status: info?.status ?? 'unknown',
        error:
          error?.code === undefined && error?.message === undefined
            ? undefined
            : { code: error.code ?? '', message: error.message ?? '' },
        rollback:
          rollback?.rollbackDeploymentId === undefined && rollback?.rollbackMessage === undefined
            ? undefined
            : {
                deploymentId: rollback.rollbackDeploymentId,
                message: rollback.rollbackMessage ?? '',
              },
      };
    } catch (error) {
      throw this.failure(
        error,
        'read the deployment',
        'codedeploy:GetDeployment',
        `deployment ${id}`,
      );
    }
  }

  /** The deployment's Lambda target (`function:alias`); undefined when CodeDeploy has none yet. */
  async target(
    id: string,
    targetId: string,
    signal?: AbortSignal,
  ): Promise<TargetState | undefined> {
    try {
      const answer = await this.client.send(
        new GetDeploymentTargetCommand({ deploymentId: id, targetId }),
        aborts(signal),
      );
      const target = answer.deploymentTarget?.lambdaTarget;
      if (target === undefined) return undefined;
      return {
        events: (target.lifecycleEvents ?? []).map((event) => ({
          name: event.lifecycleEventName ?? '',
          status: event.status ?? '',
        })),
        weight: target.lambdaFunctionInfo?.targetVersionWeight,
      };
    } catch (error) {
      if (named(error, 'DeploymentTargetDoesNotExistException')) return undefined;
      throw this.failure(
        error,
        'read the deployment target',
        'codedeploy:GetDeploymentTarget',
        `deployment ${id}`,
      );
    }
  }

  /** Stops the deployment; with rollback, CodeDeploy puts the alias back on its version. */
  async stop(id: string, rollback: boolean, signal?: AbortSignal): Promise<string> {
    try {
      const answer = await this.client.send(
        new StopDeploymentCommand({ deploymentId: id, autoRollbackEnabled: rollback }),
        aborts(signal),
      );
      return `${answer.status ?? 'stop asked'}${answer.statusMessage ? `: ${answer.statusMessage}` : ''}`;
    } catch (error) {
      throw this.failure(
        error,
        'stop the deployment',
        'codedeploy:StopDeployment',
        `deployment ${id}`,
      );
    }
  }

  private failure(error: unknown, action: string, permission: string, resource: string) {
    return describeAwsError(error, {
      action,
      permission,
      resource: `CodeDeploy ${resource}`,
      region: this.region,
      notFoundHint: 'Check the codedeploy-* inputs and region.',
    });
  }
}

function aborts(signal: AbortSignal | undefined): { abortSignal?: AbortSignal } {
  return signal === undefined ? {} : { abortSignal: signal };
}

function named(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}
