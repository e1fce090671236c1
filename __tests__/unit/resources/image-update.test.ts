import {
  CreateFunctionCommand,
  GetFunctionCommand,
  LambdaClient,
  ResourceNotFoundException,
  UpdateFunctionCodeCommand,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { createHash } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { toFunctionState, type FunctionState } from '../../../src/aws/function-state.js';
import { checkPackageType, runsImage } from '../../../src/resources/code/plan.js';
import {
  deployCode,
  updateFunctionImage,
  type CodeUpdateOptions,
} from '../../../src/resources/code/apply.js';
import { createFunction } from '../../../src/resources/function/apply.js';
import { DeployError } from '../../../src/errors.js';
import { parseInputs, type DeployConfig } from '../../../src/inputs.js';
import { planDeploy, type DeployPlan } from '../../../src/plan/deploy-plan.js';
import { readDeployState } from '../../../src/plan/deploy-state.js';
import { planJson } from '../../../src/plan/plan-output.js';
import { deployOutputs, type DeployOutcome } from '../../../src/report/outputs.js';
import { writeDryRunSummary, writeSummary } from '../../../src/report/deploy-summary.js';
import { settingsWith } from '../../support/settings.js';
import { deployErrorOf, thrownBy } from '../helpers/errors.js';
import {
  FUNCTION_ARN,
  FUNCTION_NAME,
  functionConfiguration,
  lambdaFunction,
  lambdaRelease,
  packageFile,
} from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { RecordingSummary } from '../helpers/recording-summary.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const lambdaMock = mockClient(LambdaClient);
const s3Mock = mockClient(S3Client);
const tempDir = useTempDirs();

const REPOSITORY = '123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api';
/** Hex SHA-256 digests, as Lambda reports an Image function's CodeSha256. */
const OLD_DIGEST = hexDigest('image v1');
const NEW_DIGEST = hexDigest('image v2');
const OLD_URI = `${REPOSITORY}:v1`;
const NEW_URI = `${REPOSITORY}:v2`;
const ROLE = 'arn:aws:iam::123456789012:role/orders-api-role';

const OPTIONS: CodeUpdateOptions = {
  skipUnchanged: true,
  waitTimeoutSeconds: 10,
  architecture: undefined,
};

let log: RecordingLogger;

beforeEach(() => {
  lambdaMock.reset();
  s3Mock.reset();
  log = new RecordingLogger();
});

afterAll(() => {
  lambdaMock.restore();
  s3Mock.restore();
});

function hexDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** An Image function's configuration: runs OLD_DIGEST (from OLD_URI), `overrides` applied. */
function imageConfiguration(overrides: Partial<FunctionConfiguration> = {}): FunctionConfiguration {
  return functionConfiguration({
    PackageType: 'Image',
    CodeSha256: OLD_DIGEST,
    CodeSize: 0,
    ...overrides,
  });
}

/** GetFunction's Code for an image, resolved to `digest`. */
function imageCode(uri: string, digest: string) {
  return {
    RepositoryType: 'ECR',
    ImageUri: uri,
    ResolvedImageUri: `${REPOSITORY}@sha256:${digest}`,
  };
}

/**
 * An Image function that runs OLD_URI (`before` applied); UpdateFunctionCode answers with
 * the image it is given InProgress at NEW_DIGEST, and GetFunction then reports `after`.
 */
function fakeImageFunction(
  before: Partial<FunctionConfiguration> = {},
  after: Partial<FunctionConfiguration> = { LastUpdateStatus: 'Successful' },
): void {
  let image: string | undefined;
  lambdaMock.on(GetFunctionCommand).callsFake(() =>
    image === undefined
      ? { Configuration: imageConfiguration(before), Code: imageCode(OLD_URI, OLD_DIGEST) }
      : {
          Configuration: imageConfiguration({
            CodeSha256: NEW_DIGEST,
            RevisionId: 'revision-2',
            ...after,
          }),
          Code: imageCode(image, NEW_DIGEST),
        },
  );
  lambdaMock.on(UpdateFunctionCodeCommand).callsFake((input: { ImageUri?: string }) => {
    image = input.ImageUri;
    return imageConfiguration({ CodeSha256: NEW_DIGEST, LastUpdateStatus: 'InProgress' });
  });
}

const updates = () => lambdaMock.commandCalls(UpdateFunctionCodeCommand);
const updateInputs = () => updates().map((call) => call.args[0].input);

const deployImage = (uri: string, options: CodeUpdateOptions = OPTIONS) =>
  updateFunctionImage(lambdaFunction(log), uri, options, log);

/** A FunctionState as GetFunction gives it for an Image function. */
function imageState(
  overrides: Partial<FunctionConfiguration> = {},
  code: { ImageUri?: string; ResolvedImageUri?: string } = imageCode(OLD_URI, OLD_DIGEST),
): FunctionState {
  return toFunctionState(imageConfiguration(overrides), {}, code);
}

describe('updateFunctionImage: sending the image', () => {
  it('sends the image URI alone with UpdateFunctionCode and returns the settled function', async () => {
    fakeImageFunction();
    const result = await deployImage(NEW_URI);
    expect(result.deployed).toBe(true);
    expect(updateInputs()).toEqual([{ FunctionName: FUNCTION_NAME, ImageUri: NEW_URI }]);
    expect(result.function).toMatchObject({
      codeSha256: NEW_DIGEST,
      lastUpdateStatus: 'Successful',
      revisionId: 'revision-2',
    });
    expect(result.staged).toBeUndefined();
    expect(result.architectureChange).toBeUndefined();
    expect(s3Mock.calls()).toHaveLength(0);
    expect(log.infosWith('Waiting for Lambda to finish the update')).toHaveLength(1);
  });

  it('sends the architecture with the image when the function has another', async () => {
    fakeImageFunction({ Architectures: ['x86_64'] });
    const result = await deployImage(NEW_URI, { ...OPTIONS, architecture: 'arm64' });
    expect(updateInputs()).toEqual([
      { FunctionName: FUNCTION_NAME, ImageUri: NEW_URI, Architectures: ['arm64'] },
    ]);
    expect(result.architectureChange).toEqual({
      setting: 'architectures',
      from: 'x86_64',
      to: 'arm64',
    });
  });

  it('sends no architecture when the function already has the one given', async () => {
    fakeImageFunction({ Architectures: ['arm64'] });
    const result = await deployImage(NEW_URI, { ...OPTIONS, architecture: 'arm64' });
    expect(updateInputs()).toEqual([{ FunctionName: FUNCTION_NAME, ImageUri: NEW_URI }]);
    expect(result.architectureChange).toBeUndefined();
  });

  it('deploys an image named by tag even when the function runs that very tag', async () => {
    fakeImageFunction();
    const result = await deployImage(OLD_URI);
    expect(result.deployed).toBe(true);
    expect(updateInputs()).toEqual([{ FunctionName: FUNCTION_NAME, ImageUri: OLD_URI }]);
    expect(log.infosWith('skipped')).toEqual([]);
  });

  it('deploys an image named by another digest than the one the function runs', async () => {
    fakeImageFunction();
    const uri = `${REPOSITORY}@sha256:${NEW_DIGEST}`;
    const result = await deployImage(uri);
    expect(result.deployed).toBe(true);
    expect(updateInputs()).toEqual([{ FunctionName: FUNCTION_NAME, ImageUri: uri }]);
  });
});

describe('updateFunctionImage: an image named by the digest the function runs', () => {
  const RUNNING = `${REPOSITORY}@sha256:${OLD_DIGEST}`;

  it('skips the update and makes no UpdateFunctionCode call', async () => {
    fakeImageFunction();
    const result = await deployImage(RUNNING);
    expect(result.deployed).toBe(false);
    expect(result.function.codeSha256).toBe(OLD_DIGEST);
    expect(updates()).toHaveLength(0);
    expect(log.infosWith('skipped')).toHaveLength(1);
  });

  it('skips it when the ResolvedImageUri names the digest, whatever the CodeSha256', async () => {
    const known = imageState({ CodeSha256: 'not-the-digest' });
    fakeImageFunction();
    const result = await updateFunctionImage(lambdaFunction(log), RUNNING, OPTIONS, log, known);
    expect(result.deployed).toBe(false);
    expect(updates()).toHaveLength(0);
    expect(lambdaMock.commandCalls(GetFunctionCommand)).toHaveLength(0);
  });

  it('deploys it again when the last update Failed', async () => {
    fakeImageFunction({ LastUpdateStatus: 'Failed', LastUpdateStatusReason: 'pull failed' });
    const result = await deployImage(RUNNING);
    expect(result.deployed).toBe(true);
    expect(updateInputs()).toEqual([{ FunctionName: FUNCTION_NAME, ImageUri: RUNNING }]);
  });

  it('deploys it anyway with skip-unchanged false', async () => {
    fakeImageFunction();
    const result = await deployImage(RUNNING, { ...OPTIONS, skipUnchanged: false });
    expect(result.deployed).toBe(true);
    expect(updates()).toHaveLength(1);
  });

  it('deploys it to change the architecture', async () => {
    fakeImageFunction({ Architectures: ['x86_64'] });
    const result = await deployImage(RUNNING, { ...OPTIONS, architecture: 'arm64' });
    expect(result.deployed).toBe(true);
    expect(updateInputs()).toEqual([
      { FunctionName: FUNCTION_NAME, ImageUri: RUNNING, Architectures: ['arm64'] },
    ]);
  });
});

describe('updateFunctionImage: failures', () => {
  it("rejects a Failed update with Lambda's LastUpdateStatusReason", async () => {
    const reason = 'Lambda does not have permission to access the ECR image.';
    fakeImageFunction({}, { LastUpdateStatus: 'Failed', LastUpdateStatusReason: reason });
    const error = await deployErrorOf(deployImage(NEW_URI));
    expect(error.message).toContain(`'${FUNCTION_NAME}'`);
    expect(error.message).toContain(reason);
  });

  it('refuses a Zip function, naming its package type and what to deploy instead', async () => {
    lambdaMock.on(GetFunctionCommand).resolves({ Configuration: functionConfiguration() });
    const error = await deployErrorOf(deployImage(NEW_URI));
    expect(error.message).toContain(`Function '${FUNCTION_NAME}' has package type Zip`);
    expect(error.message).toContain("'source' or 'zip-file'");
    expect(updates()).toHaveLength(0);
  });

  it('says a missing function does not exist, naming it', async () => {
    lambdaMock
      .on(GetFunctionCommand)
      .rejects(new ResourceNotFoundException({ message: 'Function not found', $metadata: {} }));
    const error = await deployErrorOf(deployImage(NEW_URI));
    expect(error.message).toContain(`function '${FUNCTION_NAME}' does not exist in us-east-1`);
    expect(updates()).toHaveLength(0);
  });
});

describe('deployCode', () => {
  it('sends an image as ImageUri, with no zip', async () => {
    fakeImageFunction();
    const result = await deployCode(
      lambdaFunction(log),
      { kind: 'image', uri: NEW_URI },
      { ...OPTIONS, architecture: 'arm64' },
      log,
    );
    expect(result.deployed).toBe(true);
    const [input] = updateInputs();
    expect(input).toEqual({
      FunctionName: FUNCTION_NAME,
      ImageUri: NEW_URI,
      Architectures: ['arm64'],
    });
    expect(input).not.toHaveProperty('ZipFile');
  });

  it('refuses a zip for an Image function, naming its package type and image-uri', async () => {
    fakeImageFunction();
    const pkg = await packageFile(await tempDir(), 'zip code');
    const error = await deployErrorOf(
      deployCode(
        lambdaFunction(log),
        { kind: 'zip', package: pkg, upload: { kind: 'direct' } },
        OPTIONS,
        log,
      ),
    );
    expect(error.message).toContain(`Function '${FUNCTION_NAME}' has package type Image`);
    expect(error.message).toContain('image-uri');
    expect(updates()).toHaveLength(0);
  });
});

describe('runsImage', () => {
  it.each([
    ['a tag, even the one the function was deployed with', OLD_URI, {}, false],
    ['the digest of its CodeSha256', `${REPOSITORY}@sha256:${OLD_DIGEST}`, {}, true],
    ['another digest', `${REPOSITORY}@sha256:${NEW_DIGEST}`, {}, false],
    [
      'the digest of its CodeSha256 when its last update Failed',
      `${REPOSITORY}@sha256:${OLD_DIGEST}`,
      { LastUpdateStatus: 'Failed' as const },
      false,
    ],
    ['a tag that spells the digest', `${REPOSITORY}:sha256-${OLD_DIGEST}`, {}, false],
  ])('with %s: %s', (_what, uri, overrides, expected) => {
    expect(runsImage(imageState(overrides), uri)).toBe(expected);
  });

  it('knows the digest from the ResolvedImageUri alone', () => {
    const state = imageState({ CodeSha256: '' });
    expect(runsImage(state, `${REPOSITORY}@sha256:${OLD_DIGEST}`)).toBe(true);
    expect(runsImage(state, `${REPOSITORY}@sha256:${NEW_DIGEST}`)).toBe(false);
  });

  it('is false for a function with neither CodeSha256 nor ResolvedImageUri', () => {
    const state = imageState({ CodeSha256: '' }, {});
    expect(runsImage(state, `${REPOSITORY}@sha256:${OLD_DIGEST}`)).toBe(false);
  });
});

describe('checkPackageType', () => {
  it('accepts a zip for a Zip function and an image for an Image function', () => {
    expect(() => {
      checkPackageType(toFunctionState(functionConfiguration()), FUNCTION_NAME, 'Zip');
      checkPackageType(imageState(), FUNCTION_NAME, 'Image');
    }).not.toThrow();
  });

  it('refuses a zip for an Image function', () => {
    const error = thrownBy(() => {
      checkPackageType(imageState(), FUNCTION_NAME, 'Zip');
    });
    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toBe(
      `Function '${FUNCTION_NAME}' has package type Image: a zip can only be deployed to a Zip function; deploy its image with image-uri`,
    );
  });

  it('refuses an image for a Zip function', () => {
    const state = toFunctionState(functionConfiguration());
    const error = thrownBy(() => {
      checkPackageType(state, FUNCTION_NAME, 'Image');
    });
    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toBe(
      `Function '${FUNCTION_NAME}' has package type Zip: image-uri can only be deployed to an Image function; deploy a zip with 'source' or 'zip-file'`,
    );
  });
});

describe('createFunction with an image', () => {
  /** A function missing until CreateFunction, then Active and running the image. */
  function fakeCreation(): void {
    let created: string | undefined;
    lambdaMock.on(CreateFunctionCommand).callsFake((input: { Code?: { ImageUri?: string } }) => {
      created = input.Code?.ImageUri;
      return imageConfiguration({ State: 'Pending', LastUpdateStatus: undefined });
    });
    lambdaMock.on(GetFunctionCommand).callsFake(() => {
      if (created === undefined) {
        throw new ResourceNotFoundException({ message: 'Function not found', $metadata: {} });
      }
      return {
        Configuration: imageConfiguration({ State: 'Active', LastUpdateStatus: undefined }),
        Code: imageCode(created, OLD_DIGEST),
      };
    });
  }

  const create = (settings = settingsWith({ role: ROLE })) =>
    createFunction(lambdaFunction(log), { kind: 'image', uri: OLD_URI }, settings, 10, log);

  const creationInputs = () =>
    lambdaMock.commandCalls(CreateFunctionCommand).map((call) => call.args[0].input);

  it('sends PackageType Image and the ImageUri, with the role and no runtime or handler', async () => {
    fakeCreation();
    const result = await create();
    expect(creationInputs()).toEqual([
      {
        FunctionName: FUNCTION_NAME,
        Role: ROLE,
        PackageType: 'Image',
        Code: { ImageUri: OLD_URI },
      },
    ]);
    const [input] = creationInputs();
    expect(input?.Runtime).toBeUndefined();
    expect(input?.Handler).toBeUndefined();
    expect(result).toMatchObject({
      deployed: true,
      staged: undefined,
      function: { state: 'Active', packageType: 'Image', codeSha256: OLD_DIGEST },
    });
    expect(s3Mock.calls()).toHaveLength(0);
  });

  it('adds the settings given, such as the architecture and memory', async () => {
    fakeCreation();
    await create(settingsWith({ role: ROLE, architecture: 'arm64', memorySize: 1024 }));
    expect(creationInputs()).toEqual([
      {
        FunctionName: FUNCTION_NAME,
        Role: ROLE,
        PackageType: 'Image',
        Code: { ImageUri: OLD_URI },
        Architectures: ['arm64'],
        MemorySize: 1024,
      },
    ]);
  });
});

describe('readDeployState and planDeploy with an image', () => {
  /** The config parseInputs gives for image-uri `uri` and `inputs`, as main gets it. */
  function config(uri: string, inputs: Record<string, string> = {}): DeployConfig {
    const all: Record<string, string> = {
      'function-name': FUNCTION_NAME,
      'image-uri': uri,
      'dry-run': 'true',
      ...inputs,
    };
    return parseInputs((name) => all[name] ?? '', {
      AWS_REGION: 'us-east-1',
      GITHUB_WORKSPACE: '/home/runner/work/repo/repo',
    });
  }

  /** The function exists: an Image function running OLD_URI at OLD_DIGEST. */
  function existing(overrides: Partial<FunctionConfiguration> = {}): void {
    lambdaMock.on(GetFunctionCommand).resolves({
      Configuration: imageConfiguration({ Role: ROLE, MemorySize: 128, ...overrides }),
      Code: imageCode(OLD_URI, OLD_DIGEST),
      Tags: {},
    });
  }

  /** As main does: read with read calls only, then plan from what was read. */
  const plan = async (deploy: DeployConfig): Promise<DeployPlan> => {
    if (deploy.code.kind !== 'image') throw new Error('expected an image config');
    const state = await readDeployState(
      {
        lambda: lambdaFunction(log),
        releaser: lambdaRelease(log),
        layer: undefined,
        alarms: undefined,
      },
      deploy,
    );
    return planDeploy(deploy, state, {
      code: { kind: 'image', uri: deploy.code.uri },
      layer: undefined,
    });
  };

  const writes = () =>
    lambdaMock
      .calls()
      .map((call) => call.args[0].constructor.name)
      .filter((name) => !/^(Get|List)/.test(name));

  it('plans a code change for an image named by tag, even the tag the function runs', async () => {
    existing();
    const planned = await plan(config(OLD_URI));
    expect(planJson(planned).code).toEqual({
      action: 'update',
      from: `${REPOSITORY}@sha256:${OLD_DIGEST}`,
      to: OLD_URI,
    });
    expect(planned.function.found?.resolvedImageUri).toBe(`${REPOSITORY}@sha256:${OLD_DIGEST}`);
    expect(writes()).toEqual([]);
  });

  it('plans no code change for the digest the function runs', async () => {
    existing();
    const planned = await plan(config(`${REPOSITORY}@sha256:${OLD_DIGEST}`));
    expect(planJson(planned)).toMatchObject({
      changes: false,
      code: { action: 'skip' },
      configuration: [],
    });
  });

  it.each([
    ['skip-unchanged is false', { 'skip-unchanged': 'false' }, {}],
    ['the last update Failed', {}, { LastUpdateStatus: 'Failed' as const }],
  ])(
    'plans a code change for the digest the function runs when %s',
    async (_when, inputs, state) => {
      existing(state);
      const planned = await plan(config(`${REPOSITORY}@sha256:${OLD_DIGEST}`, inputs));
      expect(planJson(planned).code.action).toBe('update');
    },
  );

  it('plans a code change, and the architecture change, for another architecture', async () => {
    existing({ Architectures: ['x86_64'] });
    const planned = await plan(
      config(`${REPOSITORY}@sha256:${OLD_DIGEST}`, { architectures: 'arm64' }),
    );
    expect(planJson(planned).code.action).toBe('update');
    expect(planJson(planned).configuration).toEqual([
      { setting: 'architectures', from: 'x86_64', to: 'arm64', source: 'input' },
    ]);
  });

  it('refuses a Zip function, as the deploy does', async () => {
    lambdaMock.on(GetFunctionCommand).resolves({ Configuration: functionConfiguration() });
    const error = await deployErrorOf(plan(config(NEW_URI)));
    expect(error.message).toContain('package type Zip');
  });

  it('with create-if-missing plans to create a missing function', async () => {
    lambdaMock
      .on(GetFunctionCommand)
      .rejects(new ResourceNotFoundException({ message: 'Function not found', $metadata: {} }));
    const planned = await plan(
      config(NEW_URI, { 'create-if-missing': 'true', role: ROLE, publish: 'true' }),
    );
    expect(planned.function.found).toBeUndefined();
    expect(planJson(planned)).toMatchObject({
      changes: true,
      function: { action: 'create' },
      code: { action: 'create', from: null, to: NEW_URI },
      version: { action: 'publish' },
    });
    expect(writes()).toEqual([]);
  });

  describe('its summary', () => {
    async function summaryOf(uri: string, planned: DeployPlan) {
      const summary = new RecordingSummary();
      await writeDryRunSummary(summary, FUNCTION_NAME, { kind: 'image', uri }, planned, []);
      return summary;
    }

    it('lists the image the function runs and the one that would replace it', async () => {
      existing();
      const planned = await plan(config(NEW_URI));
      const summary = await summaryOf(NEW_URI, planned);
      expect(summary.planItems()).toContain(
        `Code: update ${REPOSITORY}@sha256:${OLD_DIGEST} -&gt; ${NEW_URI}`,
      );
      expect(summary.cell('Function')).toBe(`<code>${FUNCTION_ARN}</code>`);
      expect(summary.cell('Package size')).toBeUndefined();
      expect(summary.cell('Upload')).toBeUndefined();
    });

    it('says the image is unchanged for the digest the function runs', async () => {
      existing();
      const uri = `${REPOSITORY}@sha256:${OLD_DIGEST}`;
      const summary = await summaryOf(uri, await plan(config(uri)));
      expect(summary.planItems()).toEqual([
        `Function ${FUNCTION_NAME}: update`,
        `Code: unchanged (${uri})`,
        'No changes: the function is as these inputs describe.',
      ]);
    });

    it('shows (none) before the image of a function that would be created', async () => {
      lambdaMock
        .on(GetFunctionCommand)
        .rejects(new ResourceNotFoundException({ message: 'Function not found', $metadata: {} }));
      const planned = await plan(config(NEW_URI, { 'create-if-missing': 'true', role: ROLE }));
      const summary = await summaryOf(NEW_URI, planned);
      expect(summary.cell('Function')).toBe('does not exist: would be created');
      expect(summary.planItems()).toContain(`Code: create (none) -&gt; ${NEW_URI}`);
    });
  });
});

describe('the report of an image deploy', () => {
  function outcome(deployed: boolean, uri: string): DeployOutcome {
    return {
      function: toFunctionState(
        imageConfiguration({ CodeSha256: NEW_DIGEST }),
        {},
        imageCode(uri, NEW_DIGEST),
      ),
      package: undefined,
      imageUri: uri,
      layer: undefined,
      deployed,
      staged: undefined,
      release: {
        version: undefined,
        previousVersion: undefined,
        alias: undefined,
        functionUrl: undefined,
      },
      configurationChanges: [],
    };
  }

  it("sets code-sha256 to the function's digest and no package output", () => {
    const outputs = deployOutputs(outcome(true, NEW_URI));
    expect(outputs).toEqual({
      'function-arn': FUNCTION_ARN,
      'function-name': FUNCTION_NAME,
      deployed: 'true',
      'code-sha256': NEW_DIGEST,
    });
  });

  it('shows the image and its digest in the summary instead of the package', async () => {
    const summary = new RecordingSummary();
    await writeSummary(summary, outcome(true, NEW_URI), []);
    expect(summary.cell('Code')).toBe('deployed');
    expect(summary.cell('Image')).toBe(`<code>${NEW_URI}</code>`);
    expect(summary.cell('Image digest')).toBe(`<code>${REPOSITORY}@sha256:${NEW_DIGEST}</code>`);
    expect(summary.cell('Package size')).toBeUndefined();
    expect(summary.cell('Upload')).toBeUndefined();
  });

  it('says a skipped image was already running', async () => {
    const summary = new RecordingSummary();
    await writeSummary(summary, outcome(false, `${REPOSITORY}@sha256:${NEW_DIGEST}`), []);
    expect(summary.cell('Code')).toBe('skipped: the function already runs this image');
  });
});
