// The alarms a rollout watches, judged from what DescribeAlarms said: literals in, judgments
// and messages out, with no client.
import { describe, expect, it } from 'vitest';
import type { AlarmDefinition, AlarmMetric } from '../../../src/aws/cloudwatch-alarms.js';
import {
  alarmWarnings,
  checkAlarms,
  judgeAlarm,
  refuseFiringAlarms,
  type AlarmCheck,
  type AlarmWatch,
  type ReleaseTarget,
} from '../../../src/plan/alarm-check.js';
import { asInputError, thrownBy } from '../helpers/errors.js';

/** Alias live routes version 3 (90 %) and 4 (10 %); this run publishes a new version. */
const PUBLISHING: ReleaseTarget = {
  functionName: 'orders-api',
  alias: 'live',
  version: undefined,
  existingVersions: ['3', '4'],
};
/** This run releases version 4, which exists already. */
const REUSING: ReleaseTarget = { ...PUBLISHING, version: '4' };

const lambda = (dimensions: Record<string, string>): AlarmMetric => ({
  namespace: 'AWS/Lambda',
  dimensions,
});
const metricAlarm = (...metrics: AlarmMetric[]): AlarmDefinition => ({ state: 'OK', metrics });

describe('judgeAlarm: what an alarm watches of the release', () => {
  const rows: [string, AlarmDefinition, ReleaseTarget, AlarmWatch, RegExp | undefined][] = [
    [
      'FunctionName of the function: every version',
      metricAlarm(lambda({ FunctionName: 'orders-api' })),
      PUBLISHING,
      'function',
      undefined,
    ],
    [
      'FunctionName of another function',
      metricAlarm(lambda({ FunctionName: 'billing-worker' })),
      PUBLISHING,
      'not this release',
      /FunctionName is 'billing-worker', not 'orders-api'/,
    ],
    [
      'Resource name:alias, with its FunctionName',
      metricAlarm(lambda({ FunctionName: 'orders-api', Resource: 'orders-api:live' })),
      PUBLISHING,
      'alias',
      undefined,
    ],
    [
      'Resource of the unqualified function',
      metricAlarm(lambda({ Resource: 'orders-api' })),
      PUBLISHING,
      'function',
      undefined,
    ],
    [
      'Resource of another alias',
      metricAlarm(lambda({ FunctionName: 'orders-api', Resource: 'orders-api:staging' })),
      PUBLISHING,
      'not this release',
      /alias 'staging', not 'live'/,
    ],
    [
      "Resource of another function's alias",
      metricAlarm(lambda({ Resource: 'billing-worker:live' })),
      PUBLISHING,
      'not this release',
      /Resource is 'billing-worker:live', not function 'orders-api'/,
    ],
    [
      'ExecutedVersion of the version reused',
      metricAlarm(lambda({ FunctionName: 'orders-api', ExecutedVersion: '4' })),
      REUSING,
      'version',
      undefined,
    ],
    [
      'Resource name:version of the version reused',
      metricAlarm(lambda({ Resource: 'orders-api:4' })),
      REUSING,
      'version',
      undefined,
    ],
    [
      'ExecutedVersion of another version than the one reused',
      metricAlarm(lambda({ ExecutedVersion: '3' })),
      REUSING,
      'not this release',
      /ExecutedVersion is '3', and this run releases version 4/,
    ],
    [
      'ExecutedVersion of a version that exists, when a new one is published',
      metricAlarm(lambda({ FunctionName: 'orders-api', ExecutedVersion: '3' })),
      PUBLISHING,
      'not this release',
      /'3', a version that exists already; this run publishes a new one/,
    ],
    [
      'ExecutedVersion older than the versions the alias routes to',
      metricAlarm(lambda({ ExecutedVersion: '1' })),
      PUBLISHING,
      'not this release',
      /exists already/,
    ],
    [
      'ExecutedVersion above every version there is: maybe the one to publish',
      metricAlarm(lambda({ FunctionName: 'orders-api', ExecutedVersion: '5' })),
      PUBLISHING,
      'unknown',
      /numbered only once it is published/,
    ],
    [
      'ExecutedVersion $LATEST',
      metricAlarm(lambda({ ExecutedVersion: '$LATEST' })),
      PUBLISHING,
      'not this release',
      /not a published version/,
    ],
    [
      'a metric of another namespace (API Gateway)',
      metricAlarm({ namespace: 'AWS/ApiGateway', dimensions: { ApiName: 'orders' } }),
      PUBLISHING,
      'unknown',
      /AWS\/ApiGateway: only AWS\/Lambda is checked/,
    ],
    [
      'a Lambda metric without dimensions (the whole region)',
      metricAlarm(lambda({})),
      PUBLISHING,
      'unknown',
      /no dimensions/,
    ],
    [
      'a Lambda metric with none of the three dimensions',
      metricAlarm(lambda({ EventSourceMappingUUID: 'abc' })),
      PUBLISHING,
      'unknown',
      /names no FunctionName, Resource or ExecutedVersion/,
    ],
    [
      'a composite alarm',
      { state: 'OK', metrics: undefined },
      PUBLISHING,
      'unknown',
      /composite alarm/,
    ],
    [
      'metric math: errors over invocations of the function, and the expression',
      metricAlarm(lambda({ FunctionName: 'orders-api' }), lambda({ FunctionName: 'orders-api' }), {
        namespace: undefined,
        dimensions: {},
      }),
      PUBLISHING,
      'function',
      undefined,
    ],
    [
      'metric math over another function only',
      metricAlarm({ namespace: undefined, dimensions: {} }, lambda({ FunctionName: 'billing' })),
      PUBLISHING,
      'not this release',
      /'billing'/,
    ],
    [
      'metric math with a query only',
      metricAlarm({ namespace: undefined, dimensions: {} }),
      PUBLISHING,
      'unknown',
      /metric math expression or query/,
    ],
    [
      'metric math over the function and its alias: the narrower',
      metricAlarm(
        lambda({ FunctionName: 'orders-api' }),
        lambda({ FunctionName: 'orders-api', Resource: 'orders-api:live' }),
      ),
      PUBLISHING,
      'alias',
      undefined,
    ],
  ];

  it.each(rows)('%s', (_what, definition, target, watches, reason) => {
    const judged = judgeAlarm(definition, target);
    expect(judged.watches).toBe(watches);
    if (reason === undefined) expect(judged.reason).toBeUndefined();
    else expect(judged.reason).toMatch(reason);
  });
});

