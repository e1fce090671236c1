// Triggers that bypass the release: event source mappings and AWS services allowed by the
// resource policy that invoke the function on $LATEST (which runs new code as soon as it is
// updated) or on a qualifier other than the alias released. Their traffic never sees the
// canary, the steps, the alarms or the smoke test. Decided from what was read, with no I/O.
import type { TriggersRead } from '../aws/lambda-triggers.js';
import { InputError } from '../errors.js';
import type { ReleaseConfig } from '../inputs.js';

/** The unqualified function, as a mapping's target and in messages. */
const LATEST = '$LATEST';

export type TriggerFinding =
  | {
      readonly kind: 'event-source-mapping';
      readonly uuid: string;
      /** The queue, stream or broker's ARN. */
      readonly source: string;
      /** '$LATEST' for the unqualified function, else the qualifier (a version or alias). */
      readonly target: string;
      readonly state: string;
    }
  | {
      readonly kind: 'permission';
      readonly statementId: string;
      /** The service principal, such as s3.amazonaws.com. */
      readonly principal: string;
      /** The source the Condition names (AWS:SourceArn), when it names one. */
      readonly sourceArn?: string;
    };

/** The findings, and what they bypass (for the log and the error). */
export interface TriggerCheck {
  readonly findings: readonly TriggerFinding[];
  /** The alias released, or undefined for a version published with a smoke test only. */
  readonly alias: string | undefined;
  /** "the canary (10 %)", "the alarms", "the smoke test". */
  readonly bypassed: readonly string[];
  /** IAM actions denied to the credentials: what they would have listed was not checked. */
  readonly denied: readonly string[];
}

/** The release puts the new version behind a guard: a canary, steps, or a smoke test. */
export function needsTriggerCheck(
  release: Pick<ReleaseConfig, 'traffic' | 'rollout' | 'smokeTest'>,
): boolean {
  return (
    release.traffic < 100 || release.rollout.steps.length > 1 || release.smokeTest !== undefined
  );
}

/** What a trigger outside the alias misses, from the release's inputs and plan. */
export function bypassedGuards(
  release: Pick<ReleaseConfig, 'traffic' | 'rollout'>,
  smokeTest: boolean,
): string[] {
  const { steps, alarms } = release.rollout;
  return [
    ...(steps.length > 1
      ? [`the traffic steps (${steps.join(',')})`]
      : release.traffic < 100
        ? [`the canary (${release.traffic} %)`]
        : []),
    ...(alarms.length > 0 ? ['the alarms'] : []),
    ...(smokeTest ? ['the smoke test'] : []),
  ];
}

/**
 * The mappings on the unqualified function, $LATEST or another qualifier than `alias`, and
 * the statements of the unqualified function's policy that let an AWS service invoke it
 * (function URL statements left out: a URL is not a trigger).
 */
export function findTriggers(
  read: TriggersRead,
  functionArn: string,
  alias: string | undefined,
): TriggerFinding[] {
  const unqualified = functionArn.endsWith(`:${LATEST}`)
    ? functionArn.slice(0, -LATEST.length - 1)
    : functionArn;
  const mappings = read.mappings.flatMap((mapping): TriggerFinding[] => {
    const qualifier =
      mapping.functionArn === unqualified
        ? LATEST
        : mapping.functionArn.slice(unqualified.length + 1);
    if (qualifier === alias) return [];
    return [
      {
        kind: 'event-source-mapping',
        uuid: mapping.uuid,
        source: mapping.eventSourceArn ?? `a self-managed event source (mapping ${mapping.uuid})`,
        target: qualifier,
        state: mapping.state,
      },
    ];
  });
  const permissions = read.statements.flatMap((statement): TriggerFinding[] => {
    if (statement.Effect !== 'Allow' || !grantsInvoke(statement.Action)) return [];
    const sourceArn = conditionValue(statement.Condition, 'aws:sourcearn');
    return servicesOf(statement.Principal).map((principal) => ({
      kind: 'permission',
      statementId: typeof statement.Sid === 'string' ? statement.Sid : '',
      principal,
      ...(sourceArn === undefined ? {} : { sourceArn }),
    }));
  });
  return [...mappings, ...permissions];
}

/** True when an action (or one of a list, with IAM's wildcards) allows lambda:InvokeFunction. */
function grantsInvoke(action: unknown): boolean {
  const actions = Array.isArray(action) ? (action as unknown[]) : [action];
  return actions.some((pattern) => {
    if (typeof pattern !== 'string') return false;
    const glob = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    return new RegExp(`^${glob}$`, 'i').test('lambda:InvokeFunction');
  });
}

/** The AWS service principals of a statement: Principal.Service, one or a list. */
function servicesOf(principal: unknown): string[] {
  if (typeof principal !== 'object' || principal === null) return [];
  const service = (principal as { Service?: unknown }).Service;
  const services = Array.isArray(service) ? (service as unknown[]) : [service];
  return services.filter((value): value is string => typeof value === 'string');
}

