import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  changeSource,
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { createTestFunction, motoEndpoint, uniqueFunctionName } from '../support/aws.js';
import {
  FaultProxy,
  type CannedResponse,
  type FaultRule,
  type ProxiedRequest,
  type RequestMatcher,
} from '../support/fault-proxy.js';
import {
  addPermission,
  aliasAlreadyExists,
  answerLost,
  createAlias,
  createFunction,
  createFunctionUrl,
  functionAlreadyExists,
  functionUrlConfigExists,
  lostThenAnswered,
  publishLayerVersion,
  publishVersion,
  statementAlreadyExists,
  statementIdOf,
  tagResource,
  updateAlias,
} from '../support/lambda-faults.js';
import { releaseState, type ReleaseStateOptions } from '../support/lambda-state.js';
import { useFileTempDir, writeLargeSource } from '../support/large-package.js';
import { createTestBucket, incompleteUploads, s3Request } from '../support/s3.js';
import { writeFiles } from '../support/temp-dir.js';

// A mutation that moto applied but whose answer never reached the action (the proxy resets
// the connection instead of delivering it): the action's retry then meets the sign that the
// first attempt was applied (the alias, function, URL or statement exists; a 412 for the
// alias's RevisionId; the multipart upload is gone). The run must succeed and leave moto as
// one clean run leaves a twin function given the same history and the same package.
// Relies on emulated parts of Lambda (alias-revisions.ts, lambda-duplicates.ts): the 412 on
// a stale alias RevisionId and the 409 for a statement or URL that exists.

const ALIAS = 'live';
/** Random bytes in the source that goes through S3 multipart: three 8 MiB parts. */
const MULTIPART_SOURCE_BYTES = 20 * 1024 * 1024;

/** S3's answer to a CompleteMultipartUpload for an upload that was completed (or aborted). */
const NO_SUCH_UPLOAD: CannedResponse = {
  status: 404,
  headers: { 'content-type': 'application/xml', 'x-amz-request-id': '0000000000000404' },
  body:
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchUpload</Code>' +
    '<Message>The specified upload does not exist. The upload ID may be invalid, or the upload ' +
    'may have been aborted or completed.</Message><RequestId>0000000000000404</RequestId></Error>',
};

type Setup =
  /** No function: create-if-missing makes it. */
  | 'none'
  /** A function as the harness creates it. */
  | 'function'
  /** A function deployed once by the action with alias live. */
  | 'released';

interface Case {
  readonly mutation: string;
  readonly setup: Setup;
  /** The workspace's source: small (app/ and layer/) or large (through S3 multipart). */
  readonly source?: 'small' | 'large';
  readonly inputs: (name: string, bucket: string) => Record<string, string>;
  /** The requests of the mutation: the first one is applied and its answer lost. */
  readonly mutated: (name: string, bucket: string) => RequestMatcher;
  /** Lambda's answer to the retry, when injected instead of the emulator's own. */
  readonly retryAnswer?: (
    name: string,
  ) => CannedResponse | ((request: ProxiedRequest) => CannedResponse);
  readonly state: (name: string, bucket: string) => ReleaseStateOptions;
}

function creation(): Record<string, string> {
  return {
    'create-if-missing': 'true',
    role: inject('testRoleArn'),
    runtime: 'nodejs20.x',
    handler: 'index.handler',
  };
}

const layerOf = (name: string) => `${name}-layer`;

