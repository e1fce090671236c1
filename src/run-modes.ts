// What a run does once its inputs are read: deploy (the package already building), many
// functions, rollback-to, or a preview's removal. main.ts loads this module lazily, while the
// package is built, as it holds the AWS SDK and everything that uses it.
import * as core from './runner/commands.js';
import { summary as stepSummary } from './runner/summary.js';
import { log, setOutputs } from './action-io.js';
import { createLambdaClient } from './aws/clients.js';
import { LambdaFunction } from './aws/lambda-function.js';
import { LambdaRelease } from './aws/lambda-release.js';
import { applyPlan } from './apply/apply-plan.js';
import { type Apis } from './plan/deploy-state.js';
import { type Built } from './plan/built.js';
import { recoverInterrupted } from './apply/rollout/interrupted.js';
import { deletePreview } from './apply/preview-cleanup.js';
import { rolloutGuard } from './apply/rollout/guard.js';
import type { SaveRollout } from './apply/rollout/lane.js';
import { rolloutStateText, STATE_NAME } from './apply/rollout/saved-state.js';
import { rollback as rollbackAlias } from './apply/rollback.js';
import { deployFleet } from './fleet/deploy-fleet.js';
import { FleetFailed, resultsJson } from './fleet/fleet-result.js';
import type { DeploymentRecord } from './github/deployment.js';
import type { FunctionState } from './aws/function-state.js';
import type { LambdaLayer } from './aws/lambda-layer.js';
import type { CleanupConfig, DeployConfig, RollbackConfig } from './inputs.js';
import type { FleetConfig } from './inputs/fleet.js';
import type { Phases } from './phases.js';
import { decide, lambdaApis } from './plan/decide.js';
import { readDeployState } from './plan/deploy-state.js';
import { planJson } from './plan/plan-output.js';
import {
  cleanupOutputs,
  deploymentOutputs,
  deployOutputs,
  previewCommentBody,
  rollbackOutputs,
} from './report/outputs.js';
import { summaryOrWarning } from './report/summary-writer.js';
import {
  writeCleanupSummary,
  writeFleetSummary,
  writeRollbackSummary,
} from './report/other-summaries.js';
import { writeDryRunSummary, writeSummary } from './report/deploy-summary.js';
import { maskEnvironment } from './secrets.js';
import { errorMessage, summarized } from './errors.js';
import { routingText } from './aws/lambda-release-shapes.js';
import { writeFailureSummary } from './report/failure.js';
import { dryRunLine, resultLine } from './report/result-line.js';
import { formatSeconds } from './format.js';

/** Written last; a run without a summary file (outside a runner) warns instead of failing. */
const summary = summaryOrWarning(stepSummary, log, process.env);

/** A package being built, and word that its sources passed every check. */
export interface Building {
  readonly building: Promise<Built>;
  readonly checked: Promise<void>;
  /**
   * Told of the function as read (undefined when missing or unread), and of the layer's
   * reader when the run has a layer, for the build's skip.
   */
  readonly functionRead?: (found: FunctionState | undefined, layer?: LambdaLayer) => void;
}

/**
 * A deploy whose package is being built: records it as a GitHub deployment when asked, and
 * marks that failed when the deploy fails.
 */
export async function deploy(
  config: DeployConfig,
  phases: Phases,
  building: Building,
): Promise<void> {
  // GitHub's client is loaded only by a run that talks to GitHub.
  const deployment =
    config.githubDeployment === undefined
      ? undefined
      : (await import('./github/deployment.js')).recordDeployment(
          config.githubDeployment,
          { functionName: config.functionName, alias: config.release.alias },
          { env: process.env, timeoutSeconds: config.requestTimeoutSeconds, log },
        );
  const apis = await lambdaApis(config, log).catch((error: unknown) => {
    building.functionRead?.(undefined);
    throw error;
  });
  // Set once every source is checked and AWS may be called: before that, a failure is a bad
  // input, and the summary calls nothing either (not even to read the alias back).
  const progress = { awsCalled: false };
  await deployBuilt(config, phases, building, deployment, apis, progress).catch(
    async (error: unknown) => {
      // A build still waiting for the function's read must not wait for ever.
      building.functionRead?.(undefined);
      await deployment?.failed();
      await writeFailureSummary(
        summary,
        {
          subject: config.functionName,
          error,
          phase: phases.last,
          alias: progress.awsCalled
            ? await aliasAfterFailure(apis, config.release.alias)
            : undefined,
        },
        phases.timings,
      );
      throw summarized(error);
    },
  );
}

/** The alias as read after a failure that came once something may have changed. */
async function aliasAfterFailure(
  apis: Apis,
  alias: string | undefined,
): Promise<string | undefined> {
  if (alias === undefined) return undefined;
  try {
    const now = await apis.releaser.getAlias(alias, AbortSignal.timeout(5_000));
    return now === undefined
      ? `${alias} does not exist (read back)`
      : `${alias} routes ${routingText(now)} (read back)`;
  } catch (error) {
    return `${alias} could not be read back (${errorMessage(error)})`;
  }
}

/** The rollout's moves, saved for the post step (apply/rollout/saved-state.ts). */
const saveRollout: SaveRollout = (state) => {
  core.saveState(STATE_NAME, rolloutStateText(state));
};

