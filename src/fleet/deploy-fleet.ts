import { prepare } from '../apply/apply-plan.js';
import { recoverInterrupted } from '../apply/rollout/interrupted.js';
import { DeployError, InputError, errorMessage, failureOutputs } from '../errors.js';
import type { FleetConfig, FleetTarget } from '../inputs/fleet.js';
import type { Logger } from '../logger.js';
import { Phases } from '../phases.js';
import { decide, lambdaApis } from '../plan/decide.js';
import { planJson } from '../plan/plan-output.js';
import { versionOutputs } from '../report/outputs.js';
import { buildFleet } from './fleet-builds.js';
import { FleetFailed, type FleetResult } from './fleet-result.js';
import { switchTogether, type SwitchOptions } from './switch-together.js';

/**
 * Deploys many functions (and regions) together: each package built once, every function
 * updated, published and tried (up to max-parallel at a time), and only then are the aliases
 * moved, one after the other; if a move fails, those already moved are put back. Traffic
 * steps move every alias at each step, and any alarm puts them all back.
 */
export async function deployFleet(
  fleet: FleetConfig,
  phases: Phases,
  log: Logger,
  traffic?: Pick<SwitchOptions, 'guard' | 'save'>,
): Promise<FleetResult[]> {
  checkFleet(fleet);
  // Built first, one after the other, each distinct source once, or not at all when every
  // function built from it records it (fleet-builds.ts).
  const builds = await buildFleet(fleet, phases, log);
  // Every function is planned before any is changed: a refusal (an alarm in ALARM,
  // trigger-check: fail) stops the fleet before its first write.
  const planned = await inParallel(fleet.targets, fleet.maxParallel, async (target) => {
    const own = prefixed(log, target.label);
    try {
      const built = builds.get(target);
      if (built === undefined) throw new DeployError(`${target.label} was not built`);
      const apis = await lambdaApis(target.config, own);
      const interrupted = await recoverInterrupted(apis, target.config, own, {
        save: traffic?.save ?? (() => undefined),
        ...(traffic?.guard === undefined ? {} : { guard: traffic.guard }),
      });
      const plan = await decide(target.config, apis, built, own, undefined, interrupted);
      return { target, own, built, apis, plan, error: undefined };
    } catch (error) {
      return { target, own, built: undefined, apis: undefined, plan: undefined, error };
    }
  });
  refuseUnplanned(planned);

  const runs = await inParallel(planned, fleet.maxParallel, async (run) => {
    if (run.built === undefined || run.target.config.dryRun) {
      return { target: run.target, plan: run.plan, prepared: undefined, error: undefined };
    }
    const { target, own, built, apis, plan } = run;
    // Parallel runs cannot each hold a log group open: their phases are logged as lines.
    const ownPhases = new Phases(async (name, work) => {
      own.info(`-- ${name}`);
      return work();
    });
    try {
      const prepared = await prepare({
        plan,
        apis,
        built,
        config: target.config,
        phases: ownPhases,
        log: own,
      });
      return { target, plan, prepared, error: undefined };
    } catch (error) {
      return { target, plan, prepared: undefined, error };
    }
  });

  const failed = runs.filter((run) => run.error !== undefined);
  if (failed.length > 0) {
    const results = runs.map((run) => ({
      label: run.target.label,
      'function-name': run.target.config.functionName,
      region: run.target.region,
      state:
        run.error !== undefined
          ? `failed: ${errorMessage(run.error)}`
          : `ready (version ${run.prepared?.version?.version ?? 'none'}), not moved: another function failed`,
      ...(run.error === undefined ? {} : { error: errorMessage(run.error) }),
      // A version published before the failure, or by a function that was ready.
      outputs:
        run.error === undefined ? versionOutputs(run.prepared?.version) : failureOutputs(run.error),
    }));
    throw new FleetFailed(
      `${failed.length} of ${runs.length} functions failed before any alias moved, so no alias moved anywhere: ` +
        failed.map((run) => `${run.target.label}: ${errorMessage(run.error)}`).join('; '),
      results,
    );
  }
  if (fleet.targets.some((target) => target.config.dryRun)) {
    return runs.map((run) => ({
      label: run.target.label,
      'function-name': run.target.config.functionName,
      region: run.target.region,
      state: 'planned (dry run)',
      outputs: run.plan === undefined ? {} : { plan: JSON.stringify(planJson(run.plan)) },
    }));
  }
  return switchTogether(
    runs.flatMap((run) => (run.prepared === undefined ? [] : [run.prepared])),
    { phases, log, guard: traffic?.guard, save: traffic?.save },
  );
}

/** A function whose plan failed (or was refused) fails the fleet before anything changed. */
function refuseUnplanned(
  planned: readonly { readonly target: FleetTarget; readonly error: unknown }[],
): void {
  const failed = planned.filter((run) => run.error !== undefined);
  if (failed.length === 0) return;
  const results = planned.map((run) => ({
    label: run.target.label,
    'function-name': run.target.config.functionName,
    region: run.target.region,
    state:
      run.error === undefined
        ? 'planned, not changed: another function failed when planned'
        : `failed: ${errorMessage(run.error)}`,
    ...(run.error === undefined ? {} : { error: errorMessage(run.error) }),
    outputs: run.error === undefined ? {} : failureOutputs(run.error),
  }));
  throw new FleetFailed(
    `${failed.length} of ${planned.length} functions failed when planned, so nothing was changed anywhere: ` +
      failed.map((run) => `${run.target.label}: ${errorMessage(run.error)}`).join('; '),
    results,
  );
}

/**
 * The fleet's aliases step together, so every function has the same steps and interval;
 * refused before anything is built. Alarms may differ: any of them rolls all back.
 */
function checkFleet(fleet: FleetConfig): void {
  const [first, ...rest] = fleet.targets;
  if (first === undefined) return;
  const steps = (target: FleetTarget) => target.config.release.rollout.steps.join(',');
  for (const target of rest) {
    const ours = target.config.release.rollout;
    const theirs = first.config.release.rollout;
    if (steps(target) !== steps(first)) {
      throw new InputError(
        'traffic',
        `the aliases of a manifest step together, so every function needs the same traffic: ${first.label} has '${steps(first)}', ${target.label} has '${steps(target)}'`,
      );
    }
    if (ours.steps.length > 1 && ours.intervalSeconds !== theirs.intervalSeconds) {
      throw new InputError(
        'traffic-interval',
        `the aliases of a manifest step together, so every function needs the same traffic-interval: ${first.label} has ${theirs.intervalSeconds} s, ${target.label} has ${ours.intervalSeconds} s`,
      );
    }
  }
}

/** `work` on each item, at most `limit` at a time, results in the items' order. */
async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A logger that names the function on every line. */
function prefixed(log: Logger, label: string): Logger {
  return {
    info: (message) => {
      log.info(`[${label}] ${message}`);
    },
    warning: (message) => {
      log.warning(`[${label}] ${message}`);
    },
  };
}
