import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput } from '../support/action-run.js';
import { readFunction } from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import {
  getFunction,
  publishVersion,
  updateAlias,
  updateFunctionCode,
} from '../support/lambda-faults.js';
import { aliasRouting, versionNumbers } from '../support/lambda-state.js';
import { deployedWithLiveAlias } from '../support/released-function.js';
import { useTrickleFront } from '../support/trickle-front.js';

// An answer that trickles (its status at once, then a byte every few seconds) never trips an
// inactivity timer. Every attempt also has a limit on its whole duration (request-timeout,
// plus the time its body needs at 64 KiB/s), so the step ends within bounds, naming the call.
// The trickle front sits in front of the fault proxy, which records what reached moto.

const proxy = useFaultProxy();
const front = useTrickleFront(() => proxy().endpoint);

describe('the bundled action when AWS answers a byte at a time', () => {
  it('cuts off an UpdateFunctionCode answer that trickles (a byte every 1 s, request-timeout 2) and fails within bounds, naming the call', async () => {
    const before = await deployedWithLiveAlias();
    const { name } = before;
    const trickled = front().trickle({ match: updateFunctionCode(name), everyMs: 1_000 });

    const started = performance.now();
    const run = await runDeployAction(
      before.workspace,
      { 'function-name': name, source: 'app', alias: 'live', 'request-timeout': '2' },
      front().endpoint,
    );
    const seconds = (performance.now() - started) / 1000;

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(seconds, runOutput(run)).toBeLessThan(150);
    // The SDK's six attempts, each cut off.
    expect(trickled.used()).toBe(6);
    expect(run.errors, runOutput(run)).toHaveLength(1);
    const message = run.errors[0] ?? '';
    expect(message).toContain(`Could not update the function code (function '${name}')`);
    expect(message).toContain(
      'AWS answered too slowly: not all of the answer arrived within 2 s (request-timeout) after 6 attempts',
    );
    expect(message).toMatch(/no version was published and no alias moved/i);
    // moto applied the update (the answer was what trickled); nothing was released from it.
    expect(proxy().count(publishVersion(name))).toBe(0);
    expect(proxy().count(updateAlias(name, 'live'))).toBe(0);
    expect(await versionNumbers(name)).toEqual(before.versions);
    expect(await aliasRouting(name, 'live')).toEqual({ version: before.version, weights: {} });
  }, 160_000);

  it('fails before any change when the first read trickles, naming the read', async () => {
    const before = await deployedWithLiveAlias();
    const { name } = before;
    front().trickle({ match: getFunction(name), everyMs: 1_000 });

    const run = await runDeployAction(
      before.workspace,
      { 'function-name': name, source: 'app', alias: 'live', 'request-timeout': '2' },
      front().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors, runOutput(run)).toHaveLength(1);
    expect(run.errors[0]).toContain(`function '${name}'`);
    expect(run.errors[0]).toContain('AWS answered too slowly');
    expect(run.errors[0]).toContain('within 2 s (request-timeout)');
    expect(proxy().count(updateFunctionCode(name))).toBe(0);
    expect((await readFunction(name)).CodeSha256).toBe(before.codeSha256);
  }, 60_000);
});
