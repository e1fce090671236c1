import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput } from '../support/action-run.js';
import { readFunction } from '../support/aws.js';
import { useFaultProxy, type CannedResponse, type RequestMatcher } from '../support/fault-proxy.js';
import {
  answerGarbled,
  answerLost,
  anyOf,
  createFunctionUrl,
  getAlias,
  getFunction,
  listVersions,
  publishVersion,
  updateAlias,
  updateFunctionCode,
  updateFunctionConfiguration,
} from '../support/lambda-faults.js';
import { aliasRouting, publishedVersions, versionNumbers } from '../support/lambda-state.js';
import { digestOf } from '../support/package-fixtures.js';
import { deployedWithLiveAlias } from '../support/released-function.js';

// Every answer of a change is lost (moto applies it each time; the proxy resets the
// connection instead of answering): the action must look again, carry on when the change is
// there as asked, and when it cannot look either, say that the outcome is unknown rather than
// claim a state. Relies on the emulated alias RevisionIds (alias-revisions.ts): a retried
// UpdateAlias meets a 412, whose answer is lost as well.

const proxy = useFaultProxy();
const ALIAS = 'live';

/** Lambda's answer when it fails internally. */
const SERVICE_EXCEPTION: CannedResponse = {
  status: 500,
  headers: {
    'content-type': 'application/json',
    'x-amzn-errortype': 'ServiceException',
    'x-amzn-requestid': '00000000-0000-4000-8000-000000000500',
  },
  body: JSON.stringify({ __type: 'ServiceException', message: 'internal' }),
};

function statuses(matcher: RequestMatcher): (number | undefined)[] {
  return proxy()
    .requests.filter(matcher)
    .map((request) => request.status);
}

/** After moto accepted a request `after` picks, every request `match` picks is reset. */
function resetAfter(match: RequestMatcher, after: RequestMatcher) {
  return { match, after, behaviour: { kind: 'reset' } } as const;
}

function deploy(workspace: string, name: string, more: Record<string, string> = {}) {
  return runDeployAction(
    workspace,
    { 'function-name': name, source: 'app', alias: ALIAS, 'request-timeout': '2', ...more },
    proxy().endpoint,
  );
}

describe('the bundled action when every answer to PublishVersion is lost', () => {
  it('reads the version moto published and carries on', async () => {
    const before = await deployedWithLiveAlias();
    const { name } = before;
    const lost = proxy().inject(answerLost(publishVersion(name)));

    const run = await deploy(before.workspace, name);

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(lost.used, 'PublishVersion answers lost').toBeGreaterThanOrEqual(1);
    expect(statuses(publishVersion(name))[0]).toBe(201);
    const versions = await publishedVersions(name);
    const last = versions.at(-1);
    expect(versions).toHaveLength(before.versions.length + 1);
    const expected = await digestOf(run.outputs['package-path'] ?? '');
    expect(last?.CodeSha256).toBe(expected.sha256);
    expect(run.outputs['version']).toBe(last?.Version);
    expect(await aliasRouting(name, ALIAS)).toEqual({ version: last?.Version, weights: {} });
  }, 45_000);

  it('says the outcome is unknown when it cannot read the versions either', async () => {
    const before = await deployedWithLiveAlias();
    const { name } = before;
    proxy().inject(answerLost(publishVersion(name)));
    const rereads = proxy().inject(
      resetAfter(anyOf(listVersions(name), getFunction(name)), publishVersion(name)),
    );

    const run = await deploy(before.workspace, name);

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(rereads.used, 'reads after PublishVersion that were reset').toBeGreaterThanOrEqual(1);
    expect(run.errors, runOutput(run)).toHaveLength(1);
    const message = run.errors[0] ?? '';
    expect(message).toContain('unknown');
    expect(message).not.toMatch(/no version was published/i);
    expect(run.outputs).not.toHaveProperty('version');
    // moto did publish it, and the alias was not moved.
    expect(await versionNumbers(name)).toHaveLength(before.versions.length + 1);
    expect(proxy().count(updateAlias(name, ALIAS))).toBe(0);
    expect(await aliasRouting(name, ALIAS)).toEqual({ version: before.version, weights: {} });
  }, 45_000);
});

