import * as core from '@actions/core';
import type { S3Client } from '@aws-sdk/client-s3';
import { createLambdaClient, createS3Client } from './aws/clients.js';
import { LambdaFunction, type FunctionState } from './aws/lambda-function.js';
import { LambdaLayer } from './aws/lambda-layer.js';
import { LambdaRelease } from './aws/lambda-release.js';
import {
  accountOf,
  deployCode,
  type CodeUpdateResult,
  type DeployableCode,
  type UploadRoute,
} from './deploy/code-update.js';
import { applyConfiguration, type ConfigurationResult } from './deploy/configuration.js';
import { createFunction } from './deploy/create-function.js';
import { planDeploy, type BuiltCode, type PlanReaders } from './deploy/dry-run.js';
import { ensureFunctionUrl } from './deploy/function-url.js';
import { deletePreview } from './deploy/preview-cleanup.js';
import { attachedLayers, publishLayer } from './deploy/layer.js';
import { checkCanaryRole, release, releasedState } from './deploy/release.js';
import { planUpload, type UploadPlan } from './deploy/upload-plan.js';
import { errorMessage, withState } from './errors.js';
import { currentPullRequest, deployedCommit } from './github/pull-request.js';
import { commentFailure, upsertPreviewComment } from './github/preview-comment.js';
import { recordDeployment, retireEnvironment, type DeploymentRecord } from './github/deployment.js';
import { safeLogger } from './log-safety.js';
import {
  functionBaseName,
  hasSettings,
  isCleanup,
  parseCleanupInputs,
  parseInputs,
  type CleanupConfig,
  type DeployConfig,
  type FunctionSettings,
  type PackageSource,
  type PullRequestComment,
} from './inputs.js';
import { preparePackage, type DeploymentPackage } from './package/deployment-package.js';
import { Phases } from './phases.js';
import { arnOfCreated, keepSecret, maskIfSecret, redact } from './secrets.js';
import {
  cleanupOutputs,
  deploymentOutputs,
  deployOutputs,
  packageOutputs,
  previewCommentBody,
  summaryOrWarning,
  writeCleanupSummary,
  writeDryRunSummary,
  writeSummary,
} from './report.js';

/** What every module prints goes through this: no line of it can be a workflow command. */
const log = safeLogger(core);
/** Written last; a run without a summary file (outside a runner) warns instead of failing. */
const summary = summaryOrWarning(core.summary, log, process.env);

