import { type PublishedVersion } from '../aws/lambda-release-shapes.js';
import type { DeployConfig } from '../inputs.js';
import type { Logger } from '../logger.js';

import type { Phases } from '../phases.js';
import type { DeployPlan } from '../plan/deploy-plan.js';

import { type CodeUpdateResult } from '../resources/code/apply.js';
import { type ConfigurationResult } from '../resources/configuration/apply.js';

import { type LayerResult } from '../resources/layer/apply.js';

import type { RolloutGuard } from './rollout/guard.js';
import type { SaveRollout } from './rollout/lane.js';

import { type Built } from '../plan/built.js';
import { type Apis } from '../plan/deploy-state.js';

/** A run with its plan: everything applying it needs. */
export interface PlannedRun {
  readonly plan: DeployPlan;
  readonly apis: Apis;
  readonly built: Built;
  readonly config: DeployConfig;
  readonly phases: Phases;
  readonly log: Logger;
  /** Watches for a cancelled job while traffic moves (rollout/guard.ts). */
  readonly guard?: RolloutGuard | undefined;
  /** Told of every move while traffic moves, for the post step (apply/rollout/saved-state.ts). */
  readonly save?: SaveRollout | undefined;
}

/** A run applied up to the traffic: the function changed, the version published and tried. */
export interface Prepared {
  readonly run: PlannedRun;
  readonly layer: LayerResult | undefined;
  readonly changed: { configured: ConfigurationResult | undefined; code: CodeUpdateResult };
  /** The version to route to, Active and tested; undefined when nothing is published. */
  readonly version: PublishedVersion | undefined;
  readonly smokeTest: 'passed' | undefined;
}
