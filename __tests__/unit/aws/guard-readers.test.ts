// The readers behind the plan's checks of a release, against the SDK mocked at its edge:
// CloudWatchAlarms.definitions (state and metrics of each alarm) and LambdaTriggers (event
// source mappings of the function, its resource policy's statements).
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  type DescribeAlarmsCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  GetPolicyCommand,
  LambdaClient,
  ListEventSourceMappingsCommand,
  ResourceNotFoundException,
  type ListEventSourceMappingsCommandInput,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { CloudWatchAlarms } from '../../../src/aws/cloudwatch-alarms.js';
import { LambdaTriggers } from '../../../src/aws/lambda-triggers.js';
import { deployErrorOf, inputErrorOf } from '../helpers/errors.js';
import { FUNCTION_ARN, FUNCTION_NAME, REGION, fastTiming } from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const cloudWatchMock = mockClient(CloudWatchClient);
const lambdaMock = mockClient(LambdaClient);

beforeEach(() => {
  cloudWatchMock.reset();
  lambdaMock.reset();
});

afterAll(() => {
  cloudWatchMock.restore();
  lambdaMock.restore();
});

const alarms = (...names: string[]) =>
  new CloudWatchAlarms(new CloudWatchClient({ region: REGION }), names, REGION);

describe('CloudWatchAlarms.definitions', () => {
  it("gives each alarm's state and metrics: one metric, metric math, composite", async () => {
    cloudWatchMock.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        {
          AlarmName: 'orders-errors',
          StateValue: 'OK',
          Namespace: 'AWS/Lambda',
          MetricName: 'Errors',
          Dimensions: [
            { Name: 'FunctionName', Value: 'orders-api' },
            { Name: 'Resource', Value: 'orders-api:live' },
          ],
        },
        {
          AlarmName: 'orders-error-rate',
          StateValue: 'INSUFFICIENT_DATA',
          Metrics: [
            {
              Id: 'errors',
              MetricStat: {
                Metric: {
                  Namespace: 'AWS/Lambda',
                  MetricName: 'Errors',
                  Dimensions: [{ Name: 'ExecutedVersion', Value: '7' }],
                },
                Period: 60,
                Stat: 'Sum',
              },
              ReturnData: false,
            },
            { Id: 'rate', Expression: 'errors / 100', ReturnData: true },
          ],
        },
      ],
      CompositeAlarms: [{ AlarmName: 'orders-health', StateValue: 'ALARM' }],
    });

    const found = await alarms('orders-errors', 'orders-error-rate', 'orders-health').definitions();

    expect(Object.fromEntries(found)).toEqual({
      'orders-errors': {
        state: 'OK',
        metrics: [
          {
            namespace: 'AWS/Lambda',
            dimensions: { FunctionName: 'orders-api', Resource: 'orders-api:live' },
          },
        ],
      },
      'orders-error-rate': {
        state: 'INSUFFICIENT_DATA',
        metrics: [
          { namespace: 'AWS/Lambda', dimensions: { ExecutedVersion: '7' } },
          { namespace: undefined, dimensions: {} },
        ],
      },
      'orders-health': { state: 'ALARM', metrics: undefined },
    });
    expect(cloudWatchMock.commandCalls(DescribeAlarmsCommand)[0]?.args[0].input).toEqual({
      AlarmNames: ['orders-errors', 'orders-error-rate', 'orders-health'],
      AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
    });
  });

  it('refuses a missing alarm as an input error naming alarms; states() keeps its shape', async () => {
    cloudWatchMock
      .on(DescribeAlarmsCommand)
      .resolves({ MetricAlarms: [{ AlarmName: 'present', StateValue: 'OK' }] });

    const error = await inputErrorOf(alarms('present', 'gone').definitions());
    expect(error.message).toBe("Input 'alarms': 'gone' does not exist in CloudWatch");
    expect(Object.fromEntries(await alarms('present').states())).toEqual({ present: 'OK' });
  });

  it('reads 100 names a call', async () => {
    const names = Array.from({ length: 150 }, (_, index) => `alarm-${index}`);
    cloudWatchMock.on(DescribeAlarmsCommand).callsFake((input: DescribeAlarmsCommandInput) => ({
      MetricAlarms: (input.AlarmNames ?? []).map((name) => ({ AlarmName: name, StateValue: 'OK' })),
    }));
    expect((await alarms(...names).definitions()).size).toBe(150);
    expect(
      cloudWatchMock
        .commandCalls(DescribeAlarmsCommand)
        .map((call) => call.args[0].input.AlarmNames?.length),
    ).toEqual([100, 50]);
  });
});

const triggers = () =>
  new LambdaTriggers(
    new LambdaClient({ region: REGION }),
    FUNCTION_NAME,
    REGION,
    new RecordingLogger(),
    fastTiming,
  );

