// The planner is a pure function of (inputs, what was read, what was built): these tests give
// it literals for all three and check the plan, with no client and no mock at all.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toFunctionState, type FunctionState } from '../../../src/aws/function-state.js';
import type { LayerVersion } from '../../../src/aws/lambda-layer.js';
import type { AliasState } from '../../../src/aws/lambda-release-shapes.js';
import { DeployError } from '../../../src/errors.js';
import type { DeploymentPackage } from '../../../src/package/package-contents.js';
import { NEW_VERSION } from '../../../src/resources/versions/plan.js';
import { planAlias } from '../../../src/resources/alias/plan.js';
import { planDeploy, type BuiltCode, type DeployPlan } from '../../../src/plan/deploy-plan.js';
import { configurationSignature, type VersionState } from '../../../src/resources/versions/plan.js';
import { type DeployState } from '../../../src/plan/deploy-state.js';
import { planJson, planLines, type PlanJson } from '../../../src/plan/plan-output.js';
import { asInputError, thrownBy } from '../helpers/errors.js';
import { deployConfig, functionState, ROLE } from '../helpers/plan-fixtures.js';
import {
  FUNCTION_ARN,
  FUNCTION_NAME,
  OLD_SHA256,
  functionConfiguration,
} from '../helpers/lambda.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const NEW_SHA256 = sha256('new code');

/** What the run built: a zip, described as preparePackage would (never read here). */
const PACKAGE: DeploymentPackage = {
  path: '/home/runner/work/_temp/orders-api.zip',
  size: 8,
  sha256: NEW_SHA256,
  contents: { fileCount: 1, unzippedSize: 8 },
};
const LAYER_PACKAGE: DeploymentPackage = {
  path: '/home/runner/work/_temp/orders-deps-layer.zip',
  size: 20,
  sha256: sha256('layer code'),
  contents: { fileCount: 2, unzippedSize: 40 },
};
const ZIP: BuiltCode = {
  code: { kind: 'zip', package: PACKAGE, upload: { kind: 'direct' } },
  layer: undefined,
};

const REPOSITORY = '123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api';
const hexDigest = (text: string) => createHash('sha256').update(text).digest('hex');
const RUNNING_DIGEST = hexDigest('image v1');
const OTHER_DIGEST = hexDigest('image v2');
const image = (uri: string): BuiltCode => ({ code: { kind: 'image', uri }, layer: undefined });

const LAYER_ARN = 'arn:aws:lambda:us-east-1:123456789012:layer:orders-deps';
const OTEL_LAYER = 'arn:aws:lambda:us-east-1:123456789012:layer:otel:7';

const config = deployConfig;

const CREATABLE = {
  'create-if-missing': 'true',
  role: ROLE,
  runtime: 'nodejs22.x',
  handler: 'index.handler',
};
const IMAGE_INPUTS = (uri: string) => ({ source: '', 'image-uri': uri });
const LAYER_INPUTS = { 'layer-name': 'orders-deps', 'layer-source': 'layer' };

const fn = functionState;

/** The function running this run's package already. */
const RUNNING = fn({ CodeSha256: NEW_SHA256 });

/** An Image function that runs RUNNING_DIGEST, from a tag. */
const IMAGE_FUNCTION = toFunctionState(
  functionConfiguration({ PackageType: 'Image', CodeSha256: RUNNING_DIGEST, Role: ROLE }),
  {},
  {
    RepositoryType: 'ECR',
    ImageUri: `${REPOSITORY}:v1`,
    ResolvedImageUri: `${REPOSITORY}@sha256:${RUNNING_DIGEST}`,
  },
);

/** Published version `version` as GetFunctionConfiguration gives it: `state`'s code and settings. */
function versionOf(version: string, state: FunctionState): VersionState {
  return {
    version,
    arn: `${FUNCTION_ARN}:${version}`,
    codeSha256: state.codeSha256,
    signature: configurationSignature(state),
  };
}

function alias(
  version: string,
  weights: Record<string, number> = {},
  revisionId = 'alias-rev-1',
): AliasState {
  return { name: 'live', arn: `${FUNCTION_ARN}:live`, version, weights, revisionId };
}

function layerVersion(version: number, codeSha256: string): LayerVersion {
  return {
    arn: `${LAYER_ARN}:${String(version)}`,
    version,
    codeSha256,
    compatibleRuntimes: [],
    compatibleArchitectures: [],
  };
}

