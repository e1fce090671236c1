import {
  GetLayerVersionCommand,
  LambdaClient,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
  ResourceNotFoundException,
  type GetLayerVersionResponse,
  type PublishLayerVersionCommandInput,
} from '@aws-sdk/client-lambda';
import { HeadBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { LambdaLayer } from '../../../src/aws/lambda-layer.js';
import { toFunctionState } from '../../../src/aws/function-state.js';
import type { UploadRoute } from '../../../src/resources/code/plan.js';
import { attachedLayers, layersWith, planLayer } from '../../../src/resources/layer/plan.js';
import { publishLayer, type LayerPublishing } from '../../../src/resources/layer/apply.js';
import { DeployError } from '../../../src/errors.js';
import type { LayerConfig } from '../../../src/inputs.js';
import type { DeploymentPackage } from '../../../src/package/package-contents.js';
import { deployErrorOf, thrownBy } from '../helpers/errors.js';
import { REGION, awsError, functionConfiguration, packageFile } from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { directorySource } from '../helpers/source.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const lambdaMock = mockClient(LambdaClient);
const s3Mock = mockClient(S3Client);
const tempDir = useTempDirs();

const ACCOUNT = '123456789012';
const NAME = 'orders-deps';
/** A version ARN of layer `name` in `account`. */
const LAYER = (name: string, version: number, account = ACCOUNT) =>
  `arn:aws:lambda:${REGION}:${account}:layer:${name}:${version}`;
/** The ARN of the layer itself, without a version. */
const LAYER_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:layer:${NAME}`;
const OURS = (version: number) => `${LAYER_ARN}:${version}`;
const DESCRIPTION = 'Deployed from owner/repo@0123abc';

const sha256Of = (bytes: Uint8Array | string) =>
  createHash('sha256').update(bytes).digest('base64');

function config(overrides: Partial<LayerConfig> = {}): LayerConfig {
  return {
    name: NAME,
    source: directorySource('/home/runner/work/repo/repo/layer'),
    compatibleRuntimes: [],
    compatibleArchitectures: [],
    ...overrides,
  };
}

let log: RecordingLogger;
let pkg: DeploymentPackage;
let layer: LambdaLayer;

beforeEach(async () => {
  lambdaMock.reset();
  s3Mock.reset();
  log = new RecordingLogger();
  pkg = await packageFile(await tempDir(), 'the layer package');
  layer = new LambdaLayer(
    new LambdaClient({ region: REGION }),
    NAME,
    REGION,
    new RecordingLogger(),
  );
});

afterAll(() => {
  lambdaMock.restore();
  s3Mock.restore();
});

/** The layer's versions as Lambda holds them, newest first; each holds `sha256` or its own. */
function existingVersions(
  versions: readonly (Partial<GetLayerVersionResponse> & { Version: number })[],
): void {
  lambdaMock.on(ListLayerVersionsCommand).resolves({
    LayerVersions: versions.map((version) => ({
      Version: version.Version,
      LayerVersionArn: OURS(version.Version),
    })),
  });
  for (const version of versions) {
    lambdaMock.on(GetLayerVersionCommand, { VersionNumber: version.Version }).resolves({
      LayerVersionArn: OURS(version.Version),
      Content: { CodeSha256: sha256Of(`version ${version.Version}`), CodeSize: 20 },
      ...version,
    });
  }
}

/** The newest version holding exactly `sha256`, with an older one behind it. */
function newestHolds(sha256: string, more: Partial<GetLayerVersionResponse> = {}): void {
  existingVersions([{ ...more, Version: 3, Content: { CodeSha256: sha256 } }, { Version: 2 }]);
}

/** PublishLayerVersion answers as Lambda does: the next version, CodeSha256 of the bytes sent. */
function publishAs(
  version: number,
  codeSha256?: (input: PublishLayerVersionCommandInput) => string,
) {
  lambdaMock.on(PublishLayerVersionCommand).callsFake((input: PublishLayerVersionCommandInput) => ({
    LayerArn: LAYER_ARN,
    LayerVersionArn: OURS(version),
    Version: version,
    Description: input.Description,
    CompatibleRuntimes: input.CompatibleRuntimes,
    CompatibleArchitectures: input.CompatibleArchitectures,
    Content: {
      CodeSha256:
        codeSha256?.(input) ??
        (input.Content?.ZipFile === undefined ? pkg.sha256 : sha256Of(input.Content.ZipFile)),
      CodeSize: pkg.size,
    },
  }));
}

const publishCalls = () => lambdaMock.commandCalls(PublishLayerVersionCommand);

function publishing(overrides: Partial<LayerPublishing> = {}): LayerPublishing {
  return {
    config: config(),
    package: pkg,
    upload: { kind: 'direct' },
    attached: [],
    description: DESCRIPTION,
    account: ACCOUNT,
    ...overrides,
  };
}

describe('layersWith', () => {
  it('puts the new version in place of an older version of the same layer, keeping the order', () => {
    const before = [LAYER('otel', 7), OURS(3), LAYER('sharp', 1)];
    expect(layersWith(before, OURS(4))).toEqual([LAYER('otel', 7), OURS(4), LAYER('sharp', 1)]);
    expect(before).toEqual([LAYER('otel', 7), OURS(3), LAYER('sharp', 1)]);
  });

  it('puts it first when the older version was first', () => {
    expect(layersWith([OURS(1), LAYER('otel', 7)], OURS(2))).toEqual([OURS(2), LAYER('otel', 7)]);
  });

  it('adds it last when the function has no version of that layer', () => {
    expect(layersWith([LAYER('otel', 7), LAYER('sharp', 1)], OURS(1))).toEqual([
      LAYER('otel', 7),
      LAYER('sharp', 1),
      OURS(1),
    ]);
    expect(layersWith([], OURS(1))).toEqual([OURS(1)]);
  });

  it('keeps the same version as it is', () => {
    expect(layersWith([LAYER('otel', 7), OURS(3)], OURS(3))).toEqual([LAYER('otel', 7), OURS(3)]);
  });

  it('does not take a layer of the same name in another account for this one', () => {
    const foreign = LAYER(NAME, 9, '999988887777');
    expect(layersWith([foreign], OURS(1))).toEqual([foreign, OURS(1)]);
  });

  it('does not take a layer whose name merely starts with this one for it', () => {
    expect(layersWith([LAYER(`${NAME}-extra`, 2)], OURS(1))).toEqual([
      LAYER(`${NAME}-extra`, 2),
      OURS(1),
    ]);
  });

  it('allows five layers when the new version replaces one of them', () => {
    const others = ['a', 'b', 'c', 'd'].map((name) => LAYER(name, 1));
    expect(layersWith([...others, OURS(3)], OURS(4))).toEqual([...others, OURS(4)]);
  });

  it('fails with a sixth layer, listing them, the limit and what to do', () => {
    const others = ['a', 'b', 'c', 'd', 'e'].map((name) => LAYER(name, 1));
    const error = thrownBy(() => layersWith(others, OURS(1)));
    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain('The function would have 6 layers');
    expect(error.message).toContain([...others, OURS(1)].join(', '));
    expect(error.message).toContain('Lambda allows 5');
    expect(error.message).toContain("List the ones to keep in 'layers'");
  });
});

describe('attachedLayers', () => {
  it("gives the function's layer version ARNs in order", () => {
    const current = toFunctionState(
      functionConfiguration({
        Layers: [
          { Arn: LAYER('otel', 7), CodeSize: 10 },
          { Arn: OURS(2), CodeSize: 20 },
        ],
      }),
      {},
    );
    expect(attachedLayers(current)).toEqual([LAYER('otel', 7), OURS(2)]);
  });

  it('gives none for a function without layers, or no function', () => {
    expect(attachedLayers(toFunctionState(functionConfiguration(), {}))).toEqual([]);
    expect(attachedLayers(undefined)).toEqual([]);
  });
});

describe('planLayer', () => {
  it('publishes nothing when the newest version holds the same package', async () => {
    newestHolds(pkg.sha256);
    const plan = await planLayer(layer, config(), pkg, [LAYER('otel', 7), OURS(2)], ACCOUNT);
    expect(plan).toMatchObject({ publish: false, newest: { arn: OURS(3), version: 3 } });
    expect(plan.layers).toEqual([LAYER('otel', 7), OURS(3)]);
    expect(lambdaMock.commandCalls(GetLayerVersionCommand)[0]?.args[0].input).toEqual({
      LayerName: NAME,
      VersionNumber: 3,
    });
    expect(publishCalls()).toHaveLength(0);
  });

  it('reads the highest version, whatever the order of the list', async () => {
    existingVersions([{ Version: 2 }, { Version: 5, Content: { CodeSha256: pkg.sha256 } }]);
    const plan = await planLayer(layer, config(), pkg, [], ACCOUNT);
    expect(plan).toMatchObject({ publish: false, newest: { version: 5 } });
  });

  it('plans a new version, shown in place of the old one, when the package differs', async () => {
    newestHolds(sha256Of('other bytes'));
    const plan = await planLayer(layer, config(), pkg, [OURS(2), LAYER('otel', 7)], ACCOUNT);
    expect(plan.publish).toBe(true);
    expect(plan.newest?.version).toBe(3);
    expect(plan.layers).toEqual([`${LAYER_ARN}:(new)`, LAYER('otel', 7)]);
    expect(publishCalls()).toHaveLength(0);
  });

  it('plans the first version when the layer has none', async () => {
    lambdaMock.on(ListLayerVersionsCommand).resolves({ LayerVersions: [] });
    const plan = await planLayer(layer, config(), pkg, [LAYER('otel', 7)], ACCOUNT);
    expect(plan).toEqual({
      newest: undefined,
      publish: true,
      layers: [LAYER('otel', 7), `layer:${NAME}:(new)`],
    });
    expect(lambdaMock.commandCalls(GetLayerVersionCommand)).toHaveLength(0);
  });

  it('plans the first version when Lambda does not know the layer at all', async () => {
    lambdaMock
      .on(ListLayerVersionsCommand)
      .rejects(new ResourceNotFoundException({ message: 'Layer not found', $metadata: {} }));
    const plan = await planLayer(layer, config(), pkg, [], ACCOUNT);
    expect(plan).toMatchObject({ newest: undefined, publish: true });
  });

  it.each<[string, Partial<LayerConfig>, Partial<GetLayerVersionResponse>, boolean]>([
    [
      'the same runtimes in another order',
      { compatibleRuntimes: ['nodejs22.x', 'nodejs20.x'] },
      { CompatibleRuntimes: ['nodejs20.x', 'nodejs22.x'] },
      false,
    ],
    [
      'other runtimes',
      { compatibleRuntimes: ['nodejs22.x'] },
      { CompatibleRuntimes: ['nodejs20.x'] },
      true,
    ],
    [
      'one runtime more',
      { compatibleRuntimes: ['nodejs20.x', 'nodejs22.x'] },
      { CompatibleRuntimes: ['nodejs20.x'] },
      true,
    ],
    ['runtimes given where the newest has none', { compatibleRuntimes: ['nodejs22.x'] }, {}, true],
    [
      'other architectures',
      { compatibleArchitectures: ['arm64'] },
      { CompatibleArchitectures: ['x86_64'] },
      true,
    ],
    [
      'the same architectures',
      { compatibleArchitectures: ['arm64', 'x86_64'] },
      { CompatibleArchitectures: ['x86_64', 'arm64'] },
      false,
    ],
    [
      'no compatibility given, whatever the newest has',
      {},
      { CompatibleRuntimes: ['python3.13'], CompatibleArchitectures: ['arm64'] },
      false,
    ],
  ])('with the same package and %s: publish %s', async (_case, given, newest, publish) => {
    newestHolds(pkg.sha256, newest);
    const plan = await planLayer(layer, config(given), pkg, [], ACCOUNT);
    expect(plan.publish).toBe(publish);
  });

  it('refuses, before any call, when the function already has five other layers', async () => {
    const others = ['a', 'b', 'c', 'd', 'e'].map((name) => LAYER(name, 1));
    const error = await deployErrorOf(planLayer(layer, config(), pkg, others, ACCOUNT));
    expect(error.message).toContain('already has 5 other layers');
    expect(error.message).toContain(`layer ${NAME} cannot be attached`);
    expect(lambdaMock.calls()).toHaveLength(0);
  });
});

describe('publishLayer', () => {
  it('publishes nothing and attaches the newest version when it holds the same package', async () => {
    newestHolds(pkg.sha256);
    const result = await publishLayer(
      layer,
      publishing({ attached: [OURS(1), LAYER('otel', 7)] }),
      log,
    );
    expect(result).toMatchObject({
      version: { arn: OURS(3), version: 3, codeSha256: pkg.sha256 },
      published: false,
      staged: undefined,
      layers: [OURS(3), LAYER('otel', 7)],
    });
    expect(publishCalls()).toHaveLength(0);
    expect(log.infosWith('already holds this package')).toHaveLength(1);
  });

  it('publishes the zip in the request when the package differs, with the description', async () => {
    newestHolds(sha256Of('older bytes'));
    publishAs(4);
    const result = await publishLayer(
      layer,
      publishing({ attached: [LAYER('otel', 7), OURS(3), LAYER('sharp', 1)] }),
      log,
    );
    expect(publishCalls()).toHaveLength(1);
    const input = publishCalls()[0]?.args[0].input;
    expect(input).toEqual({
      LayerName: NAME,
      Description: DESCRIPTION,
      Content: { ZipFile: expect.any(Uint8Array) as unknown },
    });
    expect(Buffer.from(input?.Content?.ZipFile ?? [])).toEqual(await readFile(pkg.path));
    expect(result).toMatchObject({
      version: { arn: OURS(4), version: 4, codeSha256: pkg.sha256 },
      published: true,
      staged: undefined,
      layers: [LAYER('otel', 7), OURS(4), LAYER('sharp', 1)],
    });
  });

  it('publishes the first version when the layer has none, adding it last', async () => {
    lambdaMock.on(ListLayerVersionsCommand).resolves({ LayerVersions: [] });
    publishAs(1);
    const result = await publishLayer(layer, publishing({ attached: [LAYER('otel', 7)] }), log);
    expect(result.published).toBe(true);
    expect(result.layers).toEqual([LAYER('otel', 7), OURS(1)]);
    expect(publishCalls()).toHaveLength(1);
  });

  it('sends the compatible runtimes and architectures when given', async () => {
    newestHolds(pkg.sha256, { CompatibleRuntimes: ['nodejs20.x'] });
    publishAs(4);
    await publishLayer(
      layer,
      publishing({
        config: config({
          compatibleRuntimes: ['nodejs22.x', 'nodejs20.x'],
          compatibleArchitectures: ['arm64'],
        }),
      }),
      log,
    );
    expect(publishCalls()[0]?.args[0].input).toMatchObject({
      LayerName: NAME,
      CompatibleRuntimes: ['nodejs22.x', 'nodejs20.x'],
      CompatibleArchitectures: ['arm64'],
    });
  });

  it('publishes from S3 when the package goes through S3, naming the object version', async () => {
    lambdaMock.on(ListLayerVersionsCommand).resolves({ LayerVersions: [] });
    publishAs(1);
    s3Mock.on(HeadBucketCommand).resolves({ BucketRegion: REGION });
    s3Mock.on(HeadObjectCommand).resolves({ ContentLength: pkg.size, VersionId: 'v7' });
    const upload: UploadRoute = {
      kind: 's3',
      bucket: 'artifacts',
      key: `lambda-deploy/layers/${NAME}/0123abcd.zip`,
      bucketOwner: undefined,
      client: new S3Client({ region: REGION }),
    };
    const result = await publishLayer(layer, publishing({ upload }), log);
    const input = publishCalls()[0]?.args[0].input;
    expect(input?.Content).toEqual({
      S3Bucket: 'artifacts',
      S3Key: `lambda-deploy/layers/${NAME}/0123abcd.zip`,
      S3ObjectVersion: 'v7',
    });
    expect(input).not.toHaveProperty('CompatibleRuntimes');
    expect(input).not.toHaveProperty('CompatibleArchitectures');
    expect(result.staged).toMatchObject({ bucket: 'artifacts', versionId: 'v7', uploaded: false });
    // The bucket is expected to belong to the function's account.
    expect(s3Mock.commandCalls(HeadBucketCommand)[0]?.args[0].input).toMatchObject({
      ExpectedBucketOwner: ACCOUNT,
    });
  });

  it('refuses before publishing or uploading when the function already has five other layers', async () => {
    newestHolds(sha256Of('older bytes'));
    publishAs(4);
    const others = ['a', 'b', 'c', 'd', 'e'].map((name) => LAYER(name, 1));
    const error = await deployErrorOf(publishLayer(layer, publishing({ attached: others }), log));
    expect(error.message).toContain('already has 5 other layers');
    expect(error.message).toContain("List the ones to keep in 'layers'");
    expect(publishCalls()).toHaveLength(0);
    expect(s3Mock.calls()).toHaveLength(0);
  });

  it('publishes when the function has four other layers and an older version of this one', async () => {
    newestHolds(sha256Of('older bytes'));
    publishAs(4);
    const others = ['a', 'b', 'c', 'd'].map((name) => LAYER(name, 1));
    const result = await publishLayer(
      layer,
      publishing({ attached: [others[0] ?? '', OURS(3), ...others.slice(1)] }),
      log,
    );
    expect(result.layers).toEqual([others[0], OURS(4), ...others.slice(1)]);
  });

  it.each([
    ['an older version', true],
    ['no version', false],
  ])(
    'refuses before publishing when, with %s of this layer, a sixth only shares its name',
    async (_case, hasVersion) => {
      if (hasVersion) newestHolds(sha256Of('older bytes'));
      else lambdaMock.on(ListLayerVersionsCommand).resolves({ LayerVersions: [] });
      publishAs(4);
      const attached = [
        ...['a', 'b', 'c', 'd'].map((name) => LAYER(name, 1)),
        LAYER(NAME, 9, '999988887777'),
      ];
      const error = await deployErrorOf(publishLayer(layer, publishing({ attached }), log));
      expect(error.message).toContain('Lambda allows 5');
      expect(publishCalls()).toHaveLength(0);
    },
  );

  it('publishes in place of an attached version the layer no longer lists', async () => {
    lambdaMock.on(ListLayerVersionsCommand).resolves({ LayerVersions: [] });
    publishAs(4);
    const others = ['a', 'b', 'c', 'd'].map((name) => LAYER(name, 1));
    const result = await publishLayer(layer, publishing({ attached: [...others, OURS(3)] }), log);
    expect(result.layers).toEqual([...others, OURS(4)]);
  });

  it("fails when Lambda's CodeSha256 is not the package's, naming both", async () => {
    newestHolds(sha256Of('older bytes'));
    const wrong = sha256Of('bytes Lambda saw');
    publishAs(4, () => wrong);
    const error = await deployErrorOf(publishLayer(layer, publishing(), log));
    expect(error.message).toContain(wrong);
    expect(error.message).toContain(pkg.sha256);
    expect(error.message).toContain(OURS(4));
  });

  it('names lambda:PublishLayerVersion and the layer when access is denied', async () => {
    lambdaMock.on(ListLayerVersionsCommand).resolves({ LayerVersions: [] });
    lambdaMock
      .on(PublishLayerVersionCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized to perform: PublishLayerVersion'));
    const error = await deployErrorOf(publishLayer(layer, publishing(), log));
    expect(error.message).toContain('lambda:PublishLayerVersion');
    expect(error.message).toContain(`layer '${NAME}'`);
    expect(error.message).toContain('access denied');
  });

  it('names lambda:ListLayerVersions when the versions cannot be listed', async () => {
    lambdaMock
      .on(ListLayerVersionsCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized to perform: ListLayerVersions'));
    const error = await deployErrorOf(publishLayer(layer, publishing(), log));
    expect(error.message).toContain('lambda:ListLayerVersions');
    expect(publishCalls()).toHaveLength(0);
  });
});
