import * as core from './runner/commands.js';
import type { DeployConfig } from './inputs.js';

const known = new Set<string>();

/**
 * Masks `value` in the runner's log (setSecret) and remembers it, so that text the
 * action prints itself, such as an AWS error quoting its request, can be redacted first.
 * For values that are secrets by what they are (credentials, tokens); a value that only may
 * be one goes through maskIfSecret.
 */
export function keepSecret(value: string): void {
  if (value.trim() === '' || known.has(value)) return;
  core.setSecret(value);
  // Redacting a short value ('test', an emulator's key) from messages would garble them, and no
  // real credential is that short.
  if (value.length >= MIN_SECRET_LENGTH) known.add(value);
}

/** `text` with every secret seen so far replaced by ***. */
export function redact(text: string): string {
  const longestFirst = [...known].sort((a, b) => b.length - a.length);
  return longestFirst.reduce((redacted, secret) => redacted.split(secret).join('***'), text);
}

/** What the deploy names in its log and outputs; a mask must not hide any of it. */
export interface DeployFacts {
  /** function-name as given: a name, a partial ARN or an ARN. */
  readonly functionName: string;
  /** The function's ARN, once read, or as it will be created; undefined before that. */
  readonly functionArn: string | undefined;
  readonly alias: string | undefined;
  readonly region: string;
}

/** No credential is shorter; masking 'prod' or 'true' would garble every name holding it. */
const MIN_SECRET_LENGTH = 8;

export type MaskDecision = 'mask' | 'keep' | 'undecided';

/**
 * The rule for a value that may be a secret (an environment variable's): masked unless it is
 * under 8 characters or occurs (case-sensitively) in the function's name, its ARN, the alias
 * or the region. The runner would replace it by *** wherever it shows, function-arn and
 * function-name outputs included (and it drops job outputs holding a mask).
 * Before the ARN is known, only its account ID (and partition) are unknown: a value that could
 * be part of it is 'undecided' until then.
 */
export function maskDecision(value: string, facts: DeployFacts): MaskDecision {
  if (value.length < MIN_SECRET_LENGTH) return 'keep';
  const named = [facts.functionName, facts.alias ?? '', facts.region];
  if (named.some((fact) => fact.includes(value))) return 'keep';
  const arn =
    facts.functionArn ?? (facts.functionName.startsWith('arn:') ? facts.functionName : '');
  if (arn !== '') return arn.includes(value) ? 'keep' : 'mask';
  return PARTITIONS.some((partition) => fitsTemplate(value, arnTemplate(partition, facts)))
    ? 'undecided'
    : 'mask';
}

/** Masks each of `values` that maskDecision says to mask now. */
export function maskIfSecret(values: Iterable<string>, facts: DeployFacts): void {
  for (const value of values) {
    if (maskDecision(value, facts) === 'mask') keepSecret(value);
  }
}

/**
 * The ARN a function created with `roleArn` gets: iam:PassRole passes only a role of the
 * caller's own account, so the partition and account are the role's.
 */
export function arnOfCreated(
  functionName: string,
  region: string,
  roleArn: string | undefined,
): string | undefined {
  const [, partition, , , account] = roleArn?.split(':') ?? [];
  if (partition === undefined || account === undefined || account === '') return undefined;
  const name = functionName.slice(functionName.lastIndexOf(':') + 1);
  return `arn:${partition}:lambda:${region}:${account}:function:${name}`;
}

const PARTITIONS = [
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
];

/** The function's ARN with its account ID unknown: 12 digits from `accountAt` on. */
interface ArnTemplate {
  readonly text: string;
  readonly accountAt: number;
}

const ACCOUNT_LENGTH = 12;

function arnTemplate(partition: string, facts: DeployFacts): ArnTemplate {
  const name = facts.functionName.slice(facts.functionName.lastIndexOf(':') + 1);
  const head = `arn:${partition}:lambda:${facts.region}:`;
  return {
    text: `${head}${'0'.repeat(ACCOUNT_LENGTH)}:function:${name}`,
    accountAt: head.length,
  };
}

/** Whether `value` occurs in the template's text for some account ID. */
function fitsTemplate(value: string, { text, accountAt }: ArnTemplate): boolean {
  const fitsAt = (start: number): boolean => {
    for (let offset = 0; offset < value.length; offset++) {
      const at = start + offset;
      const inAccount = at >= accountAt && at < accountAt + ACCOUNT_LENGTH;
      const char = value.charAt(offset);
      if (inAccount ? !/\d/.test(char) : text.charAt(at) !== char) return false;
    }
    return true;
  };
  for (let start = 0; start + value.length <= text.length; start++) {
    if (fitsAt(start)) return true;
  }
  return false;
}

/**
 * Masks the values that may be secrets, by the rule in maskDecision: first with the inputs,
 * before anything is printed, then once the function's ARN is known (before any request that
 * carries them), when only values that could be part of its account ID were left to decide.
 */
export function maskEnvironment(
  config: DeployConfig,
  values: readonly string[],
  functionArn: string | undefined,
): void {
  maskIfSecret(values, {
    functionName: config.functionName,
    // A function's role is in its own account, so a role given names the ARN's account too.
    functionArn:
      functionArn ?? arnOfCreated(config.functionName, config.region, config.settings.role),
    alias: config.release.alias,
    region: config.region,
  });
}

/**
 * configure-aws-credentials masks these already; credentials set some other way (a plain
 * `env:` block) would otherwise show in the log if an error ever echoed one.
 */
export function maskCredentials(env: NodeJS.ProcessEnv): void {
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
    keepSecret(env[name]?.trim() ?? '');
  }
}