/** A condition key's value under any operator (ArnLike, ArnEquals ...), keys compared in any case. */
function conditionValue(condition: unknown, key: string): string | undefined {
  if (typeof condition !== 'object' || condition === null) return undefined;
  for (const operator of Object.values(condition as Record<string, unknown>)) {
    if (typeof operator !== 'object' || operator === null) continue;
    for (const [name, value] of Object.entries(operator as Record<string, unknown>)) {
      if (name.toLowerCase() !== key) continue;
      const values = Array.isArray(value) ? (value as unknown[]) : [value];
      const texts = values.filter((item): item is string => typeof item === 'string');
      if (texts.length > 0) return texts.join(', ');
    }
  }
  return undefined;
}

/** "$LATEST", "version 3", "alias 'staging'". */
function targetText(target: string): string {
  if (target === LATEST) return LATEST;
  return /^\d+$/.test(target) ? `version ${target}` : `alias '${target}'`;
}

/** "event source mapping from arn:aws:sqs:...:orders (Enabled)", "permission 's3' for s3.amazonaws.com from arn:aws:s3:::uploads". */
function subjectOf(finding: TriggerFinding): string {
  return finding.kind === 'event-source-mapping'
    ? `event source mapping from ${finding.source} (${finding.state})`
    : `permission '${finding.statementId}' for ${finding.principal}` +
        (finding.sourceArn === undefined ? '' : ` from ${finding.sourceArn}`);
}

/** One warning a finding, naming its source and what it bypasses; one for what was not read. */
export function triggerWarnings(check: TriggerCheck): string[] {
  const notAlias = check.alias === undefined ? '' : `, not alias '${check.alias}'`;
  const found = check.findings.map((finding) => {
    const target = finding.kind === 'event-source-mapping' ? finding.target : LATEST;
    const subject = subjectOf(finding);
    const runsNewCode =
      target === LATEST ? ' ($LATEST runs the new code as soon as it is updated)' : '';
    const what = finding.kind === 'event-source-mapping' ? 'events' : 'invocations';
    return (
      `${subject.charAt(0).toUpperCase()}${subject.slice(1)} invokes ${targetText(target)}` +
      `${notAlias}${runsNewCode}: its ${what} bypass ${listed(check.bypassed)}.`
    );
  });
  if (check.denied.length === 0) return found;
  return [
    ...found,
    `The triggers that may bypass ${listed(check.bypassed)} were not all checked: ` +
      `${deniedText(check.denied)}. Grant ${check.denied.join(' and ')} to check them; ` +
      'trigger-check: fail refuses a release it cannot check.',
  ];
}

/** What a check missed for want of a permission, and which permission. */
function deniedText(denied: readonly string[]): string {
  return denied
    .map(
      (permission) =>
        `${DENIED_MISSES[permission] ?? 'a listing'} could not be read (${permission} was denied)`,
    )
    .join(', and ');
}

const DENIED_MISSES: Readonly<Record<string, string>> = {
  'lambda:ListEventSourceMappings': 'the event source mappings',
  'lambda:GetPolicy': "the function's resource policy",
};

/**
 * trigger-check: fail refuses the release, before anything changes, listing every finding,
 * and refuses one it could not check.
 */
export function refuseTriggers(check: TriggerCheck, functionName: string): void {
  const { findings, alias, denied } = check;
  if (findings.length === 0 && denied.length === 0) return;
  const one = findings.length === 1;
  const them = one ? 'it' : 'them';
  const outside = alias === undefined ? 'directly' : `outside alias '${alias}'`;
  const hint =
    alias === undefined
      ? `Remove ${them}, or set trigger-check: warn to release anyway.`
      : `Point ${them} at alias '${alias}', remove ${them}, or set trigger-check: warn to release anyway.`;
  const unchecked =
    denied.length === 0
      ? ''
      : ` The check was not complete: ${deniedText(denied)}; grant ${denied.length === 1 ? 'it' : 'them'}.`;
  throw new InputError(
    'trigger-check',
    findings.length === 0
      ? `fail refuses a release it cannot check: ${deniedText(denied)}, so the triggers that may ` +
          `bypass ${listed(check.bypassed)} are unknown. Nothing was changed. Grant ` +
          `${denied.join(' and ')}, or set trigger-check: warn to release anyway.`
      : `fail refuses this release: ${findings.length} ${one ? 'trigger reaches' : 'triggers reach'} ` +
          `${functionName} ${outside} and would bypass ${listed(check.bypassed)}: ` +
          `${findings.map(briefly).join('; ')}. Nothing was changed. ${hint}${unchecked}`,
  );
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? 'the release';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** "event source mapping from arn:aws:sqs:...:orders (Enabled) on $LATEST". */
export function briefly(finding: TriggerFinding): string {
  const target = finding.kind === 'event-source-mapping' ? finding.target : LATEST;
  return `${subjectOf(finding)} on ${targetText(target)}`;
}
