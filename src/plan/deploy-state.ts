import type { CloudWatchAlarms } from '../aws/cloudwatch-alarms.js';
import type { FunctionState, LambdaFunction } from '../aws/lambda-function.js';
import type { LambdaLayer, LayerVersion } from '../aws/lambda-layer.js';
import type { AliasState, LambdaRelease } from '../aws/lambda-release.js';
import type { DeployConfig } from '../inputs.js';

/** A published version as the plan compares it with $LATEST. */
export interface VersionState {
  readonly version: string;
  readonly arn: string;
  readonly codeSha256: string;
  /** The settings that make two versions run alike (configurationSignature). */
  readonly signature: string;
}

/** Everything a plan is decided from: what the run found, read with read-only calls. */
export interface DeployState {
  /** Undefined when the function does not exist (and create-if-missing is set). */
  readonly function: FunctionState | undefined;
  /** The layer's newest version, when the run publishes a layer. */
  readonly layerNewest: LayerVersion | undefined;
  readonly alias: AliasState | undefined;
  /**
   * Versions that may already hold this run's code: the alias's (primary and weighted); with
   * no alias, or one still to be created, the newest version.
   */
  readonly versions: readonly VersionState[];
  /** The function URL on the alias (or the function), with its auth type. */
  readonly url: { readonly url: string; readonly authType: string } | undefined;
  /** Statement IDs of the resource policy where the URL is. */
  readonly statementIds: ReadonlySet<string>;
  /** The state of each alarm a rollout watches; reading them refuses a missing one. */
  readonly alarms: ReadonlyMap<string, string>;
}

export interface StateReaders {
  readonly lambda: LambdaFunction;
  readonly releaser: LambdaRelease;
  readonly layer: LambdaLayer | undefined;
  readonly alarms: CloudWatchAlarms | undefined;
}

/** Reads what the plan needs; only Get, List and Head calls. */
export async function readDeployState(
  readers: StateReaders,
  config: DeployConfig,
): Promise<DeployState> {
  const { lambda, releaser } = readers;
  const { alias, functionUrl, publish } = config.release;
  const found = config.createIfMissing ? await lambda.find() : await lambda.read();
  const layerNewest = readers.layer === undefined ? undefined : await readers.layer.newest();
  const alarms =
    readers.alarms === undefined ? new Map<string, string>() : await readers.alarms.states();
  if (found === undefined) {
    return {
      function: undefined,
      layerNewest,
      alias: undefined,
      versions: [],
      url: undefined,
      statementIds: new Set(),
      alarms,
    };
  }
  const aliasState = alias === undefined ? undefined : await releaser.getAlias(alias);
  const candidates =
    aliasState !== undefined
      ? [aliasState.version, ...Object.keys(aliasState.weights)]
      : publish
        ? [await releaser.newestVersion()].flatMap((version) => version ?? [])
        : [];
  const versions = await Promise.all(
    candidates
      .filter((version) => version !== '$LATEST')
      .map(async (version) => toVersionState(await lambda.readVersion(version))),
  );
  const urlWanted = functionUrl !== 'none';
  return {
    function: found,
    layerNewest,
    alias: aliasState,
    versions,
    url: urlWanted ? await releaser.getFunctionUrl(alias) : undefined,
    statementIds: urlWanted ? await releaser.statementIds(alias) : new Set(),
    alarms,
  };
}

function toVersionState(state: FunctionState): VersionState {
  return {
    version: state.configuration.Version ?? '',
    arn: state.arn,
    codeSha256: state.codeSha256,
    signature: configurationSignature(state),
  };
}

/**
 * What Lambda compares when it decides whether publishing would make a new version: the
 * code and the settings (a version's description is its own).
 */
export function configurationSignature(state: FunctionState): string {
  const c = state.configuration;
  return JSON.stringify([
    c.Handler,
    c.Runtime,
    c.MemorySize,
    c.Timeout,
    c.Role,
    c.EphemeralStorage?.Size,
    c.Architectures,
    Object.entries(c.Environment?.Variables ?? {}).sort(([a], [b]) => a.localeCompare(b)),
    (c.Layers ?? []).map((layer) => layer.Arn),
    c.ImageConfigResponse?.ImageConfig,
  ]);
}
