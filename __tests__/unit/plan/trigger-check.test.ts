// Triggers that bypass the release, found in the event source mappings and the resource
// policy as Lambda gives them: literals in, findings and messages out, with no client.
import { describe, expect, it } from 'vitest';
import type {
  EventSourceMappingState,
  PolicyStatement,
  TriggersRead,
} from '../../../src/aws/lambda-triggers.js';
import {
  briefly,
  bypassedGuards,
  findTriggers,
  needsTriggerCheck,
  refuseTriggers,
  triggerWarnings,
  type TriggerFinding,
} from '../../../src/plan/trigger-check.js';
import { asInputError, thrownBy } from '../helpers/errors.js';
import { deployConfig } from '../helpers/plan-fixtures.js';
import { FUNCTION_ARN } from '../helpers/lambda.js';

const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders-queue';
const STREAM = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders';

/** What the reader gives: mappings and statements, every permission granted. */
const read = (
  mappings: readonly EventSourceMappingState[],
  statements: readonly PolicyStatement[],
): TriggersRead => ({ mappings, statements, denied: [] });

const mapping = (functionArn: string, source = QUEUE): EventSourceMappingState => ({
  uuid: `uuid-${functionArn.split(':').at(-1) ?? ''}`,
  eventSourceArn: source,
  functionArn,
  state: 'Enabled',
});

/** A statement as AddPermission writes it (Lambda's own shape). */
const statement = (overrides: Partial<Record<keyof PolicyStatement, unknown>>): PolicyStatement =>
  ({
    Sid: 's3-uploads',
    Effect: 'Allow',
    Principal: { Service: 's3.amazonaws.com' },
    Action: 'lambda:InvokeFunction',
    Resource: FUNCTION_ARN,
    Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::orders-uploads' } },
    ...overrides,
  }) as PolicyStatement;

describe('findTriggers: event source mappings', () => {
  const rows: [string, string, string | undefined][] = [
    ['on the unqualified function', FUNCTION_ARN, '$LATEST'],
    ['on $LATEST', `${FUNCTION_ARN}:$LATEST`, '$LATEST'],
    ['on a version', `${FUNCTION_ARN}:3`, '3'],
    ['on another alias', `${FUNCTION_ARN}:staging`, 'staging'],
    ['on the alias released (fine)', `${FUNCTION_ARN}:live`, undefined],
  ];
  it.each(rows)('a mapping %s', (_what, functionArn, target) => {
    const found = findTriggers(read([mapping(functionArn)], []), FUNCTION_ARN, 'live');
    expect(found).toEqual(
      target === undefined
        ? []
        : [
            {
              kind: 'event-source-mapping',
              uuid: mapping(functionArn).uuid,
              source: QUEUE,
              target,
              state: 'Enabled',
            },
          ],
    );
  });

  it('reports a mapping on any alias when no alias is released (a smoke test only)', () => {
    const found = findTriggers(
      read([mapping(`${FUNCTION_ARN}:live`, STREAM)], []),
      FUNCTION_ARN,
      undefined,
    );
    expect(found).toMatchObject([{ source: STREAM, target: 'live' }]);
  });

  it('takes the function ARN with $LATEST as the unqualified function', () => {
    const found = findTriggers(
      read([mapping(FUNCTION_ARN)], []),
      `${FUNCTION_ARN}:$LATEST`,
      'live',
    );
    expect(found).toMatchObject([{ target: '$LATEST' }]);
  });
});

