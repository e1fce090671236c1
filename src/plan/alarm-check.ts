// The alarms a rollout watches, judged before its first step from what DescribeAlarms said:
// one in ALARM would roll the alias back at once, one without data guards nothing, and one
// whose metric is another function's (or another version's) never sees the new version.
import type { AlarmDefinition, AlarmMetric } from '../aws/cloudwatch-alarms.js';
import { InputError } from '../errors.js';

/**
 * What an alarm's metric covers of this release: the whole function, the alias, the version
 * released; `unknown` when that cannot be told (another namespace, a composite alarm, a math
 * expression, a version not numbered yet); `not this release` when it names something else.
 */
export type AlarmWatch = 'function' | 'alias' | 'version' | 'unknown' | 'not this release';

export interface AlarmCheck {
  readonly name: string;
  /** OK, ALARM or INSUFFICIENT_DATA when the run planned. */
  readonly state: string;
  readonly watches: AlarmWatch;
  /** Why it is `unknown` or `not this release`; undefined otherwise. */
  readonly reason: string | undefined;
}

/** What the rollout releases, for telling whether an alarm's metric covers it. */
export interface ReleaseTarget {
  /** The function's name, as Lambda's metrics name it. */
  readonly functionName: string;
  readonly alias: string;
  /** The version released: a number, or undefined for the one this run publishes. */
  readonly version: string | undefined;
  /** Versions that exist already: the alias's primary and weighted ones. */
  readonly existingVersions: readonly string[];
}

interface Judgment {
  readonly watches: AlarmWatch;
  readonly reason: string | undefined;
}

const LAMBDA_NAMESPACE = 'AWS/Lambda';

/** From the widest to the narrowest; a metric with several dimensions covers the narrowest. */
const RANK: Readonly<Record<AlarmWatch, number>> = {
  function: 1,
  alias: 2,
  version: 3,
  unknown: 4,
  'not this release': 5,
};

const WATCHING: readonly AlarmWatch[] = ['function', 'alias', 'version'];

/** Each alarm in `names` with its state and what it watches; one not read shows `unknown`. */
export function checkAlarms(
  names: readonly string[],
  definitions: ReadonlyMap<string, AlarmDefinition>,
  target: ReleaseTarget,
): AlarmCheck[] {
  return names.map((name) => {
    const definition = definitions.get(name);
    if (definition === undefined) {
      return { name, state: 'unknown', watches: 'unknown', reason: 'it was not read' };
    }
    return { name, state: definition.state, ...judgeAlarm(definition, target) };
  });
}

/**
 * What an alarm watches: a metric alarm watches this release when any of its metrics does
 * (the narrowest of those); else it names something else, or cannot be told.
 */
export function judgeAlarm(definition: AlarmDefinition, target: ReleaseTarget): Judgment {
  if (definition.metrics === undefined) {
    return unknown('a composite alarm: its rule is not checked');
  }
  const judged = definition.metrics.map((metric) => judgeMetric(metric, target));
  const watching = judged.filter((judgment) => WATCHING.includes(judgment.watches));
  if (watching.length > 0) return narrowest(watching);
  return (
    judged.find((judgment) => judgment.watches === 'not this release') ??
    judged[0] ??
    unknown('it reads no metric')
  );
}

function judgeMetric(metric: AlarmMetric, target: ReleaseTarget): Judgment {
  if (metric.namespace === undefined) {
    return unknown('a metric math expression or query: not checked');
  }
  if (metric.namespace !== LAMBDA_NAMESPACE) {
    return unknown(`its metric is in ${metric.namespace}: only ${LAMBDA_NAMESPACE} is checked`);
  }
  const dimensions = Object.entries(metric.dimensions);
  if (dimensions.length === 0) {
    return unknown('its metric has no dimensions: it counts every function in the region');
  }
  const judged = dimensions.flatMap(([name, value]) => judgeDimension(name, value, target));
  if (judged.length === 0) {
    return unknown('its metric names no FunctionName, Resource or ExecutedVersion');
  }
  return narrowest(judged);
}

