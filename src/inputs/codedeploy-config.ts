// Which CodeDeploy deployment config a rollout's traffic steps are: CodeDeploy's Lambda
// configs shift all at once, as a canary (one share, then the rest after N minutes) or
// linearly (the same share every N minutes). Steps of any other shape map onto none.
import { InputError } from '../errors.js';

/** CodeDeploy's TrafficRoutingConfig for the Lambda compute platform, in its own terms. */
export type TrafficRouting =
  | { readonly type: 'AllAtOnce' }
  | {
      readonly type: 'TimeBasedCanary' | 'TimeBasedLinear';
      /** The share shifted first (canary) or at every interval (linear), 1 to 99. */
      readonly percentage: number;
      readonly intervalMinutes: number;
    };

/** A config named by its routing: CodeDeploy's own when one has that shape, else ours. */
export interface ShapedConfig {
  readonly name: string;
  readonly routing: TrafficRouting;
  /** True for a CodeDeployDefault config, which always exists. */
  readonly predefined: boolean;
}

/** CodeDeploy's predefined Lambda configs. */
const CANARY_MINUTES = [5, 10, 15, 30];
const LINEAR_MINUTES = [1, 2, 3, 10];

/** The prefix of the configs the action creates. */
export const CUSTOM_PREFIX = 'lambda-deploy-';

/**
 * The config `steps` (percent, rising, ending at 100) held `intervalSeconds` each map onto;
 * refuses, naming the input, steps CodeDeploy cannot shift.
 */
export function configForSteps(
  steps: readonly number[],
  intervalSeconds: number,
  traffic: string,
): ShapedConfig {
  const first = steps[0] ?? 100;
  if (steps.length === 1 && first === 100) {
    return {
      name: 'CodeDeployDefault.LambdaAllAtOnce',
      routing: { type: 'AllAtOnce' },
      predefined: true,
    };
  }
  if (steps.at(-1) !== 100) {
    throw new InputError(
      'traffic',
      `'${traffic}' does not end at 100: a CodeDeploy deployment always ends with all the traffic on the new version (such as 10,100)`,
    );
  }
  if (intervalSeconds % 60 !== 0) {
    throw new InputError(
      'traffic-interval',
      `'${formatInterval(intervalSeconds)}' is not whole minutes: CodeDeploy's canary and linear configs shift every N minutes`,
    );
  }
  const minutes = intervalSeconds / 60;
  if (steps.length === 2) {
    const predefined = first === 10 && CANARY_MINUTES.includes(minutes);
    return {
      name: predefined
        ? `CodeDeployDefault.LambdaCanary10Percent${minutes}Minutes`
        : `${CUSTOM_PREFIX}Canary${first}Percent${minutes}Minutes`,
      routing: { type: 'TimeBasedCanary', percentage: first, intervalMinutes: minutes },
      predefined,
    };
  }
  if (isLinear(steps)) {
    const predefined = first === 10 && LINEAR_MINUTES.includes(minutes);
    return {
      name: predefined
        ? `CodeDeployDefault.LambdaLinear10PercentEvery${minutes}Minute${minutes === 1 ? '' : 's'}`
        : `${CUSTOM_PREFIX}Linear${first}PercentEvery${minutes}Minutes`,
      routing: { type: 'TimeBasedLinear', percentage: first, intervalMinutes: minutes },
      predefined,
    };
  }
  throw new InputError(
    'traffic',
    `'${traffic}' maps onto no CodeDeploy config: a canary is one share then 100 (such as 10,100), ` +
      'a linear shift rises by the same share each time (such as 25,50,75,100); or name a config with codedeploy-config',
  );
}

/** 20,40,60,80,100 and 30,60,90,100: each step one more share, the last capped at 100. */
function isLinear(steps: readonly number[]): boolean {
  const share = steps[0] ?? 100;
  if (steps.length !== Math.ceil(100 / share)) return false;
  return steps.every((step, at) => step === Math.min(100, share * (at + 1)));
}

/** How long the whole shift of `routing` takes, in seconds. */
export function shiftSeconds(routing: TrafficRouting): number {
  if (routing.type === 'AllAtOnce') return 0;
  const waits = routing.type === 'TimeBasedCanary' ? 1 : Math.ceil(100 / routing.percentage) - 1;
  return waits * routing.intervalMinutes * 60;
}

/** "10 % then the rest after 5 min", for the plan. */
export function routingSentence(routing: TrafficRouting): string {
  switch (routing.type) {
    case 'AllAtOnce':
      return 'all at once';
    case 'TimeBasedCanary':
      return `canary: ${routing.percentage} %, the rest after ${routing.intervalMinutes} min`;
    case 'TimeBasedLinear':
      return `linear: ${routing.percentage} % more every ${routing.intervalMinutes} min`;
  }
}

function formatInterval(seconds: number): string {
  return `${seconds}s`;
}
