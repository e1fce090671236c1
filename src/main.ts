import * as core from '@actions/core';
import { createLambdaClient } from './aws/clients.js';
import { LambdaFunction } from './aws/lambda-function.js';
import { LambdaRelease } from './aws/lambda-release.js';
import { applyPlan } from './deploy/apply-plan.js';
import { deletePreview } from './deploy/preview-cleanup.js';
import { rollback as rollbackAlias } from './deploy/rollback.js';
import { errorMessage, failureOutputs } from './errors.js';
import { recordDeployment, retireEnvironment, type DeploymentRecord } from './github/deployment.js';
import { commentOnPullRequest } from './github/preview-comment.js';
import { deployedCommit } from './github/pull-request.js';
import {
  functionBaseName,
  isCleanup,
  isRollback,
  parseCleanupInputs,
  parseInputs,
  parseRollbackInputs,
  type CleanupConfig,
  type DeployConfig,
  type RollbackConfig,
} from './inputs.js';
import { deployFleet } from './fleet/deploy-fleet.js';
import { FleetFailed, resultsJson } from './fleet/fleet-result.js';
import { isFleet, parseFleet, type FleetConfig } from './inputs/fleet.js';
import { safeLogger } from './log-safety.js';
import { buildCode } from './package/build-code.js';
import { Phases } from './phases.js';
import { decide, lambdaApis } from './plan/decide.js';
import { planJson } from './plan/plan-output.js';
import {
  cleanupOutputs,
  deploymentOutputs,
  deployOutputs,
  packageOutputs,
  previewCommentBody,
  rollbackOutputs,
  summaryOrWarning,
  writeCleanupSummary,
  writeDryRunSummary,
  writeFleetSummary,
  writeRollbackSummary,
  writeSummary,
} from './report.js';
import { maskCredentials, maskEnvironment, redact } from './secrets.js';

/** What every module prints goes through this: no line of it can be a workflow command. */
const log = safeLogger(core);
/** Written last; a run without a summary file (outside a runner) warns instead of failing. */
const summary = summaryOrWarning(core.summary, log, process.env);

export async function run(): Promise<void> {
  const phases = new Phases((name, work) => core.group(name, work));
  maskCredentials(process.env);
  try {
    const read = (name: string): string => core.getInput(name);
    // A manifest or regions first: it refuses rollback-to and delete-alias itself.
    if (isFleet(read)) {
      await fleet(parseFleet(read, process.env), phases);
    } else if (isRollback(read)) {
      await rollback(parseRollbackInputs(read, process.env), phases);
    } else if (isCleanup(read)) {
      await removePreview(parseCleanupInputs(read, process.env), phases);
    } else {
      const config = parseInputs(read, process.env);
      // config-file's ignored keys: names only, never a value.
      for (const notice of config.notices) core.notice(notice);
      // Before anything is printed; values that could be part of the ARN wait for it.
      maskEnvironment(config, Object.values(config.settings.environment ?? {}), undefined);
      const deployment = recordDeployment(
        config.githubDeployment,
        { functionName: config.functionName, alias: config.release.alias },
        { env: process.env, timeoutSeconds: config.requestTimeoutSeconds, log },
      );
      await deploy(config, phases, deployment).catch(async (error: unknown) => {
        await deployment?.failed();
        throw error;
      });
    }
  } catch (error) {
    setOutputs(failureOutputs(error));
    core.setFailed(redact(errorMessage(error)));
  }
}

/** inputs -> build -> read -> plan -> show -> apply -> report. */
async function deploy(
  config: DeployConfig,
  phases: Phases,
  deployment: DeploymentRecord | undefined,
): Promise<void> {
  const built = await buildCode(
    config,
    functionBaseName(config.functionName),
    phases,
    log,
    (pkg) => {
      setOutputs(packageOutputs(pkg));
    },
  );
  const apis = lambdaApis(config, log);
  // Before the first AWS call of a real deploy, so that any failure from here on is recorded.
  if (config.dryRun && deployment !== undefined) {
    log.info('github-deployment: a dry run records no deployment');
  } else {
    const deploymentId = await deployment?.start();
    if (deploymentId !== undefined) setOutputs(deploymentOutputs(deploymentId));
  }
  const plan = await phases.run(
    config.dryRun ? 'Plan (dry run: nothing is changed)' : 'Plan',
    async () => {
      const decided = await decide(config, apis, built, log);
      setOutputs({ plan: JSON.stringify(planJson(decided)) });
      return decided;
    },
  );
  if (config.dryRun) {
    const found = plan.function.found;
    if (found !== undefined) setOutputs({ 'function-arn': found.arn, 'function-name': found.name });
    await writeDryRunSummary(summary, config.functionName, built.deployable, plan, phases.timings);
    return;
  }
  const outcome = await applyPlan({ plan, apis, built, config, phases, log });
  setOutputs(deployOutputs(outcome));
  await deployment?.succeeded(outcome.release.functionUrl);
  if (config.prComment !== undefined && config.release.alias !== undefined) {
    const body = previewCommentBody(outcome, config.release.alias, deployedCommit());
    await commentOnPullRequest(
      config.prComment,
      { functionName: config.functionName, alias: config.release.alias, body },
      { phases, log, requestTimeoutSeconds: config.requestTimeoutSeconds },
    );
  }
  await writeSummary(summary, outcome, phases.timings, planJson(plan));
}

/** manifest or regions: many functions, switched together; `results` says where each is. */
async function fleet(config: FleetConfig, phases: Phases): Promise<void> {
  for (const target of config.targets) {
    maskEnvironment(
      target.config,
      Object.values(target.config.settings.environment ?? {}),
      undefined,
    );
  }
  try {
    const results = await deployFleet(config, phases, log);
    setOutputs({ results: resultsJson(results) });
    await writeFleetSummary(summary, results, phases.timings);
  } catch (error) {
    // The summary says where each function was left, failed or not.
    if (error instanceof FleetFailed)
      await writeFleetSummary(summary, error.results, phases.timings);
    throw error;
  }
}

async function removePreview(config: CleanupConfig, phases: Phases): Promise<void> {
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
    await retireEnvironment(config.githubDeployment, config.functionName, {
      env: process.env,
      timeoutSeconds: config.requestTimeoutSeconds,
      log,
    });
  }
  if (config.prComment !== undefined) {
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
async function rollback(config: RollbackConfig, phases: Phases): Promise<void> {
  const client = createLambdaClient(config.region, config.requestTimeoutSeconds);
  const apis = {
    lambda: new LambdaFunction(client, config.functionName, config.region, log),
    releaser: new LambdaRelease(client, config.functionName, config.region, log),
  };
  const result = await phases.run('Rollback', () =>
    rollbackAlias(
      apis,
      { alias: config.alias, target: config.target, label: config.runLabel },
      log,
    ),
  );
  setOutputs(rollbackOutputs(result));
  await writeRollbackSummary(summary, result, phases.timings);
}

function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