const PUBLIC_IDS = ['lambda-deploy-url-public', 'lambda-deploy-url-public-invoke'];

/** What readDeployState found: the function (RUNNING unless given) and nothing else. */
function state(read: Partial<DeployState> = {}): DeployState {
  return {
    function: RUNNING,
    layerNewest: undefined,
    alias: undefined,
    versions: [],
    url: undefined,
    statementIds: new Set(),
    alarms: new Map(),
    ...read,
  };
}

/** A plan that changes nothing: the function runs the package and nothing else is asked. */
const NOTHING: PlanJson = {
  changes: false,
  function: { name: FUNCTION_NAME, action: 'update' },
  code: { action: 'skip', from: NEW_SHA256, to: NEW_SHA256 },
  configuration: [],
  tags: [],
  layer: null,
  version: { action: 'none', version: null },
  alias: null,
  functionUrl: null,
  prune: null,
  smokeTest: false,
  traffic: null,
};

interface Case {
  /** What the row checks. */
  readonly what: string;
  readonly inputs?: Record<string, string>;
  readonly read?: Partial<DeployState>;
  readonly built?: BuiltCode;
  /** The parts of planJson(plan) that differ from NOTHING. */
  readonly plan: Partial<PlanJson>;
  /** Checks on the plan where the JSON hides a field. */
  readonly also?: (plan: DeployPlan) => void;
}

function planOf(row: Pick<Case, 'inputs' | 'read' | 'built'>): DeployPlan {
  return planDeploy(config(row.inputs), state(row.read), row.built ?? ZIP);
}

function checkRows(rows: readonly Case[]): void {
  it.each(rows.map((row) => [row.what, row] as const))('%s', (_what, row) => {
    const plan = planOf(row);
    expect(planJson(plan)).toEqual({ ...NOTHING, ...row.plan });
    row.also?.(plan);
  });
}

describe('planDeploy: the function', () => {
  checkRows([
    {
      what: 'creates a missing function with create-if-missing; settings and tags go in CreateFunction',
      inputs: { ...CREATABLE, 'memory-size': '256', tags: 'team=orders' },
      read: { function: undefined },
      plan: {
        changes: true,
        function: { name: FUNCTION_NAME, action: 'create' },
        code: { action: 'create', from: null, to: NEW_SHA256 },
        // Every setting CreateFunction will send, as an update's plan lists its changes.
        configuration: [
          { setting: 'handler', from: '', to: 'index.handler', source: 'input' },
          { setting: 'runtime', from: '', to: 'nodejs22.x', source: 'input' },
          { setting: 'memory-size', from: '', to: '256', source: 'input' },
          { setting: 'role', from: '', to: ROLE, source: 'input' },
        ],
      },
      also: (plan) => {
        expect(plan.function.found).toBeUndefined();
        expect(plan.configuration.update).toEqual({});
        expect(plan.tags).toEqual({});
      },
    },
    {
      what: 'creates a missing function and its alias, version and URL',
      inputs: { ...CREATABLE, alias: 'live', 'function-url': 'iam' },
      read: { function: undefined },
      plan: {
        changes: true,
        function: { name: FUNCTION_NAME, action: 'create' },
        code: { action: 'create', from: null, to: NEW_SHA256 },
        configuration: [
          { setting: 'handler', from: '', to: 'index.handler', source: 'input' },
          { setting: 'runtime', from: '', to: 'nodejs22.x', source: 'input' },
          { setting: 'role', from: '', to: ROLE, source: 'input' },
        ],
        version: { action: 'publish', version: null },
        alias: { name: 'live', action: 'create', before: null, after: NEW_VERSION },
        functionUrl: { action: 'create', auth: 'AWS_IAM' },
      },
    },
    {
      what: 'updates an existing function that runs other code',
      read: { function: fn() },
      plan: { changes: true, code: { action: 'update', from: OLD_SHA256, to: NEW_SHA256 } },
      also: (plan) => {
        // Apply carries what was read (its RevisionId) as its precondition.
        expect(plan.function.found?.revisionId).toBe('revision-1');
      },
    },
  ]);
});