export async function run(): Promise<void> {
  const phases = new Phases((name, work) => core.group(name, work));
  maskCredentials(process.env);
  try {
    const read = (name: string): string => core.getInput(name);
    if (isCleanup(read)) {
      await removePreview(parseCleanupInputs(read, process.env), phases);
    } else {
      const config = parseInputs(read, process.env);
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
    core.setFailed(redact(errorMessage(error)));
  }
}

async function deploy(
  config: DeployConfig,
  phases: Phases,
  deployment: DeploymentRecord | undefined,
): Promise<void> {
  const baseName = functionBaseName(config.functionName);
  const { layer: layerConfig } = config;
  const { deployable, layerPackage } = await buildCode(config, baseName, phases);

  const client = createLambdaClient(config.region, config.requestTimeoutSeconds);
  const lambda = new LambdaFunction(client, config.functionName, config.region, log);
  const releaser = new LambdaRelease(client, config.functionName, config.region, log);
  const layerApi =
    layerConfig === undefined
      ? undefined
      : new LambdaLayer(client, layerConfig.name, config.region, log);
  if (config.dryRun) {
    if (deployment !== undefined) log.info('github-deployment: a dry run records no deployment');
    await planOnly(
      config,
      phases,
      { lambda, releaser, layer: layerApi },
      { code: deployable, layer: layerPackage?.pkg },
    );
    return;
  }

  // Read once: each phase hands the function as it left it to the next.
  // Before the first AWS call of the deploy, so that any failure from here on is recorded.
  const deploymentId = await deployment?.start();
  if (deploymentId !== undefined) setOutputs(deploymentOutputs(deploymentId));
  const found = config.createIfMissing ? await lambda.find() : await lambda.read();
  checkCanaryRole(found, config.settings, config.release);
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
  const layer =
    layerConfig === undefined || layerPackage === undefined || layerApi === undefined
      ? undefined
      : await phases.run(`Layer ${layerConfig.name}`, () =>
          publishLayer(
            layerApi,
            {
              config: layerConfig,
              package: layerPackage.pkg,
              upload: layerPackage.upload,
              attached: config.settings.layers ?? attachedLayers(found),
              description: config.release.versionDescription,
              account: accountOf(found?.arn ?? config.settings.role),
            },
            log,
          ).catch((error: unknown) => {
            throw withState(error, 'The function was not changed.');
          }),
        );
  const settings =
    layer === undefined ? config.settings : { ...config.settings, layers: layer.layers };
  const { configured, code } = await changeFunction(lambda, deployable, settings, found, {
    ...config,
    phases,
  }).catch((error: unknown) => {
    throw withState(
      error,
      found === undefined
        ? 'No version was published and no alias moved.'
        : "No version was published and no alias moved: $LATEST may hold part of this run's changes, " +
            'which the next deploy replaces.',
    );
  });

  // A phase that would do nothing is not shown.
  const releases = config.release.publish || config.release.functionUrl !== 'none';
  const released = !releases
    ? NOTHING_RELEASED
    : await phases.run('Release', async () => {
        const result = await release(releaser, code.function, config.release, log);
        const url = await ensureFunctionUrl(
          releaser,
          config.release.alias,
          config.release.functionUrl,
          log,
        ).catch((error: unknown) => {
          throw withState(error, `${releasedState(result)} The function URL was not set up.`);
        });
        return { ...result, functionUrl: url };
      });

  const outcome = {
    ...code,
    package: deployable.kind === 'zip' ? deployable.package : undefined,
    imageUri: deployable.kind === 'image' ? deployable.uri : undefined,
    layer,
    release: released,
    configurationChanges: [
      ...(configured?.changes ?? []),
      ...(code.architectureChange === undefined ? [] : [code.architectureChange]),
    ],
  };
  setOutputs(deployOutputs(outcome));
  await deployment?.succeeded(released.functionUrl);
  if (config.prComment !== undefined && config.release.alias !== undefined) {
    const body = previewCommentBody(outcome, config.release.alias, deployedCommit());
    await comment(
      phases,
      config.prComment,
      config.functionName,
      config.release.alias,
      body,
      config.requestTimeoutSeconds,
    );
  }
  await writeSummary(summary, outcome, phases.timings);
}

/** A run that neither publishes nor sets up a URL. */
const NOTHING_RELEASED = {
  version: undefined,
  previousVersion: undefined,
  alias: undefined,
  functionUrl: undefined,
};

/** dry-run: reads what the deploy would change, summarizes it, and changes nothing. */
async function planOnly(
  config: DeployConfig,
  phases: Phases,
  readers: PlanReaders,
  built: BuiltCode,
): Promise<void> {
  const planned = await phases.run('Plan (dry run: nothing is changed)', () =>
    planDeploy(readers, built, config),
  );
  if (config.settings.environment !== undefined) {
    maskEnvironment(config, Object.values(config.settings.environment), planned.function?.arn);
  }
  if (planned.function !== undefined) {
    setOutputs({ 'function-arn': planned.function.arn, 'function-name': planned.function.name });
  }
  await writeDryRunSummary(summary, config.functionName, built.code, planned, phases.timings);
}

/** Applies the settings, then the code, to the function found (or creates it). */
async function changeFunction(
  lambda: LambdaFunction,
  deployable: DeployableCode,
  settings: FunctionSettings,
  found: FunctionState | undefined,
  options: Pick<DeployConfig, 'skipUnchanged' | 'waitTimeoutSeconds'> & { phases: Phases },
): Promise<{ configured: ConfigurationResult | undefined; code: CodeUpdateResult }> {
  const { phases, waitTimeoutSeconds } = options;
  const configured =
    found !== undefined && hasSettings(settings)
      ? await phases.run('Configuration', () =>
          applyConfiguration(lambda, settings, waitTimeoutSeconds, log, found),
        )
      : undefined;
  const code = await phases.run(found === undefined ? 'Create function' : 'Update code', () =>
    found === undefined
      ? createFunction(lambda, deployable, settings, waitTimeoutSeconds, log)
      : deployCode(
          lambda,
          deployable,
          { ...options, architecture: settings.architecture },
          log,
          configured?.function ?? found,
        ),
  );
  return { configured, code };
}

/** The function's code, built when it is a zip, and the layer's package; both routed to Lambda. */
async function buildCode(
  config: DeployConfig,
  baseName: string,
  phases: Phases,
): Promise<{
  deployable: DeployableCode;
  layerPackage: { pkg: DeploymentPackage; upload: UploadRoute } | undefined;
}> {
  let s3: S3Client | undefined;
  const route = (plan: UploadPlan): UploadRoute =>
    plan.kind === 'direct'
      ? plan
      : { ...plan, client: (s3 ??= createS3Client(config.region, config.requestTimeoutSeconds)) };
  const { code: source, layer } = config;
  const deployable: DeployableCode =
    source.kind === 'image'
      ? source
      : await phases.run('Package', async () => {
          const pkg = await buildPackage(source, baseName, 'source');
          setOutputs(packageOutputs(pkg));
          return { kind: 'zip', package: pkg, upload: route(planUpload(pkg, config.s3, baseName)) };
        });
  const layerPackage =
    layer === undefined
      ? undefined
      : await phases.run(`Package layer ${layer.name}`, async () => {
          const pkg = await buildPackage(layer.source, `${layer.name}-layer`, 'layer-source');
          return { pkg, upload: route(planUpload(pkg, config.s3, `layers/${layer.name}`)) };
        });
  return { deployable, layerPackage };
}

/** Builds the zip of a directory, or reads a ready one; `input` names the source in errors. */
async function buildPackage(
  source: PackageSource,
  baseName: string,
  input: string,
): Promise<DeploymentPackage> {
  const built = await preparePackage(source, {
    baseName,
    outputDirectory: process.env['RUNNER_TEMP'],
    log,
    input,
  });
  log.info(`Package ${built.path}: ${built.size} bytes, SHA-256 ${built.sha256}`);
  return built;
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
    await comment(
      phases,
      config.prComment,
      config.functionName,
      config.alias,
      body,
      config.requestTimeoutSeconds,
    );
  }
  await writeCleanupSummary(summary, config, result, phases.timings);
}

