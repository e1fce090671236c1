import type { S3Client } from '@aws-sdk/client-s3';
import type { Built } from '../plan/built.js';
import type { DeployableCode, SharedUploads, UploadRoute } from '../resources/code/plan.js';
import { planUpload, routeCertain, type UploadPlan } from '../resources/code/upload-route.js';
import type { DeployConfig, PackageSource } from '../inputs.js';
import type { Logger } from '../logger.js';
import type { Phases } from '../phases.js';
import { memo } from '../memo.js';
import { checkDirectoryAhead, preparePackage } from './deployment-package.js';
import { type DeploymentPackage, type RecordedPackage } from './package-contents.js';
import type { InputName } from '../inputs/schema.js';
import type { LayerConfig } from '../inputs/layer.js';
import type { RecordedLayer } from '../resources/layer/fingerprint-record.js';
import { DeployError } from '../errors.js';

/** The function's code, built when it is a zip, and the layer's package; both routed to Lambda. */
export async function buildCode(
  config: DeployConfig,
  baseName: string,
  phases: Phases,
  log: Logger,
  /** Told of the function's package as soon as it is built, before its route is decided. */
  onPackage: (pkg: DeploymentPackage) => void,
  /** Packages already built, by source: many functions from one source build it once. */
  built: PackageCache = newPackageCache(),
  /**
   * Told once every source is checked and the package surely has a way to Lambda: from then
   * on no bad input can fail the build, so AWS may be read while it goes on.
   */
  onChecked: () => void = () => undefined,
  /** The records that let an unchanged tree skip its build (resources' fingerprint-record.ts). */
  skips: BuildSkips = {},
): Promise<Built> {
  let s3: S3Client | undefined;
  // S3 is loaded only by a run whose package goes through it.
  const route = async (plan: UploadPlan): Promise<UploadRoute> => {
    if (plan.kind === 'direct') return plan;
    const { createS3Client } = await import('../aws/s3-package-store.js');
    return {
      ...plan,
      client: (s3 ??= createS3Client(config.region, config.requestTimeoutSeconds)),
      ...(built.uploads === undefined ? {} : { shared: built.uploads }),
    };
  };
  const { code: source, layer } = config;
  // A skip is asked only once every source is checked, so that the reads that answer it wait
  // on no bad input. With a layer to build after the code, its tree is walked first (nothing
  // read or deflated) so that the code's check can be the last one.
  let told = skips.checked === true;
  const tell = (): void => {
    if (told) return;
    told = true;
    onChecked();
  };
  const layerCertain =
    layer === undefined ||
    told ||
    (skips.code === undefined && skips.layer === undefined
      ? false
      : await phases.run(`Check layer ${layer.name}`, () => {
          const largest = checkedSize(layer.source, 'layer-source');
          return Promise.resolve(largest !== undefined && routeCertain(largest, config.s3));
        }));
  const deployable: DeployableCode =
    source.kind === 'image'
      ? source
      : await (async () => {
          const checked = (largest: number) => {
            if (layerCertain && routeCertain(largest, config.s3)) tell();
          };
          const recorded = skips.code;
          const skipWhen =
            recorded === undefined
              ? undefined
              : (fingerprint: string) =>
                  told ? recorded(fingerprint) : Promise.resolve(undefined);
          const { pkg, keyName } = await once(built, source, built.keyName ?? baseName, () =>
            phases.run('Package', () =>
              buildPackage(source, baseName, 'source', log, checked, skipWhen),
            ),
          );
          onPackage(pkg);
          const upload = await route(
            planUpload(pkg, config.s3, keyName, config.extras.codeStorage),
          );
          // A ready zip tells nothing while it is read: its route, now known, is its check.
          if (layerCertain) tell();
          return { kind: 'zip', package: pkg, upload };
        })();
  const layerPackage =
    layer === undefined ? undefined : await buildLayer(layer, () => told, skips.layer);
  return { deployable, layerPackage };

  async function buildLayer(
    layerConfig: LayerConfig,
    mayAsk: () => boolean,
    recorded: ((fingerprint: string) => Promise<RecordedLayer | undefined>) | undefined,
  ): Promise<NonNullable<Built['layerPackage']>> {
    let answer: RecordedLayer | undefined;
    const skipWhen =
      recorded === undefined
        ? undefined
        : async (fingerprint: string) => {
            answer = mayAsk() ? await recorded(fingerprint) : undefined;
            return answer;
          };
    const baseName = `${layerConfig.name}-layer`;
    const { pkg } = await once(built, { layer: layerConfig.source }, baseName, () =>
      phases.run(`Package layer ${layerConfig.name}`, () =>
        buildPackage(layerConfig.source, baseName, 'layer-source', log, undefined, skipWhen),
      ),
    );
    const upload = await route(planUpload(pkg, config.s3, `layers/${layerConfig.name}`));
    if (pkg.byFingerprint !== true) return { pkg, upload };
    // Built once for many functions: each has its own record of the version (its region's).
    answer ??= pkg.fingerprint === undefined ? undefined : await recorded?.(pkg.fingerprint);
    if (answer === undefined) {
      throw new DeployError(
        `Layer ${layerConfig.name}'s tree was not built, but this function records no version holding it; run the deploy again`,
      );
    }
    return { pkg, upload, recorded: answer.version };
  }
}

