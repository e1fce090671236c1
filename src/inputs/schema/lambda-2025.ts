// Lambda's 2025 function kinds: durable functions, Managed Instances (capacity providers) and
// tenant isolation, with the smoke test's tenant. JSON values are in the API's own shapes.
import type { InputSpec } from './types.js';

export const LAMBDA_2025_SETTINGS = [
  {
    name: 'durable-config',
    group: 'function settings',
    description:
      "Durable execution settings: JSON in the API's DurableConfig shape. Sent only when it differs.",
    reference:
      'JSON in the API\'s `DurableConfig` shape: `{"ExecutionTimeout": 3600, "RetentionPeriodInDays": 14}` (`KMSKeyArn` optional). Sent only when it differs. Versions with `RUNNING` or `PAUSED` durable executions are never pruned or deleted. See [durable functions](docs/durable-managed-tenancy.md).',
    required: false,
    where: { step: true, manifest: true, configFile: 'DurableConfig' },
    manifestValue: 'json',
    permissions: ['lambda:UpdateFunctionConfiguration', 'lambda:ListDurableExecutionsByFunction'],
  },
  {
    name: 'capacity-provider-config',
    group: 'function settings',
    description: "Run on Lambda Managed Instances: JSON in the API's CapacityProviderConfig shape.",
    reference:
      "JSON in the API's `CapacityProviderConfig` shape (`LambdaManagedInstancesCapacityProviderConfig` with `CapacityProviderArn`, `PerExecutionEnvironmentMaxConcurrency`, `ExecutionEnvironmentMemoryGiBPerVCpu`). Without an alias or `publish`, the release republishes `$LATEST.PUBLISHED`. See [Managed Instances](docs/durable-managed-tenancy.md).",
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
    description: 'Min/max execution environments of the new version (FunctionScalingConfig JSON).',
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
      'per-tenant: create the function with TenancyConfig PER_TENANT; none: a shared function.',
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
      'The tenant to invoke the smoke test as (TenantId); needed by a per-tenant function.',
    reference:
      'The tenant the smoke test invokes as (`TenantId`); required for the smoke test of a `PER_TENANT` function.',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['lambda:InvokeFunction'],
  },
] as const satisfies readonly InputSpec[];
