import { UpdateFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  summaryCell,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { createTestFunction, lambdaClient, motoEndpoint, readFunction } from '../support/aws.js';
import { useFaultProxy, type FaultRule } from '../support/fault-proxy.js';
import {
  getFunction,
  lambdaError,
  publishVersion,
  tagResource,
  updateFunctionCode,
  updateFunctionConfiguration,
} from '../support/lambda-faults.js';
import { REGION } from '../support/moto-account.js';

const proxy = useFaultProxy();

/** Values no test run has seen before, so that a match can only be a leak of this run's. */
function newSecrets() {
  return {
    /** Given in the environment input. */
    secret: `hunter2-${randomUUID()}`,
    apiKey: randomBytes(30).toString('base64url'),
    /** Set in the function before the run and kept by environment-mode merge: never an input. */
    existingToken: `kept-${randomUUID()}`,
    /** The function's value of SECRET before the run, which the run replaces. */
    oldSecret: `old-${randomUUID()}`,
    /** The credentials the step is given, as configure-aws-credentials sets them. */
    accessKeyId: `AKIA${randomBytes(8).toString('hex').toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString('base64'),
    sessionToken: `IQoJb3JpZ2luX2VjE${randomBytes(120).toString('base64')}`,
  };
}

type Secrets = ReturnType<typeof newSecrets>;

/** The step's environment: the credentials, and the debug logging a re-run with debug turns on. */
function stepEnv(secrets: Secrets): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: secrets.accessKeyId,
    AWS_SECRET_ACCESS_KEY: secrets.secretAccessKey,
    AWS_SESSION_TOKEN: secrets.sessionToken,
    RUNNER_DEBUG: '1',
    ACTIONS_STEP_DEBUG: 'true',
  };
}

/** A function that already has two variables, and a workspace with code it does not run. */
async function functionWithVariables(secrets: Secrets) {
  const name = await createTestFunction();
  await lambdaClient().send(
    new UpdateFunctionConfigurationCommand({
      FunctionName: name,
      Environment: {
        Variables: { EXISTING_TOKEN: secrets.existingToken, SECRET: secrets.oldSecret },
      },
    }),
  );
  return { name, workspace: await workspaceWithSource(`code of ${name}`) };
}

function deployInputs(name: string, secrets: Secrets): Record<string, string> {
  return {
    'function-name': name,
    source: 'app',
    environment: `SECRET=${secrets.secret}\nAPI_KEY=${secrets.apiKey}`,
    'memory-size': '256',
    publish: 'true',
    alias: 'live',
    tags: 'team=payments\nservice=orders',
  };
}

/**
 * Where any of the values shows in what the step left behind: its log (stdout without the
 * ::add-mask:: commands, which the runner consumes), stderr, the job summary and the
 * outputs. A value also counts in its URL-encoded form.
 */
function leaks(run: DeployRun, values: Readonly<Record<string, string>>): string[] {
  const places = {
    stdout: run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
  };
  const found: string[] = [];
  for (const [label, value] of Object.entries(values)) {
    for (const [place, text] of Object.entries(places)) {
      if (text.includes(value) || text.includes(encodeURIComponent(value))) {
        found.push(`${label} in ${place}`);
      }
    }
  }
  return found;
}

/**
 * The values the step must announce with ::add-mask::, and whether each was announced
 * before the first line that is not a mask (so before anything could echo it).
 */
function announced(run: DeployRun, values: Readonly<Record<string, string>>) {
  const lines = run.stdout.split('\n');
  const firstOther = lines.findIndex((line) => line !== '' && !line.startsWith('::add-mask::'));
  const result: Record<string, string> = {};
  for (const [label, value] of Object.entries(values)) {
    const at = lines.indexOf(`::add-mask::${value}`);
    result[label] =
      at === -1 ? 'not announced' : firstOther !== -1 && at > firstOther ? 'announced late' : 'ok';
  }
  return result;
}

function allOk(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(values).map((label) => [label, 'ok']));
}

/**
 * UpdateFunctionConfiguration fails as Lambda's does for variables over 4 KB: its message
 * quotes the variables the request sent (here the merged set, the function's own included).
 */
function environmentEchoed(name: string, secrets: Secrets): FaultRule {
  const sent = {
    EXISTING_TOKEN: secrets.existingToken,
    SECRET: secrets.secret,
    API_KEY: secrets.apiKey,
  };
  return {
    match: updateFunctionConfiguration(name),
    behaviour: {
      kind: 'respond',
      response: lambdaError(
        400,
        'InvalidParameterValueException',
        'Lambda was unable to configure your environment variables because the environment ' +
          'variables you have provided exceeded the 4KB limit. String measured: ' +
          JSON.stringify(sent),
      ),
    },
  };
}

/**
 * GetFunction fails as AWS does for a bad signature: its message quotes the canonical
 * request it expected, the x-amz-security-token header (the session token) included.
 */
function signatureRejected(name: string, secrets: Secrets): FaultRule {
  const canonical = [
    'GET',
    `/2015-03-31/functions/${name}`,
    '',
    'host:lambda.us-east-1.amazonaws.com',
    'x-amz-date:20250101T000000Z',
    `x-amz-security-token:${secrets.sessionToken}`,
    '',
    'host;x-amz-date;x-amz-security-token',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  ].join('\n');
  return {
    match: getFunction(name),
    behaviour: {
      kind: 'respond',
      response: lambdaError(
        403,
        'InvalidSignatureException',
        'The request signature we calculated does not match the signature you provided. ' +
          'Check your AWS Secret Access Key and signing method. Consult the service ' +
          `documentation for details.\n\nThe Canonical String for this request should have been\n'${canonical}'\n\n` +
          `The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20250101T000000Z\n20250101/us-east-1/lambda/aws4_request\n${secrets.accessKeyId}'\n`,
      ),
    },
  };
}