describe('findTriggers: resource policy statements', () => {
  const rows: [string, PolicyStatement, Partial<TriggerFinding>[]][] = [
    [
      's3.amazonaws.com with its SourceArn',
      statement({}),
      [
        {
          kind: 'permission',
          statementId: 's3-uploads',
          principal: 's3.amazonaws.com',
          sourceArn: 'arn:aws:s3:::orders-uploads',
        },
      ],
    ],
    [
      'sns.amazonaws.com without a condition',
      statement({ Sid: 'sns', Principal: { Service: 'sns.amazonaws.com' }, Condition: undefined }),
      [{ kind: 'permission', statementId: 'sns', principal: 'sns.amazonaws.com' }],
    ],
    [
      'a list of services, actions with a wildcard, the key in lower case',
      statement({
        Principal: { Service: ['events.amazonaws.com', 'scheduler.amazonaws.com'] },
        Action: ['lambda:Invoke*'],
        Condition: { ArnEquals: { 'aws:sourcearn': 'arn:aws:events:us-east-1:1:rule/nightly' } },
      }),
      [
        { principal: 'events.amazonaws.com', sourceArn: 'arn:aws:events:us-east-1:1:rule/nightly' },
        {
          principal: 'scheduler.amazonaws.com',
          sourceArn: 'arn:aws:events:us-east-1:1:rule/nightly',
        },
      ],
    ],
    ['lambda:*', statement({ Action: 'lambda:*' }), [{ principal: 's3.amazonaws.com' }]],
    [
      "a function URL's permission (lambda:InvokeFunctionUrl), left out",
      statement({ Principal: '*', Action: 'lambda:InvokeFunctionUrl', Condition: undefined }),
      [],
    ],
    [
      'a URL permission for a service principal, left out all the same',
      statement({ Action: 'lambda:InvokeFunctionUrl' }),
      [],
    ],
    [
      'an account, not a service',
      statement({ Principal: { AWS: 'arn:aws:iam::210987654321:root' } }),
      [],
    ],
    ['anyone (*)', statement({ Principal: '*' }), []],
    ['a Deny', statement({ Effect: 'Deny' }), []],
    ['another action', statement({ Action: 'lambda:GetFunction' }), []],
  ];
  it.each(rows)('%s', (_what, given, expected) => {
    const found = findTriggers(read([], [given]), FUNCTION_ARN, 'live');
    expect(found).toHaveLength(expected.length);
    expect(found).toMatchObject(expected);
  });

  it('has no sourceArn key when the statement names no source', () => {
    const [found] = findTriggers(
      read([], [statement({ Condition: undefined })]),
      FUNCTION_ARN,
      'live',
    );
    expect(found).toBeDefined();
    expect(Object.keys(found ?? {})).not.toContain('sourceArn');
  });
});

describe('needsTriggerCheck and bypassedGuards', () => {
  const release = (inputs: Record<string, string>) => deployConfig(inputs).release;
  const rows: [string, Record<string, string>, boolean, string[]][] = [
    ['traffic 100', { alias: 'live' }, false, []],
    ['a canary', { alias: 'live', traffic: '10' }, true, ['the canary (10 %)']],
    [
      'steps with alarms',
      { alias: 'live', traffic: '10,50,100', alarms: 'orders-errors' },
      true,
      ['the traffic steps (10,50,100)', 'the alarms'],
    ],
    ['a smoke test', { alias: 'live', 'smoke-test': '{}' }, true, ['the smoke test']],
    ['alarms at traffic 100', { alias: 'live', alarms: 'orders-errors' }, false, ['the alarms']],
  ];
  it.each(rows)('%s', (_what, inputs, needed, bypassed) => {
    expect(needsTriggerCheck(release(inputs))).toBe(needed);
    expect(bypassedGuards(release(inputs), inputs['smoke-test'] !== undefined)).toEqual(bypassed);
  });
});

const ON_LATEST: TriggerFinding = {
  kind: 'event-source-mapping',
  uuid: 'uuid-1',
  source: QUEUE,
  target: '$LATEST',
  state: 'Enabled',
};
const ON_VERSION: TriggerFinding = { ...ON_LATEST, source: STREAM, target: '3', state: 'Disabled' };
const S3: TriggerFinding = {
  kind: 'permission',
  statementId: 's3-uploads',
  principal: 's3.amazonaws.com',
  sourceArn: 'arn:aws:s3:::orders-uploads',
};

describe('triggerWarnings', () => {
  it('names each source, what it invokes and what it bypasses', () => {
    expect(
      triggerWarnings({
        findings: [ON_LATEST, ON_VERSION, S3],
        alias: 'live',
        bypassed: ['the canary (10 %)', 'the alarms', 'the smoke test'],
        denied: [],
      }),
    ).toEqual([
      `Event source mapping from ${QUEUE} (Enabled) invokes $LATEST, not alias 'live' ($LATEST runs ` +
        'the new code as soon as it is updated): its events bypass the canary (10 %), the alarms and the smoke test.',
      `Event source mapping from ${STREAM} (Disabled) invokes version 3, not alias 'live': its events ` +
        'bypass the canary (10 %), the alarms and the smoke test.',
      "Permission 's3-uploads' for s3.amazonaws.com from arn:aws:s3:::orders-uploads invokes $LATEST, " +
        "not alias 'live' ($LATEST runs the new code as soon as it is updated): its invocations bypass " +
        'the canary (10 %), the alarms and the smoke test.',
    ]);
  });

  it('says what a smoke test without an alias misses', () => {
    expect(
      triggerWarnings({
        findings: [ON_LATEST],
        alias: undefined,
        bypassed: ['the smoke test'],
        denied: [],
      }),
    ).toEqual([
      `Event source mapping from ${QUEUE} (Enabled) invokes $LATEST ($LATEST runs the new code as ` +
        'soon as it is updated): its events bypass the smoke test.',
    ]);
  });
});

