import { createCloudWatchClient, createEcrClient, createLambdaClient } from '../aws/clients.js';
import { CloudWatchAlarms } from '../aws/cloudwatch-alarms.js';
import { EcrImages } from '../aws/ecr-images.js';
import { LambdaExtras } from '../aws/lambda-extras.js';
import { LambdaFunction } from '../aws/lambda-function.js';
import { LambdaLayer } from '../aws/lambda-layer.js';
import { LambdaRelease } from '../aws/lambda-release.js';
import type { Apis, Built } from '../deploy/apply-plan.js';
import type { DeployConfig } from '../inputs.js';
import type { Logger } from '../logger.js';
import { maskEnvironment } from '../secrets.js';
import { planDeploy, type DeployPlan } from './deploy-plan.js';
import { readDeployState } from './deploy-state.js';
import { planJson, planLines } from './plan-output.js';

/** The clients a run reads and writes with, for the function `config` names. */
export function lambdaApis(config: DeployConfig, log: Logger): Apis {
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

/** Reads what the plan needs, decides it, and prints it in the log. */
export async function decide(
  config: DeployConfig,
  apis: Apis,
  built: Built,
  log: Logger,
): Promise<DeployPlan> {
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
  for (const line of planLines(planJson(plan))) log.info(line);
  return plan;
}
