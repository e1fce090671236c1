import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput } from '../support/action-run.js';
import { useFaultProxy, type FaultRule, type RequestMatcher } from '../support/fault-proxy.js';
import { deleteFunction, listAliases, listVersions } from '../support/lambda-faults.js';
import { aliasRouting, readAlias } from '../support/lambda-state.js';
import { deployedWithLiveAlias } from '../support/released-function.js';

// A list call that answers the same NextMarker forever (a broken gateway, a service bug)
// must not keep the step going: every listing stops on a marker it has seen, and after a page
// cap. Where the listing is best-effort (pruning), that is a warning; elsewhere an error.

const proxy = useFaultProxy();

/** Every answer of `match` says there is another page, at the same marker. */
function loopingMarker(match: RequestMatcher): FaultRule {
  return {
    match,
    behaviour: {
      kind: 'rewrite-json',
      rewrite: (body: unknown) => ({ ...(body as object), NextMarker: 'same-marker-again' }),
    },
  };
}

describe('the bundled action when a listing never ends', () => {
  it('stops a version listing that loops while pruning, warns naming the call, and keeps the release', async () => {
    const before = await deployedWithLiveAlias();
    const { name } = before;
    proxy().inject(loopingMarker(listVersions(name)));

    const started = performance.now();
    const run = await runDeployAction(
      before.workspace,
      { 'function-name': name, source: 'app', alias: 'live', 'keep-versions': '1' },
      proxy().endpoint,
    );
    const seconds = (performance.now() - started) / 1000;

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(seconds).toBeLessThan(60);
    // The first page, then the one the marker named; the marker came again, so no third.
    expect(proxy().count(listVersions(name))).toBe(2);
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
    expect(warnings, runOutput(run)).toHaveLength(1);
    expect(warnings[0]).toContain('keep-versions: no version was removed');
    expect(warnings[0]).toContain(
      'ListVersionsByFunction answered page 2 with a NextMarker it had given before',
    );
    expect(proxy().count(deleteFunction(name))).toBe(0);
    const version = run.outputs['version'] ?? '';
    expect(await aliasRouting(name, 'live')).toEqual({ version, weights: {} });
  }, 90_000);

  it('fails a preview removal whose alias listing loops, naming the call, and deletes nothing', async () => {
    const before = await deployedWithLiveAlias();
    const { name } = before;
    proxy().inject(loopingMarker(listAliases(name)));

    const run = await runDeployAction(
      before.workspace,
      { 'function-name': name, alias: 'live', 'delete-alias': 'true' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(proxy().count(listAliases(name))).toBe(2);
    expect(run.errors, runOutput(run)).toHaveLength(1);
    expect(run.errors[0]).toContain(
      'ListAliases answered page 2 with a NextMarker it had given before',
    );
    expect(proxy().count(deleteFunction(name))).toBe(0);
    expect(await readAlias(name, 'live')).toBeDefined();
  }, 90_000);
});
