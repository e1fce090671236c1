// The read the plan makes for a durable function's alias: how many durable executions still
// run on the version the alias routes to now, so that the plan can say so before it moves.
import type { FunctionState } from '../../aws/function-state.js';
import type { AliasState } from '../../aws/lambda-release-shapes.js';
import type { DurableReader } from './plan.js';

export interface DurableOnVersion {
  readonly version: string;
  readonly executions: number;
}

/** Undefined for a function that is not durable, without an alias, or on $LATEST. */
export async function readDurableOnAlias(
  reader: DurableReader,
  found: FunctionState,
  alias: AliasState | undefined,
): Promise<DurableOnVersion | undefined> {
  if (found.configuration.DurableConfig === undefined || alias === undefined) return undefined;
  if (alias.version === '$LATEST') return undefined;
  return {
    version: alias.version,
    executions: await reader.activeDurableExecutions(alias.version),
  };
}
