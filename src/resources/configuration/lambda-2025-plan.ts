// durable-config and capacity-provider-config compared with what GetFunction read: only the
// fields given count, so a field the user left out (Lambda's default RetentionPeriodInDays,
// say) never makes a change. What differs is sent whole, the fields read kept under it.
import type {
  FunctionConfiguration,
  UpdateFunctionConfigurationRequest,
} from '@aws-sdk/client-lambda';
import type { FunctionSettings } from '../../inputs.js';
import type { SettingChange } from './compare.js';
import { InputError } from '../../errors.js';

type Update = Omit<UpdateFunctionConfigurationRequest, 'FunctionName'>;

export function planLambda2025Settings(
  settings: Pick<FunctionSettings, 'durableConfig' | 'capacityProvider'>,
  now: FunctionConfiguration,
  update: Update,
  changes: SettingChange[],
  creating = false,
): void {
  const durable = settings.durableConfig;
  if (durable !== undefined) {
    // A create sends DurableConfig itself; only an existing function without it is refused.
    if (now.DurableConfig === undefined && !creating) {
      throw new InputError(
        'durable-config',
        `cannot make function '${now.FunctionName ?? ''}' durable: Lambda enables durable execution ` +
          'only when it creates a function. Create a new function with durable-config and create-if-missing',
      );
    }
    const before = { ...now.DurableConfig };
    if (!covers(before, durable)) {
      changes.push({ setting: 'durable-config', from: shown(before), to: shown(durable) });
      update.DurableConfig = { ...before, ...durable };
    }
  }
  const wanted = settings.capacityProvider?.LambdaManagedInstancesCapacityProviderConfig;
  if (wanted !== undefined) {
    const before = { ...now.CapacityProviderConfig?.LambdaManagedInstancesCapacityProviderConfig };
    if (!covers(before, wanted)) {
      changes.push({ setting: 'capacity-provider-config', from: shown(before), to: shown(wanted) });
      update.CapacityProviderConfig = {
        LambdaManagedInstancesCapacityProviderConfig: { ...before, ...wanted },
      };
    }
  }
}

/** True when every field of `wanted` has that value in `actual`. */
function covers(actual: Readonly<Record<string, unknown>>, wanted: object): boolean {
  return Object.entries(wanted).every(([key, value]) => actual[key] === value);
}

/** {"ExecutionTimeout":3600}, or none. */
function shown(value: object): string {
  return Object.keys(value).length === 0 ? 'none' : JSON.stringify(value);
}