describe('planDeploy: the code', () => {
  checkRows([
    { what: 'skips the same package with skip-unchanged (the default)', plan: {} },
    {
      what: 'updates the same package with skip-unchanged false',
      inputs: { 'skip-unchanged': 'false' },
      plan: { changes: true, code: { action: 'update', from: NEW_SHA256, to: NEW_SHA256 } },
    },
    {
      what: "updates the same package when the function's last update Failed",
      read: { function: fn({ CodeSha256: NEW_SHA256, LastUpdateStatus: 'Failed' }) },
      plan: { changes: true, code: { action: 'update', from: NEW_SHA256, to: NEW_SHA256 } },
    },
    {
      what: 'updates the same package to change the architecture, and lists that change',
      inputs: { architectures: 'arm64' },
      plan: {
        changes: true,
        code: { action: 'update', from: NEW_SHA256, to: NEW_SHA256 },
        configuration: [{ setting: 'architectures', from: 'x86_64', to: 'arm64', source: 'input' }],
      },
      also: (plan) => {
        expect(plan.code.architecture).toEqual({
          setting: 'architectures',
          from: 'x86_64',
          to: 'arm64',
        });
        // The architecture goes with UpdateFunctionCode, not UpdateFunctionConfiguration.
        expect(plan.configuration.update).toEqual({});
      },
    },
    {
      what: 'skips the same package when the architecture given is the one it has',
      inputs: { architectures: 'x86_64' },
      plan: {},
    },
    {
      what: 'skips an image named by the digest the function runs',
      inputs: IMAGE_INPUTS(`${REPOSITORY}@sha256:${RUNNING_DIGEST}`),
      read: { function: IMAGE_FUNCTION },
      built: image(`${REPOSITORY}@sha256:${RUNNING_DIGEST}`),
      plan: {
        code: {
          action: 'skip',
          from: `${REPOSITORY}@sha256:${RUNNING_DIGEST}`,
          to: `${REPOSITORY}@sha256:${RUNNING_DIGEST}`,
        },
      },
    },
    {
      what: 'updates an image named by another digest',
      inputs: IMAGE_INPUTS(`${REPOSITORY}@sha256:${OTHER_DIGEST}`),
      read: { function: IMAGE_FUNCTION },
      built: image(`${REPOSITORY}@sha256:${OTHER_DIGEST}`),
      plan: {
        changes: true,
        code: {
          action: 'update',
          from: `${REPOSITORY}@sha256:${RUNNING_DIGEST}`,
          to: `${REPOSITORY}@sha256:${OTHER_DIGEST}`,
        },
      },
    },
    {
      what: 'updates an image named by tag, even the tag the function was deployed with',
      inputs: IMAGE_INPUTS(`${REPOSITORY}:v1`),
      read: { function: IMAGE_FUNCTION },
      built: image(`${REPOSITORY}:v1`),
      plan: {
        changes: true,
        code: {
          action: 'update',
          from: `${REPOSITORY}@sha256:${RUNNING_DIGEST}`,
          to: `${REPOSITORY}:v1`,
        },
      },
    },
  ]);

  it.each([
    ['a zip for an Image function', IMAGE_FUNCTION, ZIP, 'package type Image'],
    ['an image for a Zip function', fn(), image(`${REPOSITORY}:v2`), 'package type Zip'],
  ])('refuses %s', (_what, found, built, message) => {
    const error = thrownBy(() => planDeploy(config(), state({ function: found }), built));
    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain(`Function '${FUNCTION_NAME}' has ${message}`);
  });
});

