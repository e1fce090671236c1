import { S3Client } from '@aws-sdk/client-s3';
import {
  GetAliasCommand,
  GetFunctionCommand,
  GetFunctionUrlConfigCommand,
  LambdaClient,
  ResourceNotFoundException,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { planDeploy, type DeployPlan } from '../../../src/deploy/dry-run.js';
import type { UploadRoute } from '../../../src/deploy/code-update.js';
import { parseInputs, type DeployConfig } from '../../../src/inputs.js';
import type { DeploymentPackage } from '../../../src/package/deployment-package.js';
import { writeDryRunSummary, type SummaryWriter } from '../../../src/report.js';
import { deployErrorOf } from '../helpers/errors.js';
import { FakeLambda } from '../helpers/fake-lambda.js';
import {
  FUNCTION_ARN,
  FUNCTION_NAME,
  OLD_SHA256,
  functionConfiguration,
  lambdaFunction,
  lambdaRelease,
  packageFile,
} from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const lambdaMock = mockClient(LambdaClient);
const tempDir = useTempDirs();
const DIRECT: UploadRoute = { kind: 'direct' };
const ROLE = 'arn:aws:iam::123456789012:role/orders-api-role';

let log: RecordingLogger;
let fake: FakeLambda;
let pkg: DeploymentPackage;

beforeEach(async () => {
  lambdaMock.reset();
  log = new RecordingLogger();
  fake = new FakeLambda(lambdaMock);
  pkg = await packageFile(await tempDir(), 'new code');
});

afterAll(() => {
  lambdaMock.restore();
});

/** The config parseInputs gives for `inputs` beside function-name and source, as main gets it. */
function config(inputs: Record<string, string> = {}): DeployConfig {
  const all: Record<string, string> = {
    'function-name': FUNCTION_NAME,
    source: 'app',
    'dry-run': 'true',
    ...inputs,
  };
  return parseInputs((name) => all[name] ?? '', {
    AWS_REGION: 'us-east-1',
    GITHUB_WORKSPACE: '/home/runner/work/repo/repo',
  });
}

/** The function exists: runs OLD_SHA256 with 128 MB and index.handler, with `tags`. */
function existing(
  overrides: Partial<FunctionConfiguration> = {},
  tags: Record<string, string> = {},
): void {
  lambdaMock.on(GetFunctionCommand).resolves({
    Configuration: functionConfiguration({
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: ROLE,
      MemorySize: 128,
      Timeout: 3,
      ...overrides,
    }),
    Tags: tags,
  });
}

function missing(): void {
  lambdaMock.on(GetFunctionCommand).rejects(
    new ResourceNotFoundException({
      message: `Function not found: ${FUNCTION_ARN}`,
      $metadata: {},
    }),
  );
}

const plan = (deploy: DeployConfig = config()) =>
  planDeploy(
    { lambda: lambdaFunction(log), releaser: lambdaRelease(log), layer: undefined },
    { code: { kind: 'zip', package: pkg, upload: DIRECT }, layer: undefined },
    deploy,
  );

/** The names of the commands sent, e.g. GetFunctionCommand. */
const sent = () => lambdaMock.calls().map((call) => call.args[0].constructor.name);

describe('planDeploy: the code', () => {
  it('plans no code change when the function runs the package (skip-unchanged)', async () => {
    existing({ CodeSha256: pkg.sha256 });
    const planned = await plan();
    expect(planned.codeChanges).toBe(false);
    expect(planned.function?.codeSha256).toBe(pkg.sha256);
    expect(planned).toMatchObject({
      configuration: [],
      tags: [],
      publish: false,
      alias: undefined,
      functionUrl: undefined,
    });
  });

  it('plans a code change when the function runs other code', async () => {
    existing();
    const planned = await plan();
    expect(planned.codeChanges).toBe(true);
    expect(planned.function?.codeSha256).toBe(OLD_SHA256);
  });

  it('plans a code change for the same package with skip-unchanged false', async () => {
    existing({ CodeSha256: pkg.sha256 });
    expect((await plan(config({ 'skip-unchanged': 'false' }))).codeChanges).toBe(true);
  });

  it("plans a code change when the last update of the function's package Failed", async () => {
    existing({ CodeSha256: pkg.sha256, LastUpdateStatus: 'Failed' });
    expect((await plan()).codeChanges).toBe(true);
  });

  it('plans a code change when only the architecture differs, as the deploy does', async () => {
    existing({ CodeSha256: pkg.sha256, Architectures: ['x86_64'] });
    const planned = await plan(config({ architectures: 'arm64' }));
    expect(planned.codeChanges).toBe(true);
  });

  it('refuses an Image function, as the deploy does', async () => {
    existing({ PackageType: 'Image' });
    const error = await deployErrorOf(plan());
    expect(error.message).toContain('package type Image');
  });
});

describe('planDeploy: a missing function', () => {
  it('with create-if-missing plans to create it, and reads no alias or URL of it', async () => {
    missing();
    const planned = await plan(
      config({
        'create-if-missing': 'true',
        role: ROLE,
        runtime: 'nodejs22.x',
        handler: 'index.handler',
        'memory-size': '256',
        alias: 'live',
        'function-url': 'public',
      }),
    );
    expect(planned).toMatchObject({
      function: undefined,
      codeChanges: true,
      configuration: [],
      tags: [],
      publish: true,
      alias: { before: 'live: (does not exist)', after: 'live: new version' },
      functionUrl: 'create',
    });
    expect(sent()).toEqual(['GetFunctionCommand']);
  });

  it('without create-if-missing fails, naming the function', async () => {
    missing();
    const error = await deployErrorOf(plan());
    expect(error.message).toContain(`function '${FUNCTION_NAME}' does not exist in us-east-1`);
  });
});

describe('planDeploy: settings and tags', () => {
  it('lists each setting that differs, old and new, and leaves out those that match', async () => {
    existing({}, { team: 'payments', owner: 'ops' });
    const planned = await plan(
      config({
        'memory-size': '512',
        handler: 'index.handler',
        timeout: '30',
        tags: 'team=payments\nstage=prod',
      }),
    );
    expect(planned.configuration).toEqual([
      { setting: 'memory-size', from: '128', to: '512' },
      { setting: 'timeout', from: '3', to: '30' },
    ]);
    expect(planned.tags).toEqual(['stage']);
  });

  it('lists no setting when every one given matches', async () => {
    existing({ MemorySize: 512 });
    expect((await plan(config({ 'memory-size': '512' }))).configuration).toEqual([]);
  });
});

describe('planDeploy: version, alias and traffic', () => {
  beforeEach(() => {
    existing();
    fake.versions.add('3');
  });

  it('plans a version with publish and no alias', async () => {
    const planned = await plan(config({ publish: 'true' }));
    expect(planned.publish).toBe(true);
    expect(planned.alias).toBeUndefined();
    expect(lambdaMock.commandCalls(GetAliasCommand)).toHaveLength(0);
  });

  it('plans to move an existing alias with all of the traffic to the new version', async () => {
    fake.aliases.set('live', { version: '3', weights: {} });
    const planned = await plan(config({ alias: 'live' }));
    expect(planned.publish).toBe(true);
    expect(planned.alias).toEqual({ before: 'live: 3', after: 'live: new version' });
  });

  it('plans a canary split beside the version the alias keeps', async () => {
    fake.aliases.set('live', { version: '3', weights: {} });
    const planned = await plan(config({ alias: 'live', traffic: '10' }));
    expect(planned.alias).toEqual({
      before: 'live: 3',
      after: 'live: 3 (90 %) / new version (10 %)',
    });
  });

  it('shows the split an alias already has as its state before', async () => {
    fake.versions.add('4');
    fake.aliases.set('live', { version: '3', weights: { '4': 0.25 } });
    const planned = await plan(config({ alias: 'live' }));
    expect(planned.alias?.before).toBe('live: 3 (75 %) / 4 (25 %)');
  });

  it('plans to create a missing alias with traffic 100', async () => {
    const planned = await plan(config({ alias: 'pr-7' }));
    expect(planned.alias).toEqual({ before: 'pr-7: (does not exist)', after: 'pr-7: new version' });
  });

  it('says a canary on a missing alias would fail, as the deploy does', async () => {
    const planned = await plan(config({ alias: 'live', traffic: '10' }));
    expect(planned.alias?.before).toBe('live: (does not exist)');
    expect(planned.alias?.after).toMatch(/^would fail: /);
    expect(planned.alias?.after).toContain('traffic 10');
  });
});

describe('planDeploy: function URL', () => {
  beforeEach(() => {
    existing();
  });

  const urlQualifiers = () =>
    lambdaMock
      .commandCalls(GetFunctionUrlConfigCommand)
      .map((call) => call.args[0].input.Qualifier);

  it("keeps the alias's URL when it has one", async () => {
    fake.aliases.set('pr-7', { version: '3', weights: {} });
    fake.urls.set('pr-7', { url: 'https://pr-7.lambda-url.us-east-1.on.aws/', authType: 'NONE' });
    const planned = await plan(config({ alias: 'pr-7', 'function-url': 'public' }));
    expect(planned.functionUrl).toBe('keep');
    expect(urlQualifiers()).toEqual(['pr-7']);
  });

  it("plans to create the alias's URL when it has none", async () => {
    fake.aliases.set('pr-7', { version: '3', weights: {} });
    const planned = await plan(config({ alias: 'pr-7', 'function-url': 'iam' }));
    expect(planned.functionUrl).toBe('create');
  });

  it("looks at the unqualified function's URL without an alias", async () => {
    fake.urls.set('', { url: 'https://fn.lambda-url.us-east-1.on.aws/', authType: 'AWS_IAM' });
    const planned = await plan(config({ 'function-url': 'iam' }));
    expect(planned.functionUrl).toBe('keep');
    expect(urlQualifiers()).toEqual([undefined]);
  });

  it('reads no URL with function-url none', async () => {
    const planned = await plan(config({ alias: 'pr-7' }));
    expect(planned.functionUrl).toBeUndefined();
    expect(urlQualifiers()).toEqual([]);
  });
});

describe('planDeploy: read calls only', () => {
  it('sends only Get calls, whatever the plan holds', async () => {
    existing({}, { team: 'payments' });
    fake.versions.add('3');
    fake.aliases.set('live', { version: '3', weights: {} });
    fake.urls.set('live', { url: 'https://live.lambda-url.us-east-1.on.aws/', authType: 'NONE' });
    await plan(
      config({
        alias: 'live',
        traffic: '10',
        'function-url': 'public',
        'memory-size': '1024',
        environment: 'STAGE=prod',
        tags: 'team=orders',
        'skip-unchanged': 'false',
      }),
    );
    expect(sent().length).toBeGreaterThan(0);
    expect(sent().filter((name) => !/^(Get|List)/.test(name))).toEqual([]);
  });
});

/** A SummaryWriter that keeps what was written: headings, raw text and table rows. */
class RecordingSummary implements SummaryWriter {
  readonly headings: string[] = [];
  readonly raw: string[] = [];
  readonly rows: string[][] = [];
  written = 0;

  addHeading(text: string): this {
    this.headings.push(text);
    return this;
  }

  addTable(rows: (string | { data: string; header: true })[][]): this {
    for (const row of rows) {
      this.rows.push(row.map((cell) => (typeof cell === 'string' ? cell : cell.data)));
    }
    return this;
  }

  addRaw(text: string): this {
    this.raw.push(text);
    return this;
  }

  write(): Promise<void> {
    this.written++;
    return Promise.resolve();
  }

  /** The value of the row labelled `item`; undefined without one. */
  cell(item: string): string | undefined {
    return this.rows.find((row) => row[0] === item)?.[1];
  }
}

describe('writeDryRunSummary', () => {
  const TIMINGS = [
    { name: 'Package', seconds: 0.4 },
    { name: 'Plan (dry run: nothing is changed)', seconds: 0.2 },
  ];

  async function summaryOf(
    planned: DeployPlan,
    upload: UploadRoute = DIRECT,
  ): Promise<RecordingSummary> {
    const summary = new RecordingSummary();
    await writeDryRunSummary(
      summary,
      FUNCTION_NAME,
      { kind: 'zip', package: pkg, upload },
      planned,
      TIMINGS,
    );
    return summary;
  }

  it('says nothing was changed and shows the planned diff: hashes, settings, alias, URL', async () => {
    existing({}, {});
    fake.versions.add('3');
    fake.aliases.set('live', { version: '3', weights: {} });
    const planned = await plan(
      config({
        alias: 'live',
        traffic: '10',
        'function-url': 'public',
        'memory-size': '512',
        tags: 'team=orders',
      }),
    );

    const summary = await summaryOf(planned);

    expect(summary.written).toBe(1);
    expect(summary.headings.join('\n')).toContain(FUNCTION_NAME);
    expect(summary.raw.join('\n')).toContain('Dry run: nothing was changed.');
    expect(summary.cell('Function')).toContain(FUNCTION_ARN);
    expect(summary.cell('Code')).toBe(
      `would be updated: <code>${OLD_SHA256}</code> → <code>${pkg.sha256}</code>`,
    );
    expect(summary.cell('Setting memory-size')).toBe('128 → 512');
    expect(summary.cell('Tags')).toBe('team');
    expect(summary.cell('Version')).toBe('would be published');
    expect(summary.cell('Alias')).toBe('live: 3 → live: 3 (90 %) / new version (10 %)');
    expect(summary.cell('Function URL')).toBe('would be created');
    expect(summary.cell('Upload')).toBe('in the request');
    expect(summary.cell('Plan (dry run: nothing is changed)')).toBeDefined();
  });

  it('says the code is unchanged, and leaves out alias and URL rows the run has none of', async () => {
    existing({ CodeSha256: pkg.sha256 });
    const summary = await summaryOf(await plan());
    expect(summary.cell('Code')).toBe(
      `unchanged: <code>${pkg.sha256}</code> → <code>${pkg.sha256}</code>`,
    );
    expect(summary.cell('Version')).toBe('none');
    expect(summary.cell('Alias')).toBeUndefined();
    expect(summary.cell('Function URL')).toBeUndefined();
    expect(summary.rows.filter((row) => row[0]?.startsWith('Setting '))).toEqual([]);
  });

  it('says a missing function would be created, and a kept URL exists', async () => {
    missing();
    const planned: DeployPlan = {
      ...(await plan(
        config({
          'create-if-missing': 'true',
          role: ROLE,
          runtime: 'nodejs22.x',
          handler: 'index.handler',
        }),
      )),
      functionUrl: 'keep',
    };
    const summary = await summaryOf(planned);
    expect(summary.cell('Function')).toBe('does not exist: would be created');
    expect(summary.cell('Code')).toBe(
      `would be updated: <code>(none)</code> → <code>${pkg.sha256}</code>`,
    );
    expect(summary.cell('Function URL')).toBe('exists: kept');
  });

  it('names the S3 object a large package would go through', async () => {
    existing();
    const summary = await summaryOf(await plan(), {
      kind: 's3',
      bucket: 'artifacts',
      key: 'lambda-deploy/orders-api/abc.zip',
      bucketOwner: undefined,
      client: new S3Client({ region: 'eu-west-1' }),
    });
    expect(summary.cell('Upload')).toBe(
      'through <code>s3://artifacts/lambda-deploy/orders-api/abc.zip</code>',
    );
  });
});