const mapping = (uuid: string, functionArn: string) => ({
  UUID: uuid,
  EventSourceArn: `arn:aws:sqs:${REGION}:123456789012:${uuid}`,
  FunctionArn: functionArn,
  State: 'Enabled',
});

describe('LambdaTriggers.eventSourceMappings', () => {
  it("lists every page unfiltered and keeps the function's mappings, on any qualifier", async () => {
    lambdaMock
      .on(ListEventSourceMappingsCommand)
      .callsFake((input: ListEventSourceMappingsCommandInput) =>
        input.Marker === undefined
          ? {
              EventSourceMappings: [
                mapping('on-function', FUNCTION_ARN),
                mapping('other-function', `${FUNCTION_ARN}-billing`),
              ],
              NextMarker: 'page-2',
            }
          : {
              EventSourceMappings: [
                mapping('on-alias', `${FUNCTION_ARN}:live`),
                mapping('on-version', `${FUNCTION_ARN}:3`),
              ],
            },
      );

    const found = await triggers().eventSourceMappings(FUNCTION_ARN);

    expect(found.map((item) => item.uuid)).toEqual(['on-function', 'on-alias', 'on-version']);
    expect(found[0]).toEqual({
      uuid: 'on-function',
      eventSourceArn: `arn:aws:sqs:${REGION}:123456789012:on-function`,
      functionArn: FUNCTION_ARN,
      state: 'Enabled',
    });
    expect(
      lambdaMock.commandCalls(ListEventSourceMappingsCommand).map((call) => call.args[0].input),
    ).toEqual([{ MaxItems: 100 }, { Marker: 'page-2', MaxItems: 100 }]);
  });

  it('stops a listing whose marker comes again, naming the call', async () => {
    lambdaMock
      .on(ListEventSourceMappingsCommand)
      .resolves({ EventSourceMappings: [], NextMarker: 'same' });
    const error = await deployErrorOf(triggers().eventSourceMappings(FUNCTION_ARN));
    expect(error.message).toContain('Could not list the event source mappings');
    expect(error.message).toContain('ListEventSourceMappings answered page 2');
  });
});

describe('LambdaTriggers.policyStatements', () => {
  it("gives the unqualified function's statements", async () => {
    const statement = {
      Sid: 's3',
      Effect: 'Allow',
      Principal: { Service: 's3.amazonaws.com' },
      Action: 'lambda:InvokeFunction',
      Resource: FUNCTION_ARN,
    };
    lambdaMock
      .on(GetPolicyCommand)
      .resolves({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }) });
    expect(await triggers().policyStatements()).toEqual([statement]);
    expect(lambdaMock.commandCalls(GetPolicyCommand)[0]?.args[0].input).toEqual({
      FunctionName: FUNCTION_NAME,
    });
  });

  it('gives none when the function has no policy (ResourceNotFoundException)', async () => {
    lambdaMock.on(GetPolicyCommand).rejects(
      new ResourceNotFoundException({
        message: 'The resource you requested does not exist.',
        $metadata: {},
      }),
    );
    expect(await triggers().policyStatements()).toEqual([]);
  });

  it('names the permission when access is denied', async () => {
    const denied = new Error('User is not authorized to perform: lambda:GetPolicy');
    denied.name = 'AccessDeniedException';
    lambdaMock.on(GetPolicyCommand).rejects(denied);
    const error = await deployErrorOf(triggers().policyStatements());
    expect(error.message).toContain('Could not read the resource policy: access denied');
    expect(error.message).toContain('lambda:GetPolicy');
  });
});

describe('LambdaTriggers.read', () => {
  const denied = (permission: string) => {
    const error = new Error(`User is not authorized to perform: ${permission}`);
    error.name = 'AccessDeniedException';
    return error;
  };

  it('records a denied listing instead of failing, and reads the rest', async () => {
    lambdaMock.on(ListEventSourceMappingsCommand).rejects(denied('lambda:ListEventSourceMappings'));
    lambdaMock.on(GetPolicyCommand).resolves({
      Policy: JSON.stringify({ Statement: [{ Sid: 'sns', Effect: 'Allow' }] }),
    });
    expect(await triggers().read(FUNCTION_ARN)).toEqual({
      mappings: [],
      statements: [{ Sid: 'sns', Effect: 'Allow' }],
      denied: ['lambda:ListEventSourceMappings'],
    });
  });

  it('fails on any other error, naming the call', async () => {
    lambdaMock.on(ListEventSourceMappingsCommand).resolves({ EventSourceMappings: [] });
    lambdaMock.on(GetPolicyCommand).rejects(new Error('socket hang up'));
    const error = await deployErrorOf(triggers().read(FUNCTION_ARN));
    expect(error.message).toContain('Could not read the resource policy');
  });
});
