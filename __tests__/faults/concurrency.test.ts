import { GetFunctionCommand } from '@aws-sdk/client-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import {
  createTestFunction,
  lambdaClient,
  motoEndpoint,
  uniqueFunctionName,
} from '../support/aws.js';
import { FaultProxy, type FaultRule, type RequestMatcher } from '../support/fault-proxy.js';
import {
  createAlias,
  getFunction,
  publishVersion,
  updateAlias,
  updateFunctionCode,
} from '../support/lambda-faults.js';
import { aliasRouting, publishedVersions } from '../support/lambda-state.js';
import { mapLimited } from '../support/map-limited.js';
import { digestOf } from '../support/package-fixtures.js';

// Two deploys of different packages to one function, started together as two processes of
// dist/index.js. Each must publish a version holding its own package, or fail saying that
// another deploy changed the function meanwhile; never report a version holding the other's
// code, never move the alias after failing. moto enforces neither PublishVersion's CodeSha256
// nor its RevisionId precondition (and publishes whatever $LATEST holds), so here it is the
// action's own checks that keep the promise.

const ALIAS = 'live';

/**
 * One proxy in front of moto for each of the two racing runs, fresh for each test: both
 * runs talk to the same function, so their requests are told apart (and held) by proxy.
 */
function useRunProxies(): () => { readonly a: FaultProxy; readonly b: FaultProxy } {
  let started: { a: FaultProxy; b: FaultProxy } | undefined;
  beforeEach(async () => {
    const [a, b] = await Promise.all([
      FaultProxy.start(motoEndpoint()),
      FaultProxy.start(motoEndpoint()),
    ]);
    started = { a, b };
  });
  afterEach(async () => {
    await Promise.all([started?.a.stop(), started?.b.stop()]);
    started = undefined;
  });
  return () => {
    if (started === undefined) throw new Error('useRunProxies: the proxies run only inside a test');
    return started;
  };
}

const proxies = useRunProxies();

/** Holds the requests `match` picks for `milliseconds`, then forwards them to moto. */
function held(
  match: RequestMatcher,
  milliseconds: number,
  options: Pick<FaultRule, 'times' | 'after'> = {},
): FaultRule {
  return { match, behaviour: { kind: 'delay', milliseconds }, ...options };
}

/** A function deployed once by the action, straight to moto, with alias `live`. */
async function deployedWithLiveAlias(label: string) {
  const name = await createTestFunction(uniqueFunctionName(label));
  const first = await runDeployAction(
    await workspaceWithSource(`first deploy of ${name}`),
    { 'function-name': name, source: 'app', alias: ALIAS },
    motoEndpoint(),
  );
  expect(first.exitCode, runOutput(first)).toBe(0);
  expect(await aliasRouting(name, ALIAS)).toEqual({
    version: first.outputs['version'],
    weights: {},
  });
  return {
    name,
    codeSha256: first.outputs['code-sha256'] ?? '',
    versions: (await publishedVersions(name)).map((version) => version.Version ?? ''),
  };
}

/** The two racing runs' workspaces: the same function, two different packages. */
async function racingWorkspaces(name: string): Promise<{ a: string; b: string }> {
  const [a, b] = await Promise.all([
    workspaceWithSource(`run A's code for ${name}`),
    workspaceWithSource(`run B's code for ${name}`),
  ]);
  return { a, b };
}

function deploy(name: string, workspace: string, proxy: FaultProxy): Promise<DeployRun> {
  return runDeployAction(
    workspace,
    { 'function-name': name, source: 'app', alias: ALIAS, publish: 'true' },
    proxy.endpoint,
  );
}

interface Racer {
  readonly label: 'A' | 'B';
  readonly run: DeployRun;
  readonly proxy: FaultProxy;
  /** Base64 SHA-256 of the zip the run built, computed here from the file. */
  readonly sha256: string;
}

async function racer(label: 'A' | 'B', run: DeployRun, proxy: FaultProxy): Promise<Racer> {
  const packagePath = run.outputs['package-path'];
  expect(packagePath, `run ${label} built no package\n${runOutput(run)}`).toBeDefined();
  const { sha256 } = await digestOf(packagePath ?? '');
  expect(run.outputs['code-sha256'], `run ${label}'s code-sha256 output`).toBe(sha256);
  return { label, run, proxy, sha256 };
}