describe('secrets stay out of the log, the summary and the outputs', () => {
  it('on a deploy that configures, publishes, moves an alias and tags, with debug logging', async () => {
    const secrets = newSecrets();
    const { name, workspace } = await functionWithVariables(secrets);

    const run = await runDeployAction(workspace, deployInputs(name, secrets), proxy().endpoint, {
      env: stepEnv(secrets),
    });

    expect(run.exitCode, runOutput(run)).toBe(0);
    // It did all it was asked, so every value went through the code that could print it.
    expect((await readFunction(name)).Environment?.Variables).toEqual({
      EXISTING_TOKEN: secrets.existingToken,
      SECRET: secrets.secret,
      API_KEY: secrets.apiKey,
    });
    expect(proxy().count(updateFunctionCode(name))).toBe(1);
    expect(proxy().count(publishVersion(name))).toBe(1);
    // The tags, and the action's record of the code.
    expect(proxy().count(tagResource(name))).toBe(2);
    expect(run.outputs['alias-arn']).toMatch(/:live$/);
    // The credentials were sent: the session token with every request.
    expect(
      proxy().requests.every(
        (request) => request.headers['x-amz-security-token'] === secrets.sessionToken,
      ),
    ).toBe(true);

    expect(leaks(run, secrets)).toEqual([]);
    // The summary names the variables, and only names them.
    expect(summaryCell(run.summary, 'Setting environment')).toBe(
      'EXISTING_TOKEN, SECRET → API_KEY (added), EXISTING_TOKEN, SECRET (changed)',
    );
    expect(announced(run, { secret: secrets.secret, apiKey: secrets.apiKey })).toEqual(
      allOk({ secret: '', apiKey: '' }),
    );
  });

  it('on a dry run that plans the same changes', async () => {
    const secrets = newSecrets();
    const { name, workspace } = await functionWithVariables(secrets);

    const run = await runDeployAction(
      workspace,
      { ...deployInputs(name, secrets), 'dry-run': 'true' },
      proxy().endpoint,
      { env: stepEnv(secrets) },
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.summary).toContain('Dry run');
    expect(run.summary).toContain('API_KEY');
    expect((await readFunction(name)).Environment?.Variables).toEqual({
      EXISTING_TOKEN: secrets.existingToken,
      SECRET: secrets.oldSecret,
    });
    expect(leaks(run, secrets)).toEqual([]);
    expect(announced(run, { secret: secrets.secret, apiKey: secrets.apiKey })).toEqual(
      allOk({ secret: '', apiKey: '' }),
    );
  });

  it('when the configuration update fails with a 500', async () => {
    const secrets = newSecrets();
    const { name, workspace } = await functionWithVariables(secrets);
    const fault = proxy().inject({
      match: updateFunctionConfiguration(name),
      behaviour: {
        kind: 'respond',
        response: lambdaError(500, 'ServiceException', 'An internal error occurred.'),
      },
    });

    const run = await runDeployAction(workspace, deployInputs(name, secrets), proxy().endpoint, {
      env: stepEnv(secrets),
    });

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(fault.used).toBeGreaterThan(0);
    expect(run.errors).toEqual([expect.stringContaining('An internal error occurred.')]);
    expect(leaks(run, secrets)).toEqual([]);
    expect(announced(run, { secret: secrets.secret, apiKey: secrets.apiKey })).toEqual(
      allOk({ secret: '', apiKey: '' }),
    );
  });

  it("when Lambda's error quotes the variables: every value given is masked before it", async () => {
    const secrets = newSecrets();
    const { name, workspace } = await functionWithVariables(secrets);
    const fault = proxy().inject(environmentEchoed(name, secrets));

    const run = await runDeployAction(workspace, deployInputs(name, secrets), proxy().endpoint, {
      env: stepEnv(secrets),
    });

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(fault.used).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining('exceeded the 4KB limit')]);
    expect(announced(run, { secret: secrets.secret, apiKey: secrets.apiKey })).toEqual(
      allOk({ secret: '', apiKey: '' }),
    );
    expect(leaks({ ...run, stdout: '' }, secrets)).toEqual([]);
    expect(proxy().count(updateFunctionCode(name))).toBe(0);
  });

  it("when Lambda's error quotes the variables: no value shows in the log", async () => {
    const secrets = newSecrets();
    const { name, workspace } = await functionWithVariables(secrets);
    proxy().inject(environmentEchoed(name, secrets));

    const run = await runDeployAction(workspace, deployInputs(name, secrets), proxy().endpoint, {
      env: stepEnv(secrets),
    });

    expect(leaks(run, secrets)).toEqual([]);
  });

  it('when AWS rejects the signature and quotes the request: the credentials are masked before', async () => {
    const secrets = newSecrets();
    const { name, workspace } = await functionWithVariables(secrets);
    const fault = proxy().inject(signatureRejected(name, secrets));

    const run = await runDeployAction(workspace, deployInputs(name, secrets), proxy().endpoint, {
      env: stepEnv(secrets),
    });

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(fault.used).toBeGreaterThan(0);
    expect(run.errors).toEqual([expect.stringContaining('InvalidSignatureException')]);
    expect(leaks({ ...run, stdout: '' }, secrets)).toEqual([]);
    expect(
      announced(run, {
        secretAccessKey: secrets.secretAccessKey,
        sessionToken: secrets.sessionToken,
        secret: secrets.secret,
        apiKey: secrets.apiKey,
      }),
    ).toEqual(allOk({ secretAccessKey: '', sessionToken: '', secret: '', apiKey: '' }));
  });

  it('when AWS rejects the signature and quotes the request: no credential shows in the log', async () => {
    const secrets = newSecrets();
    const { name, workspace } = await functionWithVariables(secrets);
    proxy().inject(signatureRejected(name, secrets));

    const run = await runDeployAction(workspace, deployInputs(name, secrets), proxy().endpoint, {
      env: stepEnv(secrets),
    });

    expect(leaks(run, secrets)).toEqual([]);
  });
});

