// Safe releases: the smoke test before traffic, traffic in steps behind alarms, rollback, pruning.
import { InputError } from '../errors.js';
import { JsonSyntaxError, parseJsonText } from './json-text.js';
import { parseInteger, type ReadInput } from './values.js';
import { readWorkspaceFile } from './workspace-file.js';
import type { InputName } from './schema.js';

export interface SmokeTest {
  /** The JSON payload, as text, exactly as it is sent. */
  readonly payload: string;
  /** A JSON value the answer must contain (objects by key, recursively; the rest equal). */
  readonly expect: unknown;
  /** Whether `expect` was given (it may be given as JSON null). */
  readonly expects: boolean;
  /** smoke-test-tenant-id: the TenantId a per-tenant function is invoked with. */
  readonly tenantId?: string | undefined;
}

export interface Rollout {
  /** Percent of the alias's traffic for the new version at each step, rising, 1 to 100. */
  readonly steps: readonly number[];
  /** How long each step but the last holds, in seconds. */
  readonly intervalSeconds: number;
  /** CloudWatch alarm names that roll the alias back when any is in ALARM. */
  readonly alarms: readonly string[];
}

/** The largest payload Lambda takes in a synchronous Invoke. */
const MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;

/** smoke-test: JSON, or @path to a JSON file in the workspace. */
export function parseSmokeTest(read: ReadInput, workspace: string): SmokeTest | undefined {
  const given = read('smoke-test');
  const expected = read('smoke-test-expect');
  const tenantId = parseTenantId(read('smoke-test-tenant-id'));
  if (given === '') {
    if (expected !== '') {
      throw new InputError('smoke-test-expect', 'needs smoke-test: the payload to invoke with');
    }
    if (tenantId !== undefined) {
      throw new InputError('smoke-test-tenant-id', 'needs smoke-test: the payload to invoke with');
    }
    return undefined;
  }
  const file = given.startsWith('@') ? given.slice(1) : undefined;
  const payload = file === undefined ? given : readPayloadFile(file, workspace);
  parseJson('smoke-test', payload, file === undefined ? '' : `'@${file}' `);
  if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
    throw new InputError('smoke-test', `is over Lambda's ${MAX_PAYLOAD_BYTES} bytes for a payload`);
  }
  return {
    payload,
    expect: expected === '' ? undefined : parseJson('smoke-test-expect', expected),
    expects: expected !== '',
    ...(tenantId === undefined ? {} : { tenantId }),
  };
}

/** Lambda's TenantId pattern and length: 1 to 256 of these characters. */
const TENANT_ID = /^[a-zA-Z0-9._:/=+\-@ ]{1,256}$/;

function parseTenantId(value: string): string | undefined {
  if (value === '') return undefined;
  if (!TENANT_ID.test(value)) {
    throw new InputError(
      'smoke-test-tenant-id',
      `'${value}' is not a tenant ID: 1 to 256 letters, digits, spaces or . _ : / = + - @`,
    );
  }
  return value;
}

function readPayloadFile(file: string, workspace: string): string {
  return readWorkspaceFile({
    input: 'smoke-test',
    path: file,
    shown: `'@${file}'`,
    workspace,
    maxBytes: MAX_PAYLOAD_BYTES,
    tooLarge: (bytes) =>
      `is ${bytes} bytes, over Lambda's ${MAX_PAYLOAD_BYTES} bytes for a payload`,
    // The wording smoke-test has always used for a missing file.
    missing: 'is not a readable file in the workspace',
  });
}

/** The text may hold a secret: the error says where it is not JSON, never what is there. */
function parseJson(input: InputName, text: string, shown = ''): unknown {
  try {
    return parseJsonText(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw new InputError(input, `${shown}${error.message}`);
  }
}

/** traffic: one percentage, or rising steps such as 10,50,100. */
export function parseTrafficSteps(value: string): readonly number[] {
  if (value === '') return [100];
  const steps = value.split(',').map((part) => part.trim());
  const numbers = steps.map((step) =>
    parseInteger('traffic', step, { min: 1, max: 100, fallback: 100, unit: 'percent' }),
  );
  for (let index = 1; index < numbers.length; index++) {
    if ((numbers[index] ?? 0) <= (numbers[index - 1] ?? 0)) {
      throw new InputError(
        'traffic',
        `'${value}': steps must rise, each above the one before (such as 10,50,100)`,
      );
    }
  }
  return numbers;
}

const DURATION = /^(\d+)\s*(s|m|h)?$/;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600 } as const;
/** GitHub ends a job after 6 hours. */
const MAX_INTERVAL_SECONDS = 21_600;

/** traffic-interval: '30s', '5m', '1h' or seconds; default 5 minutes. */
export function parseInterval(value: string): number {
  if (value === '') return 300;
  const match = DURATION.exec(value);
  const seconds =
    match === null ? NaN : Number(match[1]) * UNIT_SECONDS[(match[2] ?? 's') as 's' | 'm' | 'h'];
  if (!(seconds >= 1 && seconds <= MAX_INTERVAL_SECONDS)) {
    throw new InputError(
      'traffic-interval',
      `'${value}' is not a duration from 1s to 6h, such as 30s, 5m or 1h`,
    );
  }
  return seconds;
}

/** CloudWatch's rule for alarm names: 1 to 255 characters, no control characters. */
export function parseAlarms(value: string): readonly string[] {
  const names = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  for (const name of names) {
    if (name.length > 255 || /\p{Cc}/u.test(name)) {
      throw new InputError(
        'alarms',
        `'${name}' is not a CloudWatch alarm name (1 to 255 characters)`,
      );
    }
  }
  return [...new Set(names)];
}

export function parseRollout(read: ReadInput, alias: string | undefined): Rollout {
  const steps = parseTrafficSteps(read('traffic'));
  const intervalGiven = read('traffic-interval') !== '';
  const alarms = parseAlarms(read('alarms'));
  const first = steps[0] ?? 100;
  if (alias === undefined && (first < 100 || steps.length > 1)) {
    throw new InputError(
      'traffic',
      `'${read('traffic')}' needs an alias: set alias to split its traffic`,
    );
  }
  if (steps.length === 1 && intervalGiven) {
    throw new InputError('traffic-interval', 'applies only to traffic in steps, such as 10,50,100');
  }
  if (alarms.length > 0 && alias === undefined) {
    throw new InputError('alarms', 'need an alias to roll back: set alias');
  }
  return { steps, intervalSeconds: parseInterval(read('traffic-interval')), alarms };
}

/** rollback-to: 'previous' or a version number. */
export function parseRollbackTarget(value: string): string {
  if (value === 'previous' || /^[1-9]\d{0,9}$/.test(value)) return value;
  throw new InputError(
    'rollback-to',
    `'${value}' is not 'previous' or a version number${value === '$LATEST' ? ' ($LATEST cannot be rolled back to: it is not a published version)' : ''}`,
  );
}

/** keep-versions: how many of the newest published versions to keep; undefined keeps all. */
export function parseKeepVersions(read: ReadInput): number | undefined {
  const value = read('keep-versions');
  if (value === '') return undefined;
  return parseInteger('keep-versions', value, {
    min: 1,
    max: 10_000,
    fallback: 1,
    unit: 'versions',
  });
}
