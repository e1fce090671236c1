import * as core from '@actions/core';
import { createCloudWatchClient, createEcrClient, createLambdaClient } from './aws/clients.js';
import { EcrImages } from './aws/ecr-images.js';
import { LambdaExtras } from './aws/lambda-extras.js';
import { CloudWatchAlarms } from './aws/cloudwatch-alarms.js';
import { LambdaFunction } from './aws/lambda-function.js';
import { LambdaLayer } from './aws/lambda-layer.js';
import { LambdaRelease } from './aws/lambda-release.js';
import { applyPlan, type Apis, type Built } from './deploy/apply-plan.js';
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
import { safeLogger } from './log-safety.js';
import { buildCode } from './package/build-code.js';
import { Phases } from './phases.js';
import { planDeploy, type DeployPlan } from './plan/deploy-plan.js';
import { readDeployState } from './plan/deploy-state.js';
import { planJson, planLines } from './plan/plan-output.js';
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
    if (isRollback(read)) {
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
  const apis = lambdaApis(config);
  // Before the first AWS call of a real deploy, so that any failure from here on is recorded.
  if (config.dryRun && deployment !== undefined) {
    log.info('github-deployment: a dry run records no deployment');
  } else {
    const deploymentId = await deployment?.start();
    if (deploymentId !== undefined) setOutputs(deploymentOutputs(deploymentId));
  }
  const plan = await phases.run(config.dryRun ? 'Plan (dry run: nothing is changed)' : 'Plan', () =>
    decide(config, apis, built),
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

function lambdaApis(config: DeployConfig): Apis {
  const client = createLambdaClient(config.region, config.requestTimeoutSeconds);
  return {
    lambda: new LambdaFunction(client, config.functionName, config.region, log),
    releaser: new LambdaRelease(client, config.functionName, config.region, log),
    layer:
      config.layer === undefined
        ? undefined
        : new LambdaLayer(client, config.layer.name, config.region, log),
    alarms:
      config.release.rollout.alarms.length === 0
        ? undefined
        : new CloudWatchAlarms(
            createCloudWatchClient(config.region, config.requestTimeoutSeconds),
            config.release.rollout.alarms,
            config.region,
          ),
    extras: new LambdaExtras(client, config.functionName, config.region, log),
    images:
      config.code.kind === 'image'
        ? new EcrImages(
            (region) => createEcrClient(region, config.requestTimeoutSeconds),
            log,
            config.requestTimeoutSeconds,
          )
        : undefined,
  };
}

/** Reads what the plan needs, decides it, and shows it: in the log and as the `plan` output. */
async function decide(config: DeployConfig, apis: Apis, built: Built): Promise<DeployPlan> {
  const state = await readDeployState(apis, config);
  const found = state.function;
  if (config.settings.environment !== undefined) {
    // Merging sends them back, and an AWS error may quote what it was sent; the ARN known now
    // keeps the rule from masking a part of it.
    maskEnvironment(
      config,
      [
        ...Object.values(found?.configuration.Environment?.Variables ?? {}),
        ...Object.values(config.settings.environment),
      ],
      found?.arn,
    );
  }
  const plan = planDeploy(config, state, {
    code: built.deployable,
    layer: built.layerPackage?.pkg,
  });
  const json = planJson(plan);
  for (const line of planLines(json)) log.info(line);
  setOutputs({ plan: JSON.stringify(json) });
  return plan;
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
