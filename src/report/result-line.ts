import { routingText } from '../aws/lambda-release-shapes.js';
import { formatSeconds } from '../format.js';
import { planChanges, type DeployPlan } from '../plan/deploy-plan.js';
import type { DeployOutcome } from './outputs.js';

/**
 * The run in one line, the last of its log: "Deployed orders-api 8 -> live (was 7) in 4.2 s",
 * or "No changes: orders-api is as these inputs describe (1.1 s)".
 */
export function resultLine(
  functionName: string,
  plan: DeployPlan,
  outcome: DeployOutcome,
  seconds: number,
): string {
  const took = formatSeconds(seconds);
  if (!planChanges(plan))
    return `No changes: ${functionName} is as these inputs describe (${took})`;
  const { version, alias, previousVersion } = outcome.release;
  const verb = outcome.created === true ? 'Created' : 'Deployed';
  const released =
    alias !== undefined
      ? ` ${version?.version ?? alias.version} -> ${alias.name} (was ${previousVersion ?? 'a new alias'})`
      : version !== undefined
        ? ` version ${version.version}`
        : '';
  const split =
    alias === undefined || Object.keys(alias.weights).length === 0
      ? ''
      : `; ${alias.name} routes ${routingText(alias)}`;
  return `${verb} ${functionName}${released} in ${took}${split}`;
}

/** A dry run in one line: what it would change, and that it changed nothing. */
export function dryRunLine(functionName: string, plan: DeployPlan, seconds: number): string {
  const took = formatSeconds(seconds);
  return planChanges(plan)
    ? `Dry run: ${functionName} would change as planned above; nothing was changed (${took})`
    : `No changes: ${functionName} is as these inputs describe (dry run, ${took})`;
}
