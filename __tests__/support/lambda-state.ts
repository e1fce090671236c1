import {
  GetAliasCommand,
  GetFunctionCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  ListLayerVersionsCommand,
  ListVersionsByFunctionCommand,
  type AliasConfiguration,
  type FunctionConfiguration,
  type FunctionUrlConfig,
} from '@aws-sdk/client-lambda';
import { LambdaRelease } from '../../src/aws/lambda-release.js';
import { FAST_TIMING, lambdaClient, silentLogger } from './aws.js';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { REGION } from './moto-account.js';
import { s3Client } from './s3.js';

// What moto holds of a function's versions, aliases, URL and policy, read directly (not
// through any proxy), so a test checks the state a user would see in the console.

/** The project's LambdaRelease for `name`, talking to `endpoint` (moto or a proxy). */
export function lambdaRelease(name: string, endpoint: string): LambdaRelease {
  return new LambdaRelease(
    lambdaClient(endpoint),
    name,
    REGION,
    silentLogger,
    FAST_TIMING.conflictRetry,
  );
}

/** The published versions ($LATEST left out), oldest first. */
export async function publishedVersions(name: string): Promise<FunctionConfiguration[]> {
  const versions: FunctionConfiguration[] = [];
  let marker: string | undefined;
  do {
    const page = await lambdaClient().send(
      new ListVersionsByFunctionCommand({ FunctionName: name, Marker: marker }),
    );
    versions.push(...(page.Versions ?? []).filter((version) => version.Version !== '$LATEST'));
    marker = page.NextMarker;
  } while (marker !== undefined);
  return versions;
}

/** The version numbers ListVersionsByFunction lists ($LATEST left out). */
export async function versionNumbers(name: string): Promise<string[]> {
  return (await publishedVersions(name)).map((version) => version.Version ?? '');
}

/** GetAlias, or undefined when Lambda says there is no such alias. */
export async function readAlias(
  name: string,
  alias: string,
): Promise<AliasConfiguration | undefined> {
  return orNotFound(() =>
    lambdaClient().send(new GetAliasCommand({ FunctionName: name, Name: alias })),
  );
}

/** The alias's routing as a user reads it: primary version and additional weights ({} when none). */
export async function aliasRouting(
  name: string,
  alias: string,
): Promise<{ version: string; weights: Record<string, number> } | undefined> {
  const found = await readAlias(name, alias);
  if (found === undefined) return undefined;
  return {
    version: found.FunctionVersion ?? '',
    weights: { ...(found.RoutingConfig?.AdditionalVersionWeights ?? {}) },
  };
}

/** GetFunctionUrlConfig, or undefined when there is no URL. */
export async function readFunctionUrl(
  name: string,
  qualifier: string | undefined,
): Promise<FunctionUrlConfig | undefined> {
  return orNotFound(() =>
    lambdaClient().send(
      new GetFunctionUrlConfigCommand({ FunctionName: name, Qualifier: qualifier }),
    ),
  );
}

/** A statement of the resource policy, reduced to what matters for a function URL. */
export interface UrlPermission {
  readonly sid: string;
  readonly action: string;
  readonly principal: unknown;
  /** lambda:FunctionUrlAuthType the statement is limited to, if any. */
  readonly functionUrlAuthType: string | undefined;
  /** lambda:InvokedViaFunctionUrl the statement is limited to, if any, as a string. */
  readonly invokedViaFunctionUrl: string | undefined;
}

/**
 * The statements of GetPolicy on `qualifier`; [] when there is no policy. Lambda puts
 * FunctionUrlAuthType and InvokedViaFunctionUrl in the statement's Condition; moto keeps
 * them as the request's top-level keys. Both are read.
 */