/** build (begun by the caller) -> read -> plan -> show -> apply -> report. */
async function deployBuilt(
  config: DeployConfig,
  phases: Phases,
  { building, checked, functionRead = () => undefined }: Building,
  deployment: DeploymentRecord | undefined,
  apis: Apis,
  progress: { awsCalled: boolean },
): Promise<void> {
  // Every bad input fails before any AWS call: the reads wait until the source is checked
  // (or the build is done), then overlap the rest of the packaging.
  await Promise.race([checked, building]);
  progress.awsCalled = true;
  const guard = rolloutGuard(log);
  const interrupted = await recoverInterrupted(apis, config, log, { save: saveRollout, guard });
  const reading = readDeployState(apis, config, (found) => {
    functionRead(found, apis.layer);
  });
  // A failed read answers the build too: it builds, and the read's error is the run's.
  reading.catch(() => {
    functionRead(undefined);
  });
  const built = await building;
  // Before any AWS answer is awaited, so that every failure of a real deploy is recorded.
  if (config.dryRun && deployment !== undefined) {
    log.info('github-deployment: a dry run records no deployment');
  } else {
    const deploymentId = await deployment?.start();
    if (deploymentId !== undefined) setOutputs(deploymentOutputs(deploymentId));
  }
  const plan = await phases.run(
    config.dryRun ? 'Plan (dry run: nothing is changed)' : 'Plan',
    async () => {
      const decided = await decide(config, apis, built, log, reading, interrupted);
      setOutputs({ plan: JSON.stringify(planJson(decided)) });
      return decided;
    },
  );
  if (config.dryRun) {
    const found = plan.function.found;
    if (found !== undefined) setOutputs({ 'function-arn': found.arn, 'function-name': found.name });
    await writeDryRunSummary(summary, config.functionName, built.deployable, plan, phases.timings);
    log.info(dryRunLine(config.functionName, plan, phases.elapsedSeconds));
    return;
  }
  const outcome = await applyPlan({
    plan,
    apis,
    built,
    config,
    phases,
    log,
    guard,
    save: saveRollout,
  });
  setOutputs(deployOutputs(outcome));
  await deployment?.succeeded(outcome.release.functionUrl);
  if (config.prComment !== undefined && config.release.alias !== undefined) {
    const { deployedCommit } = await import('./github/pull-request.js');
    const { commentOnPullRequest } = await import('./github/preview-comment.js');
    const body = previewCommentBody(outcome, config.release.alias, deployedCommit());
    await commentOnPullRequest(
      config.prComment,
      { functionName: config.functionName, alias: config.release.alias, body },
      { phases, log, requestTimeoutSeconds: config.requestTimeoutSeconds },
    );
  }
  await writeSummary(summary, outcome, phases.timings, planJson(plan));
  log.info(resultLine(config.functionName, plan, outcome, phases.elapsedSeconds));
}

/** manifest or regions: many functions, switched together; `results` says where each is. */
export async function fleet(config: FleetConfig, phases: Phases): Promise<void> {
  for (const target of config.targets) {
    maskEnvironment(
      target.config,
      Object.values(target.config.settings.environment ?? {}),
      undefined,
    );
  }
  try {
    const results = await deployFleet(config, phases, log, {
      guard: rolloutGuard(log),
      save: saveRollout,
    });
    setOutputs({ results: resultsJson(results) });
    await writeFleetSummary(summary, results, phases.timings);
    const planned = results.some((result) => result.state.startsWith('planned'));
    log.info(
      `${planned ? 'Dry run: planned' : 'Deployed'} ${results.length} function` +
        `${results.length === 1 ? '' : 's'} in ${formatSeconds(phases.elapsedSeconds)}`,
    );
  } catch (error) {
    // The summary says where each function was left, failed or not.
    if (!(error instanceof FleetFailed)) throw error;
    await writeFleetSummary(summary, error.results, phases.timings);
    throw summarized(error);
  }
}

export async function removePreview(config: CleanupConfig, phases: Phases): Promise<void> {
  const releaser = new LambdaRelease(
    createLambdaClient(config.region, config.requestTimeoutSeconds),
    config.functionName,
    config.region,
    log,
  );
  const result = await phases.run('Remove preview', () =>
    deletePreview(releaser, config.alias, log),
  );
  setOutputs(cleanupOutputs(result));
  if (config.githubDeployment !== undefined) {
    const { retireEnvironment } = await import('./github/deployment.js');
    await retireEnvironment(config.githubDeployment, config.functionName, {
      env: process.env,
      timeoutSeconds: config.requestTimeoutSeconds,
      log,
    });
  }
  if (config.prComment !== undefined) {
    const { commentOnPullRequest } = await import('./github/preview-comment.js');
    const body = `The preview \`${config.alias}\` of \`${config.functionName}\` was removed.`;
    await commentOnPullRequest(
      config.prComment,
      { functionName: config.functionName, alias: config.alias, body },
      { phases, log, requestTimeoutSeconds: config.requestTimeoutSeconds },
    );
  }
  await writeCleanupSummary(summary, config, result, phases.timings);
}

/** rollback-to: moves the alias back to an earlier version; builds nothing. */
export async function rollback(config: RollbackConfig, phases: Phases): Promise<void> {
  const client = createLambdaClient(config.region, config.requestTimeoutSeconds);
  const apis = {
    lambda: new LambdaFunction(client, config.functionName, config.region, log),
    releaser: new LambdaRelease(client, config.functionName, config.region, log),
  };
  const result = await phases.run(
    config.dryRun ? 'Rollback (dry run: nothing is changed)' : 'Rollback',
    () =>
      rollbackAlias(
        apis,
        {
          alias: config.alias,
          target: config.target,
          label: config.runLabel,
          dryRun: config.dryRun,
        },
        log,
      ),
  );
  setOutputs(rollbackOutputs(result));
  await writeRollbackSummary(summary, result, phases.timings);
}
