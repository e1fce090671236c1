// What this action did to an alias, kept in the alias's own Description after the user's
// text, so that `rollback-to: previous` and the recovery of an interrupted rollout need no
// state outside AWS:
//   "Orders API, prod | lambda-deploy: 8 (was 7+8:0.1) 1a2b3c4 run 42"             a move done
//   "Orders API, prod | lambda-deploy: 7+8:0.1 (was 7) 1a2b3c4 run 43"             a canary
//   "lambda-deploy rollout: 8 step 2/3 of 10,50,100 until 1765080000 (was 7) run 42.1"  under way
// A routing is its primary, then "+version:weight" for each other version it sends a share.

/** Lambda's limit for an alias description. */
export const DESCRIPTION_LIMIT = 256;

const SEPARATOR = ' | ';
const ROUTING = String.raw`(?:\d+|\$LATEST)(?:\+\d+:[\d.]+)*`;
const MOVED = new RegExp(String.raw`^lambda-deploy: (${ROUTING}) \(was (${ROUTING}|none)\)(.*)$`);
const ROLLOUT = new RegExp(
  String.raw`^lambda-deploy rollout: (\d+) step (\d+)/(\d+) of ([\d,]+) until (\d+) \(was (${ROUTING})\) run (\S+)$`,
);

export interface Routing {
  readonly version: string;
  readonly weights: Readonly<Record<string, number>>;
}

/** A move this action finished: the alias's primary now, and its routing before. */
export interface MoveRecord {
  readonly kind: 'moved';
  readonly version: string;
  /** The other versions the alias now sends a share (a canary held); none when omitted. */
  readonly weights?: Readonly<Record<string, number>>;
  readonly previous: Routing | undefined;
  /** "1a2b3c4 run 42": the commit and run that moved it. */
  readonly label: string;
}

/** A rollout under way: written with each step, replaced by a MoveRecord at its end. */
export interface RolloutMarker {
  readonly kind: 'rollout';
  /** The version the steps send traffic to. */
  readonly target: string;
  /** The step the alias is at, 1-based. */
  readonly step: number;
  /** Each step's percent for the target, the last 100. */
  readonly steps: readonly number[];
  /** When the step's hold ends, in seconds since the epoch: later, and nothing is running it. */
  readonly until: number;
  /** The alias's routing before the rollout. */
  readonly before: Routing;
  /** The run that writes it: GITHUB_RUN_ID.GITHUB_RUN_ATTEMPT. */
  readonly run: string;
}

export type AliasRecord = MoveRecord | RolloutMarker;

/** An alias description taken apart: the user's own text, and the record after it. */
export interface ReadDescription {
  readonly text: string;
  readonly record: AliasRecord | undefined;
}

/** "7", or "7+8:0.1" when version 8 has 10 % of the traffic. */
export function routingRecord(routing: Routing): string {
  const others = Object.entries(routing.weights)
    .filter(([, weight]) => weight > 0)
    .map(([version, weight]) => `+${version}:${weight}`);
  return `${routing.version}${others.join('')}`;
}

function parseRouting(text: string): Routing {
  const [version = '', ...others] = text.split('+');
  const weights: Record<string, number> = {};
  for (const other of others) {
    const [name = '', weight = ''] = other.split(':');
    weights[name] = Number(weight);
  }
  return { version, weights };
}

function recordText(record: AliasRecord): string {
  if (record.kind === 'moved') {
    const was = record.previous === undefined ? 'none' : routingRecord(record.previous);
    const now = routingRecord({ version: record.version, weights: record.weights ?? {} });
    return `lambda-deploy: ${now} (was ${was}) ${record.label}`.trim();
  }
  return (
    `lambda-deploy rollout: ${record.target} step ${record.step}/${record.steps.length} ` +
    `of ${record.steps.join(',')} until ${record.until} (was ${routingRecord(record.before)}) ` +
    `run ${record.run}`
  );
}

function parseRecord(text: string): AliasRecord | undefined {
  const moved = MOVED.exec(text);
  if (moved !== null) {
    const previous = moved[2] ?? 'none';
    const now = parseRouting(moved[1] ?? '');
    return {
      kind: 'moved',
      version: now.version,
      ...(Object.keys(now.weights).length === 0 ? {} : { weights: now.weights }),
      previous: previous === 'none' ? undefined : parseRouting(previous),
      label: (moved[3] ?? '').trim(),
    };
  }
  const rollout = ROLLOUT.exec(text);
  if (rollout === null) return undefined;
  const steps = (rollout[4] ?? '').split(',').map(Number);
  return {
    kind: 'rollout',
    target: rollout[1] ?? '',
    step: Number(rollout[2]),
    steps,
    until: Number(rollout[5]),
    before: parseRouting(rollout[6] ?? ''),
    run: rollout[7] ?? '',
  };
}

/** The user's text and this action's record, from an alias's Description. */
export function readDescription(description: string | undefined): ReadDescription {
  const whole = description ?? '';
  const own = parseRecord(whole);
  if (own !== undefined) return { text: '', record: own };
  const at = whole.lastIndexOf(SEPARATOR);
  const record = at === -1 ? undefined : parseRecord(whole.slice(at + SEPARATOR.length));
  return record === undefined
    ? { text: whole, record: undefined }
    : { text: whole.slice(0, at), record };
}

/**
 * The alias's new Description: the user's text from `current`, kept, then `record`, within
 * Lambda's 256 characters (the user's text is shortened first, never the record).
 */
export function describeAlias(current: string | undefined, record: AliasRecord): string {
  const own = recordText(record).slice(0, DESCRIPTION_LIMIT);
  const { text } = readDescription(current);
  if (text === '') return own;
  const room = DESCRIPTION_LIMIT - own.length - SEPARATOR.length;
  if (room < 2) return own;
  const kept = text.length <= room ? text : `${text.slice(0, room - 1)}…`;
  return `${kept}${SEPARATOR}${own}`;
}

/** The record of a finished move, for the versions' own sake (rollback-to: previous). */
export function readAliasRecord(
  description: string | undefined,
): { readonly version: string; readonly previous: string | undefined } | undefined {
  const { record } = readDescription(description);
  if (record?.kind !== 'moved') return undefined;
  return { version: record.version, previous: record.previous?.version };
}

/** The rollout under way that the description records, if any. */
export function readRolloutMarker(description: string | undefined): RolloutMarker | undefined {
  const { record } = readDescription(description);
  return record?.kind === 'rollout' ? record : undefined;
}
