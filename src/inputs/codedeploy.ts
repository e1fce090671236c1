// rollout-engine and the CodeDeploy inputs: which application, group and config a
// CodeDeploy rollout uses, its hooks, and whether the step follows it to its end.
import { InputError } from '../errors.js';
import { configForSteps, type ShapedConfig } from './codedeploy-config.js';
import type { Rollout } from './safe-release.js';
import type { InputName } from './schema.js';
import { parseBoolean, parseChoice, parseInteger, type ReadInput } from './values.js';

export type RolloutEngine = 'action' | 'codedeploy';

export type DeploymentConfigChoice =
  { readonly kind: 'named'; readonly name: string } | ({ readonly kind: 'shaped' } & ShapedConfig);

export interface CodeDeployRollout {
  readonly application: string;
  readonly group: string;
  /** Lets the step create a missing application and group. */
  readonly serviceRole: string | undefined;
  readonly config: DeploymentConfigChoice;
  /** wait-for-rollout. */
  readonly wait: boolean;
  /** rollout-timeout; undefined: the shift plus wait-timeout. */
  readonly timeoutSeconds: number | undefined;
  readonly hooks: {
    readonly beforeAllowTraffic: string | undefined;
    readonly afterAllowTraffic: string | undefined;
  };
}

/** CodeDeploy's names: 1 to 100 characters. */
const NAME = /^[A-Za-z0-9._+\-@]{1,100}$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const FUNCTION = /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,64}$/;

const CODEDEPLOY_ONLY: readonly InputName[] = [
  'codedeploy-application',
  'codedeploy-deployment-group',
  'codedeploy-service-role',
  'codedeploy-config',
  'rollout-timeout',
  'before-traffic-hook',
  'after-traffic-hook',
];

/** The CodeDeploy rollout the inputs ask for; undefined with rollout-engine: action. */
export function parseCodeDeploy(
  read: ReadInput,
  alias: string | undefined,
  rollout: Rollout,
): CodeDeployRollout | undefined {
  const engine = parseChoice(
    'rollout-engine',
    read('rollout-engine'),
    ['action', 'codedeploy'] as const,
    'action',
  );
  const wait = parseBoolean('wait-for-rollout', read('wait-for-rollout'), true);
  if (engine === 'action') {
    for (const input of CODEDEPLOY_ONLY) {
      if (read(input) !== '') {
        throw new InputError(input, 'applies only with rollout-engine: codedeploy');
      }
    }
    if (!wait)
      throw new InputError('wait-for-rollout', 'applies only with rollout-engine: codedeploy');
    return undefined;
  }
  if (alias === undefined) {
    throw new InputError(
      'rollout-engine',
      'codedeploy shifts an alias between two versions: set alias',
    );
  }
  if (read('smoke-test-after') === 'true') {
    throw new InputError(
      'smoke-test-after',
      'runs in the step once the alias is at 100 %; with rollout-engine: codedeploy, use after-traffic-hook',
    );
  }
  return {
    application: parseName('codedeploy-application', read('codedeploy-application')),
    group: parseName('codedeploy-deployment-group', read('codedeploy-deployment-group')),
    serviceRole: parseRole(read('codedeploy-service-role')),
    config: parseConfig(read, rollout),
    wait,
    timeoutSeconds: parseTimeout(read('rollout-timeout'), wait),
    hooks: {
      beforeAllowTraffic: parseHook('before-traffic-hook', read('before-traffic-hook')),
      afterAllowTraffic: parseHook('after-traffic-hook', read('after-traffic-hook')),
    },
  };
}

function parseName(input: InputName, value: string): string {
  if (value === '') throw new InputError(input, 'is required with rollout-engine: codedeploy');
  if (!NAME.test(value)) {
    throw new InputError(
      input,
      `'${value}' is not a CodeDeploy name (1 to 100 letters, digits, . _ + - @)`,
    );
  }
  return value;
}

function parseRole(value: string): string | undefined {
  if (value === '') return undefined;
  if (!ROLE_ARN.test(value)) {
    throw new InputError(
      'codedeploy-service-role',
      `'${value}' is not an IAM role ARN (arn:aws:iam::123456789012:role/name)`,
    );
  }
  return value;
}

function parseHook(input: InputName, value: string): string | undefined {
  if (value === '') return undefined;
  if (!FUNCTION.test(value)) {
    throw new InputError(input, `'${value}' is not a Lambda function name or ARN`);
  }
  return value;
}

function parseTimeout(value: string, wait: boolean): number | undefined {
  if (value === '') return undefined;
  if (!wait) {
    throw new InputError(
      'rollout-timeout',
      'bounds the wait of wait-for-rollout: true; with false the step does not wait',
    );
  }
  return parseInteger('rollout-timeout', value, {
    min: 1,
    max: 21_600,
    fallback: 3_600,
    unit: 'seconds',
  });
}

/** codedeploy-config, or the config traffic and traffic-interval map onto: never both. */
function parseConfig(read: ReadInput, rollout: Rollout): DeploymentConfigChoice {
  const named = read('codedeploy-config');
  const traffic = read('traffic');
  const stepped = rollout.steps.length > 1 || (rollout.steps[0] ?? 100) < 100;
  if (named !== '') {
    if (stepped || read('traffic-interval') !== '') {
      throw new InputError(
        'codedeploy-config',
        `and traffic '${traffic}' both say how the traffic moves: give one of them`,
      );
    }
    if (!NAME.test(named)) {
      throw new InputError(
        'codedeploy-config',
        `'${named}' is not a CodeDeploy deployment config name`,
      );
    }
    return { kind: 'named', name: named };
  }
  return { kind: 'shaped', ...configForSteps(rollout.steps, rollout.intervalSeconds, traffic) };
}