export async function policyStatements(
  name: string,
  qualifier: string | undefined,
): Promise<UrlPermission[]> {
  const response = await orNotFound(() =>
    lambdaClient().send(new GetPolicyCommand({ FunctionName: name, Qualifier: qualifier })),
  );
  if (response === undefined) return [];
  const policy = JSON.parse(response.Policy ?? '{}') as { Statement?: RawStatement[] };
  return (policy.Statement ?? []).map((statement) => ({
    sid: statement.Sid ?? '',
    action: statement.Action ?? '',
    principal: statement.Principal,
    functionUrlAuthType: scalar(
      statement.FunctionUrlAuthType ??
        statement.Condition?.['StringEquals']?.['lambda:FunctionUrlAuthType'],
    ),
    invokedViaFunctionUrl: scalar(
      statement.InvokedViaFunctionUrl ??
        statement.Condition?.['Bool']?.['lambda:InvokedViaFunctionUrl'],
    ),
  }));
}

interface RawStatement {
  readonly Sid?: string;
  readonly Action?: string;
  readonly Principal?: unknown;
  readonly FunctionUrlAuthType?: unknown;
  readonly InvokedViaFunctionUrl?: unknown;
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;
}

/** A condition's value as text: Lambda writes "true"; moto keeps the request's true. */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return value === undefined || value === null ? undefined : JSON.stringify(value);
}

async function orNotFound<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Error && error.name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

/** What to read besides the function, its versions and tags. */
export interface ReleaseStateOptions {
  /** The alias whose routing, URL and policy to read; the unqualified function's when omitted. */
  readonly alias?: string;
  /** A layer whose versions to read. */
  readonly layer?: string;
  /** A bucket whose objects under lambda-deploy/<function>/ to list. */
  readonly bucket?: string;
}

/**
 * What a user would check after a deploy, read straight from moto, with the function's name
 * (and so a layer or key named after it) written as <function>, so that the states of two
 * functions deployed alike compare equal: the code, tags and layers, every published
 * version's code, the alias's routing, the URL's auth type, the policy's statements, the
 * layer's versions and the package objects in S3. Undefined parts are left out.
 */
export async function releaseState(
  name: string,
  options: ReleaseStateOptions = {},
): Promise<unknown> {
  const { alias, layer, bucket } = options;
  const fn = await orNotFound(() =>
    lambdaClient().send(new GetFunctionCommand({ FunctionName: name })),
  );
  const state = {
    function:
      fn === undefined
        ? undefined
        : {
            codeSha256: fn.Configuration?.CodeSha256,
            layers: (fn.Configuration?.Layers ?? []).map((attached) => attached.Arn),
            tags: fn.Tags ?? {},
          },
    versions:
      fn === undefined
        ? []
        : (await publishedVersions(name)).map((version) => ({
            version: version.Version,
            codeSha256: version.CodeSha256,
          })),
    alias: alias === undefined || fn === undefined ? undefined : await aliasRouting(name, alias),
    url: fn === undefined ? undefined : ((await readFunctionUrl(name, alias))?.AuthType ?? 'none'),
    statements:
      fn === undefined
        ? []
        : (await policyStatements(name, alias))
            .map((statement) => JSON.stringify(statement))
            .sort(),
    layerVersions: layer === undefined ? undefined : await layerVersionNumbers(layer),
    objects: bucket === undefined ? undefined : await packageObjects(bucket, name),
  };
  return JSON.parse(JSON.stringify(state).split(name).join('<function>')) as unknown;
}

/** The layer's version numbers, oldest first ([] when it has none). */
export async function layerVersionNumbers(layer: string): Promise<string[]> {
  const response = await orNotFound(() =>
    lambdaClient().send(new ListLayerVersionsCommand({ LayerName: layer })),
  );
  return (response?.LayerVersions ?? [])
    .sort((a, b) => (a.Version ?? 0) - (b.Version ?? 0))
    .map((version) => `${version.Version ?? '?'}`);
}

/** Key and size of each object under lambda-deploy/<function>/ in `bucket`. */
export async function packageObjects(bucket: string, name: string): Promise<string[]> {
  const response = await s3Client().send(
    new ListObjectsV2Command({ Bucket: bucket, Prefix: `lambda-deploy/${name}/` }),
  );
  return (response.Contents ?? []).map(
    (object) => `${object.Key ?? ''} (${object.Size ?? 0} bytes)`,
  );
}
