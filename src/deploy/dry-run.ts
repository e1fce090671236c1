import type { FunctionState, LambdaFunction } from '../aws/lambda-function.js';
import type { AliasState, LambdaRelease } from '../aws/lambda-release.js';
import type { DeployConfig } from '../inputs.js';
import type { DeploymentPackage } from '../package/deployment-package.js';
import { architectureToSet, checkZipFunction, runsPackage } from './code-update.js';
import { planConfiguration, type SettingChange } from './configuration.js';
import { describeRouting } from './release.js';
import type { UploadPlan } from './upload-plan.js';

/** What a run would do, found with read calls only. */
export interface DeployPlan {
  /** Undefined when the function does not exist and create-if-missing would create it. */
  readonly function: FunctionState | undefined;
  readonly codeChanges: boolean;
  readonly upload: UploadPlan;
  readonly configuration: readonly SettingChange[];
  readonly tags: readonly string[];
  readonly publish: boolean;
  /** "live: 7" -> "live: 7 (90 %) / new (10 %)" */
  readonly alias: { readonly before: string; readonly after: string } | undefined;
  /** 'create' or 'keep' a URL; undefined with function-url none. */
  readonly functionUrl: 'create' | 'keep' | undefined;
}

export async function planDeploy(
  lambda: LambdaFunction,
  releaser: LambdaRelease,
  pkg: DeploymentPackage,
  upload: UploadPlan,
  config: DeployConfig,
): Promise<DeployPlan> {
  const current = config.createIfMissing ? await lambda.find() : await lambda.read();
  if (current !== undefined) checkZipFunction(current, lambda.name);
  const architecture =
    current === undefined ? undefined : architectureToSet(config.settings.architecture, current);
  const { alias, traffic, functionUrl } = config.release;
  const aliasBefore =
    current === undefined || alias === undefined ? undefined : await releaser.getAlias(alias);
  const urlExists =
    current !== undefined && functionUrl !== 'none'
      ? (await releaser.getFunctionUrl(alias)) !== undefined
      : false;
  const configuration =
    current === undefined ? undefined : planConfiguration(config.settings, current);
  return {
    function: current,
    codeChanges:
      current === undefined ||
      !config.skipUnchanged ||
      !runsPackage(current, pkg) ||
      architecture !== undefined,
    upload,
    configuration: [
      ...(configuration?.changes ?? []),
      ...(architecture === undefined || current === undefined
        ? []
        : [
            {
              setting: 'architectures',
              from: current.configuration.Architectures?.[0] ?? 'x86_64',
              to: architecture,
            },
          ]),
    ],
    tags: Object.keys(configuration?.tags ?? {}),
    publish: config.release.publish,
    alias:
      alias === undefined
        ? undefined
        : {
            before:
              aliasBefore === undefined
                ? `${alias}: (does not exist)`
                : describeRouting(aliasBefore),
            after: routingAfter(alias, aliasBefore, traffic),
          },
    functionUrl: functionUrl === 'none' ? undefined : urlExists ? 'keep' : 'create',
  };
}

function routingAfter(alias: string, before: AliasState | undefined, traffic: number): string {
  if (before === undefined && traffic < 100) {
    return `would fail: traffic ${traffic} needs an alias that exists, to split with`;
  }
  if (before === undefined || traffic === 100) return `${alias}: new version`;
  return `${alias}: ${before.version} (${100 - traffic} %) / new version (${traffic} %)`;
}
