// async-invoke-config: one config per qualifier (the alias the release routes, or $LATEST), so
// nothing needs remembering between runs. Read with GetFunctionEventInvokeConfig, put whole
// with PutFunctionEventInvokeConfig only when it differs.
import type { EventInvokeConfig, LambdaAsyncRuntime } from '../../aws/lambda-async-runtime.js';
import type { AsyncInvokeSetting } from '../../inputs.js';

export interface AsyncInvokeState {
  readonly qualifier: string | undefined;
  /** undefined: the qualifier has no config (or does not exist yet). */
  readonly config: EventInvokeConfig | undefined;
}

export interface AsyncInvokePlan {
  /** The alias; undefined for $LATEST. */
  readonly qualifier: string | undefined;
  readonly from: EventInvokeConfig | undefined;
  readonly to: AsyncInvokeSetting;
}

/** Reads the qualifier's config; none when the function or alias does not exist yet. */
export async function readAsyncInvoke(
  api: LambdaAsyncRuntime,
  qualifier: string | undefined,
  exists: boolean,
): Promise<AsyncInvokeState> {
  return { qualifier, config: exists ? await api.eventInvokeConfig(qualifier) : undefined };
}

/** The config to put, or undefined when the qualifier has exactly it. */
export function planAsyncInvoke(
  wanted: AsyncInvokeSetting | undefined,
  qualifier: string | undefined,
  state: AsyncInvokeState | undefined,
): AsyncInvokePlan | undefined {
  if (wanted === undefined) return undefined;
  const from = state !== undefined && state.qualifier === qualifier ? state.config : undefined;
  return from !== undefined && sameEventInvokeConfig(from, wanted)
    ? undefined
    : { qualifier, from, to: wanted };
}

/** Equal as Lambda keeps them: every field, an absent one equal only to an absent one. */
export function sameEventInvokeConfig(
  a: EventInvokeConfig | undefined,
  b: EventInvokeConfig | undefined,
): boolean {
  return a !== undefined && b !== undefined && eventInvokeText(a) === eventInvokeText(b);
}

/** "MaximumRetryAttempts 0, MaximumEventAgeInSeconds 3600, OnFailure arn:..." */
export function eventInvokeText(config: EventInvokeConfig | undefined): string {
  if (config === undefined) return '(none)';
  const parts = [
    ['MaximumRetryAttempts', config.MaximumRetryAttempts],
    ['MaximumEventAgeInSeconds', config.MaximumEventAgeInSeconds],
    ['OnSuccess', config.DestinationConfig?.OnSuccess?.Destination],
    ['OnFailure', config.DestinationConfig?.OnFailure?.Destination],
  ].flatMap(([key, value]) => (value === undefined || value === '' ? [] : [`${key} ${value}`]));
  return parts.length === 0 ? '(defaults)' : parts.join(', ');
}
