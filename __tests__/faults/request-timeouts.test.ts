import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput } from '../support/action-run.js';
import { readFunction } from '../support/aws.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import {
  getFunction,
  held,
  publishVersion,
  updateAlias,
  updateFunctionCode,
} from '../support/lambda-faults.js';
import { aliasRouting, versionNumbers } from '../support/lambda-state.js';
import { digestOf } from '../support/package-fixtures.js';
import { deployedWithLiveAlias } from '../support/released-function.js';

// A request that gets no answer at all (the proxy holds it: neither forwards nor answers)
// must not hang the step: request-timeout bounds each attempt, wait-timeout bounds a wait
// including the request in flight. Small values keep each test to seconds.

const proxy = useFaultProxy();

function statuses(matcher: RequestMatcher): (number | undefined)[] {
  return proxy()
    .requests.filter(matcher)
    .map((request) => request.status);
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - started) / 1000 };
}

describe('the bundled action when AWS does not answer', () => {
  it('fails naming the call and request-timeout when UpdateFunctionCode never gets an answer', async () => {
    const before = await deployedWithLiveAlias();
    const { name } = before;
    const hold = proxy().inject(held(updateFunctionCode(name)));

    const { result: run, seconds } = await timed(() =>
      runDeployAction(
        before.workspace,
        { 'function-name': name, source: 'app', alias: 'live', 'request-timeout': '1' },
        proxy().endpoint,
      ),
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(seconds, runOutput(run)).toBeLessThan(45);
    expect(hold.used, 'attempts the proxy held').toBeGreaterThanOrEqual(2);
    expect(run.errors, runOutput(run)).toHaveLength(1);
    const message = run.errors[0] ?? '';
    expect(message).toContain('update the function code');
    expect(message).toContain(`function '${name}'`);
    expect(message).toContain('no answer within 1 s (request-timeout)');
    expect(message).toMatch(/no version was published and no alias moved/i);
    // None of the attempts reached moto: the function is as it was.
    expect(statuses(updateFunctionCode(name)).every((status) => status === undefined)).toBe(true);
    expect((await readFunction(name)).CodeSha256).toBe(before.codeSha256);
    expect(proxy().count(publishVersion(name))).toBe(0);
    expect(proxy().count(updateAlias(name, 'live'))).toBe(0);
    expect(await versionNumbers(name)).toEqual(before.versions);
    expect(await aliasRouting(name, 'live')).toEqual({ version: before.version, weights: {} });
  }, 60_000);

  it('gives up at wait-timeout when the poll after the update gets no answer, whatever request-timeout says', async () => {
    const before = await deployedWithLiveAlias();
    const { name } = before;
    const hold = proxy().inject({
      match: getFunction(name),
      after: updateFunctionCode(name),
      behaviour: { kind: 'hold' },
    });

    const { result: run, seconds } = await timed(() =>
      runDeployAction(
        before.workspace,
        {
          'function-name': name,
          source: 'app',
          alias: 'live',
          'wait-timeout': '3',
          'request-timeout': '60',
        },
        proxy().endpoint,
      ),
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(hold.used, 'polls the proxy held').toBeGreaterThanOrEqual(1);
    expect(seconds, runOutput(run)).toBeLessThan(15);
    expect(run.errors, runOutput(run)).toHaveLength(1);
    expect(run.errors[0]).toContain('wait-timeout');
    expect(run.errors[0]).toContain(`function '${name}'`);
    // The update was accepted, and nothing was released from it.
    expect(statuses(updateFunctionCode(name))).toEqual([200]);
    expect(proxy().count(publishVersion(name))).toBe(0);
    expect(await aliasRouting(name, 'live')).toEqual({ version: before.version, weights: {} });
  }, 40_000);

  it('retries an UpdateFunctionCode that got no answer once, and deploys once', async () => {
    const before = await deployedWithLiveAlias();
    const { name } = before;
    const hold = proxy().inject(held(updateFunctionCode(name), 1));

    const run = await runDeployAction(
      before.workspace,
      { 'function-name': name, source: 'app', alias: 'live', 'request-timeout': '2' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.errors).toEqual([]);
    expect(hold.used).toBe(1);
    expect(statuses(updateFunctionCode(name))).toEqual([undefined, 200]);
    const expected = await digestOf(run.outputs['package-path'] ?? '');
    const version = run.outputs['version'] ?? '';
    expect(run.outputs).toMatchObject({ deployed: 'true', 'code-sha256': expected.sha256 });
    expect((await readFunction(name)).CodeSha256).toBe(expected.sha256);
    expect(await versionNumbers(name)).toEqual([...before.versions, version]);
    expect(await aliasRouting(name, 'live')).toEqual({ version, weights: {} });
  }, 40_000);
});
