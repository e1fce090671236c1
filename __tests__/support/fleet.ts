import {
  CreateAliasCommand,
  CreateFunctionCommand,
  GetAliasCommand,
  LambdaClient,
  PublishVersionCommand,
} from '@aws-sdk/client-lambda';
import { inject } from 'vitest';
import { motoEndpoint, uniqueFunctionName, zipOf } from './aws.js';
import { REGION, TEST_CREDENTIALS } from './moto-account.js';
import { tempDir, writeFiles } from './temp-dir.js';

// Issue 17, fleet mode: functions made straight in moto (any region: moto keeps one backend
// per region), each with alias `live` on version 1, and a workspace holding their sources and
// the manifest.

/** A Lambda client for moto in `region`, not through any proxy. */
export function regionalClient(region: string = REGION): LambdaClient {
  return new LambdaClient({ region, endpoint: motoEndpoint(), credentials: TEST_CREDENTIALS });
}

/**
 * Creates `name` (a new unique one unless given) in each of `regions`, publishes version 1
 * and points alias `live` at it. Returns the name.
 */
export async function releasedFunction(
  name = uniqueFunctionName('fleet'),
  regions: readonly string[] = [REGION],
): Promise<string> {
  const code = await zipOf({ 'index.js': "exports.handler = async () => 'v1';\n" });
  for (const region of regions) {
    const client = regionalClient(region);
    await client.send(
      new CreateFunctionCommand({
        FunctionName: name,
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: inject('testRoleArn'),
        Code: { ZipFile: code },
      }),
    );
    const published = await client.send(new PublishVersionCommand({ FunctionName: name }));
    await client.send(
      new CreateAliasCommand({
        FunctionName: name,
        Name: 'live',
        FunctionVersion: published.Version ?? '1',
      }),
    );
  }
  return name;
}

/** The version alias `alias` of `name` points at in `region`, and its extra weights. */
export async function aliasIn(
  name: string,
  alias: string,
  region: string = REGION,
): Promise<{ version: string; weights: Record<string, number> }> {
  const found = await regionalClient(region).send(
    new GetAliasCommand({ FunctionName: name, Name: alias }),
  );
  return {
    version: found.FunctionVersion ?? '',
    weights: { ...(found.RoutingConfig?.AdditionalVersionWeights ?? {}) },
  };
}

/**
 * A workspace holding one small handler per source directory (its code differs on every
 * call, so every function gets new code) and `manifest` as `fleet.yml`.
 */
export async function fleetWorkspace(
  sources: readonly string[],
  manifest: string,
): Promise<string> {
  const workspace = await tempDir('fleet-workspace');
  const stamp = `${Date.now()}-${Math.random()}`;
  const files: Record<string, string> = { 'fleet.yml': manifest };
  for (const source of sources) {
    files[`${source}/index.js`] =
      `exports.handler = async (event) => event; // ${source} ${stamp}\n`;
    files[`${source}/lib/util.js`] = `module.exports = ${JSON.stringify(source)};\n`;
  }
  await writeFiles(workspace, files);
  return workspace;
}

/** One function in one region, as the `results` output gives it. */
export interface FleetResult {
  readonly 'function-name'?: string;
  readonly region?: string;
  readonly 'function-arn'?: string;
  readonly version?: string;
  readonly 'code-sha256'?: string;
  readonly deployed?: unknown;
  readonly 'alias-arn'?: string;
  readonly 'function-url'?: string;
  readonly error?: string;
  readonly [key: string]: unknown;
}

/** The `results` output parsed; throws saying what came instead of a JSON array. */
export function fleetResults(outputs: Readonly<Record<string, string>>): FleetResult[] {
  const text = outputs['results'];
  if (text === undefined) {
    throw new Error(`no 'results' output; outputs were: ${Object.keys(outputs).join(', ')}`);
  }
  const parsed = JSON.parse(text) as unknown;
  if (!Array.isArray(parsed)) throw new Error(`'results' is not a JSON array: ${text}`);
  return parsed as FleetResult[];
}

/** The result for `name` in `region`, or undefined. */
export function resultFor(
  results: readonly FleetResult[],
  name: string,
  region: string = REGION,
): FleetResult | undefined {
  return results.find((result) => result['function-name'] === name && result.region === region);
}

/** The log groups a run opened for packaging a function's code ("Package ...", not layers). */
export function packageGroups(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::group::'))
    .map((line) => line.slice('::group::'.length))
    .filter((name) => /^Package\b/.test(name) && !/^Package layer\b/.test(name));
}
