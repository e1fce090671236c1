import {
  CreateFunctionCommand,
  GetFunctionCommand,
  LambdaClient,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { ZipArchive } from 'archiver';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { LambdaFunction } from '../../src/aws/lambda-function.js';
import { type LambdaTiming } from '../../src/aws/function-calls.js';
import type { Logger } from '../../src/logger.js';
import { REGION, TEST_CREDENTIALS } from './moto-account.js';

/** The moto that moto-global-setup started for this run. */
export function motoEndpoint(): string {
  return inject('motoEndpoint');
}

/** A Lambda client for moto, or for a proxy in front of it. */
export function lambdaClient(endpoint = motoEndpoint()): LambdaClient {
  return new LambdaClient({ region: REGION, endpoint, credentials: TEST_CREDENTIALS });
}

/** Polls and conflict retries fast enough for tests; the code under test is the same. */
export const FAST_TIMING: LambdaTiming = {
  minPollSeconds: 0.05,
  maxPollSeconds: 0.2,
  conflictRetry: { attempts: 5, baseDelayMs: 20, maxDelayMs: 100 },
};

export const silentLogger: Logger = { info: () => undefined, warning: () => undefined };

/** The project's LambdaFunction for `name`, talking to `endpoint` (moto or a proxy). */
export function lambdaFunction(name: string, endpoint: string): LambdaFunction {
  return new LambdaFunction(lambdaClient(endpoint), name, REGION, silentLogger, FAST_TIMING);
}

/** A function name no other test uses, so test files can run in parallel against one moto. */
export function uniqueFunctionName(label: string): string {
  return `ld-${label}-${randomUUID().slice(0, 8)}`.slice(0, 64);
}

/** Creates a Zip function (nodejs20.x, index.handler) in moto and returns its name. */
export async function createTestFunction(name = uniqueFunctionName('fn')): Promise<string> {
  const code = "exports.handler = async () => 'created by the test harness';\n";
  await lambdaClient().send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: inject('testRoleArn'),
      Code: { ZipFile: await zipOf({ 'index.js': code }) },
    }),
  );
  return name;
}

/** The function's configuration as moto holds it (CodeSha256, CodeSize, ...). */
export async function readFunction(name: string): Promise<FunctionConfiguration> {
  const response = await lambdaClient().send(new GetFunctionCommand({ FunctionName: name }));
  if (response.Configuration === undefined)
    throw new Error(`moto returned no configuration for ${name}`);
  return response.Configuration;
}

/** The function's tags as moto holds them. */
export async function readFunctionTags(name: string): Promise<Record<string, string>> {
  const { Tags } = await lambdaClient().send(new GetFunctionCommand({ FunctionName: name }));
  return Tags ?? {};
}

/** A zip holding `files` (name -> content), built in memory. */
export async function zipOf(files: Readonly<Record<string, string>>): Promise<Buffer> {
  const archive = new ZipArchive();
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    archive.on('end', resolve);
    archive.on('error', reject);
  });
  for (const [name, content] of Object.entries(files)) archive.append(content, { name });
  await archive.finalize();
  await ended;
  return Buffer.concat(chunks);
}