describe('the bundled action when every answer to UpdateAlias is lost', () => {
  it('reads the alias, finds it moved as asked, and carries on', async () => {
    const before = await deployedWithLiveAlias();
    const { name } = before;
    const lost = proxy().inject(answerLost(updateAlias(name, ALIAS)));

    const run = await deploy(before.workspace, name);

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(lost.used, 'UpdateAlias answers lost').toBeGreaterThanOrEqual(1);
    // The first was applied (moto answers 201); the retries carried a stale RevisionId: 412.
    const [first, ...retries] = statuses(updateAlias(name, ALIAS));
    expect(first).toBe(201);
    expect(
      retries.every((status) => status === 412),
      `retries: ${retries.join(', ')}`,
    ).toBe(true);
    const version = run.outputs['version'] ?? '';
    expect(version).toMatch(/^\d+$/);
    expect(version).not.toBe(before.version);
    expect(run.outputs['alias-arn']).toMatch(new RegExp(`:function:${name}:${ALIAS}$`));
    expect(await aliasRouting(name, ALIAS)).toEqual({ version, weights: {} });
  }, 45_000);

  it('says the outcome is unknown when it cannot read the alias either', async () => {
    const before = await deployedWithLiveAlias();
    const { name } = before;
    proxy().inject(answerLost(updateAlias(name, ALIAS)));
    const rereads = proxy().inject(resetAfter(getAlias(name, ALIAS), updateAlias(name, ALIAS)));

    const run = await deploy(before.workspace, name);

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(rereads.used, 'GetAlias after UpdateAlias that were reset').toBeGreaterThanOrEqual(1);
    expect(run.errors, runOutput(run)).toHaveLength(1);
    const message = run.errors[0] ?? '';
    expect(message).toContain('unknown');
    expect(message).not.toContain('still points to');
    // moto did move it.
    const newest = (await versionNumbers(name)).at(-1);
    expect(newest).not.toBe(before.version);
    expect(await aliasRouting(name, ALIAS)).toEqual({ version: newest, weights: {} });
  }, 45_000);
});

describe('the bundled action when the function URL step fails after the alias moved', () => {
  it('says where the alias now points', async () => {
    const before = await deployedWithLiveAlias();
    const { name } = before;
    proxy().inject({
      match: createFunctionUrl(name),
      behaviour: { kind: 'respond', response: SERVICE_EXCEPTION },
    });

    const run = await deploy(before.workspace, name, { 'function-url': 'public' });

    expect(run.exitCode, runOutput(run)).toBe(1);
    const moved = await aliasRouting(name, ALIAS);
    expect(moved?.version).not.toBe(before.version);
    expect(moved?.weights).toEqual({});
    expect(run.errors, runOutput(run)).toHaveLength(1);
    const message = run.errors[0] ?? '';
    expect(message).toContain('function URL');
    expect(message).toMatch(
      new RegExp(`alias '${ALIAS}'[^.]*\\b(version )?${moved?.version ?? 'none'}\\b`),
    );
    expect(message).not.toContain(`still points to version ${before.version}`);
  }, 45_000);
});

describe('the bundled action when an answer is not JSON', () => {
  const cases = [
    {
      call: 'UpdateFunctionConfiguration',
      match: updateFunctionConfiguration,
      inputs: { 'memory-size': '256' },
    },
    { call: 'UpdateFunctionCode', match: updateFunctionCode, inputs: {} },
  ] as const;
  for (const { call, match, inputs } of cases) {
    it(`says the answer to ${call} (HTTP 200) could not be read`, async () => {
      const before = await deployedWithLiveAlias();
      const { name } = before;
      const garbled = proxy().inject(answerGarbled(match(name)));

      const run = await deploy(before.workspace, name, inputs);

      expect(run.exitCode, runOutput(run)).toBe(1);
      expect(garbled.used).toBeGreaterThanOrEqual(1);
      expect(run.errors, runOutput(run)).toHaveLength(1);
      const message = run.errors[0] ?? '';
      expect(message).toContain('HTTP 200');
      expect(message).toContain('could not be read');
      expect(message).not.toContain('Deserialization error');
      expect(message).toContain(`function '${name}'`);
      // Nothing was released.
      expect(proxy().count(publishVersion(name))).toBe(0);
      expect(await aliasRouting(name, ALIAS)).toEqual({ version: before.version, weights: {} });
      if (call === 'UpdateFunctionConfiguration') {
        // moto applied it; the deploy never got to the code.
        expect(proxy().count(updateFunctionCode(name))).toBe(0);
        expect((await readFunction(name)).CodeSha256).toBe(before.codeSha256);
      }
    }, 45_000);
  }
});