describe('checkAlarms', () => {
  it('keeps the order of the alarms input, with each state', () => {
    const definitions = new Map<string, AlarmDefinition>([
      [
        'orders-latency',
        { state: 'INSUFFICIENT_DATA', metrics: [lambda({ Resource: 'orders-api:live' })] },
      ],
      ['orders-errors', { state: 'OK', metrics: [lambda({ FunctionName: 'orders-api' })] }],
    ]);
    expect(checkAlarms(['orders-errors', 'orders-latency'], definitions, PUBLISHING)).toEqual([
      { name: 'orders-errors', state: 'OK', watches: 'function', reason: undefined },
      { name: 'orders-latency', state: 'INSUFFICIENT_DATA', watches: 'alias', reason: undefined },
    ]);
  });
});

const check = (name: string, state: string, watches: AlarmWatch = 'function'): AlarmCheck => ({
  name,
  state,
  watches,
  reason:
    watches === 'not this release' ? "its FunctionName is 'billing', not 'orders-api'" : undefined,
});

describe('refuseFiringAlarms', () => {
  it('refuses an alarm in ALARM, naming it, saying nothing changed and how to go on', () => {
    const error = asInputError(
      thrownBy(() => {
        refuseFiringAlarms([check('orders-latency', 'OK'), check('orders-errors', 'ALARM')]);
      }),
    );
    expect(error.input).toBe('alarms');
    expect(error.message).toBe(
      "Input 'alarms': alarm 'orders-errors' is in ALARM now, so the rollout would be rolled back " +
        'at its first step: nothing was changed. Wait until it is OK, fix what it reports, or ' +
        'leave it out of alarms for this run.',
    );
  });

  it('names every alarm in ALARM', () => {
    const error = thrownBy(() => {
      refuseFiringAlarms([check('a', 'ALARM'), check('b', 'OK'), check('c', 'ALARM')]);
    });
    expect(error.message).toContain("alarms 'a', 'c' are in ALARM now");
    expect(error.message).toContain('Wait until they are OK');
  });

  it.each(['OK', 'INSUFFICIENT_DATA'])('lets an alarm in %s through', (state) => {
    expect(() => {
      refuseFiringAlarms([check('orders-errors', state)]);
    }).not.toThrow();
  });
});

describe('alarmWarnings', () => {
  it('warns of an alarm without data and of one that does not watch this release', () => {
    expect(
      alarmWarnings([
        check('quiet', 'OK'),
        check('canary-errors', 'INSUFFICIENT_DATA'),
        check('billing-errors', 'OK', 'not this release'),
        check('api-5xx', 'OK', 'unknown'),
      ]),
    ).toEqual([
      "Alarm 'canary-errors' is INSUFFICIENT_DATA: it guards nothing until its metric has data, " +
        'and a canary with little traffic may give it none; the rollout goes on without it.',
      "Alarm 'billing-errors' is not watching this release: its FunctionName is 'billing', not " +
        "'orders-api'. It would roll the alias back only for what that metric shows.",
    ]);
  });
});
