import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { InputError } from '../errors.js';
import { failureDescriber, type FailureDescriber } from './aws-errors.js';
import { createClient } from './clients.js';

/** The alarms a rollout watches: their state now, by name. */
export class CloudWatchAlarms {
  private readonly failure: FailureDescriber;

  constructor(
    private readonly client: CloudWatchClient,
    readonly names: readonly string[],
    readonly region: string,
  ) {
    this.failure = failureDescriber(`the alarms in ${region}`, region, 'Check alarms and region.');
  }

  /** Each alarm's state (OK, ALARM, INSUFFICIENT_DATA); a missing one is an input error. */
  async states(): Promise<ReadonlyMap<string, string>> {
    const found = new Map<string, string>();
    // DescribeAlarms takes at most 100 names a call.
    for (let at = 0; at < this.names.length; at += 100) {
      const names = this.names.slice(at, at + 100);
      let answer;
      try {
        answer = await this.client.send(
          new DescribeAlarmsCommand({
            AlarmNames: names,
            AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
          }),
        );
      } catch (error) {
        throw this.failure(error, 'read the alarms', 'cloudwatch:DescribeAlarms');
      }
      for (const alarm of [...(answer.MetricAlarms ?? []), ...(answer.CompositeAlarms ?? [])]) {
        if (alarm.AlarmName !== undefined) found.set(alarm.AlarmName, alarm.StateValue ?? '');
      }
    }
    const missing = this.names.filter((name) => !found.has(name));
    if (missing.length > 0) {
      throw new InputError(
        'alarms',
        `${missing.map((name) => `'${name}'`).join(', ')} ${missing.length === 1 ? 'does' : 'do'} not exist in CloudWatch`,
      );
    }
    return found;
  }
}

/** Loaded only by a run that watches alarms (see lambdaApis). */
export function createCloudWatchClient(
  region: string,
  requestTimeoutSeconds?: number,
): CloudWatchClient {
  return createClient(CloudWatchClient, region, requestTimeoutSeconds);
}