describe('planDeploy: settings and tags', () => {
  const WITH_ENV = fn(
    { CodeSha256: NEW_SHA256, Environment: { Variables: { A: 'a-secret', B: 'b-secret' } } },
    { team: 'payments', owner: 'ops' },
  );

  checkRows([
    {
      what: 'lists each setting that differs, and sends only those',
      inputs: { 'memory-size': '512', timeout: '30', handler: 'index.handler' },
      plan: {
        changes: true,
        configuration: [
          { setting: 'memory-size', from: '128', to: '512', source: 'input' },
          { setting: 'timeout', from: '3', to: '30', source: 'input' },
        ],
      },
      also: (plan) => {
        expect(plan.configuration.update).toEqual({ MemorySize: 512, Timeout: 30 });
      },
    },
    {
      what: 'lists no setting when each one given matches',
      inputs: { 'memory-size': '128', runtime: 'nodejs22.x', role: ROLE },
      plan: {},
      also: (plan) => {
        expect(plan.configuration.update).toEqual({});
      },
    },
    {
      what: 'merges the environment: names only in the plan, every value in the update',
      inputs: { environment: 'B=b-changed-secret\nC=c-secret' },
      read: { function: WITH_ENV },
      plan: {
        changes: true,
        configuration: [
          {
            setting: 'environment',
            from: 'A, B',
            to: 'A, B (changed), C (added)',
            source: 'input',
          },
        ],
      },
      also: (plan) => {
        expect(plan.configuration.update).toEqual({
          Environment: { Variables: { A: 'a-secret', B: 'b-changed-secret', C: 'c-secret' } },
        });
      },
    },
    {
      what: 'replaces the environment: the variables not given are removed',
      inputs: { environment: 'B=b-changed-secret\nC=c-secret', 'environment-mode': 'replace' },
      read: { function: WITH_ENV },
      plan: {
        changes: true,
        configuration: [
          {
            setting: 'environment',
            from: 'A, B',
            to: 'A (removed), B (changed), C (added)',
            source: 'input',
          },
        ],
      },
      also: (plan) => {
        expect(plan.configuration.update).toEqual({
          Environment: { Variables: { B: 'b-changed-secret', C: 'c-secret' } },
        });
      },
    },
    {
      what: 'merges an environment the function already has: no change',
      inputs: { environment: 'A=a-secret' },
      read: { function: WITH_ENV },
      plan: {},
    },
    {
      what: 'sets the tags that are missing or differ, and leaves the others alone',
      inputs: { tags: 'team=payments\nstage=prod' },
      read: { function: WITH_ENV },
      plan: { changes: true, tags: ['stage'] },
      also: (plan) => {
        expect(plan.tags).toEqual({ stage: 'prod' });
        expect(plan.configuration.changes).toEqual([]);
      },
    },
    {
      what: 'sets no tag when each one given is there',
      inputs: { tags: 'team=payments' },
      read: { function: WITH_ENV },
      plan: {},
    },
  ]);

  it('never shows an environment value in the plan output or its lines', () => {
    const plan = planOf({
      inputs: { environment: 'B=b-changed-secret\nC=c-secret', 'environment-mode': 'replace' },
      read: { function: WITH_ENV },
    });
    const shown = JSON.stringify(planJson(plan)) + planLines(planJson(plan)).join('\n');
    for (const value of ['a-secret', 'b-secret', 'b-changed-secret', 'c-secret']) {
      expect(shown).not.toContain(value);
    }
  });
});

describe('planDeploy: the layer', () => {
  const WITH_LAYER: BuiltCode = { ...ZIP, layer: LAYER_PACKAGE };

  checkRows([
    {
      what: "publishes a layer the newest version of which holds other code, ':(new)' in the list",
      inputs: LAYER_INPUTS,
      read: { layerNewest: layerVersion(2, sha256('old layer')) },
      built: WITH_LAYER,
      plan: {
        changes: true,
        layer: { name: 'orders-deps', action: 'publish', layers: [`${LAYER_ARN}:(new)`] },
        configuration: [{ setting: 'layers', from: '', to: `${LAYER_ARN}:(new)`, source: 'input' }],
      },
      also: (plan) => {
        expect(plan.configuration.update).toEqual({ Layers: [`${LAYER_ARN}:(new)`] });
      },
    },
    {
      what: 'publishes the first version of a layer, in place among the layers the function has',
      inputs: LAYER_INPUTS,
      read: {
        function: fn({
          CodeSha256: NEW_SHA256,
          Layers: [{ Arn: OTEL_LAYER }, { Arn: `${LAYER_ARN}:2` }],
        }),
      },
      built: WITH_LAYER,
      plan: {
        changes: true,
        // No version is listed, so the attached one names the layer.
        layer: {
          name: 'orders-deps',
          action: 'publish',
          layers: [OTEL_LAYER, `${LAYER_ARN}:(new)`],
        },
        configuration: [
          {
            setting: 'layers',
            from: `${OTEL_LAYER}, ${LAYER_ARN}:2`,
            to: `${OTEL_LAYER}, ${LAYER_ARN}:(new)`,
            source: 'input',
          },
        ],
      },
    },
    {
      what: 'keeps the newest version when it holds the package, and attaches it',
      inputs: LAYER_INPUTS,
      read: {
        function: fn({ CodeSha256: NEW_SHA256, Layers: [{ Arn: OTEL_LAYER }] }),
        layerNewest: layerVersion(3, LAYER_PACKAGE.sha256),
      },
      built: WITH_LAYER,
      plan: {
        changes: true,
        layer: { name: 'orders-deps', action: 'keep', layers: [OTEL_LAYER, `${LAYER_ARN}:3`] },
        configuration: [
          {
            setting: 'layers',
            from: OTEL_LAYER,
            to: `${OTEL_LAYER}, ${LAYER_ARN}:3`,
            source: 'input',
          },
        ],
      },
    },
    {
      what: 'keeps the newest version the function already has: no change',
      inputs: LAYER_INPUTS,
      read: {
        function: fn({ CodeSha256: NEW_SHA256, Layers: [{ Arn: `${LAYER_ARN}:3` }] }),
        layerNewest: layerVersion(3, LAYER_PACKAGE.sha256),
      },
      built: WITH_LAYER,
      plan: {
        layer: { name: 'orders-deps', action: 'keep', layers: [`${LAYER_ARN}:3`] },
      },
    },
  ]);
});