const CASES: readonly Case[] = [
  {
    mutation: 'CreateFunction (create-if-missing)',
    setup: 'none',
    inputs: (name) => ({ 'function-name': name, source: 'app', alias: ALIAS, ...creation() }),
    mutated: (name) => createFunction(name),
    state: () => ({ alias: ALIAS }),
  },
  {
    mutation: 'CreateAlias',
    setup: 'function',
    inputs: (name) => ({ 'function-name': name, source: 'app', alias: ALIAS }),
    mutated: (name) => createAlias(name),
    state: () => ({ alias: ALIAS }),
  },
  {
    mutation: 'UpdateAlias',
    setup: 'released',
    inputs: (name) => ({ 'function-name': name, source: 'app', alias: ALIAS }),
    mutated: (name) => updateAlias(name, ALIAS),
    state: () => ({ alias: ALIAS }),
  },
  {
    mutation: 'UpdateAlias to a traffic split',
    setup: 'released',
    inputs: (name) => ({ 'function-name': name, source: 'app', alias: ALIAS, traffic: '10' }),
    mutated: (name) => updateAlias(name, ALIAS),
    state: () => ({ alias: ALIAS }),
  },
  {
    mutation: 'AddPermission (public function URL)',
    setup: 'function',
    inputs: (name) => ({
      'function-name': name,
      source: 'app',
      alias: ALIAS,
      'function-url': 'public',
    }),
    mutated: (name) => addPermission(name),
    state: () => ({ alias: ALIAS }),
  },
  {
    mutation: 'CreateFunctionUrlConfig',
    setup: 'function',
    inputs: (name) => ({
      'function-name': name,
      source: 'app',
      alias: ALIAS,
      'function-url': 'iam',
    }),
    mutated: (name) => createFunctionUrl(name),
    state: () => ({ alias: ALIAS }),
  },
  {
    mutation: 'PublishVersion',
    setup: 'released',
    inputs: (name) => ({ 'function-name': name, source: 'app', alias: ALIAS }),
    mutated: (name) => publishVersion(name),
    state: () => ({ alias: ALIAS }),
  },
  {
    mutation: 'PublishLayerVersion',
    setup: 'function',
    inputs: (name) => ({
      'function-name': name,
      source: 'app',
      'layer-name': layerOf(name),
      'layer-source': 'layer',
      publish: 'true',
    }),
    mutated: (name) => publishLayerVersion(layerOf(name)),
    state: (name) => ({ layer: layerOf(name) }),
  },
  {
    mutation: 'TagResource',
    setup: 'function',
    inputs: (name) => ({ 'function-name': name, source: 'app', tags: 'team=payments\nstage=dev' }),
    mutated: (name) => tagResource(name),
    state: () => ({}),
  },
  {
    mutation: 'S3 CompleteMultipartUpload',
    setup: 'function',
    source: 'large',
    inputs: (name, bucket) => ({
      'function-name': name,
      source: 'app',
      's3-bucket': bucket,
      's3-upload': 'always',
    }),
    mutated: (_name, bucket) => s3Request(bucket, 'CompleteMultipartUpload'),
    state: (_name, bucket) => ({ bucket }),
  },
];

/** Where moto's answer to the retry differs from Lambda's, the retry gets Lambda's. */
const WITH_LAMBDA_ANSWER: readonly Case[] = [
  {
    ...caseOf('CreateFunction (create-if-missing)'),
    retryAnswer: (name) => functionAlreadyExists(name),
  },
  { ...caseOf('CreateAlias'), retryAnswer: (name) => aliasAlreadyExists(name, ALIAS) },
  {
    ...caseOf('AddPermission (public function URL)'),
    retryAnswer: () => (request) => statementAlreadyExists(statementIdOf(request)),
  },
  {
    ...caseOf('CreateFunctionUrlConfig'),
    retryAnswer: (name) => functionUrlConfigExists(name, ALIAS),
  },
  // moto completes a completed upload again; S3 may answer that it no longer exists.
  { ...caseOf('S3 CompleteMultipartUpload'), retryAnswer: () => NO_SUCH_UPLOAD },
];

function caseOf(mutation: string): Case {
  const found = CASES.find((candidate) => candidate.mutation === mutation);
  if (found === undefined) throw new Error(`no case ${mutation}`);
  return found;
}

const large = useFileTempDir('lost-answers-multipart');
let bucket = '';
beforeAll(async () => {
  await writeLargeSource(path.join(large(), 'app'), MULTIPART_SOURCE_BYTES);
  bucket = await createTestBucket('lost-answers');
});

