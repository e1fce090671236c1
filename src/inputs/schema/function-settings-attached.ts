// Function settings, the second part: what the function is attached to and runs with (VPC,
// dead-letter target, tracing and logs, SnapStart, file systems, image overrides, concurrency,
// code signing).
import type { InputSpec } from './types.js';

export const ATTACHED_FUNCTION_SETTINGS = [
  {
    name: 'subnet-ids',
    group: 'function settings',
    description: 'VPC subnet IDs, one per line or comma-separated; none detaches the VPC.',
    reference:
      "The function's VPC: subnet IDs (`subnet-…`, at most 16), one per line or comma-separated; needs `security-group-ids`. Compared as a set. `none` (with `security-group-ids: none`) detaches the VPC. Attaching can take minutes; the step waits (`wait-timeout`).",
    required: false,
    where: { step: true, manifest: true, configFile: 'VpcConfig.SubnetIds' },
    permissions: [
      'lambda:UpdateFunctionConfiguration',
      'ec2:DescribeSubnets',
      'ec2:DescribeSecurityGroups',
      'ec2:DescribeVpcs',
    ],
  },
  {
    name: 'security-group-ids',
    group: 'function settings',
    description: 'VPC security group IDs, one per line or comma-separated; none detaches the VPC.',
    reference:
      "The function's VPC: security group IDs (`sg-…`, at most 5), one per line or comma-separated; needs `subnet-ids`. Compared as a set. `none` (with `subnet-ids: none`) detaches the VPC.",
    required: false,
    where: { step: true, manifest: true, configFile: 'VpcConfig.SecurityGroupIds' },
    permissions: [
      'lambda:UpdateFunctionConfiguration',
      'ec2:DescribeSubnets',
      'ec2:DescribeSecurityGroups',
      'ec2:DescribeVpcs',
    ],
  },
  {
    name: 'ipv6-dual-stack',
    group: 'function settings',
    description: "true to allow IPv6 through the VPC's dual-stack subnets.",
    reference:
      '`true` or `false`: IPv6 through dual-stack subnets; with `subnet-ids`. Left as it is when unset.',
    required: false,
    where: { step: true, manifest: true, configFile: 'VpcConfig.Ipv6AllowedForDualStack' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'dead-letter-target-arn',
    group: 'function settings',
    description:
      'An SQS queue or SNS topic ARN for failed asynchronous invocations; none removes it.',
    reference:
      'An SQS queue or SNS topic ARN for failed asynchronous invocations; `none` removes it.',
    required: false,
    where: { step: true, manifest: true, configFile: 'DeadLetterConfig.TargetArn' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'tracing',
    group: 'function settings',
    description: 'X-Ray tracing: Active or PassThrough.',
    reference: 'X-Ray tracing: `Active` or `PassThrough`.',
    required: false,
    where: { step: true, manifest: true, configFile: 'TracingConfig.Mode' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'log-format',
    group: 'function settings',
    description: 'Text or JSON.',
    reference:
      '`Text` or `JSON`. Only what is set of the logging configuration is compared; the rest is kept.',
    required: false,
    where: { step: true, manifest: true, configFile: 'LoggingConfig.LogFormat' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'log-group',
    group: 'function settings',
    description: 'The CloudWatch log group (default /aws/lambda/<function>).',
    reference: "The CloudWatch log group (Lambda's default is `/aws/lambda/<function>`).",
    required: false,
    where: { step: true, manifest: true, configFile: 'LoggingConfig.LogGroup' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'application-log-level',
    group: 'function settings',
    description: 'TRACE, DEBUG, INFO, WARN, ERROR or FATAL; needs log-format JSON.',
    reference:
      '`TRACE`, `DEBUG`, `INFO`, `WARN`, `ERROR` or `FATAL`. Only with `log-format: JSON` (Lambda refuses levels with Text).',
    required: false,
    where: { step: true, manifest: true, configFile: 'LoggingConfig.ApplicationLogLevel' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'system-log-level',
    group: 'function settings',
    description: 'DEBUG, INFO or WARN; needs log-format JSON.',
    reference:
      '`DEBUG`, `INFO` or `WARN`. Only with `log-format: JSON` (Lambda refuses levels with Text).',
    required: false,
    where: { step: true, manifest: true, configFile: 'LoggingConfig.SystemLogLevel' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'snap-start',
    group: 'function settings',
    description: 'PublishedVersions or None.',
    reference: '`PublishedVersions` or `None`.',
    required: false,
    where: { step: true, manifest: true, configFile: 'SnapStart.ApplyOn' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'file-systems',
    group: 'function settings',
    description: 'An EFS access point to mount, <access-point-arn>=/mnt/<name>; none removes it.',
    reference:
      'An EFS access point to mount, `<access-point-arn>=/mnt/<name>` (Lambda takes one); `none` removes it.',
    required: false,
    where: { step: true, manifest: true, configFile: 'FileSystemConfigs' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'image-command',
    group: 'function settings',
    description: "The image's CMD override, one item per line (image-uri only).",
    reference: "Override of the image's `CMD`, one item per line. Only with `image-uri`.",
    required: false,
    where: { step: true, manifest: true, configFile: 'ImageConfig.Command' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'image-entrypoint',
    group: 'function settings',
    description: "The image's ENTRYPOINT override, one item per line (image-uri only).",
    reference: "Override of the image's `ENTRYPOINT`, one item per line. Only with `image-uri`.",
    required: false,
    where: { step: true, manifest: true, configFile: 'ImageConfig.EntryPoint' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'image-working-directory',
    group: 'function settings',
    description: "The image's WORKDIR override, an absolute path (image-uri only).",
    reference: "Override of the image's `WORKDIR`, an absolute path. Only with `image-uri`.",
    required: false,
    where: { step: true, manifest: true, configFile: 'ImageConfig.WorkingDirectory' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'reserved-concurrency',
    group: 'function settings',
    description: 'Concurrent executions reserved, 0 to 1000, or none to remove the reservation.',
    reference:
      'Concurrent executions reserved for the function, `0` to `1000` (`0` stops it from running), or `none` to remove the reservation. Set only when it differs.',
    required: false,
    where: { step: true, manifest: true, configFile: 'Concurrency.ReservedConcurrentExecutions' },
    permissions: [
      'lambda:GetFunctionConcurrency',
      'lambda:PutFunctionConcurrency',
      'lambda:DeleteFunctionConcurrency',
    ],
  },
  {
    name: 'provisioned-concurrency',
    group: 'function settings',
    description: "Instances kept initialized on the alias's version, 1 to 10000; needs alias.",
    reference:
      "Instances kept initialized, `1` to `10000`, on the version `alias` routes to. Needs `alias` and `traffic` 100 (Lambda refuses it on a weighted alias). Put on the new version and `READY` (within `wait-timeout`) before the alias moves, then removed from the version the alias left. A failed allocation fails the step with Lambda's reason: the version is published and the alias has not moved.",
    required: false,
    where: { step: true, manifest: true },
    permissions: [
      'lambda:GetProvisionedConcurrencyConfig',
      'lambda:PutProvisionedConcurrencyConfig',
      'lambda:DeleteProvisionedConcurrencyConfig',
    ],
  },
  {
    name: 'code-signing-config-arn',
    group: 'function settings',
    description: 'A code signing config ARN to attach, or none to detach it.',
    reference:
      "A code signing config ARN to attach before the code is updated, or `none` to detach the function's. Lambda then checks every code update against it.",
    required: false,
    where: { step: true, manifest: true },
    permissions: [
      'lambda:GetFunctionCodeSigningConfig',
      'lambda:PutFunctionCodeSigningConfig',
      'lambda:DeleteFunctionCodeSigningConfig',
    ],
  },
] as const satisfies readonly InputSpec[];