describe('planDeploy: the version', () => {
  /** Version 3 holds what $LATEST (RUNNING) holds: its code and its settings. */
  const SAME = versionOf('3', RUNNING);

  checkRows([
    { what: 'publishes none without publish or alias', plan: {} },
    {
      what: 'publishes a new version of new code',
      inputs: { publish: 'true' },
      read: { function: fn(), versions: [versionOf('3', fn())] },
      plan: {
        changes: true,
        code: { action: 'update', from: OLD_SHA256, to: NEW_SHA256 },
        version: { action: 'publish', version: null },
      },
      also: (plan) => {
        expect(plan.release.publish).toBe(NEW_VERSION);
      },
    },
    {
      what: 'reuses the newest version when it holds the code and the settings of $LATEST',
      inputs: { publish: 'true' },
      read: { versions: [SAME] },
      plan: { version: { action: 'reuse', version: '3' } },
      also: (plan) => {
        expect(plan.release.publish).toEqual(SAME);
      },
    },
    {
      what: 'publishes a new version when the one found holds other code',
      inputs: { publish: 'true' },
      read: { versions: [{ ...SAME, codeSha256: OLD_SHA256 }] },
      plan: { changes: true, version: { action: 'publish', version: null } },
    },
    {
      what: 'publishes a new version when the one found has other settings',
      inputs: { publish: 'true' },
      read: { versions: [versionOf('3', fn({ CodeSha256: NEW_SHA256, MemorySize: 256 }))] },
      plan: { changes: true, version: { action: 'publish', version: null } },
    },
    {
      what: 'publishes a new version when a setting changes, even if a version holds the code',
      inputs: { publish: 'true', 'memory-size': '512' },
      read: { versions: [SAME] },
      plan: {
        changes: true,
        configuration: [{ setting: 'memory-size', from: '128', to: '512', source: 'input' }],
        version: { action: 'publish', version: null },
      },
    },
    {
      what: 'publishes a new version when the code is updated anyway (skip-unchanged false)',
      inputs: { publish: 'true', 'skip-unchanged': 'false' },
      read: { versions: [SAME] },
      plan: {
        changes: true,
        code: { action: 'update', from: NEW_SHA256, to: NEW_SHA256 },
        version: { action: 'publish', version: null },
      },
    },
    {
      what: 'publishes a new version when a new layer version is published',
      inputs: { publish: 'true', ...LAYER_INPUTS },
      read: {
        function: fn({ CodeSha256: NEW_SHA256, Layers: [{ Arn: `${LAYER_ARN}:2` }] }),
        layerNewest: layerVersion(2, sha256('old layer')),
        versions: [
          versionOf('3', fn({ CodeSha256: NEW_SHA256, Layers: [{ Arn: `${LAYER_ARN}:2` }] })),
        ],
      },
      built: { ...ZIP, layer: LAYER_PACKAGE },
      plan: {
        changes: true,
        layer: { name: 'orders-deps', action: 'publish', layers: [`${LAYER_ARN}:(new)`] },
        configuration: [
          { setting: 'layers', from: `${LAYER_ARN}:2`, to: `${LAYER_ARN}:(new)`, source: 'input' },
        ],
        version: { action: 'publish', version: null },
      },
    },
  ]);
});

