// Reserved concurrency (the function's) and provisioned concurrency (the alias's version):
// read, decided and applied apart from UpdateFunctionConfiguration, which does not carry them.
import type { AliasState } from '../../aws/lambda-release-shapes.js';
import type { LambdaExtras, ProvisionedConcurrency } from '../../aws/lambda-extras.js';
import type { FunctionSettings } from '../../inputs.js';

/** What the run read of the function's concurrency, only for what the user set. */
export interface ConcurrencyState {
  /** The reserved concurrency ('none' when there is none); undefined when not read. */
  readonly reserved: number | 'none' | undefined;
  /** The alias's primary version and its provisioned concurrency, when the alias exists. */
  readonly provisioned:
    { readonly version: string; readonly config: ProvisionedConcurrency | undefined } | undefined;
}

export interface ReservedConcurrencyPlan {
  readonly from: number | 'none';
  readonly to: number | 'none';
}

export interface ProvisionedConcurrencyPlan {
  readonly executions: number;
  /** keep: the version the alias stays on already has it. */
  readonly action: 'put' | 'keep';
  /** The version it is put on: the one this run publishes ('new') or the one it reuses. */
  readonly version: string;
  /** The alias's primary before the run, when it has an allocation to remove once the alias moved. */
  readonly removeFrom: string | undefined;
}

/** Reads what the plan compares: only what the user set; GetFunctionConcurrency and GetProvisionedConcurrencyConfig. */
export async function readConcurrency(
  extras: LambdaExtras,
  settings: Pick<FunctionSettings, 'reservedConcurrency' | 'provisionedConcurrency'>,
  alias: AliasState | undefined,
): Promise<ConcurrencyState> {
  const reserved =
    settings.reservedConcurrency === undefined ? undefined : await extras.reservedConcurrency();
  const primary = alias?.version;
  const provisioned =
    settings.provisionedConcurrency === undefined || primary === undefined || primary === '$LATEST'
      ? undefined
      : { version: primary, config: await extras.provisionedConcurrency(primary) };
  return { reserved, provisioned };
}

/** The reserved concurrency to set or remove; undefined when it already is as asked. */
export function planReservedConcurrency(
  wanted: number | 'none' | undefined,
  current: number | 'none' | undefined,
): ReservedConcurrencyPlan | undefined {
  if (wanted === undefined) return undefined;
  const from = current ?? 'none';
  return from === wanted ? undefined : { from, to: wanted };
}

/**
 * Provisioned concurrency on the version the alias will route to (`target`, 'new' for the
 * version this run publishes): kept when that version is the alias's already and has it at
 * this number; otherwise put, and the old primary's allocation removed after the alias moves.
 */
export function planProvisionedConcurrency(
  wanted: number | undefined,
  state: ConcurrencyState['provisioned'],
  target: string,
): ProvisionedConcurrencyPlan | undefined {
  if (wanted === undefined) return undefined;
  const current = state?.version === target ? state.config : undefined;
  if (current !== undefined && current.requested === wanted && current.status !== 'FAILED') {
    return { executions: wanted, action: 'keep', version: target, removeFrom: undefined };
  }
  const removeFrom =
    state !== undefined && state.version !== target && state.config !== undefined
      ? state.version
      : undefined;
  return { executions: wanted, action: 'put', version: target, removeFrom };
}
