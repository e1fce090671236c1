import {
  AddPermissionCommand,
  CreateAliasCommand,
  CreateFunctionUrlConfigCommand,
  DeleteAliasCommand,
  DeleteFunctionCommand,
  DeleteFunctionUrlConfigCommand,
  GetAccountSettingsCommand,
  GetAliasCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  ListAliasesCommand,
  ListProvisionedConcurrencyConfigsCommand,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
  RemovePermissionCommand,
  UpdateAliasCommand,
  UpdateFunctionUrlConfigCommand,
  type AliasConfiguration,
  type FunctionConfiguration,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { DeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { describeAwsError } from './aws-errors.js';
import { allPages } from '../pages.js';
import { httpStatusOf, isAlreadyExists, isPreconditionFailed } from './error-kinds.js';
import { CONFLICT_RETRY, mutate, type Confirmation, type RetryPolicy } from './retry.js';

export interface AliasState {
  readonly name: string;
  readonly arn: string;
  /** The primary version. */
  readonly version: string;
  /** Other versions and the share of traffic each gets, 0 to 1. */
  readonly weights: Readonly<Record<string, number>>;
  /** Changes with every update; UpdateAlias carries it as its precondition. */
  readonly revisionId: string | undefined;
  /** Where this action records what it moved the alias from (alias-record.ts). */
  readonly description?: string | undefined;
}

export interface PublishedVersion {
  readonly version: string;
  readonly arn: string;
}

export type UrlAuthType = 'NONE' | 'AWS_IAM';

export interface PermissionStatement {
  readonly statementId: string;
  readonly action: string;
  readonly principal: string;
  readonly functionUrlAuthType?: UrlAuthType;
  readonly invokedViaFunctionUrl?: boolean;
}

/** The calls that release a function: versions, aliases, function URLs and their permissions. */
export class LambdaRelease {
  constructor(
    private readonly client: LambdaClient,
    readonly name: string,
    readonly region: string,
    private readonly log: Logger,
    private readonly conflictRetry: RetryPolicy = CONFLICT_RETRY,
  ) {}

  /**
   * Publishes $LATEST only if it still holds `codeSha256` at `revisionId`, so the version
   * can never capture another deploy's change made in between.
   */
  async publishVersion(
    codeSha256: string,
    revisionId: string | undefined,
    description: string,
  ): Promise<PublishedVersion> {
    let published: PublishedVersion & { codeSha256: string | undefined };
    try {
      published = await this.mutate(
        'PublishVersion',
        async () =>
          publishedVersion(
            await this.client.send(
              new PublishVersionCommand({
                FunctionName: this.name,
                CodeSha256: codeSha256,
                RevisionId: revisionId,
                Description: description,
              }),
            ),
          ),
        // A resend after a lost answer meets the RevisionId that publishing changed.
        { readBack: () => this.findVersion(codeSha256, description) },
      );
    } catch (error) {
      if (changedMeanwhile(error)) {
        throw new DeployError(
          `Another deploy changed function '${this.name}' meanwhile: its code or configuration ` +
            'is no longer what this run deployed, so no version was published and no alias moved. ' +
            `Lambda said: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      throw this.failure(
        error,
        'publish a version',
        'lambda:PublishVersion',
        this.target(undefined),
      );
    }
    // Lambda enforces the precondition; this holds emulators and regressions to it too.
    if (published.codeSha256 !== undefined && published.codeSha256 !== codeSha256) {
      throw new DeployError(
        `Another deploy changed function '${this.name}' meanwhile: version ${published.version} ` +
          `holds code ${published.codeSha256}, not the ${codeSha256} this run deployed, ` +
          'so no alias moved',
      );
    }
    return { version: published.version, arn: published.arn };
  }

  /** The newest published version's number, or undefined when none was published. */
  async newestVersion(): Promise<string | undefined> {
    const numbers = (await this.publishedVersions()).map((version) => Number(version.Version));
    return numbers.length === 0 ? undefined : String(Math.max(...numbers));
  }

  /** The newest published version holding `codeSha256` with `description`, if there is one. */
  async findVersion(
    codeSha256: string,
    description: string,
  ): Promise<(PublishedVersion & { codeSha256: string | undefined }) | undefined> {
    const holding = (await this.publishedVersions())
      .filter((version) => version.CodeSha256 === codeSha256 && version.Description === description)
      .sort((a, b) => Number(b.Version) - Number(a.Version));
    return holding[0] === undefined ? undefined : publishedVersion(holding[0]);
  }

  /** Every published version, $LATEST left out. */
  private async publishedVersions(): Promise<FunctionConfiguration[]> {
    return this.attempt(
      { action: 'list the versions', permission: 'lambda:ListVersionsByFunction', on: undefined },
      async () => {
        const versions = await allPages('ListVersionsByFunction', async (Marker) => {
          const page = await this.client.send(
            new ListVersionsByFunctionCommand({ FunctionName: this.name, Marker }),
          );
          return { items: page.Versions ?? [], next: page.NextMarker };
        });
        return versions.filter((version) => version.Version !== '$LATEST');
      },
    );
  }

  /** `abortSignal` ends the read (its retries included), as a deadline or a cancel. */
  async getAlias(alias: string, abortSignal?: AbortSignal): Promise<AliasState | undefined> {
    return this.attempt(
      { action: `read alias '${alias}'`, permission: 'lambda:GetAlias', on: alias },
      async () =>
        toAlias(
          await this.client.send(
            new GetAliasCommand({ FunctionName: this.name, Name: alias }),
            sendOptions(abortSignal),
          ),
        ),
      whenNotFound(undefined),
    );
  }

  async listAliases(): Promise<AliasState[]> {
    return this.attempt(
      { action: 'list the aliases', permission: 'lambda:ListAliases', on: undefined },
      async () =>
        allPages('ListAliases', async (Marker) => {
          const page = await this.client.send(
            new ListAliasesCommand({ FunctionName: this.name, Marker }),
          );
          return { items: (page.Aliases ?? []).map(toAlias), next: page.NextMarker };
        }),
    );
  }

  async createAlias(alias: string, version: string, description?: string): Promise<AliasState> {
    const input = {
      FunctionName: this.name,
      Name: alias,
      FunctionVersion: version,
      ...(description === undefined ? {} : { Description: description }),
    };
    return this.attempt(
      { action: `create alias '${alias}'`, permission: 'lambda:CreateAlias', on: alias },
      () =>
        this.mutate(
          'CreateAlias',
          async () => toAlias(await this.client.send(new CreateAliasCommand(input))),
          this.aliasRoutes(alias, version, {}),
        ),
    );
  }

  /**
   * Points the alias at `version`, sending `weights` of traffic to other versions (none
   * clears them), only if it is still as `current` was read: Lambda checks its RevisionId.
   */
  async updateAlias(
    current: AliasState,
    version: string,
    weights: Readonly<Record<string, number>>,
    description?: string,
    abortSignal?: AbortSignal,
  ): Promise<AliasState> {
    const alias = current.name;
    const input = {
      FunctionName: this.name,
      Name: alias,
      FunctionVersion: version,
      RoutingConfig: { AdditionalVersionWeights: { ...weights } },
      RevisionId: current.revisionId,
      ...(description === undefined ? {} : { Description: description }),
    };
    try {
      return await this.mutate(
        'UpdateAlias',
        async () =>
          toAlias(await this.client.send(new UpdateAliasCommand(input), sendOptions(abortSignal))),
        this.aliasRoutes(alias, version, weights, abortSignal),
      );
    } catch (error) {
      if (isPreconditionFailed(error)) {
        const now = await this.getAlias(alias, abortSignal);
        throw new AliasChangedError(alias, now, { cause: error });
      }
      throw this.failure(error, `move alias '${alias}'`, 'lambda:UpdateAlias', this.target(alias));
    }
  }

  /** Reads the alias back: it, when it routes as asked. */
  private aliasRoutes(
    alias: string,
    version: string,
    weights: Readonly<Record<string, number>>,
    abortSignal?: AbortSignal,
  ): Confirmation<AliasState> {
    return {
      readBack: async () => {
        const now = await this.getAlias(alias, abortSignal);
        return now !== undefined && sameRouting(now, version, weights) ? now : undefined;
      },
    };
  }

  async deleteAlias(alias: string, abortSignal?: AbortSignal): Promise<void> {
    await this.attempt(
      { action: `delete alias '${alias}'`, permission: 'lambda:DeleteAlias', on: alias },
      () =>
        this.mutate('DeleteAlias', () =>
          this.client.send(
            new DeleteAliasCommand({ FunctionName: this.name, Name: alias }),
            sendOptions(abortSignal),
          ),
        ),
    );
  }

  async deleteVersion(version: string): Promise<void> {
    const input = { FunctionName: this.name, Qualifier: version };
    await this.attempt(
      { action: `delete version ${version}`, permission: 'lambda:DeleteFunction', on: undefined },
      async () => {
        await this.mutate('DeleteFunction', () =>
          this.client.send(new DeleteFunctionCommand(input)),
        );
      },
      whenNotFound(undefined),
    );
  }

  async getFunctionUrl(
    qualifier: string | undefined,
  ): Promise<{ url: string; authType: string } | undefined> {
    const input = { FunctionName: this.name, Qualifier: qualifier };
    return this.attempt(
      { action: 'read the function URL', permission: 'lambda:GetFunctionUrlConfig', on: qualifier },
      async () => {
        const response = await this.client.send(new GetFunctionUrlConfigCommand(input));
        return { url: response.FunctionUrl ?? '', authType: response.AuthType ?? '' };
      },
      whenNotFound(undefined),
    );
  }

  /** Creates the URL, or changes its auth type; returns the URL. */
  async putFunctionUrl(qualifier: string | undefined, authType: UrlAuthType): Promise<string> {
    const existing = await this.getFunctionUrl(qualifier);
    if (existing?.authType === authType) return existing.url;
    const input = { FunctionName: this.name, Qualifier: qualifier, AuthType: authType };
    const creating = existing === undefined;
    return this.attempt(
      {
        action: 'set up the function URL',
        permission: creating ? 'lambda:CreateFunctionUrlConfig' : 'lambda:UpdateFunctionUrlConfig',
        on: qualifier,
      },
      async () => {
        // A lost answer's resend meets "FunctionUrlConfig exists": read back, it is ours if the auth matches.
        const asAsked: Confirmation<string> = {
          readBack: async () => {
            const now = await this.getFunctionUrl(qualifier);
            return now?.authType === authType ? now.url : undefined;
          },
        };
        const response = creating
          ? await this.mutate(
              'CreateFunctionUrlConfig',
              async () =>
                (await this.client.send(new CreateFunctionUrlConfigCommand(input))).FunctionUrl ??
                '',
              asAsked,
            )
          : await this.mutate(
              'UpdateFunctionUrlConfig',
              async () =>
                (await this.client.send(new UpdateFunctionUrlConfigCommand(input))).FunctionUrl ??
                '',
              asAsked,
            );
        return response;
      },
    );
  }

  /** True when there was a URL to delete. */
  async deleteFunctionUrl(qualifier: string | undefined): Promise<boolean> {
    const input = { FunctionName: this.name, Qualifier: qualifier };
    return this.removeIfThere(
      {
        action: 'delete the function URL',
        permission: 'lambda:DeleteFunctionUrlConfig',
        on: qualifier,
      },
      () => this.client.send(new DeleteFunctionUrlConfigCommand(input)),
    );
  }

  /** The statement IDs of the resource policy on `qualifier` (none when there is no policy). */
  async statementIds(qualifier: string | undefined): Promise<Set<string>> {
    const input = { FunctionName: this.name, Qualifier: qualifier };
    return this.attempt(
      { action: 'read the resource policy', permission: 'lambda:GetPolicy', on: qualifier },
      async () => {
        const response = await this.client.send(new GetPolicyCommand(input));
        const policy = JSON.parse(response.Policy ?? '{}') as { Statement?: { Sid?: string }[] };
        return new Set((policy.Statement ?? []).flatMap((statement) => statement.Sid ?? []));
      },
      whenNotFound(new Set<string>()),
    );
  }

  async addPermission(
    qualifier: string | undefined,
    statement: PermissionStatement,
  ): Promise<void> {
    const input = {
      FunctionName: this.name,
      Qualifier: qualifier,
      StatementId: statement.statementId,
      Action: statement.action,
      Principal: statement.principal,
      FunctionUrlAuthType: statement.functionUrlAuthType,
      InvokedViaFunctionUrl: statement.invokedViaFunctionUrl,
    };
    await this.attempt(
      { action: `allow ${statement.action}`, permission: 'lambda:AddPermission', on: qualifier },
      async () => {
        await this.mutate('AddPermission', () => this.client.send(new AddPermissionCommand(input)));
      },
      // Another run for the same alias may have added it a moment ago: the aim is met.
      (error) => (isAlreadyExists(error) ? { value: undefined } : undefined),
    );
  }

  /** True when the statement was there to remove. */
  async removePermission(qualifier: string | undefined, statementId: string): Promise<boolean> {
    const input = { FunctionName: this.name, Qualifier: qualifier, StatementId: statementId };
    return this.removeIfThere(
      {
        action: `remove permission ${statementId}`,
        permission: 'lambda:RemovePermission',
        on: qualifier,
      },
      () => this.client.send(new RemovePermissionCommand(input)),
    );
  }

  /** A delete: true when it removed something, false when there was nothing to remove. */
  private removeIfThere(call: Call, send: () => Promise<unknown>): Promise<boolean> {
    const name = call.permission.replace('lambda:', '');
    return this.attempt(
      call,
      async () => {
        await this.mutate(name, send);
        return true;
      },
      whenNotFound(false),
    );
  }

  /**
   * Runs one call; an error `recover` accepts gives its value, any other becomes a
   * DeployError that says what failed, on what, and which permission it needs.
   */
  private async attempt<T>(
    call: Call,
    work: () => Promise<T>,
    recover: Recover<T> = () => undefined,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const recovered = recover(error);
      if (recovered !== undefined) return recovered.value;
      throw this.failure(error, call.action, call.permission, this.target(call.on));
    }
  }

  private mutate<T>(what: string, call: () => Promise<T>, confirm?: Confirmation<T>): Promise<T> {
    return mutate(what, call, this.conflictRetry, this.log, confirm);
  }

  private aliasName(alias: string): string {
    return `alias '${alias}' of function '${this.name}'`;
  }

  private target(qualifier: string | undefined): string {
    return qualifier === undefined ? `function '${this.name}'` : this.aliasName(qualifier);
  }

  private failure(
    error: unknown,
    action: string,
    permission: string,
    resource: string,
  ): DeployError {
    return describeAwsError(error, {
      action,
      permission,
      resource,
      region: this.region,
      notFoundHint: 'Check function-name and region.',
    });
  }

  /** The published versions' numbers, $LATEST left out. */
  async versionNumbers(): Promise<string[]> {
    return (await this.publishedVersions()).flatMap((version) => version.Version ?? []);
  }

  /**
   * The qualifiers (versions or aliases) with provisioned concurrency, as each config's
   * FunctionArn names them.
   */
  async provisionedConcurrency(): Promise<string[]> {
    return this.attempt(
      {
        action: 'list the provisioned concurrency configs',
        permission: 'lambda:ListProvisionedConcurrencyConfigs',
        on: undefined,
      },
      async () => {
        const configs = await allPages('ListProvisionedConcurrencyConfigs', async (Marker) => {
          const page = await this.client.send(
            new ListProvisionedConcurrencyConfigsCommand({ FunctionName: this.name, Marker }),
          );
          return { items: page.ProvisionedConcurrencyConfigs ?? [], next: page.NextMarker };
        });
        return configs.map((config) => {
          // arn:aws:lambda:<region>:<account>:function:<name>:<qualifier>
          const qualifier = config.FunctionArn?.split(':')[7];
          if (qualifier === undefined || qualifier === '') {
            throw new DeployError(
              `Lambda answered a provisioned concurrency config without a qualifier (${config.FunctionArn ?? 'no ARN'})`,
            );
          }
          return qualifier;
        });
      },
    );
  }

  /** The account's code storage in the region: used and its limit, in bytes. */
  async accountSettings(): Promise<CodeStorage> {
    try {
      const { AccountUsage, AccountLimit } = await this.client.send(
        new GetAccountSettingsCommand({}),
      );
      const used = AccountUsage?.TotalCodeSize;
      const limit = AccountLimit?.TotalCodeSize;
      if (used === undefined || limit === undefined) {
        throw new DeployError('Lambda answered GetAccountSettings without TotalCodeSize');
      }
      return { used, limit, functionCount: AccountUsage?.FunctionCount };
    } catch (error) {
      if (!(error instanceof DeployError) && httpStatusOf(error) === 404) {
        throw new DeployError(
          'Could not read the account settings: this endpoint does not offer GetAccountSettings (HTTP 404)',
          { cause: error },
        );
      }
      throw describeAwsError(error, {
        action: 'read the account settings',
        permission: 'lambda:GetAccountSettings',
        resource: 'the account',
        region: this.region,
        notFoundHint: 'This endpoint does not offer GetAccountSettings.',
      });
    }
  }
}

/** GetAccountSettings' code storage: every function's and layer's code in the region. */
export interface CodeStorage {
  readonly used: number;
  readonly limit: number;
  readonly functionCount: number | undefined;
}

interface Call {
  readonly action: string;
  readonly permission: string;
  /** The alias the call is on; undefined for the function itself. */
  readonly on: string | undefined;
}

type Recover<T> = (error: unknown) => { readonly value: T } | undefined;

function sendOptions(abortSignal: AbortSignal | undefined): { abortSignal?: AbortSignal } {
  return abortSignal === undefined ? {} : { abortSignal };
}

function whenNotFound<T>(value: T): Recover<T> {
  return (error) => (isNotFound(error) ? { value } : undefined);
}

function toAlias(alias: AliasConfiguration): AliasState {
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

function publishedVersion(answer: {
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

function isNotFound(error: unknown): boolean {
  return error instanceof Error && error.name === 'ResourceNotFoundException';
}

/** A RevisionId or CodeSha256 precondition that no longer holds. */
function changedMeanwhile(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'PreconditionFailedException' ||
    (error.name === 'InvalidParameterValueException' && /CodeSha256|code ?sha/i.test(error.message))
  );
}