/** One dimension of an AWS/Lambda metric; [] for a dimension that does not narrow it. */
function judgeDimension(name: string, value: string, target: ReleaseTarget): Judgment[] {
  const { functionName, alias } = target;
  switch (name) {
    case 'FunctionName':
      return [
        value === functionName
          ? watches('function')
          : notThis(`its FunctionName is '${value}', not '${functionName}'`),
      ];
    case 'Resource': {
      if (value === functionName) return [watches('function')];
      const [resourceFunction, qualifier] = splitQualifier(value);
      if (resourceFunction !== functionName || qualifier === undefined) {
        return [notThis(`its Resource is '${value}', not function '${functionName}'`)];
      }
      if (qualifier === alias) return [watches('alias')];
      if (/^\d+$/.test(qualifier)) return [judgeVersion('Resource', value, qualifier, target)];
      return [notThis(`its Resource is '${value}': alias '${qualifier}', not '${alias}'`)];
    }
    case 'ExecutedVersion':
      return [judgeVersion('ExecutedVersion', value, value, target)];
    default:
      return [];
  }
}

function judgeVersion(
  dimension: string,
  value: string,
  version: string,
  target: ReleaseTarget,
): Judgment {
  const named = `its ${dimension} is '${value}'`;
  if (!/^\d+$/.test(version)) return notThis(`${named}, not a published version`);
  if (target.version !== undefined) {
    return version === target.version
      ? watches('version')
      : notThis(`${named}, and this run releases version ${target.version}`);
  }
  const newest = Math.max(0, ...target.existingVersions.map(Number).filter(Number.isInteger));
  if (Number(version) <= newest) {
    return notThis(
      `${named}, a version that exists already; this run publishes a new one, numbered only once it is published`,
    );
  }
  return unknown(`${named}: the version this run publishes is numbered only once it is published`);
}

/** "orders-api:live" -> ["orders-api", "live"]; a function name holds no colon. */
function splitQualifier(resource: string): [string, string | undefined] {
  const at = resource.indexOf(':');
  return at === -1 ? [resource, undefined] : [resource.slice(0, at), resource.slice(at + 1)];
}

function narrowest(judgments: readonly Judgment[]): Judgment {
  return judgments.reduce((kept, next) => (RANK[next.watches] > RANK[kept.watches] ? next : kept));
}

function watches(what: 'function' | 'alias' | 'version'): Judgment {
  return { watches: what, reason: undefined };
}

function unknown(reason: string): Judgment {
  return { watches: 'unknown', reason };
}

function notThis(reason: string): Judgment {
  return { watches: 'not this release', reason };
}

/**
 * An alarm already in ALARM would roll the alias back at the first step, after traffic moved:
 * refused before anything changes.
 */
export function refuseFiringAlarms(checks: readonly AlarmCheck[]): void {
  const firing = checks.filter((check) => check.state === 'ALARM').map(({ name }) => `'${name}'`);
  if (firing.length === 0) return;
  const one = firing.length === 1;
  throw new InputError(
    'alarms',
    `${one ? 'alarm' : 'alarms'} ${firing.join(', ')} ${one ? 'is' : 'are'} in ALARM now, so the rollout ` +
      'would be rolled back at its first step: nothing was changed. ' +
      `Wait until ${one ? 'it is' : 'they are'} OK, fix what ${one ? 'it reports' : 'they report'}, ` +
      `or leave ${one ? 'it' : 'them'} out of alarms for this run.`,
  );
}

/** Warnings for alarms that guard nothing now, or not this release. */
export function alarmWarnings(checks: readonly AlarmCheck[]): string[] {
  return checks.flatMap((check) => [
    ...(check.state === 'INSUFFICIENT_DATA'
      ? [
          `Alarm '${check.name}' is INSUFFICIENT_DATA: it guards nothing until its metric has data, ` +
            'and a canary with little traffic may give it none; the rollout goes on without it.',
        ]
      : []),
    ...(check.watches === 'not this release'
      ? [
          `Alarm '${check.name}' is not watching this release: ${check.reason ?? ''}. ` +
            'It would roll the alias back only for what that metric shows.',
        ]
      : []),
  ]);
}
