// Creates what a CodeDeploy rollout needs and the plan found missing: the application and
// deployment group (with the service role), the group's alarms, and a custom config.
import type { CodeDeploy } from '../../aws/codedeploy.js';
import { DeployError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { CodeDeployPlan } from './plan.js';

export async function applyCodeDeploy(
  codedeploy: CodeDeploy,
  plan: CodeDeployPlan,
  log: Logger,
): Promise<void> {
  const { application, group, config } = plan;
  if (application.action === 'create') {
    await codedeploy.createApplication(application.name);
    log.info(`CodeDeploy application ${application.name} created (compute platform Lambda)`);
  }
  if (group.action === 'create') {
    if (plan.serviceRole === undefined) {
      throw new DeployError('The plan creates a deployment group without a service role');
    }
    await codedeploy.createGroup(application.name, group.name, plan.serviceRole, group.alarms);
    log.info(
      `CodeDeploy deployment group ${group.name} created: ${alarmText(group.alarms)}, automatic rollback on failure and on alarm`,
    );
  } else if (group.action === 'update-alarms') {
    await codedeploy.updateGroupAlarms(application.name, group.name, group.alarms);
    log.info(`CodeDeploy deployment group ${group.name}: ${alarmText(group.alarms)}`);
  }
  if (config.action === 'create' && config.routing !== undefined) {
    await codedeploy.createDeploymentConfig(config.name, config.routing);
    log.info(`CodeDeploy deployment config ${config.name} created`);
  }
}

function alarmText(alarms: readonly string[]): string {
  return alarms.length === 0 ? 'no alarms' : `alarms ${alarms.join(', ')}`;
}