describe('refuseTriggers (trigger-check: fail)', () => {
  it('lists every finding, names trigger-check and says nothing changed', () => {
    const error = asInputError(
      thrownBy(() => {
        refuseTriggers(
          {
            findings: [ON_LATEST, S3],
            alias: 'live',
            bypassed: ['the traffic steps (10,50,100)'],
            denied: [],
          },
          'orders-api',
        );
      }),
    );
    expect(error.input).toBe('trigger-check');
    expect(error.message).toBe(
      "Input 'trigger-check': fail refuses this release: 2 triggers reach orders-api outside " +
        "alias 'live' and would bypass the traffic steps (10,50,100): event source mapping from " +
        `${QUEUE} (Enabled) on $LATEST; permission 's3-uploads' for s3.amazonaws.com from ` +
        'arn:aws:s3:::orders-uploads on $LATEST. Nothing was changed. Point them at alias ' +
        "'live', remove them, or set trigger-check: warn to release anyway.",
    );
  });

  it('passes a release without findings', () => {
    expect(() => {
      refuseTriggers(
        { findings: [], alias: 'live', bypassed: ['the canary (10 %)'], denied: [] },
        'orders-api',
      );
    }).not.toThrow();
  });

  it('words a release without an alias', () => {
    const error = thrownBy(() => {
      refuseTriggers(
        { findings: [ON_VERSION], alias: undefined, bypassed: ['the smoke test'], denied: [] },
        'orders-api',
      );
    });
    expect(error.message).toContain(
      '1 trigger reaches orders-api directly and would bypass the smoke test',
    );
    expect(error.message).toContain('Remove it, or set trigger-check: warn');
  });
});

describe('a check the credentials could not make', () => {
  const denied = {
    findings: [],
    alias: 'live',
    bypassed: ['the canary (10 %)'],
    denied: ['lambda:ListEventSourceMappings'],
  };

  it('warns that it was not all checked, naming the permission', () => {
    expect(triggerWarnings(denied)).toEqual([
      'The triggers that may bypass the canary (10 %) were not all checked: the event source ' +
        'mappings could not be read (lambda:ListEventSourceMappings was denied). Grant ' +
        'lambda:ListEventSourceMappings to check them; trigger-check: fail refuses a release it ' +
        'cannot check.',
    ]);
  });

  it('is refused with trigger-check: fail, naming the permissions', () => {
    const error = asInputError(
      thrownBy(() => {
        refuseTriggers({ ...denied, denied: [...denied.denied, 'lambda:GetPolicy'] }, 'orders-api');
      }),
    );
    expect(error.input).toBe('trigger-check');
    expect(error.message).toBe(
      "Input 'trigger-check': fail refuses a release it cannot check: the event source mappings " +
        "could not be read (lambda:ListEventSourceMappings was denied), and the function's " +
        'resource policy could not be read (lambda:GetPolicy was denied), so the triggers that ' +
        'may bypass the canary (10 %) are unknown. Nothing was changed. Grant ' +
        'lambda:ListEventSourceMappings and lambda:GetPolicy, or set trigger-check: warn to ' +
        'release anyway.',
    );
  });

  it('lists what it found, and says what it could not read', () => {
    const error = thrownBy(() => {
      refuseTriggers({ ...denied, findings: [S3] }, 'orders-api');
    });
    expect(error.message).toContain("permission 's3-uploads' for s3.amazonaws.com");
    expect(error.message).toMatch(
      /The check was not complete: the event source mappings could not be read \(lambda:ListEventSourceMappings was denied\); grant it\.$/,
    );
  });
});

describe('briefly', () => {
  it('says one finding in a few words', () => {
    expect(briefly(ON_VERSION)).toBe(`event source mapping from ${STREAM} (Disabled) on version 3`);
    expect(briefly({ ...ON_LATEST, target: 'staging' })).toContain("on alias 'staging'");
    expect(
      briefly({ kind: 'permission', statementId: 'sns', principal: 'sns.amazonaws.com' }),
    ).toBe("permission 'sns' for sns.amazonaws.com on $LATEST");
  });
});