describe('planDeploy: the alias', () => {
  const SAME_3 = versionOf('3', RUNNING);
  const SAME_4 = versionOf('4', RUNNING);
  const OLD_3 = versionOf('3', fn());

  checkRows([
    {
      what: 'creates a missing alias on the new version (traffic 100)',
      inputs: { alias: 'live' },
      read: { function: fn() },
      plan: {
        changes: true,
        code: { action: 'update', from: OLD_SHA256, to: NEW_SHA256 },
        version: { action: 'publish', version: null },
        alias: { name: 'live', action: 'create', before: null, after: NEW_VERSION },
      },
    },
    {
      what: 'moves all of the traffic to the new version with traffic 100',
      inputs: { alias: 'live' },
      read: { function: fn(), alias: alias('3'), versions: [OLD_3] },
      plan: {
        changes: true,
        code: { action: 'update', from: OLD_SHA256, to: NEW_SHA256 },
        version: { action: 'publish', version: null },
        alias: { name: 'live', action: 'update', before: '3', after: NEW_VERSION },
      },
      also: (plan) => {
        expect(plan.release.alias?.after).toEqual({ version: NEW_VERSION, weights: {} });
        // UpdateAlias carries the RevisionId it was read with.
        expect(plan.release.alias?.before?.revisionId).toBe('alias-rev-1');
      },
    },
    {
      what: 'keeps the primary and sends 10 % to the new version with traffic 10',
      inputs: { alias: 'live', traffic: '10' },
      read: { function: fn(), alias: alias('3'), versions: [OLD_3] },
      plan: {
        changes: true,
        code: { action: 'update', from: OLD_SHA256, to: NEW_SHA256 },
        version: { action: 'publish', version: null },
        alias: { name: 'live', action: 'update', before: '3', after: '3 (90 %) / new (10 %)' },
      },
      also: (plan) => {
        expect(plan.release.alias?.after).toEqual({
          version: '3',
          weights: { [NEW_VERSION]: 0.1 },
        });
        expect(plan.release.alias?.before).toEqual(alias('3'));
      },
    },
    {
      what: 'replaces an earlier canary with the new version, beside the same primary',
      inputs: { alias: 'live', traffic: '25' },
      read: {
        function: fn(),
        alias: alias('3', { '4': 0.1 }),
        versions: [OLD_3, versionOf('4', fn({ CodeSha256: sha256('canary') }))],
      },
      plan: {
        changes: true,
        code: { action: 'update', from: OLD_SHA256, to: NEW_SHA256 },
        version: { action: 'publish', version: null },
        alias: {
          name: 'live',
          action: 'update',
          before: '3 (90 %) / 4 (10 %)',
          after: '3 (75 %) / new (25 %)',
        },
      },
    },
    {
      what: 'keeps an alias that already routes all of its traffic to the version reused',
      inputs: { alias: 'live' },
      read: { alias: alias('3'), versions: [SAME_3] },
      plan: {
        version: { action: 'reuse', version: '3' },
        alias: { name: 'live', action: 'keep', before: '3', after: '3' },
      },
    },
    {
      what: 'keeps a canary that already sends the share asked to the version reused',
      inputs: { alias: 'live', traffic: '10' },
      read: { alias: alias('3', { '4': 0.1 }), versions: [OLD_3, SAME_4] },
      plan: {
        version: { action: 'reuse', version: '4' },
        alias: {
          name: 'live',
          action: 'keep',
          before: '3 (90 %) / 4 (10 %)',
          after: '3 (90 %) / 4 (10 %)',
        },
      },
    },
    {
      what: 'promotes the canary version reused with traffic 100, publishing none',
      inputs: { alias: 'live' },
      read: { alias: alias('3', { '4': 0.1 }), versions: [OLD_3, SAME_4] },
      plan: {
        changes: true,
        version: { action: 'reuse', version: '4' },
        alias: { name: 'live', action: 'update', before: '3 (90 %) / 4 (10 %)', after: '4' },
      },
      also: (plan) => {
        expect(plan.release.alias?.after).toEqual({ version: '4', weights: {} });
      },
    },
    {
      what: 'changes the canary share of the version reused',
      inputs: { alias: 'live', traffic: '50' },
      read: { alias: alias('3', { '4': 0.1 }), versions: [OLD_3, SAME_4] },
      plan: {
        changes: true,
        version: { action: 'reuse', version: '4' },
        alias: {
          name: 'live',
          action: 'update',
          before: '3 (90 %) / 4 (10 %)',
          after: '3 (50 %) / 4 (50 %)',
        },
      },
    },
    {
      what: 'creates a missing alias on the version reused',
      inputs: { alias: 'live', publish: 'true' },
      read: { versions: [SAME_3] },
      plan: {
        changes: true,
        version: { action: 'reuse', version: '3' },
        alias: { name: 'live', action: 'create', before: null, after: '3' },
      },
    },
  ]);

  it('refuses a canary on a missing alias, naming the traffic', () => {
    const error = thrownBy(() => planOf({ inputs: { alias: 'live', traffic: '10' } }));
    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain("Alias 'live' does not exist yet");
    expect(error.message).toContain('traffic 10');
  });

  it('refuses a canary that changes the role, naming role and traffic', () => {
    const error = asInputError(
      thrownBy(() =>
        planOf({
          inputs: { alias: 'live', traffic: '10', role: `${ROLE}-v2` },
          read: { alias: alias('3') },
        }),
      ),
    );
    expect(error.input).toBe('role');
    expect(error.message).toContain('traffic 10');
  });

  it('takes a role change with traffic 100', () => {
    const plan = planOf({
      inputs: { alias: 'live', role: `${ROLE}-v2` },
      read: { alias: alias('3') },
    });
    expect(planJson(plan).configuration).toEqual([
      { setting: 'role', from: ROLE, to: `${ROLE}-v2`, source: 'input' },
    ]);
  });

  describe('planAlias on its own', () => {
    it('plans nothing without an alias', () => {
      expect(planAlias(config(), undefined, NEW_VERSION)).toBeUndefined();
    });

    it('gives all of the traffic to a target that already is the primary, not a share', () => {
      expect(planAlias(config({ alias: 'live', traffic: '10' }), alias('3'), '3')).toEqual({
        name: 'live',
        before: alias('3'),
        action: 'keep',
        after: { version: '3', weights: {} },
      });
    });
  });
});