/** The CodeSha256 moto holds for one published version. */
async function codeOf(name: string, version: string): Promise<string | undefined> {
  const response = await lambdaClient().send(
    new GetFunctionCommand({ FunctionName: name, Qualifier: version }),
  );
  return response.Configuration?.CodeSha256;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How one racing run ended. */
type Outcome =
  /** Exit 0: it published `version`, holding its own package, and moved the alias to it. */
  | { readonly kind: 'published'; readonly version: string }
  /** Exit 1: the function ran the other's code once its update settled; nothing published. */
  | { readonly kind: 'changed before publishing' }
  /** Exit 1: the version its PublishVersion got, `version`, holds the other's code. */
  | { readonly kind: 'changed after publishing'; readonly version: string };

/**
 * Checks one run against what a user reads: its outputs and error, and moto's state.
 * The only failures accepted are the action's two messages that say another deploy
 * changed the function meanwhile, naming the other run's code and this run's; a third one,
 * for Lambda's own refusal of the PublishVersion precondition, moto never gives cause for.
 */
async function outcomeOf(name: string, self: Racer, other: Racer): Promise<Outcome> {
  const { run, label } = self;
  const context = `run ${label}\n${runOutput(run)}`;
  if (run.exitCode === 0) {
    expect(run.errors, context).toEqual([]);
    const version = run.outputs['version'] ?? '';
    expect(version, context).toMatch(/^\d+$/);
    const functionArn = run.outputs['function-arn'] ?? '';
    expect(run.outputs['version-arn'], context).toBe(`${functionArn}:${version}`);
    expect(run.outputs['alias-arn'], context).toBe(`${functionArn}:${ALIAS}`);
    const published = await codeOf(name, version);
    expect(published, `version ${version}, which ${context}`).toBe(self.sha256);
    expect(published, `version ${version}, which ${context}`).not.toBe(other.sha256);
    return { kind: 'published', version };
  }

  expect(run.exitCode, context).toBe(1);
  expect(run.errors, context).toHaveLength(1);
  const message = run.errors[0] ?? '';
  // A run that fails has moved no alias and reports no version.
  expect(self.proxy.count(updateAlias(name, ALIAS)), context).toBe(0);
  expect(self.proxy.count(createAlias(name)), context).toBe(0);
  expect(run.outputs, context).not.toHaveProperty('version');
  expect(run.outputs, context).not.toHaveProperty('alias-arn');

  const prefix = `^Another deploy changed function '${escaped(name)}' meanwhile: `;
  const before = new RegExp(
    `${prefix}it now runs code (\\S+), not the (\\S+) this run uploaded, ` +
      'so no version was published and no alias moved$',
  ).exec(message);
  if (before !== null) {
    expect(before.slice(1), context).toEqual([other.sha256, self.sha256]);
    expect(self.proxy.count(publishVersion(name)), context).toBe(0);
    return { kind: 'changed before publishing' };
  }
  const after = new RegExp(
    `${prefix}version (\\d+) holds code (\\S+), not the (\\S+) this run deployed, ` +
      'so no alias moved$',
  ).exec(message);
  if (after !== null) {
    const version = after[1] ?? '';
    expect(after.slice(2), context).toEqual([other.sha256, self.sha256]);
    expect(self.proxy.count(publishVersion(name)), context).toBe(1);
    // What it says of the version is true.
    expect(await codeOf(name, version), `version ${version} named by ${context}`).toBe(
      other.sha256,
    );
    return { kind: 'changed after publishing', version };
  }
  throw new Error(`run ${label} failed without saying that another deploy changed the function:
${message}\n${context}`);
}

/**
 * Checks both runs and the function they raced on: at least one published; every version
 * they left holds the code of a run that succeeded and reported exactly that version; the
 * alias points at one of those, with no split.
 */
async function checkRace(
  target: { name: string; codeSha256: string; versions: string[] },
  a: Racer,
  b: Racer,
): Promise<{ a: Outcome; b: Outcome }> {
  const { name } = target;
  expect(a.sha256).not.toBe(b.sha256);
  expect([a.sha256, b.sha256]).not.toContain(target.codeSha256);
  const outcomes = { a: await outcomeOf(name, a, b), b: await outcomeOf(name, b, a) };
  const both = `run A: ${JSON.stringify(outcomes.a)}, run B: ${JSON.stringify(outcomes.b)}`;
  expect([outcomes.a.kind, outcomes.b.kind], both).toContain('published');

  const versions = await publishedVersions(name);
  const holders = versions.map((v) => ({ version: v.Version ?? '', code: v.CodeSha256 ?? '' }));
  expect(
    holders.slice(0, target.versions.length).map((v) => v.version),
    both,
  ).toEqual(target.versions);
  const owners = { [a.sha256]: a, [b.sha256]: b };
  for (const { version, code } of holders.slice(target.versions.length)) {
    const owner = owners[code];
    const what = `version ${version} (code ${code}); ${both}`;
    expect(owner, `${what}: holds neither run's code`).toBeDefined();
    expect(owner?.run.exitCode, `${what}: its run failed`).toBe(0);
    expect(owner?.run.outputs['version'], `${what}: its run reported another`).toBe(version);
  }

  const alias = await aliasRouting(name, ALIAS);
  expect(alias?.weights, both).toEqual({});
  const aliasCode = await codeOf(name, alias?.version ?? '');
  const aliasOwner = [a, b].find((r) => r.sha256 === aliasCode);
  expect(
    aliasOwner,
    `alias ${ALIAS} -> ${alias?.version}, code ${aliasCode}; ${both}`,
  ).toBeDefined();
  expect(aliasOwner?.run.exitCode, both).toBe(0);
  expect(aliasOwner?.run.outputs['version'], both).toBe(alias?.version);
  return outcomes;
}

/** Milliseconds between polls of the proxies' records. */
const POLL_MS = 10;

/**
 * Polls `condition` until it holds and returns when it did (Date.now()); fails when `run`
 * ends first or after `timeoutMs`.
 */
async function until(
  condition: () => boolean,
  run: Promise<DeployRun>,
  what: string,
  timeoutMs = 20_000,
): Promise<number> {
  let ended: string | undefined;
  void run.then(
    (done) => (ended = runOutput(done)),
    (error: unknown) => (ended = String(error)),
  );
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (condition()) return Date.now();
    if (ended !== undefined) throw new Error(`the run ended before ${what}\n${ended}`);
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** True once moto has answered a request `match` picks with a 2xx, through `proxy`. */
function accepted(proxy: FaultProxy, match: RequestMatcher): boolean {
  return proxy.requests.some(
    (request) =>
      match(request) &&
      request.status !== undefined &&
      request.status >= 200 &&
      request.status < 300,
  );
}

/** How long a forced interleaving holds run A's request: time for run B to start and update. */
const HOLD_MS = 5_000;

interface Round {
  readonly description: string;
  readonly a?: (name: string) => FaultRule;
  readonly b?: (name: string) => FaultRule;
}

/** Rounds of the free race; the delays move the runs' steps against each other. */
const ROUNDS: readonly Round[] = [
  { description: 'started together' },
  { description: 'started together' },
  {
    description: "A's PublishVersion held 300 ms",
    a: (name) => held(publishVersion(name), 300),
  },
  {
    description: "B's PublishVersion held 300 ms",
    b: (name) => held(publishVersion(name), 300),
  },
  {
    description: "A's first poll after its update held 300 ms",
    a: (name) => held(getFunction(name), 300, { times: 1, after: updateFunctionCode(name) }),
  },
  {
    description: "B's first poll after its update held 300 ms",
    b: (name) => held(getFunction(name), 300, { times: 1, after: updateFunctionCode(name) }),
  },
  {
    description: "A's UpdateFunctionCode held 200 ms",
    a: (name) => held(updateFunctionCode(name), 200),
  },
  {
    description: "B's UpdateFunctionCode held 200 ms",
    b: (name) => held(updateFunctionCode(name), 200),
  },
];

/**
 * How many rounds race at once. Each races on a function of its own and the proxies' rules
 * and counts go by function name, so rounds side by side do not meet.
 */
const ROUNDS_AT_ONCE = 2;

describe('two deploys of different packages to one function at the same time', () => {
  it('each publishes a version with its own code or fails saying the function changed meanwhile', async () => {
    const { a: proxyA, b: proxyB } = proxies();
    const tally = await mapLimited(ROUNDS, ROUNDS_AT_ONCE, async (round, index) => {
      const target = await deployedWithLiveAlias(`race-${index}`);
      const { name } = target;
      if (round.a !== undefined) proxyA.inject(round.a(name));
      if (round.b !== undefined) proxyB.inject(round.b(name));
      const workspaces = await racingWorkspaces(name);

      const [runA, runB] = await Promise.all([
        deploy(name, workspaces.a, proxyA),
        deploy(name, workspaces.b, proxyB),
      ]);

      const outcomes = await checkRace(
        target,
        await racer('A', runA, proxyA),
        await racer('B', runB, proxyB),
      );
      return `round ${index + 1} (${round.description}): A ${outcomes.a.kind}, B ${outcomes.b.kind}`;
    });
    console.log(`concurrent deploys:\n${tally.join('\n')}`);
  }, 120_000);

  it("B's update between A's update and A's PublishVersion: A fails, names the version holding B's code, moves no alias", async () => {
    const target = await deployedWithLiveAlias('race-publish');
    const { name } = target;
    const { a: proxyA, b: proxyB } = proxies();
    const publishA = proxyA.inject(held(publishVersion(name), HOLD_MS, { times: 1 }));
    // B's PublishVersion lands after A's, so that A's is the one that creates the version.
    proxyB.inject(held(publishVersion(name), HOLD_MS, { times: 1 }));
    const workspaces = await racingWorkspaces(name);

    const pendingA = deploy(name, workspaces.a, proxyA);
    const heldAt = await until(() => publishA.used === 1, pendingA, "A's PublishVersion");
    const pendingB = deploy(name, workspaces.b, proxyB);
    const updatedAt = await until(
      () => accepted(proxyB, updateFunctionCode(name)),
      pendingB,
      "B's UpdateFunctionCode accepted",
    );
    // A's PublishVersion reached the proxy no later than heldAt and goes on HOLD_MS after.
    expect(updatedAt, "B's update landed while A's PublishVersion was held").toBeLessThan(
      heldAt - POLL_MS + HOLD_MS,
    );
    const [runA, runB] = await Promise.all([pendingA, pendingB]);

    const a = await racer('A', runA, proxyA);
    const b = await racer('B', runB, proxyB);
    const outcomes = await checkRace(target, a, b);
    expect(outcomes.b.kind).toBe('published');
    const versionB = outcomes.b.kind === 'published' ? outcomes.b.version : '';
    // moto published $LATEST, B's code, for A's PublishVersion: the version B then got.
    expect(outcomes.a).toEqual({ kind: 'changed after publishing', version: versionB });
    expect(runA.errors[0]).toContain('no alias moved');
    expect(proxyA.count(publishVersion(name))).toBe(1);
    expect(await aliasRouting(name, ALIAS)).toEqual({ version: versionB, weights: {} });
    const codes = (await publishedVersions(name)).map((version) => version.CodeSha256);
    expect(codes).not.toContain(a.sha256);
    expect(codes.filter((code) => code === b.sha256)).toHaveLength(1);
  }, 60_000);

  it("B's update between A's update and A's wait for it: A fails before publishing, B releases its code", async () => {
    const target = await deployedWithLiveAlias('race-settle');
    const { name } = target;
    const { a: proxyA, b: proxyB } = proxies();
    const pollA = proxyA.inject(
      held(getFunction(name), HOLD_MS, { times: 1, after: updateFunctionCode(name) }),
    );
    const workspaces = await racingWorkspaces(name);

    const pendingA = deploy(name, workspaces.a, proxyA);
    const heldAt = await until(() => pollA.used === 1, pendingA, "A's first poll after its update");
    const pendingB = deploy(name, workspaces.b, proxyB);
    const updatedAt = await until(
      () => accepted(proxyB, updateFunctionCode(name)),
      pendingB,
      "B's UpdateFunctionCode accepted",
    );
    expect(updatedAt, "B's update landed while A's poll was held").toBeLessThan(
      heldAt - POLL_MS + HOLD_MS,
    );
    const [runA, runB] = await Promise.all([pendingA, pendingB]);

    const a = await racer('A', runA, proxyA);
    const b = await racer('B', runB, proxyB);
    const outcomes = await checkRace(target, a, b);
    expect(outcomes.a).toEqual({ kind: 'changed before publishing' });
    expect(outcomes.b.kind).toBe('published');
    const versionB = outcomes.b.kind === 'published' ? outcomes.b.version : '';
    expect(await aliasRouting(name, ALIAS)).toEqual({ version: versionB, weights: {} });
    const codes = (await publishedVersions(name)).map((version) => version.CodeSha256);
    expect(codes).not.toContain(a.sha256);
  }, 60_000);
});
