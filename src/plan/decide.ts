import { createLambdaClient } from '../aws/clients.js';
import type { CloudWatchAlarms } from '../aws/cloudwatch-alarms.js';
import type { CodeDeploy } from '../aws/codedeploy.js';
import type { EcrImages } from '../aws/ecr-images.js';
import { LambdaExtras } from '../aws/lambda-extras.js';
import { LambdaFunction } from '../aws/lambda-function.js';
import { LambdaLayer } from '../aws/lambda-layer.js';
import { LambdaRelease } from '../aws/lambda-release.js';
import { LambdaTriggers } from '../aws/lambda-triggers.js';
import { checkLayerVersions } from '../aws/layer-versions.js';
import { LambdaAsyncRuntime } from '../aws/lambda-async-runtime.js';
import type { S3CodeBucket } from '../aws/s3-code-bucket.js';
import type { Apis } from './deploy-state.js';
import type { Built } from './built.js';
import type { DeployConfig } from '../inputs.js';
import type { Logger } from '../logger.js';
import { maskEnvironment } from '../secrets.js';
import { planDeploy, type DeployPlan, type InterruptedRollout } from './deploy-plan.js';
import { readDeployState, type DeployState } from './deploy-state.js';
import { checkPackageBuckets } from './bucket-check.js';
import { planJson, planLines, planWarnings } from './plan-output.js';

/**
 * The clients a run reads and writes with, for the function `config` names. CloudWatch and
 * ECR are loaded only by a run that uses them: every run pays for what it loads.
 */
export async function lambdaApis(config: DeployConfig, log: Logger): Promise<Apis> {
  const client = createLambdaClient(config.region, config.requestTimeoutSeconds);
  return {
    lambda: new LambdaFunction(client, config.functionName, config.region, log),
    releaser: new LambdaRelease(client, config.functionName, config.region, log),
    layer:
      config.layer === undefined
        ? undefined
        : new LambdaLayer(client, config.layer.name, config.region, log),
    alarms: config.release.rollout.alarms.length === 0 ? undefined : await alarmsOf(config),
    extras: new LambdaExtras(client, config.functionName, config.region, log),
    images: config.code.kind === 'image' ? await imagesOf(config, log) : undefined,
    triggers: new LambdaTriggers(client, config.functionName, config.region, log),
    layerVersions: (arns) => checkLayerVersions(client, arns, config.region, log),
    asyncRuntime: new LambdaAsyncRuntime(client, config.functionName, config.region, log),
    codeBucket: config.extras.codeStorage === 'reference' ? await codeBucketOf(config) : undefined,
    codedeploy: config.release.codedeploy === undefined ? undefined : await codeDeployOf(config),
  };
}

async function codeBucketOf(config: DeployConfig): Promise<S3CodeBucket> {
  const { createCodeBucket } = await import('../aws/s3-code-bucket.js');
  return createCodeBucket(config.region, config.requestTimeoutSeconds, config.s3.bucketOwner);
}

async function codeDeployOf(config: DeployConfig): Promise<CodeDeploy> {
  const { CodeDeploy, createCodeDeployClient } = await import('../aws/codedeploy.js');
  return new CodeDeploy(
    createCodeDeployClient(config.region, config.requestTimeoutSeconds),
    config.region,
  );
}

async function alarmsOf(config: DeployConfig): Promise<CloudWatchAlarms> {
  const { CloudWatchAlarms, createCloudWatchClient } = await import('../aws/cloudwatch-alarms.js');
  return new CloudWatchAlarms(
    createCloudWatchClient(config.region, config.requestTimeoutSeconds),
    config.release.rollout.alarms,
    config.region,
  );
}

async function imagesOf(config: DeployConfig, log: Logger): Promise<EcrImages> {
  const { EcrImages, createEcrClient } = await import('../aws/ecr-images.js');
  return new EcrImages(
    (region) => createEcrClient(region, config.requestTimeoutSeconds),
    log,
    config.requestTimeoutSeconds,
  );
}

/**
 * Reads what the plan needs (or takes the read begun while the package was built), decides
 * it, and prints it in the log.
 */
export async function decide(
  config: DeployConfig,
  apis: Apis,
  built: Built,
  log: Logger,
  reading: Promise<DeployState> = readDeployState(apis, config),
  /** An interrupted rollout handled before the reads (apply/rollout/interrupted.ts). */
  interrupted?: InterruptedRollout,
): Promise<DeployPlan> {
  const state = await reading;
  const found = state.function;
  await checkPackageBuckets(config, built, found);
  await apis.layerVersions?.(config.settings.layers ?? []);
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
  const plan = {
    ...planDeploy(config, state, {
      code: built.deployable,
      layer: built.layerPackage?.pkg,
      layerRecorded: built.layerPackage?.recorded,
    }),
    ...(interrupted === undefined ? {} : { interrupted }),
  };
  for (const line of planLines(planJson(plan))) log.info(line);
  for (const warning of planWarnings(plan)) log.warning(warning);
  return plan;
}