describe('planDeploy: the function URL', () => {
  checkRows([
    {
      what: "creates the alias's public URL with both statements",
      inputs: { alias: 'live', 'function-url': 'public' },
      read: { alias: alias('3'), versions: [versionOf('3', RUNNING)] },
      plan: {
        changes: true,
        version: { action: 'reuse', version: '3' },
        alias: { name: 'live', action: 'keep', before: '3', after: '3' },
        functionUrl: { action: 'create', auth: 'NONE' },
      },
      also: (plan) => {
        expect(plan.release.url?.qualifier).toBe('live');
        expect(plan.release.url?.url).toBeUndefined();
        expect(plan.release.url?.statements.add.map((s) => s.statementId)).toEqual(PUBLIC_IDS);
        expect(plan.release.url?.statements.remove).toEqual([]);
      },
    },
    {
      what: "adds only the public statement that is missing to the function's URL",
      inputs: { 'function-url': 'public' },
      read: {
        url: {
          url: 'https://fn.lambda-url.us-east-1.on.aws/',
          authType: 'NONE',
          invokeMode: 'BUFFERED',
          cors: undefined,
        },
        statementIds: new Set(['lambda-deploy-url-public', 'someone-elses']),
      },
      plan: { changes: true, functionUrl: { action: 'keep', auth: 'NONE' } },
      also: (plan) => {
        expect(plan.release.url?.qualifier).toBeUndefined();
        expect(plan.release.url?.url).toBe('https://fn.lambda-url.us-east-1.on.aws/');
        expect(plan.release.url?.statements.add.map((s) => s.statementId)).toEqual([
          'lambda-deploy-url-public-invoke',
        ]);
      },
    },
    {
      what: 'switches a public URL to iam and removes the public statements present',
      inputs: { 'function-url': 'iam' },
      read: {
        url: {
          url: 'https://fn.lambda-url.us-east-1.on.aws/',
          authType: 'NONE',
          invokeMode: 'BUFFERED',
          cors: undefined,
        },
        statementIds: new Set([...PUBLIC_IDS, 'someone-elses']),
      },
      plan: { changes: true, functionUrl: { action: 'update', auth: 'AWS_IAM' } },
      also: (plan) => {
        expect(plan.release.url?.statements).toEqual({ add: [], remove: PUBLIC_IDS });
      },
    },
    {
      what: 'keeps an iam URL with no public statement: no change',
      inputs: { 'function-url': 'iam' },
      read: {
        url: {
          url: 'https://fn.lambda-url.us-east-1.on.aws/',
          authType: 'AWS_IAM',
          invokeMode: 'BUFFERED',
          cors: undefined,
        },
        statementIds: new Set(['someone-elses']),
      },
      plan: { functionUrl: { action: 'keep', auth: 'AWS_IAM' } },
    },
    {
      what: 'keeps a public URL with both statements: no change',
      inputs: { 'function-url': 'public' },
      read: {
        url: {
          url: 'https://fn.lambda-url.us-east-1.on.aws/',
          authType: 'NONE',
          invokeMode: 'BUFFERED',
          cors: undefined,
        },
        statementIds: new Set(PUBLIC_IDS),
      },
      plan: { functionUrl: { action: 'keep', auth: 'NONE' } },
    },
  ]);
});

