// CodeDeploy as the rollout engine: the traffic shift runs in AWS and outlives the job.
import type { InputSpec } from './types.js';

const DEPLOY_PERMISSIONS = [
  'codedeploy:GetApplication',
  'codedeploy:GetDeploymentGroup',
  'codedeploy:GetDeploymentConfig',
  'codedeploy:CreateDeployment',
  'codedeploy:GetDeployment',
  'codedeploy:GetDeploymentTarget',
  'codedeploy:StopDeployment',
] as const;

export const CODEDEPLOY = [
  {
    name: 'rollout-engine',
    group: 'release',
    description:
      'action (default: the step moves the alias itself, in steps behind alarms) or codedeploy: once the version is published, Active and smoke-tested, a CodeDeploy deployment of the alias (Lambda compute platform) shifts the traffic in AWS, so the rollout outlives the job. Needs alias, codedeploy-application and codedeploy-deployment-group.',
    reference:
      '`action` (the step moves the alias itself) or `codedeploy`: a CodeDeploy deployment shifts the alias in AWS, outliving the job. See [Rollouts in AWS](docs/rollouts-in-aws.md).',
    default: 'action',
    required: false,
    where: { step: true, manifest: 'whole-step' },
    permissions: DEPLOY_PERMISSIONS,
  },
  {
    name: 'codedeploy-application',
    group: 'release',
    description:
      'With rollout-engine: codedeploy, the CodeDeploy application (Lambda compute platform) the deployment belongs to. Created when missing only with codedeploy-service-role.',
    reference:
      'With `rollout-engine: codedeploy`: the CodeDeploy application (Lambda compute platform); created when missing only with `codedeploy-service-role`.',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['codedeploy:GetApplication'],
  },
  {
    name: 'codedeploy-deployment-group',
    group: 'release',
    description:
      "With rollout-engine: codedeploy, the application's deployment group. Created when missing only with codedeploy-service-role; its alarms are set to alarms when they differ.",
    reference:
      "With `rollout-engine: codedeploy`: the application's deployment group; created when missing only with `codedeploy-service-role`; its alarms follow `alarms`.",
    required: false,
    where: { step: true, manifest: true },
    permissions: ['codedeploy:GetDeploymentGroup', 'codedeploy:UpdateDeploymentGroup'],
  },
  {
    name: 'codedeploy-service-role',
    group: 'release',
    description:
      'ARN of the IAM role CodeDeploy acts with (AWSCodeDeployRoleForLambda). With it, a missing codedeploy-application and codedeploy-deployment-group are created (Lambda compute platform, the alarms of alarms, automatic rollback on alarm and on failure); without it, a missing one fails the step before any change.',
    reference:
      "ARN of CodeDeploy's service role (managed policy `AWSCodeDeployRoleForLambda`): with it, a missing application and deployment group are created, with `alarms` and automatic rollback.",
    required: false,
    where: { step: true, manifest: true },
    permissions: [
      'codedeploy:CreateApplication',
      'codedeploy:CreateDeploymentGroup',
      'iam:PassRole',
    ],
  },
  {
    name: 'codedeploy-config',
    group: 'release',
    description:
      'The CodeDeploy deployment config to shift the traffic with, such as CodeDeployDefault.LambdaCanary10Percent5Minutes or a custom one. Default, the config traffic and traffic-interval map onto (10,100 with 5m is a canary of 10 % for 5 minutes; 10,20,...,100 is linear), created when none by that shape exists.',
    reference:
      'The deployment config, such as `CodeDeployDefault.LambdaCanary10Percent5Minutes`; default, the canary or linear config `traffic` and `traffic-interval` map onto (created when missing).',
    shownDefault: 'from `traffic`',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['codedeploy:GetDeploymentConfig', 'codedeploy:CreateDeploymentConfig'],
  },
  {
    name: 'wait-for-rollout',
    group: 'release',
    description:
      'With rollout-engine: codedeploy: true (default) to follow the deployment to its end in the log (each traffic shift, the alarms, the hooks) and fail the step when it rolls back; false to end the step once CodeDeploy has accepted the deployment (output codedeploy-deployment-id, a console link in the summary).',
    reference:
      '`true`: follow the CodeDeploy deployment to its end, failing on a rollback; `false`: end once CodeDeploy accepted it (output `codedeploy-deployment-id`).',
    default: 'true',
    required: false,
    where: { step: true, manifest: 'whole-step' },
  },
  {
    name: 'rollout-timeout',
    group: 'release',
    description:
      "With rollout-engine: codedeploy and wait-for-rollout: true, seconds the step follows the deployment before it stops it with rollback and fails (1 to 21600). Default, the deployment config's whole shift plus wait-timeout.",
    reference:
      'Seconds the step follows a CodeDeploy deployment before it stops it with rollback (1 to 21600).',
    shownDefault: 'the shift plus `wait-timeout`',
    required: false,
    where: { step: true, manifest: 'whole-step' },
  },
  {
    name: 'before-traffic-hook',
    group: 'release',
    description:
      "With rollout-engine: codedeploy, the name of a Lambda function CodeDeploy invokes before any traffic moves (the AppSpec's BeforeAllowTraffic hook); its Failed status (PutLifecycleEventHookExecutionStatus) rolls the deployment back with no traffic moved.",
    reference:
      "A Lambda function for the AppSpec's `BeforeAllowTraffic` hook: run before any traffic moves; `Failed` rolls back.",
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'after-traffic-hook',
    group: 'release',
    description:
      "With rollout-engine: codedeploy, the name of a Lambda function CodeDeploy invokes once all traffic moved (the AppSpec's AfterAllowTraffic hook); its Failed status rolls the deployment back.",
    reference:
      "A Lambda function for the AppSpec's `AfterAllowTraffic` hook: run once all traffic moved; `Failed` rolls back.",
    required: false,
    where: { step: true, manifest: true },
  },
] as const satisfies readonly InputSpec[];
