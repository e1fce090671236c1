import type { Invocation } from '../aws/function-state.js';
import type { LambdaFunction } from '../aws/lambda-function.js';
import { DeployError } from '../errors.js';
import type { SmokeTest } from '../inputs.js';
import type { Logger } from '../logger.js';
import { redact } from '../secrets.js';

/** A smoke test that failed; the run's `smoke-test` output says so. */
export class SmokeTestFailed extends DeployError {
  readonly outputs = { 'smoke-test': 'failed' };
}

/**
 * Invokes the new version with the smoke test's payload, before any traffic reaches it.
 * Fails on a function error, or when the answer does not contain what smoke-test-expect
 * gives; the log tail is printed either way.
 */
export async function runSmokeTest(
  lambda: LambdaFunction,
  qualifier: string,
  test: SmokeTest,
  log: Logger,
  /** What is invoked, in words: "version 8", or "alias 'live'" for smoke-test-after. */
  what = `version ${qualifier}`,
): Promise<void> {
  const tenant = test.tenantId === undefined ? '' : ` as tenant '${test.tenantId}'`;
  log.info(`Invoking ${what}${tenant} with the smoke-test payload`);
  const answer = await lambda.invoke(qualifier, test.payload, test.tenantId);
  printLogTail(answer, log);
  const failure = judge(answer, test);
  if (failure !== undefined) {
    throw new SmokeTestFailed(`Smoke test of ${what} failed: ${redact(failure)}`);
  }
  log.info(`Smoke test passed: ${what} answered ${redact(shorten(answer.payload))}`);
}

/** Why the answer fails the test, or undefined when it passes. */
export function judge(answer: Invocation, test: SmokeTest): string | undefined {
  if (answer.functionError !== undefined) {
    return `the function failed (${answer.functionError}): ${errorMessageOf(answer.payload)}`;
  }
  if (!test.expects) return undefined;
  let actual: unknown;
  try {
    actual = JSON.parse(answer.payload) as unknown;
  } catch {
    return `it answered ${shorten(answer.payload)}, which is not JSON, but smoke-test-expect needs JSON`;
  }
  return contains(actual, test.expect)
    ? undefined
    : `its answer ${shorten(answer.payload)} does not contain what smoke-test-expect gives, ${shorten(JSON.stringify(test.expect))}`;
}

/** Objects: every expected key, recursively; arrays and scalars: equal. */
export function contains(actual: unknown, expected: unknown): boolean {
  if (isObject(expected)) {
    return (
      isObject(actual) &&
      Object.entries(expected).every(
        ([key, value]) => Object.hasOwn(actual, key) && contains(actual[key], value),
      )
    );
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, index) => contains(actual[index], item))
    );
  }
  return Object.is(actual, expected);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lambda's error answer is {"errorMessage": ..., "errorType": ...}. */
function errorMessageOf(payload: string): string {
  try {
    const parsed = JSON.parse(payload) as { errorMessage?: unknown; errorType?: unknown };
    if (typeof parsed.errorMessage === 'string') {
      return typeof parsed.errorType === 'string'
        ? `${parsed.errorType}: ${parsed.errorMessage}`
        : parsed.errorMessage;
    }
  } catch {
    // Not JSON: shown as it is.
  }
  return shorten(payload);
}

function printLogTail(answer: Invocation, log: Logger): void {
  if (answer.logTail.trim() === '') return;
  log.info('The end of its log:');
  for (const line of redact(answer.logTail).trimEnd().split('\n')) log.info(`  ${line}`);
}

function shorten(text: string): string {
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}
