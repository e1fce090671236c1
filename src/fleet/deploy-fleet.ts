import { routingText } from '../aws/lambda-release.js';
import { prepare, switchTraffic, type Built, type Prepared } from '../deploy/apply-plan.js';
import { aliasRecord } from '../deploy/alias-record.js';
import { DeployError, InputError, errorMessage } from '../errors.js';
import { functionBaseName } from '../inputs.js';
import type { FleetConfig, FleetTarget } from '../inputs/fleet.js';
import type { Logger } from '../logger.js';
import { buildCode, type PackageCache } from '../package/build-code.js';
import { Phases } from '../phases.js';
import { decide, lambdaApis } from '../plan/decide.js';
import { planJson } from '../plan/plan-output.js';
import { deployOutputs, packageOutputs } from '../report.js';

/** The `results` output: per function and region, its label, region, state and outputs. */
export function resultsJson(results: readonly FleetResult[]): string {
  return JSON.stringify(results.map(({ outputs, ...result }) => ({ ...result, ...outputs })));
}

/** One function in one region, as the `results` output gives it. */
export interface FleetResult {
  /** "orders-api", or "orders-api in eu-west-1" with regions. */
  readonly label: string;
  readonly 'function-name': string;
  readonly region: string;
  /** What the run left it in, in words: 'released', 'not moved: …', 'put back', 'failed: …'. */
  readonly state: string;
  /** Why it failed, when it did. */
  readonly error?: string;
  readonly outputs: Readonly<Record<string, string>>;
}

/** The fleet's run failed; `results` (and the step's output) still say where each one is. */
export class FleetFailed extends DeployError {
  constructor(
    message: string,
    readonly results: readonly FleetResult[],
  ) {
    super(message);
  }

  get outputs(): Record<string, string> {
    return { results: resultsJson(this.results) };
  }
}

/**
 * Deploys many functions (and regions) together: each package built once, every function
 * updated, published and tried (up to max-parallel at a time), and only then are the aliases
 * moved, one after the other; if a move fails, those already moved are put back.
 */
export async function deployFleet(
  fleet: FleetConfig,
  phases: Phases,
  log: Logger,
): Promise<FleetResult[]> {
  checkFleet(fleet);
  // Built first, one after the other, each distinct source once (a group in the log each).
  const packages: PackageCache = new Map();
  const builds = new Map<FleetTarget, Built>();
  for (const target of fleet.targets) {
    builds.set(
      target,
      await buildCode(
        target.config,
        functionBaseName(target.config.functionName),
        phases,
        log,
        () => undefined,
        packages,
      ),
    );
  }
  const runs = await inParallel(fleet.targets, fleet.maxParallel, async (target) => {
    const own = prefixed(log, target.label);
    // Parallel runs cannot each hold a log group open: their phases are logged as lines.
    const ownPhases = new Phases(async (name, work) => {
      own.info(`-- ${name}`);
      return work();
    });
    try {
      const built = builds.get(target);
      if (built === undefined) throw new DeployError(`${target.label} was not built`);
      const apis = lambdaApis(target.config, own);
      const plan = await decide(target.config, apis, built, own);
      if (target.config.dryRun) {
        return { target, plan, prepared: undefined, error: undefined };
      }
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
      return { target, plan: undefined, prepared: undefined, error };
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
      outputs: {},
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
    log,
  );
}

/** Moves each alias in turn; on a failure, puts back the ones moved before it. */
async function switchTogether(prepared: readonly Prepared[], log: Logger): Promise<FleetResult[]> {
  const results: FleetResult[] = [];
  const moved: { prepared: Prepared; alias: NonNullable<ReturnType<typeof aliasOf>> }[] = [];
  for (const one of prepared) {
    try {
      const outcome = await switchTraffic(one);
      const { deployable } = one.run.built;
      const outputs = {
        ...(deployable.kind === 'zip' ? packageOutputs(deployable.package) : {}),
        ...deployOutputs(outcome),
      };
      results.push(resultOf(one, 'released', outputs));
      const alias = aliasOf(one, outcome.release.alias);
      if (alias !== undefined) moved.push({ prepared: one, alias });
    } catch (error) {
      const putBack = await putBackAll(moved, log);
      const rest = prepared
        .slice(results.length + 1)
        .map((other) => resultOf(other, 'ready, not moved: another alias move failed', {}));
      throw new FleetFailed(
        `Moving the alias of ${labelOf(one)} failed: ${errorMessage(error)}. ${putBack.summary}`,
        [
          ...results.map((result, index) =>
            index < moved.length
              ? { ...result, state: putBack.states[index] ?? result.state }
              : result,
          ),
          { ...resultOf(one, `failed: ${errorMessage(error)}`, {}), error: errorMessage(error) },
          ...rest,
        ],
      );
    }
  }
  return results;
}

function aliasOf(prepared: Prepared, after: Parameters<typeof routingText>[0] | undefined) {
  const planned = prepared.run.plan.release.alias;
  if (planned === undefined || after === undefined) return undefined;
  return { before: planned.before, after };
}

/** Each moved alias back to its routing before the run; a created one is deleted. */
async function putBackAll(
  moved: readonly { prepared: Prepared; alias: NonNullable<ReturnType<typeof aliasOf>> }[],
  log: Logger,
): Promise<{ summary: string; states: string[] }> {
  const states: string[] = [];
  for (const { prepared, alias } of moved) {
    const { releaser } = prepared.run.apis;
    try {
      if (alias.before === undefined) {
        await releaser.deleteAlias(alias.after.name);
        states.push(`put back: alias '${alias.after.name}' deleted, as it did not exist before`);
      } else {
        const back = await releaser.updateAlias(
          alias.after,
          alias.before.version,
          alias.before.weights,
          aliasRecord(
            alias.before.version,
            alias.after.version,
            prepared.run.config.release.runLabel,
          ),
        );
        states.push(`put back: alias '${back.name}' routes ${routingText(back)}`);
      }
    } catch (error) {
      states.push(
        `NOT put back: alias '${alias.after.name}' still routes ${routingText(alias.after)} (${errorMessage(error)})`,
      );
    }
    log.info(`${labelOf(prepared)}: ${states.at(-1) ?? ''}`);
  }
  return {
    summary:
      moved.length === 0
        ? 'No other alias had moved.'
        : `The aliases moved before it were put back: ${moved.map((one, index) => `${labelOf(one.prepared)} (${states[index] ?? ''})`).join('; ')}.`,
    states,
  };
}

function resultOf(
  prepared: Prepared,
  state: string,
  outputs: Readonly<Record<string, string>>,
): FleetResult {
  return {
    label: labelOf(prepared),
    'function-name': prepared.run.config.functionName,
    region: prepared.run.config.region,
    state,
    outputs,
  };
}

function labelOf(prepared: Prepared): string {
  return `${prepared.run.config.functionName} in ${prepared.run.config.region}`;
}

/** What fleets do not do yet, refused before anything is built. */
function checkFleet(fleet: FleetConfig): void {
  for (const target of fleet.targets) {
    const { rollout } = target.config.release;
    if (rollout.steps.length > 1 || rollout.alarms.length > 0) {
      throw new InputError(
        rollout.alarms.length > 0 ? 'alarms' : 'traffic',
        `traffic in steps and alarms apply to one function; with manifest or regions (${target.label}), give one traffic value`,
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
