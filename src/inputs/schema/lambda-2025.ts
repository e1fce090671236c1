// Lambda's 2025 function kinds: durable functions, Managed Instances (capacity providers) and
// tenant isolation, with the smoke test's tenant. JSON values are in the API's own shapes.
import type { InputSpec } from './types.js';

export const LAMBDA_2025_SETTINGS = [
  {
    name: 'durable-config',
    group: 'function settings',
    description:
      'Durable execution settings as JSON in the API\'s DurableConfig shape: {"ExecutionTimeout": seconds (1 to 31622400), "RetentionPeriodInDays": 1 to 90, "KMSKeyArn": "..."}. Compared and sent only when it differs. keep-versions, delete-alias and preview cleanup never delete a version with RUNNING or PAUSED durable executions.',
    reference:
      'JSON in the API\'s `DurableConfig` shape: `{"ExecutionTimeout": 3600, "RetentionPeriodInDays": 14}` (`KMSKeyArn` optional). Sent only when it differs. Versions with `RUNNING` or `PAUSED` durable executions are never pruned or deleted. See [durable functions](durable-managed-tenancy.md).',
    required: false,
    where: { step: true, manifest: true, configFile: 'DurableConfig' },
    manifestValue: 'json',
    permissions: ['lambda:UpdateFunctionConfiguration', 'lambda:ListDurableExecutionsByFunction'],
  },
  {
    name: 'capacity-provider-config',
    group: 'function settings',
    description:
      'Run the function on Lambda Managed Instances: JSON in the API\'s CapacityProviderConfig shape, {"LambdaManagedInstancesCapacityProviderConfig": {"CapacityProviderArn": "...", "PerExecutionEnvironmentMaxConcurrency": n, "ExecutionEnvironmentMemoryGiBPerVCpu": n}}. Each release waits until the new version is Active before any traffic.',
    reference:
      "JSON in the API's `CapacityProviderConfig` shape (`LambdaManagedInstancesCapacityProviderConfig` with `CapacityProviderArn`, `PerExecutionEnvironmentMaxConcurrency`, `ExecutionEnvironmentMemoryGiBPerVCpu`). Without an alias or `publish`, the release republishes `$LATEST.PUBLISHED`. See [Managed Instances](durable-managed-tenancy.md).",
    required: false,
    where: { step: true, manifest: true, configFile: 'CapacityProviderConfig' },
    manifestValue: 'json',
    permissions: [
      'lambda:UpdateFunctionConfiguration',
      'lambda:PassCapacityProvider',
      'lambda:PublishVersion',
    ],
  },
  {
    name: 'scaling-config',
    group: 'function settings',
    description:
      'Execution environments of the new version of a Managed Instances function: JSON in the API\'s FunctionScalingConfig shape, {"MinExecutionEnvironments": n, "MaxExecutionEnvironments": n}, set with PutFunctionScalingConfig before any traffic.',
    reference:
      'JSON in the API\'s `FunctionScalingConfig` shape: `{"MinExecutionEnvironments": 1, "MaxExecutionEnvironments": 10}`, put on the released version before any traffic. Needs a capacity provider.',
    required: false,
    where: { step: true, manifest: true },
    manifestValue: 'json',
    permissions: ['lambda:GetFunctionScalingConfig', 'lambda:PutFunctionScalingConfig'],
  },
  {
    name: 'tenant-isolation',
    group: 'function settings',
    description:
      'per-tenant: create the function with TenancyConfig PER_TENANT (an execution environment per tenant); none: a shared function. Lambda cannot change it after creation: a function found otherwise fails the step before any change.',
    reference:
      '`per-tenant` creates the function with `TenancyConfig` `PER_TENANT`; `none` expects a shared one. It cannot change after creation: a function that differs fails the step before any change.',
    required: false,
    where: { step: true, manifest: true, configFile: 'TenancyConfig.TenantIsolationMode' },
    permissions: ['lambda:CreateFunction'],
  },
  {
    name: 'smoke-test-tenant-id',
    group: 'release',
    description:
      'The tenant to invoke the smoke test as (TenantId); a per-tenant function is invoked only with one, so its smoke test needs it.',
    reference:
      'The tenant the smoke test invokes as (`TenantId`); required for the smoke test of a `PER_TENANT` function.',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['lambda:InvokeFunction'],
  },
] as const satisfies readonly InputSpec[];