describe('planDeploy: changes', () => {
  /** Everything asked for is already so: the package, settings, tags, layer, version, alias, URL. */
  const SETTLED: Case = {
    what: 'nothing',
    inputs: {
      ...LAYER_INPUTS,
      alias: 'live',
      'function-url': 'public',
      'memory-size': '128',
      tags: 'team=orders',
      environment: 'STAGE=prod',
    },
    read: {
      function: fn(
        {
          CodeSha256: NEW_SHA256,
          Layers: [{ Arn: `${LAYER_ARN}:3` }],
          Environment: { Variables: { STAGE: 'prod' } },
        },
        { team: 'orders' },
      ),
      layerNewest: layerVersion(3, LAYER_PACKAGE.sha256),
      alias: alias('5'),
      versions: [
        versionOf(
          '5',
          fn({
            CodeSha256: NEW_SHA256,
            Layers: [{ Arn: `${LAYER_ARN}:3` }],
            Environment: { Variables: { STAGE: 'prod' } },
          }),
        ),
      ],
      url: {
        url: 'https://live.lambda-url.us-east-1.on.aws/',
        authType: 'NONE',
        invokeMode: 'BUFFERED',
        cors: undefined,
      },
      statementIds: new Set(PUBLIC_IDS),
    },
    built: { ...ZIP, layer: LAYER_PACKAGE },
    plan: {},
  };

  it('is false when the function is already as every input describes it', () => {
    const json = planJson(planOf(SETTLED));
    expect(json).toMatchObject({
      changes: false,
      code: { action: 'skip' },
      configuration: [],
      tags: [],
      layer: { action: 'keep' },
      version: { action: 'reuse', version: '5' },
      alias: { action: 'keep' },
      functionUrl: { action: 'keep' },
    });
    expect(planLines(json).at(-1)).toBe('No changes: the function is as these inputs describe.');
  });

  it.each<[string, Record<string, string>, Partial<DeployState>]>([
    ['the code', { 'skip-unchanged': 'false' }, {}],
    ['a setting', { 'memory-size': '256' }, {}],
    ['a variable', { environment: 'STAGE=dev' }, {}],
    ['a tag', { tags: 'team=payments' }, {}],
    ['the share of a canary', { traffic: '50' }, { alias: alias('4', { '5': 0.1 }) }],
    ['the auth of the URL', { 'function-url': 'iam' }, {}],
    ['a statement', {}, { statementIds: new Set(PUBLIC_IDS.slice(1)) }],
    ['the layer', {}, { layerNewest: layerVersion(3, sha256('other layer')) }],
    ['the version', {}, { versions: [] }],
    ['where the alias routes', {}, { alias: alias('4', { '5': 0.1 }) }],
  ])('is true when only %s differs', (_what, inputs, read) => {
    const plan = planOf({
      ...SETTLED,
      inputs: { ...SETTLED.inputs, ...inputs },
      read: { ...SETTLED.read, ...read },
    });
    expect(planJson(plan).changes).toBe(true);
    expect(planLines(planJson(plan))).not.toContain(
      'No changes: the function is as these inputs describe.',
    );
  });
});
