// The plan's checks of what guards a release, through planDeploy as a run makes it: the
// alarms (state and what they watch) and the triggers that bypass the release, as the plan
// JSON, the log's lines and warnings show them, and the refusals before any change.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AlarmDefinition } from '../../../src/aws/cloudwatch-alarms.js';
import type { AliasState } from '../../../src/aws/lambda-release-shapes.js';
import type { TriggersRead } from '../../../src/aws/lambda-triggers.js';
import type { DeploymentPackage } from '../../../src/package/package-contents.js';
import { planDeploy, type BuiltCode, type DeployPlan } from '../../../src/plan/deploy-plan.js';
import { configurationSignature } from '../../../src/resources/versions/plan.js';
import { type DeployState } from '../../../src/plan/deploy-state.js';
import { planJson, planLines, planWarnings } from '../../../src/plan/plan-output.js';
import { asInputError, thrownBy } from '../helpers/errors.js';
import { FUNCTION_ARN } from '../helpers/lambda.js';
import { deployConfig, functionState } from '../helpers/plan-fixtures.js';

const NEW_SHA256 = createHash('sha256').update('new code').digest('base64');
const PACKAGE: DeploymentPackage = {
  path: '/home/runner/work/_temp/orders-api.zip',
  size: 8,
  sha256: NEW_SHA256,
  contents: { fileCount: 1, unzippedSize: 8 },
};
const ZIP: BuiltCode = {
  code: { kind: 'zip', package: PACKAGE, upload: { kind: 'direct' } },
  layer: undefined,
};
const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders-queue';

const live = (version: string, weights: Record<string, number> = {}): AliasState => ({
  name: 'live',
  arn: `${FUNCTION_ARN}:live`,
  version,
  weights,
  revisionId: 'alias-rev-1',
});

const alarm = (state: string, dimensions: Record<string, string>): AlarmDefinition => ({
  state,
  metrics: [{ namespace: 'AWS/Lambda', dimensions }],
});

const NO_TRIGGERS: TriggersRead = { mappings: [], statements: [], denied: [] };
const SQS_ON_LATEST: TriggersRead = {
  mappings: [
    { uuid: 'uuid-1', eventSourceArn: QUEUE, functionArn: FUNCTION_ARN, state: 'Enabled' },
  ],
  statements: [],
  denied: [],
};

/** Alias live on version 3; the function runs other code, so a version is published. */
function state(read: Partial<DeployState> = {}): DeployState {
  return {
    function: functionState(),
    layerNewest: undefined,
    alias: live('3'),
    versions: [],
    url: undefined,
    statementIds: new Set(),
    alarms: new Map(),
    ...read,
  };
}

function planOf(inputs: Record<string, string>, read: Partial<DeployState> = {}): DeployPlan {
  return planDeploy(deployConfig(inputs), state(read), ZIP);
}

const STEPS = { alias: 'live', traffic: '10,50,100', 'traffic-interval': '1m' };

describe('alarms checked when the run plans', () => {
  it('shows each alarm with its state and what it watches, in the JSON and the log', () => {
    const plan = planOf(
      { ...STEPS, alarms: 'orders-errors\norders-canary\nbilling-errors\napi-5xx' },
      {
        alarms: new Map([
          ['orders-errors', alarm('OK', { FunctionName: 'orders-api' })],
          ['orders-canary', alarm('INSUFFICIENT_DATA', { Resource: 'orders-api:live' })],
          ['billing-errors', alarm('OK', { FunctionName: 'billing-worker' })],
          ['api-5xx', { state: 'OK', metrics: [{ namespace: 'AWS/ApiGateway', dimensions: {} }] }],
        ]),
      },
    );
    const json = planJson(plan);
    expect(json.traffic).toEqual({
      steps: [10, 50, 100],
      interval: 60,
      alarms: [
        { name: 'orders-errors', state: 'OK', watches: 'function' },
        { name: 'orders-canary', state: 'INSUFFICIENT_DATA', watches: 'alias' },
        {
          name: 'billing-errors',
          state: 'OK',
          watches: 'not this release',
          reason: "its FunctionName is 'billing-worker', not 'orders-api'",
        },
        {
          name: 'api-5xx',
          state: 'OK',
          watches: 'unknown',
          reason: 'its metric is in AWS/ApiGateway: only AWS/Lambda is checked',
        },
      ],
    });
    expect(planLines(json)).toContain(
      'Traffic: 10 % -> 50 % -> 100 %, each step but the last held 60.0 s; alarms watched: ' +
        'orders-errors (OK, watches the function), orders-canary (INSUFFICIENT_DATA, watches the alias), ' +
        'billing-errors (OK, not this release), api-5xx (OK, cannot be judged)',
    );
    expect(planWarnings(plan)).toEqual([
      expect.stringMatching(/^Alarm 'orders-canary' is INSUFFICIENT_DATA: it guards nothing/),
      expect.stringMatching(
        /^Alarm 'billing-errors' is not watching this release: its FunctionName is 'billing-worker'/,
      ),
    ]);
  });

  it('refuses the rollout when an alarm is in ALARM, in a dry run too', () => {
    for (const dryRun of ['false', 'true']) {
      const error = asInputError(
        thrownBy(() =>
          planOf(
            { ...STEPS, alarms: 'orders-errors', 'dry-run': dryRun },
            {
              alarms: new Map([['orders-errors', alarm('ALARM', { FunctionName: 'orders-api' })]]),
            },
          ),
        ),
      );
      expect(error.input).toBe('alarms');
      expect(error.message).toContain("alarm 'orders-errors' is in ALARM now");
      expect(error.message).toContain('nothing was changed');
    }
  });

  it('refuses a canary (one step) watched by an alarm in ALARM, and a promotion of the version reused', () => {
    const firing = { alarms: new Map([['orders-errors', alarm('ALARM', {})]]) };
    expect(() => planOf({ alias: 'live', traffic: '10', alarms: 'orders-errors' }, firing)).toThrow(
      /in ALARM now/,
    );
    const running = functionState({ CodeSha256: NEW_SHA256 });
    expect(() =>
      planOf(
        { alias: 'live', alarms: 'orders-errors' },
        {
          ...firing,
          function: running,
          alias: live('3', { '4': 0.1 }),
          versions: [
            {
              version: '4',
              arn: `${FUNCTION_ARN}:4`,
              codeSha256: NEW_SHA256,
              signature: configurationSignature(running),
            },
          ],
        },
      ),
    ).toThrow(/in ALARM now/);
  });

  it('does not refuse nor warn when no traffic steps: the alias is created at 100 %', () => {
    const firing = {
      alarms: new Map([['orders-errors', alarm('ALARM', { FunctionName: 'other' })]]),
    };
    const plan = planOf(
      { alias: 'live', alarms: 'orders-errors' },
      { ...firing, alias: undefined },
    );
    expect(plan.release.rollout?.moves).toBe(false);
    expect(planJson(plan).traffic?.alarms).toEqual([
      expect.objectContaining({ name: 'orders-errors', state: 'ALARM' }),
    ]);
    expect(planWarnings(plan)).toEqual([]);
  });
});