/** A workspace with the function's source in app/ and a layer in layer/; the same bytes for every function. */
async function smallWorkspace(marker: string): Promise<string> {
  const workspace = await workspaceWithSource(`code ${marker}`);
  await writeFiles(path.join(workspace, 'layer'), {
    'nodejs/node_modules/dep/index.js': `module.exports = ${JSON.stringify(marker)};\n`,
  });
  return workspace;
}

/** Gives `name` the history `setup` asks for, straight to moto. */
async function prepare(name: string, setup: Setup, workspace: string): Promise<void> {
  if (setup === 'none') return;
  await createTestFunction(name);
  if (setup === 'function') return;
  const first = await runDeployAction(
    workspace,
    { 'function-name': name, source: 'app', alias: ALIAS },
    motoEndpoint(),
  );
  expect(first.exitCode, runOutput(first)).toBe(0);
}

/** The outputs a user reads, with the function's name written as <function>. */
function outputsOf(run: DeployRun, name: string): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of ['deployed', 'code-sha256', 'version', 'alias-arn', 'layer-version-arn']) {
    const value = run.outputs[key];
    if (value !== undefined) picked[key] = value.split(name).join('<function>');
  }
  return picked;
}

async function checkLostAnswer(testCase: Case): Promise<void> {
  const name = uniqueFunctionName('lost');
  const twin = uniqueFunctionName('twin');
  const workspace = testCase.source === 'large' ? large() : await smallWorkspace(testCase.mutation);
  await Promise.all([
    prepare(name, testCase.setup, workspace),
    prepare(twin, testCase.setup, workspace),
  ]);
  if (testCase.setup === 'released') await changeSource(workspace, `new ${testCase.mutation}`);

  const proxy = await FaultProxy.start(motoEndpoint());
  try {
    const mutated = testCase.mutated(name, bucket);
    const { retryAnswer } = testCase;
    const rules: FaultRule[] =
      retryAnswer === undefined
        ? [answerLost(mutated, 1)]
        : lostThenAnswered(mutated, retryAnswer(name));
    const [lost] = rules.map((rule) => proxy.inject(rule));

    const [run, clean] = await Promise.all([
      runDeployAction(
        workspace,
        { ...testCase.inputs(name, bucket), 'request-timeout': '5' },
        proxy.endpoint,
      ),
      runDeployAction(workspace, testCase.inputs(twin, bucket), motoEndpoint()),
    ]);

    expect(clean.exitCode, `the clean run\n${runOutput(clean)}`).toBe(0);
    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.errors).toEqual([]);
    // The first request was applied by moto, and its answer lost.
    expect(lost?.used, `${testCase.mutation}: answers lost`).toBe(1);
    const first = proxy.requests.find(mutated);
    expect(first?.status, `${testCase.mutation} reached moto`).toBeGreaterThanOrEqual(200);
    expect(first?.status).toBeLessThan(300);
    expect(outputsOf(run, name)).toEqual(outputsOf(clean, twin));
    expect(await releaseState(name, testCase.state(name, bucket))).toEqual(
      await releaseState(twin, testCase.state(twin, bucket)),
    );
    if (testCase.source === 'large') {
      // Other tests of the file share the bucket, and may be uploading right now.
      const open = (await incompleteUploads(bucket)).filter(
        (upload) => upload.includes(name) || upload.includes(twin),
      );
      expect(open).toEqual([]);
    }
  } finally {
    await proxy.stop();
  }
}

describe('the bundled action when the answer to a change it made is lost', () => {
  for (const testCase of CASES) {
    it(`${testCase.mutation}: succeeds and leaves what one clean run leaves`, async () => {
      await checkLostAnswer(testCase);
    });
  }
});

describe("the bundled action when the retry of a change gets Lambda's answer that it exists", () => {
  for (const testCase of WITH_LAMBDA_ANSWER) {
    it(`${testCase.mutation}: succeeds and leaves what one clean run leaves`, async () => {
      await checkLostAnswer(testCase);
    });
  }
});
