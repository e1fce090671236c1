import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { AliasRevisions } from '../support/alias-revisions.js';
import { createTestFunction, motoEndpoint, uniqueFunctionName } from '../support/aws.js';
import { defaultEmulations, FaultProxy, type InjectedFault } from '../support/fault-proxy.js';
import { updateAlias } from '../support/lambda-faults.js';
import { aliasRouting, publishedVersions } from '../support/lambda-state.js';
import { digestOf } from '../support/package-fixtures.js';

// Two deploys move alias live at once: run A sends 10 % to its version, run B promotes its
// own to 100 %. A's UpdateAlias is held at the proxy until B has finished, so it carries the
// alias's RevisionId from before B's move. Lambda refuses it (412); the action must then read
// the alias, see that it is not what this run asked for, and fail saying so, leaving B's
// routing alone. moto ignores RevisionId: the two proxies share one emulated store of alias
// RevisionIds (alias-revisions.ts), as Lambda has one.

const ALIAS = 'live';
/** The longest A's UpdateAlias is held, should B never finish. */
const HOLD_LIMIT_MS = 30_000;

let store: AliasRevisions;
let proxies: { a: FaultProxy; b: FaultProxy } | undefined;

beforeEach(async () => {
  store = new AliasRevisions();
  const start = () =>
    FaultProxy.start(motoEndpoint(), {
      emulations: defaultEmulations(new URL(motoEndpoint()).origin, { aliasRevisions: store }),
    });
  const [a, b] = await Promise.all([start(), start()]);
  proxies = { a, b };
});

afterEach(async () => {
  await Promise.all([proxies?.a.stop(), proxies?.b.stop()]);
  proxies = undefined;
});

function started(): { a: FaultProxy; b: FaultProxy } {
  if (proxies === undefined) throw new Error('the proxies run only inside a test');
  return proxies;
}

/** Polls until `fault` has acted once; fails when `run` ends first or after `timeoutMs`. */
async function untilHeld(fault: InjectedFault, run: Promise<DeployRun>, timeoutMs = 20_000) {
  let ended: string | undefined;
  void run.then(
    (done) => (ended = runOutput(done)),
    (error: unknown) => (ended = String(error)),
  );
  const deadline = Date.now() + timeoutMs;
  while (fault.used === 0) {
    if (ended !== undefined) throw new Error(`run A ended before its UpdateAlias\n${ended}`);
    if (Date.now() > deadline) throw new Error(`run A sent no UpdateAlias within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('two deploys moving one alias at the same time', () => {
  it('the one whose UpdateAlias comes second fails saying the alias changed meanwhile', async () => {
    const name = await createTestFunction(uniqueFunctionName('alias-race'));
    const first = await runDeployAction(
      await workspaceWithSource(`first code of ${name}`),
      { 'function-name': name, source: 'app', alias: ALIAS },
      motoEndpoint(),
    );
    expect(first.exitCode, runOutput(first)).toBe(0);
    const before = first.outputs['version'] ?? '';
    expect(await aliasRouting(name, ALIAS)).toEqual({ version: before, weights: {} });
    const [workspaceA, workspaceB] = await Promise.all([
      workspaceWithSource(`run A's code for ${name}`),
      workspaceWithSource(`run B's code for ${name}`),
    ]);
    const { a: proxyA, b: proxyB } = started();
    let releaseA: () => void = () => undefined;
    const bDone = new Promise<void>((resolve) => (releaseA = resolve));
    const heldA = proxyA.inject({
      match: updateAlias(name, ALIAS),
      times: 1,
      behaviour: { kind: 'delay', milliseconds: HOLD_LIMIT_MS, until: bDone },
    });

    const pendingA = runDeployAction(
      workspaceA,
      { 'function-name': name, source: 'app', alias: ALIAS, traffic: '10' },
      proxyA.endpoint,
    );
    await untilHeld(heldA, pendingA);
    const runB = await runDeployAction(
      workspaceB,
      { 'function-name': name, source: 'app', alias: ALIAS, traffic: '100' },
      proxyB.endpoint,
    );
    releaseA();
    const runA = await pendingA;

    // B promoted its own version.
    expect(runB.exitCode, `run B\n${runOutput(runB)}`).toBe(0);
    const versionB = runB.outputs['version'] ?? '';
    expect(versionB).toMatch(/^\d+$/);
    const codeB = (await digestOf(runB.outputs['package-path'] ?? '')).sha256;
    const versions = await publishedVersions(name);
    expect(versions.find((version) => version.Version === versionB)?.CodeSha256).toBe(codeB);

    // A's UpdateAlias, sent with the RevisionId from before B's move, was refused.
    expect(runA.exitCode, `run A\n${runOutput(runA)}`).toBe(1);
    expect(proxyA.requests.filter(updateAlias(name, ALIAS)).map((r) => r.status)).toEqual([412]);
    expect(store.refused).toBe(1);
    expect(runA.errors, `run A\n${runOutput(runA)}`).toHaveLength(1);
    const message = runA.errors[0] ?? '';
    expect(message).toContain('changed meanwhile');
    expect(message).toContain(`'${ALIAS}'`);
    // It names the routing it found: B's version, alone.
    expect(message).toMatch(new RegExp(`\\b${versionB}\\b`));
    expect(runA.outputs).not.toHaveProperty('alias-arn');

    // live routes everything to B's version, with no weights left by A.
    expect(await aliasRouting(name, ALIAS)).toEqual({ version: versionB, weights: {} });
  }, 60_000);
});
