import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  PutMetricAlarmCommand,
  SetAlarmStateCommand,
  type StateValue,
} from '@aws-sdk/client-cloudwatch';
import { randomUUID } from 'node:crypto';
import { motoEndpoint } from './aws.js';
import { REGION, TEST_CREDENTIALS } from './moto-account.js';

// CloudWatch alarms in moto: PutMetricAlarm keeps an alarm (in state OK, "Unchecked:
// Initial alarm creation"), SetAlarmState changes its state, and DescribeAlarms reads it back
// (leaving out names it does not know). moto never evaluates metrics: an alarm is in the
// state a test last set.

/** A CloudWatch client for moto, or for a proxy in front of it. */
export function cloudWatchClient(endpoint = motoEndpoint()): CloudWatchClient {
  return new CloudWatchClient({ region: REGION, endpoint, credentials: TEST_CREDENTIALS });
}

/** An alarm name no other test uses. */
export function uniqueAlarmName(label: string): string {
  return `ld-${label}-${randomUUID().slice(0, 8)}`;
}

/**
 * Creates an alarm in state OK on the function's Errors metric (any metric would do: moto
 * does not evaluate it) and returns its name.
 */
export async function createAlarm(
  functionName: string,
  name = uniqueAlarmName('errors'),
): Promise<string> {
  await cloudWatchClient().send(
    new PutMetricAlarmCommand({
      AlarmName: name,
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: functionName }],
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    }),
  );
  const state = await alarmState(name);
  if (state !== 'OK') throw new Error(`alarm ${name} was created in state ${state}, not OK`);
  return name;
}

/** Sets the alarm's state, as CloudWatch would on its metric crossing the threshold. */
export async function setAlarmState(
  name: string,
  state: StateValue,
  reason = `set by the test: ${state}`,
): Promise<void> {
  await cloudWatchClient().send(
    new SetAlarmStateCommand({ AlarmName: name, StateValue: state, StateReason: reason }),
  );
}

/** The alarm's state as moto holds it; undefined when there is no such alarm. */
export async function alarmState(name: string): Promise<StateValue | undefined> {
  const response = await cloudWatchClient().send(new DescribeAlarmsCommand({ AlarmNames: [name] }));
  return response.MetricAlarms?.find((alarm) => alarm.AlarmName === name)?.StateValue;
}
