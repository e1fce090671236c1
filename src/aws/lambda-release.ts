import {
  AddPermissionCommand,
  CreateAliasCommand,
  CreateFunctionUrlConfigCommand,
  DeleteAliasCommand,
  DeleteFunctionCommand,
  DeleteFunctionUrlConfigCommand,
  GetAliasCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  ListAliasesCommand,
  PublishVersionCommand,
  RemovePermissionCommand,
  UpdateAliasCommand,
  UpdateFunctionUrlConfigCommand,
  type AliasConfiguration,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { DeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { describeAwsError } from './aws-errors.js';
import { CONFLICT_RETRY, isAlreadyExists, retryOnConflict, type RetryPolicy } from './retry.js';

export interface AliasState {
  readonly name: string;
  readonly arn: string;
  /** The primary version. */
  readonly version: string;
  /** Other versions and the share of traffic each gets, 0 to 1. */
  readonly weights: Readonly<Record<string, number>>;
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
    try {
      const response = await this.mutate('PublishVersion', () =>
        this.client.send(
          new PublishVersionCommand({
            FunctionName: this.name,
            CodeSha256: codeSha256,
            RevisionId: revisionId,
            Description: description,
          }),
        ),
      );
      if (response.Version === undefined || response.FunctionArn === undefined) {
        throw new DeployError('Lambda answered PublishVersion without a version');
      }
      return { version: response.Version, arn: response.FunctionArn };
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
        `function '${this.name}'`,
      );
    }
  }

  async getAlias(alias: string): Promise<AliasState | undefined> {
    try {
      return toAlias(
        await this.client.send(new GetAliasCommand({ FunctionName: this.name, Name: alias })),
      );
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw this.failure(error, `read alias '${alias}'`, 'lambda:GetAlias', this.aliasName(alias));
    }
  }

  async listAliases(): Promise<AliasState[]> {
    const aliases: AliasState[] = [];
    try {
      let marker: string | undefined;
      do {
        const page = await this.client.send(
          new ListAliasesCommand({ FunctionName: this.name, Marker: marker }),
        );
        aliases.push(...(page.Aliases ?? []).map(toAlias));
        marker = page.NextMarker;
      } while (marker !== undefined);
      return aliases;
    } catch (error) {
      throw this.failure(
        error,
        'list the aliases',
        'lambda:ListAliases',
        `function '${this.name}'`,
      );
    }
  }

  async createAlias(alias: string, version: string): Promise<AliasState> {
    try {
      return toAlias(
        await this.mutate('CreateAlias', () =>
          this.client.send(
            new CreateAliasCommand({
              FunctionName: this.name,
              Name: alias,
              FunctionVersion: version,
            }),
          ),
        ),
      );
    } catch (error) {
      throw this.failure(
        error,
        `create alias '${alias}'`,
        'lambda:CreateAlias',
        this.aliasName(alias),
      );
    }
  }

  /** Points the alias at `version`, sending `weights` of traffic to other versions (none clears them). */
  async updateAlias(
    alias: string,
    version: string,
    weights: Readonly<Record<string, number>>,
  ): Promise<AliasState> {
    try {
      return toAlias(
        await this.mutate('UpdateAlias', () =>
          this.client.send(
            new UpdateAliasCommand({
              FunctionName: this.name,
              Name: alias,
              FunctionVersion: version,
              RoutingConfig: { AdditionalVersionWeights: { ...weights } },
            }),
          ),
        ),
      );
    } catch (error) {
      throw this.failure(
        error,
        `move alias '${alias}'`,
        'lambda:UpdateAlias',
        this.aliasName(alias),
      );
    }
  }

  async deleteAlias(alias: string): Promise<void> {
    try {
      await this.mutate('DeleteAlias', () =>
        this.client.send(new DeleteAliasCommand({ FunctionName: this.name, Name: alias })),
      );
    } catch (error) {
      throw this.failure(
        error,
        `delete alias '${alias}'`,
        'lambda:DeleteAlias',
        this.aliasName(alias),
      );
    }
  }

  async deleteVersion(version: string): Promise<void> {
    try {
      await this.mutate('DeleteFunction', () =>
        this.client.send(
          new DeleteFunctionCommand({ FunctionName: this.name, Qualifier: version }),
        ),
      );
    } catch (error) {
      if (isNotFound(error)) return;
      throw this.failure(
        error,
        `delete version ${version}`,
        'lambda:DeleteFunction',
        `function '${this.name}' version ${version}`,
      );
    }
  }

  async getFunctionUrl(
    qualifier: string | undefined,
  ): Promise<{ url: string; authType: string } | undefined> {
    try {
      const response = await this.client.send(
        new GetFunctionUrlConfigCommand({ FunctionName: this.name, Qualifier: qualifier }),
      );
      return { url: response.FunctionUrl ?? '', authType: response.AuthType ?? '' };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw this.failure(
        error,
        'read the function URL',
        'lambda:GetFunctionUrlConfig',
        this.target(qualifier),
      );
    }
  }

  /** Creates the URL, or changes its auth type; returns the URL. */
  async putFunctionUrl(qualifier: string | undefined, authType: UrlAuthType): Promise<string> {
    const existing = await this.getFunctionUrl(qualifier);
    if (existing?.authType === authType) return existing.url;
    const input = { FunctionName: this.name, Qualifier: qualifier, AuthType: authType };
    try {
      const response =
        existing === undefined
          ? await this.mutate('CreateFunctionUrlConfig', () =>
              this.client.send(new CreateFunctionUrlConfigCommand(input)),
            )
          : await this.mutate('UpdateFunctionUrlConfig', () =>
              this.client.send(new UpdateFunctionUrlConfigCommand(input)),
            );
      return response.FunctionUrl ?? '';
    } catch (error) {
      throw this.failure(
        error,
        'set up the function URL',
        existing === undefined
          ? 'lambda:CreateFunctionUrlConfig'
          : 'lambda:UpdateFunctionUrlConfig',
        this.target(qualifier),
      );
    }
  }

  /** True when there was a URL to delete. */
  async deleteFunctionUrl(qualifier: string | undefined): Promise<boolean> {
    try {
      await this.mutate('DeleteFunctionUrlConfig', () =>
        this.client.send(
          new DeleteFunctionUrlConfigCommand({ FunctionName: this.name, Qualifier: qualifier }),
        ),
      );
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw this.failure(
        error,
        'delete the function URL',
        'lambda:DeleteFunctionUrlConfig',
        this.target(qualifier),
      );
    }
  }

  /** The statement IDs of the resource policy on `qualifier` (none when there is no policy). */
  async statementIds(qualifier: string | undefined): Promise<Set<string>> {
    try {
      const response = await this.client.send(
        new GetPolicyCommand({ FunctionName: this.name, Qualifier: qualifier }),
      );
      const policy = JSON.parse(response.Policy ?? '{}') as { Statement?: { Sid?: string }[] };
      return new Set((policy.Statement ?? []).flatMap((statement) => statement.Sid ?? []));
    } catch (error) {
      if (isNotFound(error)) return new Set();
      throw this.failure(
        error,
        'read the resource policy',
        'lambda:GetPolicy',
        this.target(qualifier),
      );
    }
  }

  async addPermission(
    qualifier: string | undefined,
    statement: PermissionStatement,
  ): Promise<void> {
    try {
      await this.mutate('AddPermission', () =>
        this.client.send(
          new AddPermissionCommand({
            FunctionName: this.name,
            Qualifier: qualifier,
            StatementId: statement.statementId,
            Action: statement.action,
            Principal: statement.principal,
            FunctionUrlAuthType: statement.functionUrlAuthType,
            InvokedViaFunctionUrl: statement.invokedViaFunctionUrl,
          }),
        ),
      );
    } catch (error) {
      // Another run for the same alias may have added it a moment ago: the aim is met.
      if (isAlreadyExists(error)) return;
      throw this.failure(
        error,
        `allow ${statement.action}`,
        'lambda:AddPermission',
        this.target(qualifier),
      );
    }
  }

  /** True when the statement was there to remove. */
  async removePermission(qualifier: string | undefined, statementId: string): Promise<boolean> {
    try {
      await this.mutate('RemovePermission', () =>
        this.client.send(
          new RemovePermissionCommand({
            FunctionName: this.name,
            Qualifier: qualifier,
            StatementId: statementId,
          }),
        ),
      );
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw this.failure(
        error,
        `remove permission ${statementId}`,
        'lambda:RemovePermission',
        this.target(qualifier),
      );
    }
  }

  private mutate<T>(what: string, call: () => Promise<T>): Promise<T> {
    return retryOnConflict(what, call, this.conflictRetry, this.log);
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
  };
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
