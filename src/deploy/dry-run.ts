import type { FunctionState, LambdaFunction } from '../aws/lambda-function.js';
import type { LambdaLayer } from '../aws/lambda-layer.js';
import type { AliasState, LambdaRelease } from '../aws/lambda-release.js';
import type { DeployConfig } from '../inputs.js';
import type { DeploymentPackage } from '../package/deployment-package.js';
import {
  accountOf,
  architectureChange,
  architectureToSet,
  checkPackageType,
  runsImage,
  runsPackage,
  type DeployableCode,
} from './code-update.js';
import { planConfiguration, type SettingChange } from './configuration.js';
import { attachedLayers, planLayer, type LayerPlan } from './layer.js';
import { describeRouting } from './release.js';

/** What a run would do, found with read calls only. */
export interface DeployPlan {
  /** Undefined when the function does not exist and create-if-missing would create it. */
  readonly function: FunctionState | undefined;
  readonly codeChanges: boolean;
  readonly layer: (LayerPlan & { readonly name: string }) | undefined;
  readonly configuration: readonly SettingChange[];
  readonly tags: readonly string[];
  readonly publish: boolean;
  /** "live: 7" -> "live: 7 (90 %) / new (10 %)" */
  readonly alias: { readonly before: string; readonly after: string } | undefined;
  /** 'create' or 'keep' a URL; undefined with function-url none. */
  readonly functionUrl: 'create' | 'keep' | undefined;
}

/** The read-only calls a plan needs. */
export interface PlanReaders {
  readonly lambda: LambdaFunction;
  readonly releaser: LambdaRelease;
  readonly layer: LambdaLayer | undefined;
}

/** What the run built: the function's code, and the layer's package when there is one. */
export interface BuiltCode {
  readonly code: DeployableCode;
  readonly layer: DeploymentPackage | undefined;
}

export async function planDeploy(
  readers: PlanReaders,
  built: BuiltCode,
  config: DeployConfig,
): Promise<DeployPlan> {
  const { lambda, releaser } = readers;
  const current = config.createIfMissing ? await lambda.find() : await lambda.read();
  const { code } = built;
  if (current !== undefined) {
    checkPackageType(current, lambda.name, code.kind === 'zip' ? 'Zip' : 'Image');
  }
  const layer =
    readers.layer === undefined || built.layer === undefined || config.layer === undefined
      ? undefined
      : {
          name: config.layer.name,
          ...(await planLayer(
            readers.layer,
            config.layer,
            built.layer,
            config.settings.layers ?? attachedLayers(current),
            accountOf(current?.arn ?? config.settings.role),
          )),
        };
  const settings =
    layer === undefined ? config.settings : { ...config.settings, layers: layer.layers };
  const architecture =
    current === undefined ? undefined : architectureToSet(settings.architecture, current);
  const { alias, traffic, functionUrl } = config.release;
  const aliasBefore =
    current === undefined || alias === undefined ? undefined : await releaser.getAlias(alias);
  const urlExists =
    current !== undefined && functionUrl !== 'none'
      ? (await releaser.getFunctionUrl(alias)) !== undefined
      : false;
  const configuration = current === undefined ? undefined : planConfiguration(settings, current);
  const unchanged =
    current !== undefined &&
    (code.kind === 'zip' ? runsPackage(current, code.package) : runsImage(current, code.uri));
  return {
    function: current,
    codeChanges: !config.skipUnchanged || !unchanged || architecture !== undefined,
    layer,
    configuration: [
      ...(configuration?.changes ?? []),
      ...(architecture === undefined || current === undefined
        ? []
        : [architectureChange(current, architecture)]),
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
