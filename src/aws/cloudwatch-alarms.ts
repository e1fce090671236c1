import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  type Dimension,
  type MetricAlarm,
} from '@aws-sdk/client-cloudwatch';
import { InputError } from '../errors.js';
import { failureDescriber, type FailureDescriber } from './aws-errors.js';
import { createClient } from './clients.js';

/** One metric an alarm reads, as DescribeAlarms gives it. */
export interface AlarmMetric {
  /** Undefined for a metric math expression or a Metrics Insights query: it names no metric. */
  readonly namespace: string | undefined;
  /** Name to value: FunctionName, Resource, ExecutedVersion for AWS/Lambda. */
  readonly dimensions: Readonly<Record<string, string>>;
}

/** An alarm's state and, for a metric alarm, the metrics it reads. */
export interface AlarmDefinition {
  /** OK, ALARM or INSUFFICIENT_DATA. */
  readonly state: string;
  /** Undefined for a composite alarm: its rule names other alarms, not metrics. */
  readonly metrics: readonly AlarmMetric[] | undefined;
}

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
    const definitions = await this.definitions();
    return new Map([...definitions].map(([name, definition]) => [name, definition.state]));
  }

  /** Each alarm's state and metrics; a missing one is an input error. */
  async definitions(): Promise<ReadonlyMap<string, AlarmDefinition>> {
    const found = new Map<string, AlarmDefinition>();
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
      for (const alarm of answer.MetricAlarms ?? []) {
        if (alarm.AlarmName === undefined) continue;
        found.set(alarm.AlarmName, { state: alarm.StateValue ?? '', metrics: metricsOf(alarm) });
      }
      for (const alarm of answer.CompositeAlarms ?? []) {
        if (alarm.AlarmName === undefined) continue;
        found.set(alarm.AlarmName, { state: alarm.StateValue ?? '', metrics: undefined });
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

/** A single-metric alarm's metric, or each entry of a metric math alarm's Metrics. */
function metricsOf(alarm: MetricAlarm): AlarmMetric[] {
  if (alarm.Metrics === undefined || alarm.Metrics.length === 0) {
    return [{ namespace: alarm.Namespace, dimensions: dimensionsOf(alarm.Dimensions) }];
  }
  return alarm.Metrics.map((query) => {
    const metric = query.MetricStat?.Metric;
    return metric === undefined
      ? { namespace: undefined, dimensions: {} }
      : { namespace: metric.Namespace, dimensions: dimensionsOf(metric.Dimensions) };
  });
}

function dimensionsOf(dimensions: readonly Dimension[] | undefined): Record<string, string> {
  const byName: Record<string, string> = {};
  for (const { Name, Value } of dimensions ?? []) {
    if (Name !== undefined && Value !== undefined) byName[Name] = Value;
  }
  return byName;
}

/** Loaded only by a run that watches alarms (see lambdaApis). */
export function createCloudWatchClient(
  region: string,
  requestTimeoutSeconds?: number,
): CloudWatchClient {
  return createClient(CloudWatchClient, region, requestTimeoutSeconds);
}
