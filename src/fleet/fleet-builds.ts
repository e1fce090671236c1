import { createLambdaClient } from '../aws/clients.js';
import type { FunctionState } from '../aws/function-state.js';
import { LambdaFunction } from '../aws/lambda-function.js';
import { LambdaLayer } from '../aws/lambda-layer.js';
import { memo } from '../memo.js';
import { functionBaseName, type PackageSource } from '../inputs.js';
import type { FleetConfig, FleetTarget } from '../inputs/fleet.js';
import type { Logger } from '../logger.js';
import {
  buildCode,
  checkedSize,
  sharedPackageCache,
  type BuildSkips,
} from '../package/build-code.js';
import type { RecordedPackage } from '../package/package-contents.js';
import type { Phases } from '../phases.js';
import type { Built } from '../plan/built.js';
import { recordedPackage } from '../resources/code/fingerprint-record.js';
import { routeCertain } from '../resources/code/upload-route.js';
import { recordedLayer, type RecordedLayer } from '../resources/layer/fingerprint-record.js';

/**
 * Builds each distinct source of the fleet once, one after the other (a group in the log
 * each). A tree whose fingerprint every function built from it records with the code it
 * runs (each in its own region) is not built at all; when only some of them record it, it
 * is built once for all. The functions are read for their records only once every source is
 * checked, so that no read waits on a bad input: sources that cannot skip (a ready zip, or
 * a function with skip-unchanged false) are built first, the other trees walked.
 */
export async function buildFleet(
  fleet: FleetConfig,
  phases: Phases,
  log: Logger,
): Promise<Map<FleetTarget, Built>> {
  const packages = sharedPackageCache();
  const builds = new Map<FleetTarget, Built>();
  const build = async (target: FleetTarget, skips?: BuildSkips): Promise<void> => {
    const { config } = target;
    builds.set(
      target,
      await buildCode(
        config,
        functionBaseName(config.functionName),
        phases,
        log,
        () => undefined,
        packages,
        undefined,
        skips,
      ),
    );
  };
  const skipping = fleet.targets.filter(
    (target) => target.config.skipUnchanged && target.config.code.kind === 'directory',
  );
  for (const target of fleet.targets) {
    if (!skipping.includes(target)) await build(target);
  }
  const skips = await fleetSkips(skipping, fleet.maxParallel, phases, log);
  for (const target of skipping) await build(target, skips?.get(target));
  return new Map(fleet.targets.map((target) => [target, builds.get(target) as Built]));
}

/**
 * Each function's skips, answered for all who share a source: undefined (nothing skipped)
 * when a source's route to Lambda is known only once it is built.
 */
async function fleetSkips(
  targets: readonly FleetTarget[],
  maxParallel: number,
  phases: Phases,
  log: Logger,
): Promise<Map<FleetTarget, BuildSkips> | undefined> {
  if (targets.length === 0) return undefined;
  const checked = new Set<string>();
  const certain = await phases.run('Check sources', () => {
    let all = true;
    for (const target of targets) {
      const { code, layer, s3 } = target.config;
      const sources: [PackageSource, 'source' | 'layer-source'][] = [
        [code as PackageSource, 'source'],
        ...(layer === undefined
          ? []
          : [[layer.source, 'layer-source'] as [PackageSource, 'layer-source']]),
      ];
      for (const [source, input] of sources) {
        const key = `${input} ${JSON.stringify(source)} ${JSON.stringify(s3)}`;
        if (checked.has(key)) continue;
        checked.add(key);
        const largest = checkedSize(source, input);
        all &&= largest !== undefined && routeCertain(largest, s3);
      }
    }
    return Promise.resolve(all);
  });
  if (!certain) return undefined;
  log.info(
    `Reading ${targets.length === 1 ? 'the function' : `${targets.length} functions`} for the records of their trees`,
  );
  const reads = await readFunctions(targets, maxParallel);
  const codeAnswers = new Map<string, Promise<RecordedPackage | undefined>>();
  const layerAnswers = new Map<string, Promise<RecordedLayer | undefined>>();
  const ownLayer = new Map<string, Promise<RecordedLayer | undefined>>();
  const codeKey = (target: FleetTarget) => JSON.stringify(target.config.code);
  const layerKey = (target: FleetTarget) => JSON.stringify(target.config.layer?.source ?? null);
  const ownLayerOf = (target: FleetTarget, fingerprint: string) =>
    memo(ownLayer, `${target.label} ${fingerprint}`, async () => {
      const read = reads.get(target);
      const { layer } = target.config;
      return layer === undefined || read === undefined
        ? undefined
        : recordedLayer(read.found, fingerprint, layer, read.layer);
    });
  return new Map(
    targets.map((target) => {
      const sharing = (key: (t: FleetTarget) => string) =>
        targets.filter((other) => key(other) === key(target));
      const code = (fingerprint: string) =>
        memo(codeAnswers, `${codeKey(target)} ${fingerprint}`, () =>
          Promise.resolve(
            sameForAll(
              sharing(codeKey).map((other) =>
                recordedPackage(
                  reads.get(other)?.found,
                  fingerprint,
                  other.config.settings.architecture,
                  other.config.extras.codeStorage,
                ),
              ),
            ),
          ),
        );
      const layer = async (fingerprint: string) => {
        const all = await memo(layerAnswers, `${layerKey(target)} ${fingerprint}`, async () =>
          sameForAll(
            await Promise.all(sharing(layerKey).map((other) => ownLayerOf(other, fingerprint))),
          ),
        );
        return all === undefined ? undefined : ownLayerOf(target, fingerprint);
      };
      return [target, { checked: true, code, layer }];
    }),
  );
}

/** The first record, when every function has one of the same zip; else undefined. */
function sameForAll<R extends RecordedPackage>(records: readonly (R | undefined)[]): R | undefined {
  const [first] = records;
  if (first === undefined) return undefined;
  const same = records.every(
    (record) =>
      record !== undefined && record.sha256 === first.sha256 && record.size === first.size,
  );
  return same ? first : undefined;
}

interface FunctionRead {
  readonly found: FunctionState | undefined;
  readonly layer: LambdaLayer | undefined;
}

/**
 * Each function as it is, for its records, up to `maxParallel` at a time. A read that fails
 * skips nothing: the plan reads the function again and says what went wrong.
 */
async function readFunctions(
  targets: readonly FleetTarget[],
  maxParallel: number,
): Promise<Map<FleetTarget, FunctionRead>> {
  const reads = new Map<FleetTarget, FunctionRead>();
  const quiet: Logger = { info: () => undefined, warning: () => undefined };
  for (let at = 0; at < targets.length; at += maxParallel) {
    await Promise.all(
      targets.slice(at, at + maxParallel).map(async (target) => {
        const { config } = target;
        const client = createLambdaClient(config.region, config.requestTimeoutSeconds);
        const lambda = new LambdaFunction(client, config.functionName, config.region, quiet);
        const layer =
          config.layer === undefined
            ? undefined
            : new LambdaLayer(client, config.layer.name, config.region, quiet);
        const found = await lambda.find().catch(() => undefined);
        reads.set(target, { found, layer });
      }),
    );
  }
  return reads;
}
