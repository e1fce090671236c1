import { type AliasConfiguration, type Cors } from '@aws-sdk/client-lambda';
import { DeployError } from '../errors.js';

export interface AliasState {
  readonly name: string;
  readonly arn: string;
  /** The primary version. */
  readonly version: string;
  /** Other versions and the share of traffic each gets, 0 to 1. */
  readonly weights: Readonly<Record<string, number>>;
  /** Changes with every update; UpdateAlias carries it as its precondition. */
  readonly revisionId: string | undefined;
  /** Where this action records what it moved the alias from (resources/alias/record.ts). */
  readonly description?: string | undefined;
}

export interface PublishedVersion {
  readonly version: string;
  readonly arn: string;
}

export type UrlAuthType = 'NONE' | 'AWS_IAM';

export type UrlInvokeMode = 'BUFFERED' | 'RESPONSE_STREAM';

/** The function URL's Cors, in the API's shape. */
export interface UrlCorsShape {
  readonly AllowCredentials?: boolean | undefined;
  readonly AllowHeaders?: readonly string[] | undefined;
  readonly AllowMethods?: readonly string[] | undefined;
  readonly AllowOrigins?: readonly string[] | undefined;
  readonly ExposeHeaders?: readonly string[] | undefined;
  readonly MaxAge?: number | undefined;
}

/** A function URL as GetFunctionUrlConfig answers it. */
export interface FunctionUrlState {
  readonly url: string;
  readonly authType: string;
  readonly invokeMode: string;
  readonly cors: UrlCorsShape | undefined;
}

/** What a URL is to have besides its auth type; undefined is left as it is. */
export interface UrlOptions {
  readonly invokeMode?: UrlInvokeMode | undefined;
  readonly cors?: UrlCorsShape | undefined;
}

/** True when `url` has the auth type and every option wanted. */
export function urlMatches(url: FunctionUrlState, authType: string, wanted: UrlOptions): boolean {
  return (
    url.authType === authType &&
    (wanted.invokeMode === undefined || url.invokeMode === wanted.invokeMode) &&
    (wanted.cors === undefined || sameCors(url.cors, wanted.cors))
  );
}

/** Lists compared as sets, AllowCredentials false and MaxAge 0 when absent, as Lambda means them. */
export function sameCors(a: UrlCorsShape | undefined, b: UrlCorsShape | undefined): boolean {
  return corsText(a) === corsText(b);
}

/** The SDK's Cors (its lists are not readonly). */
export function mutableCors(cors: UrlCorsShape): Cors {
  const copy = (items: readonly string[] | undefined) =>
    items === undefined ? undefined : [...items];
  return {
    AllowCredentials: cors.AllowCredentials,
    AllowHeaders: copy(cors.AllowHeaders),
    AllowMethods: copy(cors.AllowMethods),
    AllowOrigins: copy(cors.AllowOrigins),
    ExposeHeaders: copy(cors.ExposeHeaders),
    MaxAge: cors.MaxAge,
  };
}

export function corsText(cors: UrlCorsShape | undefined): string {
  const list = (items: readonly string[] | undefined) => [...(items ?? [])].sort();
  return JSON.stringify([
    list(cors?.AllowOrigins),
    list(cors?.AllowMethods),
    list(cors?.AllowHeaders),
    list(cors?.ExposeHeaders),
    cors?.AllowCredentials ?? false,
    cors?.MaxAge ?? 0,
  ]);
}

export interface PermissionStatement {
  readonly statementId: string;
  readonly action: string;
  readonly principal: string;
  readonly functionUrlAuthType?: UrlAuthType;
  readonly invokedViaFunctionUrl?: boolean;
}

/** The calls that release a function: versions, aliases, function URLs and their permissions. */

/** GetAccountSettings' code storage: every function's and layer's code in the region. */
export interface CodeStorage {
  readonly used: number;
  readonly limit: number;
  readonly functionCount: number | undefined;
}

export interface Call {
  readonly action: string;
  readonly permission: string;
  /** The alias the call is on; undefined for the function itself. */
  readonly on: string | undefined;
}

export type Recover<T> = (error: unknown) => { readonly value: T } | undefined;

export function sendOptions(abortSignal: AbortSignal | undefined): { abortSignal?: AbortSignal } {
  return abortSignal === undefined ? {} : { abortSignal };
}

export function whenNotFound<T>(value: T): Recover<T> {
  return (error) => (isNotFound(error) ? { value } : undefined);
}

export function toAlias(alias: AliasConfiguration): AliasState {
  if (
    alias.Name === undefined ||
    alias.AliasArn === undefined ||
    alias.FunctionVersion === undefined
  ) {
    throw new DeployError('Lambda answered without the alias configuration');
  }
  return {
    name: alias.Name,
    arn: alias.AliasArn,
    version: alias.FunctionVersion,
    weights: alias.RoutingConfig?.AdditionalVersionWeights ?? {},
    revisionId: alias.RevisionId,
    description: alias.Description,
  };
}

export function publishedVersion(answer: {
  Version?: string | undefined;
  FunctionArn?: string | undefined;
  CodeSha256?: string | undefined;
}): PublishedVersion & { codeSha256: string | undefined } {
  if (answer.Version === undefined || answer.FunctionArn === undefined) {
    throw new DeployError('Lambda answered PublishVersion without a version');
  }
  return { version: answer.Version, arn: answer.FunctionArn, codeSha256: answer.CodeSha256 };
}

/** The alias routes all of its traffic as `version` plus `weights` say. */
export function sameRouting(
  alias: AliasState,
  version: string,
  weights: Readonly<Record<string, number>>,
): boolean {
  const wanted = Object.entries(weights).filter(([, weight]) => weight > 0);
  const actual = Object.entries(alias.weights).filter(([, weight]) => weight > 0);
  return (
    alias.version === version &&
    wanted.length === actual.length &&
    wanted.every(([other, weight]) => Math.abs((alias.weights[other] ?? -1) - weight) < 1e-9)
  );
}

/** UpdateAlias found the alias changed since it was read: another run moved it. */
export class AliasChangedError extends DeployError {
  constructor(
    readonly alias: string,
    readonly found: AliasState | undefined,
    options: ErrorOptions,
  ) {
    super(
      `Alias '${alias}' changed meanwhile (another run moved it since this run read it): ` +
        (found === undefined ? 'it no longer exists' : `it now routes ${routingText(found)}`),
      options,
    );
  }
}

/** "7 (90 %) / 8 (10 %)", or "8" when one version has it all. */
export function routingText(alias: AliasState): string {
  const weights = Object.entries(alias.weights);
  if (weights.length === 0) return alias.version;
  const others = weights.reduce((sum, [, weight]) => sum + weight, 0);
  const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;
  return [
    `${alias.version} (${percent(1 - others)})`,
    ...weights.map(([version, weight]) => `${version} (${percent(weight)})`),
  ].join(' / ');
}

export function isNotFound(error: unknown): boolean {
  return error instanceof Error && error.name === 'ResourceNotFoundException';
}

/** A RevisionId or CodeSha256 precondition that no longer holds. */
export function changedMeanwhile(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'PreconditionFailedException' ||
    (error.name === 'InvalidParameterValueException' && /CodeSha256|code ?sha/i.test(error.message))
  );
}