describe('the AWS credentials are announced with ::add-mask::', () => {
  it('the secret access key and session token, before anything else is printed', async () => {
    const secrets = newSecrets();
    const { name, workspace } = await functionWithVariables(secrets);

    const run = await runDeployAction(workspace, deployInputs(name, secrets), proxy().endpoint, {
      env: stepEnv(secrets),
    });

    expect(run.exitCode, runOutput(run)).toBe(0);
    const credentials = {
      secretAccessKey: secrets.secretAccessKey,
      sessionToken: secrets.sessionToken,
    };
    expect(announced(run, credentials)).toEqual(allOk(credentials));
  });

  it('the access key ID too', async () => {
    const secrets = newSecrets();
    const { name, workspace } = await functionWithVariables(secrets);

    const run = await runDeployAction(workspace, deployInputs(name, secrets), proxy().endpoint, {
      env: stepEnv(secrets),
    });

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(announced(run, { accessKeyId: secrets.accessKeyId })).toEqual(
      allOk({ accessKeyId: '' }),
    );
  });
});

describe("what is masked: values that may be secrets, never the deploy's own facts", () => {
  it('STAGE=prod on orders-prod: not masked, nor the name, region or account; a 20-character value is', async () => {
    const name = await createTestFunction(`orders-prod-${randomUUID().slice(0, 8)}`);
    const arn = (await readFunction(name)).FunctionArn ?? '';
    const account = arn.split(':')[4] ?? '';
    const apiKey = randomBytes(15).toString('base64url');
    const environment = {
      STAGE: 'prod',
      SERVICE: name,
      REGION_NAME: REGION,
      ACCOUNT_ID: account,
      API_KEY: apiKey,
    };
    const workspace = await workspaceWithSource(`code of ${name}`);

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        environment: Object.entries(environment)
          .map(([key, value]) => `${key}=${value}`)
          .join('\n'),
        alias: 'live',
      },
      motoEndpoint(),
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect((await readFunction(name)).Environment?.Variables).toEqual(environment);
    const masked = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length));
    expect(apiKey).toHaveLength(20);
    expect(masked).toContain(apiKey);
    expect(announced(run, { apiKey })).toEqual(allOk({ apiKey: '' }));
    expect(masked.filter((value) => ['prod', name, REGION, account].includes(value))).toEqual([]);
    expect(run.outputs['function-name']).toBe(name);
    expect(run.outputs['function-arn']).toBe(arn);
    expect(run.outputs['alias-arn']).toBe(`${arn}:live`);
    expect(run.stdout).toContain(`Function ${arn} runs code`);
  });
});