async function comment(
  phases: Phases,
  settings: PullRequestComment,
  functionName: string,
  alias: string,
  body: string,
  requestTimeoutSeconds: number,
): Promise<void> {
  keepSecret(settings.token);
  const pr = currentPullRequest();
  if (pr === undefined) {
    log.info('comment-on-pr: this run is not for a pull request, so no comment');
    return;
  }
  await phases.run('Pull request comment', async () => {
    try {
      const done = await upsertPreviewComment(
        settings.token,
        pr,
        { functionName, alias, body },
        requestTimeoutSeconds,
      );
      log.info(`Comment ${done} on pull request #${pr.number}`);
    } catch (error) {
      // The deploy itself succeeded; a read-only token (a fork's pull request) must not undo that.
      log.warning(
        `Could not comment on pull request #${pr.number}: ${redact(commentFailure(error, requestTimeoutSeconds))}.`,
      );
    }
  });
}

/**
 * Masks the values that may be secrets, by the rule in maskDecision: first with the inputs,
 * before anything is printed, then once the function's ARN is known (before any request that
 * carries them), when only values that could be part of its account ID were left to decide.
 */
function maskEnvironment(
  config: DeployConfig,
  values: readonly string[],
  functionArn: string | undefined,
): void {
  maskIfSecret(values, {
    functionName: config.functionName,
    // A function's role is in its own account, so a role given names the ARN's account too.
    functionArn:
      functionArn ?? arnOfCreated(config.functionName, config.region, config.settings.role),
    alias: config.release.alias,
    region: config.region,
  });
}

/**
 * configure-aws-credentials masks these already; credentials set some other way (a plain
 * `env:` block) would otherwise show in the log if an error ever echoed one.
 */
function maskCredentials(env: NodeJS.ProcessEnv): void {
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
    keepSecret(env[name]?.trim() ?? '');
  }
}

function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
