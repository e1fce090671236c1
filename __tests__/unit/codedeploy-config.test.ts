import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseCodeDeploy } from '../../src/inputs/codedeploy.js';
import { configForSteps, shiftSeconds } from '../../src/inputs/codedeploy-config.js';
import { parseRollout } from '../../src/inputs/safe-release.js';
import { appSpecContent } from '../../src/aws/codedeploy-shapes.js';

const ROLE = 'arn:aws:iam::123456789012:role/codedeploy-lambda';

function parse(inputs: Record<string, string>) {
  const read = (name: string) => inputs[name] ?? '';
  const alias = inputs['alias'] === undefined ? undefined : inputs['alias'];
  return parseCodeDeploy(read, alias, parseRollout(read, alias));
}

const ENGINE = {
  alias: 'live',
  'rollout-engine': 'codedeploy',
  'codedeploy-application': 'orders',
  'codedeploy-deployment-group': 'orders-live',
};

function refusal(work: () => unknown): InputError {
  try {
    work();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no InputError');
}

describe('the deployment config traffic and traffic-interval map onto', () => {
  it.each([
    [[100], 300, 'CodeDeployDefault.LambdaAllAtOnce', { type: 'AllAtOnce' }],
    [
      [10, 100],
      300,
      'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      { type: 'TimeBasedCanary', percentage: 10, intervalMinutes: 5 },
    ],
    [
      [10, 100],
      1800,
      'CodeDeployDefault.LambdaCanary10Percent30Minutes',
      { type: 'TimeBasedCanary', percentage: 10, intervalMinutes: 30 },
    ],
    [
      [25, 100],
      420,
      'lambda-deploy-Canary25Percent7Minutes',
      { type: 'TimeBasedCanary', percentage: 25, intervalMinutes: 7 },
    ],
    [
      [10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
      60,
      'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
      { type: 'TimeBasedLinear', percentage: 10, intervalMinutes: 1 },
    ],
    [
      [10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
      600,
      'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes',
      { type: 'TimeBasedLinear', percentage: 10, intervalMinutes: 10 },
    ],
    [
      [25, 50, 75, 100],
      120,
      'lambda-deploy-Linear25PercentEvery2Minutes',
      { type: 'TimeBasedLinear', percentage: 25, intervalMinutes: 2 },
    ],
    [
      [30, 60, 90, 100],
      60,
      'lambda-deploy-Linear30PercentEvery1Minutes',
      { type: 'TimeBasedLinear', percentage: 30, intervalMinutes: 1 },
    ],
  ])('%j every %is is %s', (steps, interval, name, routing) => {
    expect(configForSteps(steps, interval, steps.join(','))).toEqual({
      name,
      routing,
      predefined: name.startsWith('CodeDeployDefault.'),
    });
  });

  it.each([
    [[10], 300, 'traffic', "'10' does not end at 100"],
    [[10, 50], 300, 'traffic', "'10,50' does not end at 100"],
    [[10, 50, 100], 300, 'traffic', "'10,50,100' maps onto no CodeDeploy config"],
    [[20, 40, 100], 300, 'traffic', 'maps onto no CodeDeploy config'],
    [[10, 100], 90, 'traffic-interval', "'90s' is not whole minutes"],
  ])('%j every %is is refused, naming %s', (steps, interval, input, says) => {
    const error = refusal(() => configForSteps(steps, interval, steps.join(',')));
    expect(error.input).toBe(input);
    expect(error.message).toContain(says);
  });

  it('how long the whole shift takes', () => {
    expect(shiftSeconds({ type: 'AllAtOnce' })).toBe(0);
    expect(shiftSeconds({ type: 'TimeBasedCanary', percentage: 10, intervalMinutes: 5 })).toBe(300);
    expect(shiftSeconds({ type: 'TimeBasedLinear', percentage: 10, intervalMinutes: 1 })).toBe(540);
  });
});

describe('the CodeDeploy inputs', () => {
  it('rollout-engine action (the default) refuses every CodeDeploy input', () => {
    expect(parse({ alias: 'live' })).toBeUndefined();
    for (const input of [
      'codedeploy-application',
      'codedeploy-config',
      'before-traffic-hook',
      'rollout-timeout',
    ]) {
      const error = refusal(() => parse({ alias: 'live', [input]: 'x' }));
      expect(error.input).toBe(input);
      expect(error.message).toContain('applies only with rollout-engine: codedeploy');
    }
    expect(refusal(() => parse({ 'wait-for-rollout': 'false' })).input).toBe('wait-for-rollout');
  });

  it('codedeploy needs an alias, the application and the group', () => {
    expect(refusal(() => parse({ ...ENGINE, alias: undefined as unknown as string })).input).toBe(
      'rollout-engine',
    );
    expect(refusal(() => parse({ ...ENGINE, 'codedeploy-application': '' })).input).toBe(
      'codedeploy-application',
    );
    expect(refusal(() => parse({ ...ENGINE, 'codedeploy-deployment-group': '' })).input).toBe(
      'codedeploy-deployment-group',
    );
  });

  it('takes a named config, or the one traffic maps onto, never both', () => {
    expect(
      parse({
        ...ENGINE,
        'codedeploy-config': 'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes',
      })?.config,
    ).toEqual({
      kind: 'named',
      name: 'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes',
    });
    const both = refusal(() =>
      parse({ ...ENGINE, 'codedeploy-config': 'mine', traffic: '10,100' }),
    );
    expect(both.input).toBe('codedeploy-config');
    expect(both.message).toContain("and traffic '10,100' both say how the traffic moves");
    expect(
      parse({ ...ENGINE, traffic: '10,100', 'traffic-interval': '15m' })?.config,
    ).toMatchObject({
      kind: 'shaped',
      name: 'CodeDeployDefault.LambdaCanary10Percent15Minutes',
    });
  });

  it('reads the role, the hooks, wait-for-rollout and rollout-timeout', () => {
    expect(
      parse({
        ...ENGINE,
        'codedeploy-service-role': ROLE,
        'before-traffic-hook': 'orders-pre',
        'after-traffic-hook': 'orders-post',
        'rollout-timeout': '900',
      }),
    ).toMatchObject({
      serviceRole: ROLE,
      wait: true,
      timeoutSeconds: 900,
      hooks: { beforeAllowTraffic: 'orders-pre', afterAllowTraffic: 'orders-post' },
    });
    expect(refusal(() => parse({ ...ENGINE, 'codedeploy-service-role': 'codedeploy' })).input).toBe(
      'codedeploy-service-role',
    );
    expect(
      refusal(() => parse({ ...ENGINE, 'wait-for-rollout': 'false', 'rollout-timeout': '60' }))
        .input,
    ).toBe('rollout-timeout');
    expect(refusal(() => parse({ ...ENGINE, 'smoke-test-after': 'true' })).input).toBe(
      'smoke-test-after',
    );
  });
});

describe('the AppSpec content', () => {
  it("is CodeDeploy's Lambda AppSpec: the function, alias, versions and hooks", () => {
    expect(
      JSON.parse(
        appSpecContent({
          functionName: 'orders-api',
          alias: 'live',
          currentVersion: '1',
          targetVersion: '2',
          beforeAllowTraffic: 'orders-pre',
          afterAllowTraffic: undefined,
        }),
      ),
    ).toEqual({
      version: 0,
      Resources: [
        {
          ordersapi: {
            Type: 'AWS::Lambda::Function',
            Properties: {
              Name: 'orders-api',
              Alias: 'live',
              CurrentVersion: '1',
              TargetVersion: '2',
            },
          },
        },
      ],
      Hooks: [{ BeforeAllowTraffic: 'orders-pre' }],
    });
  });
});
