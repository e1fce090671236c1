import type { S3Client } from '@aws-sdk/client-s3';
import type { Built } from '../plan/built.js';
import type { DeployableCode, SharedUploads, UploadRoute } from '../resources/code/plan.js';
import { planUpload, routeCertain, type UploadPlan } from '../resources/code/upload-route.js';
import type { DeployConfig, PackageSource } from '../inputs.js';
import type { Logger } from '../logger.js';
import type { Phases } from '../phases.js';
import { preparePackage } from './deployment-package.js';
import { type DeploymentPackage, type RecordedPackage } from './package-contents.js';
import type { InputName } from '../inputs/schema.js';

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
  /**
   * The function's record of the zip a tree of this fingerprint makes, when it runs it
   * (resources/code/fingerprint-record.ts). Asked only once onChecked was told, so the
   * reads that answer it are not waiting for this build.
   */
  recorded?: (fingerprint: string) => Promise<RecordedPackage | undefined>,
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
  const deployable: DeployableCode =
    source.kind === 'image'
      ? source
      : await (async () => {
          // With a layer still to build after it, the code's check is not the last one.
          let told = false;
          const checked = (largest: number) => {
            if (layer === undefined && routeCertain(largest, config.s3)) {
              told = true;
              onChecked();
            }
          };
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
          return {
            kind: 'zip',
            package: pkg,
            upload: await route(planUpload(pkg, config.s3, keyName, config.extras.codeStorage)),
          };
        })();
  const layerPackage =
    layer === undefined
      ? undefined
      : await (async () => {
          const { pkg } = await once(built, layer.source, `${layer.name}-layer`, () =>
            phases.run(`Package layer ${layer.name}`, () =>
              buildPackage(layer.source, `${layer.name}-layer`, 'layer-source', log),
            ),
          );
          return { pkg, upload: await route(planUpload(pkg, config.s3, `layers/${layer.name}`)) };
        })();
  return { deployable, layerPackage };
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
  source: PackageSource,
  keyName: string,
  build: () => Promise<DeploymentPackage>,
): Promise<{ readonly pkg: DeploymentPackage; readonly keyName: string }> {
  const key = JSON.stringify(source);
  let entry = cache.packages.get(key);
  if (entry === undefined) {
    entry = build().then((pkg) => ({ pkg, keyName }));
    cache.packages.set(key, entry);
  }
  return entry;
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
