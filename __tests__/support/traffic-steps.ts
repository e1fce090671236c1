import type { FaultProxy } from './fault-proxy.js';
import { updateAlias } from './lambda-faults.js';

/** The longest a test waits for a run to reach a point; the run itself is bounded by testTimeout. */
const WAIT_MS = 30_000;

/**
 * The routing each UpdateAlias of `alias` asked for, as the proxy saw them in order:
 * "primary" or "primary + {version: weight}".
 */
export function aliasUpdates(proxy: FaultProxy, name: string, alias: string): string[] {
  return proxy.jsonBodies(updateAlias(name, alias)).map((body) => {
    const { FunctionVersion, RoutingConfig } = body as {
      FunctionVersion?: string;
      RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> };
    };
    const weights = RoutingConfig?.AdditionalVersionWeights ?? {};
    return Object.keys(weights).length === 0
      ? (FunctionVersion ?? '?')
      : `${FunctionVersion ?? '?'} + ${JSON.stringify(weights)}`;
  });
}

/** Polls `condition` every 25 ms, failing after `ms`. */
export async function waitUntil(
  what: string,
  condition: () => boolean,
  ms = WAIT_MS,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up after ${ms} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