/** What lets an unchanged tree skip its build; every part optional. */
export interface BuildSkips {
  /**
   * The function's record of the zip a tree of this fingerprint makes, when it runs it
   * (resources/code/fingerprint-record.ts). Asked only once every source is checked.
   */
  readonly code?: ((fingerprint: string) => Promise<RecordedPackage | undefined>) | undefined;
  /** The layer version the function's record names for this layer tree, read and checked. */
  readonly layer?: ((fingerprint: string) => Promise<RecordedLayer | undefined>) | undefined;
  /** Every source was checked already (a fleet checks them all first): ask at once. */
  readonly checked?: boolean;
}

/**
 * The most bytes the zip of `source` can take, from a walk of its tree that reads and
 * deflates nothing; a bad input fails here. Undefined for a ready zip.
 */
export function checkedSize(source: PackageSource, input: InputName): number | undefined {
  // A ready zip is read whole to be checked: nothing to gain from checking it apart.
  return source.kind === 'directory'
    ? checkDirectoryAhead(source, input).largestZipBytes
    : undefined;
}

/**
 * Packages built by their source. `keyName` names the S3 key of the code (`<prefix><keyName>/
 * <sha256>.zip`): the function's name when undefined, the same for all who share it. `uploads`,
 * when set, stages each object once for every function that shares it.
 */
export interface PackageCache {
  readonly packages: Map<
    string,
    Promise<{ readonly pkg: DeploymentPackage; readonly keyName: string }>
  >;
  readonly keyName: string | undefined;
  readonly uploads: SharedUploads | undefined;
}

/** A cache for one function: its packages are its own, keyed by its name. */
export function newPackageCache(): PackageCache {
  return { packages: new Map(), keyName: undefined, uploads: undefined };
}

/**
 * A cache for many functions: one S3 object per distinct package and region, under
 * `<prefix>packages/<sha256>.zip` (a key of no one function), uploaded once.
 */
export function sharedPackageCache(): PackageCache {
  return { packages: new Map(), keyName: 'packages', uploads: new Map() };
}

/** The package of `source`, built by the first to ask for it. */
function once(
  cache: PackageCache,
  source: PackageSource | { readonly layer: PackageSource },
  keyName: string,
  build: () => Promise<DeploymentPackage>,
): Promise<{ readonly pkg: DeploymentPackage; readonly keyName: string }> {
  return memo(cache.packages, JSON.stringify(source), () =>
    build().then((pkg) => ({ pkg, keyName })),
  );
}

/** Builds the zip of a directory, or reads a ready one; `input` names the source in errors. */
async function buildPackage(
  source: PackageSource,
  baseName: string,
  input: InputName,
  log: Logger,
  onChecked?: (largestZipBytes: number) => void,
  skipWhen?: (fingerprint: string) => Promise<RecordedPackage | undefined>,
): Promise<DeploymentPackage> {
  const built = await preparePackage(source, {
    baseName,
    outputDirectory: process.env['RUNNER_TEMP'],
    log,
    input,
    ...(onChecked === undefined ? {} : { onChecked }),
    ...(skipWhen === undefined ? {} : { skipWhen }),
  });
  if (built.byFingerprint !== true) {
    log.info(`Package ${built.path}: ${built.size} bytes, SHA-256 ${built.sha256}`);
  }
  return built;
}
