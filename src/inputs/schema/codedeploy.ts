// CodeDeploy as the rollout engine: the traffic shift runs in AWS and outlives the job.
import type { InputSpec } from './types.js';

const DEPLOY_PERMISSIONS = [
  'codedeploy:GetApplication',
  'codedeploy:GetDeploymentGroup',
  'codedeploy:GetDeploymentConfig',
  'codedeploy:CreateDeployment',
  'codedeploy:RegisterApplicationRevision',
  'codedeploy:ListDeployments',
  'codedeploy:GetDeployment',
  'codedeploy:GetDeploymentTarget',
  'codedeploy:StopDeployment',
] as const;

export const CODEDEPLOY = [
  {
    name: 'rollout-engine',
    group: 'release',
    description:
      'action (default; the step moves the alias) or codedeploy (a CodeDeploy deployment moves it in AWS).',
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
      'With rollout-engine: codedeploy, the CodeDeploy application (Lambda compute platform).',
    reference:
      'With `rollout-engine: codedeploy`: the CodeDeploy application (Lambda compute platform); created when missing only with `codedeploy-service-role`.',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['codedeploy:GetApplication'],
  },
  {
    name: 'codedeploy-deployment-group',
    group: 'release',
    description: "With rollout-engine: codedeploy, the application's deployment group.",
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
      "ARN of CodeDeploy's service role; with it, a missing application and group are created.",
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
      'CodeDeploy deployment config, such as CodeDeployDefault.LambdaCanary10Percent5Minutes.',
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
      'With rollout-engine: codedeploy, true to follow the deployment to its end; false to hand it over.',
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
      'Seconds the step follows a CodeDeploy deployment before it stops it with rollback.',
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
      "Lambda function for the AppSpec's BeforeAllowTraffic hook (rollout-engine: codedeploy).",
    reference:
      "A Lambda function for the AppSpec's `BeforeAllowTraffic` hook: run before any traffic moves; `Failed` rolls back.",
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'after-traffic-hook',
    group: 'release',
    description:
      "Lambda function for the AppSpec's AfterAllowTraffic hook (rollout-engine: codedeploy).",
    reference:
      "A Lambda function for the AppSpec's `AfterAllowTraffic` hook: run once all traffic moved; `Failed` rolls back.",
    required: false,
    where: { step: true, manifest: true },
  },
] as const satisfies readonly InputSpec[];
