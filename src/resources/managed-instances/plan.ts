// Lambda Managed Instances: a function on a capacity provider. Its versions start execution
// environments before they can serve, so the release waits until the version is Active (as
// for every version); scaling-config is put on the version released, before any traffic.
// Without a numbered version (no alias, no publish), what unqualified invokes reach is
// $LATEST.PUBLISHED, so a change, or a $LATEST.PUBLISHED that lags behind $LATEST (a run
// that failed before republishing), is republished there (PublishTo LATEST_PUBLISHED).
import type { FunctionState } from '../../aws/function-state.js';
import type { LambdaExtras } from '../../aws/lambda-extras.js';
import { InputError } from '../../errors.js';
import type { FunctionSettings, ScalingSetting } from '../../inputs.js';
import { NEW_VERSION } from '../versions/plan.js';

/** What unqualified invokes of a Managed Instances function reach. */
export const LATEST_PUBLISHED = '$LATEST.PUBLISHED';

export interface ManagedInstancesPlan {
  /** Republish $LATEST.PUBLISHED after the code and settings (no numbered version is made). */
  readonly publishLatest: boolean;
  /** scaling-config to put, and on what: NEW_VERSION, a version, or $LATEST.PUBLISHED. */
  readonly scaling:
    | {
        readonly qualifier: string;
        readonly config: ScalingSetting;
        /** As read on that qualifier; undefined for a new version or none set. */
        readonly from: ScalingSetting | undefined;
      }
    | undefined;
}

/** The scaling configs read, by qualifier (a version, or $LATEST.PUBLISHED). */
export type ScalingRead = ReadonlyMap<string, ScalingSetting | undefined>;

export function onCapacityProvider(
  found: FunctionState | undefined,
  settings: Pick<FunctionSettings, 'capacityProvider'>,
): boolean {
  return (
    settings.capacityProvider !== undefined ||
    found?.configuration.CapacityProviderConfig !== undefined
  );
}

/** Reads the scaling config of each qualifier the release may put it on; only when set. */
export async function readScaling(
  extras: LambdaExtras,
  found: FunctionState,
  settings: Pick<FunctionSettings, 'capacityProvider' | 'scaling'>,
  qualifiers: readonly string[],
): Promise<ScalingRead | undefined> {
  if (settings.scaling === undefined || !onCapacityProvider(found, settings)) return undefined;
  const read = new Map<string, ScalingSetting | undefined>();
  for (const qualifier of qualifiers) {
    const config = await extras.scalingConfig(qualifier);
    read.set(
      qualifier,
      config === undefined
        ? undefined
        : {
            ...(config.MinExecutionEnvironments === undefined
              ? {}
              : { MinExecutionEnvironments: config.MinExecutionEnvironments }),
            ...(config.MaxExecutionEnvironments === undefined
              ? {}
              : { MaxExecutionEnvironments: config.MaxExecutionEnvironments }),
          },
    );
  }
  return read;
}

export function planManagedInstances(options: {
  readonly settings: Pick<FunctionSettings, 'capacityProvider' | 'scaling'>;
  readonly found: FunctionState | undefined;
  /** The release publishes a numbered version (alias or publish). */
  readonly publishes: boolean;
  /** The version the release routes: NEW_VERSION or one that holds this code already. */
  readonly target: string;
  /** The function is created, its code or settings change, or $LATEST.PUBLISHED lags behind. */
  readonly changes: boolean;
  readonly read: ScalingRead | undefined;
}): ManagedInstancesPlan | undefined {
  const { settings, found, publishes, target, changes, read } = options;
  if (!onCapacityProvider(found, settings)) {
    if (settings.scaling === undefined) return undefined;
    throw new InputError(
      'scaling-config',
      `applies to Lambda Managed Instances only, and function '${found?.name ?? ''}' has no capacity provider: set capacity-provider-config`,
    );
  }
  const publishLatest = !publishes && changes;
  const wanted = settings.scaling;
  if (wanted === undefined) return { publishLatest, scaling: undefined };
  const qualifier = publishes ? target : LATEST_PUBLISHED;
  const from = qualifier === NEW_VERSION ? undefined : read?.get(qualifier);
  const same =
    from !== undefined &&
    Object.entries(wanted).every(([key, value]) => from[key as keyof ScalingSetting] === value);
  return { publishLatest, scaling: same ? undefined : { qualifier, config: wanted, from } };
}

/** {"MinExecutionEnvironments":1,...}, or none. */
export function scalingText(config: ScalingSetting | undefined): string {
  return config === undefined || Object.keys(config).length === 0 ? 'none' : JSON.stringify(config);
}