describe('triggers that bypass the release', () => {
  it('lists an SQS mapping on $LATEST in the JSON and the log, and warns naming the queue', () => {
    const plan = planOf({ alias: 'live', traffic: '10' }, { triggers: SQS_ON_LATEST });
    const json = planJson(plan);
    expect(json.triggers).toEqual([
      {
        kind: 'event-source-mapping',
        uuid: 'uuid-1',
        source: QUEUE,
        target: '$LATEST',
        state: 'Enabled',
      },
    ]);
    expect(planLines(json)).toContain(
      `Triggers that bypass the release: event source mapping from ${QUEUE} (Enabled) on $LATEST`,
    );
    expect(planWarnings(plan)).toEqual([
      `Event source mapping from ${QUEUE} (Enabled) invokes $LATEST, not alias 'live' ($LATEST ` +
        'runs the new code as soon as it is updated): its events bypass the canary (10 %).',
    ]);
  });

  it('says none were found when the check ran and found none', () => {
    const json = planJson(planOf({ alias: 'live', traffic: '10' }, { triggers: NO_TRIGGERS }));
    expect(json.triggers).toEqual([]);
    expect(planLines(json)).toContain('Triggers that bypass the release: none');
  });

  it('has no triggers key when they were not read (traffic 100, no smoke test)', () => {
    const json = planJson(planOf({ alias: 'live' }));
    expect(Object.keys(json)).not.toContain('triggers');
    expect(planLines(json).join('\n')).not.toContain('Triggers');
  });

  it('refuses the release with trigger-check: fail, naming the queue', () => {
    const error = asInputError(
      thrownBy(() =>
        planOf(
          { alias: 'live', traffic: '10', 'trigger-check': 'fail' },
          { triggers: SQS_ON_LATEST },
        ),
      ),
    );
    expect(error.input).toBe('trigger-check');
    expect(error.message).toContain(QUEUE);
    expect(error.message).toContain('Nothing was changed');
  });

  it('warns, and says in the plan, when a listing was denied; fail refuses it', () => {
    const denied: TriggersRead = { ...NO_TRIGGERS, denied: ['lambda:GetPolicy'] };
    const plan = planOf({ alias: 'live', traffic: '10' }, { triggers: denied });
    const json = planJson(plan);
    expect(json.triggers).toEqual([]);
    expect(json.triggersNotChecked).toEqual(['lambda:GetPolicy']);
    expect(planLines(json)).toContain(
      'Triggers that bypass the release: none (not checked, denied: lambda:GetPolicy)',
    );
    expect(planWarnings(plan)).toEqual([
      expect.stringMatching(
        /^The triggers that may bypass the canary \(10 %\) were not all checked/,
      ),
    ]);
    const error = asInputError(
      thrownBy(() =>
        planOf({ alias: 'live', traffic: '10', 'trigger-check': 'fail' }, { triggers: denied }),
      ),
    );
    expect(error.message).toContain('fail refuses a release it cannot check');
  });

  it('lets trigger-check: fail through when nothing is found', () => {
    expect(() =>
      planOf({ alias: 'live', traffic: '10', 'trigger-check': 'fail' }, { triggers: NO_TRIGGERS }),
    ).not.toThrow();
  });

  it('checks nothing when the run releases nothing (the alias already routes to this code)', () => {
    const running = functionState({ CodeSha256: NEW_SHA256 });
    const plan = planOf(
      { alias: 'live', traffic: '10', 'trigger-check': 'fail' },
      {
        function: running,
        alias: live('3', { '4': 0.1 }),
        versions: [
          {
            version: '4',
            arn: `${FUNCTION_ARN}:4`,
            codeSha256: NEW_SHA256,
            signature: configurationSignature(running),
          },
        ],
        triggers: SQS_ON_LATEST,
      },
    );
    expect(plan.release.alias?.action).toBe('keep');
    expect(plan.triggers).toBeUndefined();
    expect(planWarnings(plan)).toEqual([]);
  });
});
