import {
  DeleteFunctionCommand,
  GetAccountSettingsCommand,
  GetFunctionConfigurationCommand,
  ListDurableExecutionsByFunctionCommand,
  ListProvisionedConcurrencyConfigsCommand,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
  type FunctionConfiguration,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { DeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { describeAwsError } from './aws-errors.js';
import { allPages } from '../pages.js';
import { httpStatusOf } from './error-kinds.js';
import { CONFLICT_RETRY, mutate, type Confirmation, type RetryPolicy } from './retry.js';

import {
  type PublishedVersion,
  type CodeStorage,
  type Call,
  type Recover,
  whenNotFound,
  publishedVersion,
  changedMeanwhile,
} from './lambda-release-shapes.js';

/** Durable executions that still need their version: running, pausing or paused. */
export const ACTIVE_DURABLE_STATUSES = ['RUNNING', 'PAUSING', 'PAUSED'] as const;

/** The calls on a function's versions, and the helpers every release call shares. */
export class LambdaVersions {
  constructor(
    protected readonly client: LambdaClient,
    readonly name: string,
    readonly region: string,
    protected readonly log: Logger,
    protected readonly conflictRetry: RetryPolicy = CONFLICT_RETRY,
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

  /**
   * Republishes $LATEST.PUBLISHED (PublishTo LATEST_PUBLISHED), a Managed Instances function's
   * version that unqualified invokes reach, only while $LATEST holds `codeSha256`. Publishing
   * it again is harmless, so a lost answer is simply resent (no RevisionId, which a first
   * publish that was applied might have moved on).
   */
  async publishLatestPublished(codeSha256: string, description: string): Promise<PublishedVersion> {
    try {
      return await this.mutate('PublishVersion', async () =>
        publishedVersion(
          await this.client.send(
            new PublishVersionCommand({
              FunctionName: this.name,
              CodeSha256: codeSha256,
              Description: description,
              PublishTo: 'LATEST_PUBLISHED',
            }),
          ),
        ),
      );
    } catch (error) {
      throw this.failure(
        error,
        'publish $LATEST.PUBLISHED',
        'lambda:PublishVersion',
        this.target(undefined),
      );
    }
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
  protected async publishedVersions(): Promise<FunctionConfiguration[]> {
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

  /** The published versions' numbers, each with whether it is durable (has DurableConfig). */
  async versionDurability(): Promise<{ readonly version: string; readonly durable: boolean }[]> {
    return (await this.publishedVersions()).flatMap((config) =>
      config.Version === undefined
        ? []
        : [{ version: config.Version, durable: config.DurableConfig !== undefined }],
    );
  }

  /** Whether `version` has DurableConfig: only a durable version's executions are listed. */
  async isDurable(version: string): Promise<boolean> {
    return this.attempt(
      {
        action: `read version ${version}`,
        permission: 'lambda:GetFunctionConfiguration',
        on: undefined,
      },
      async () => {
        const config = await this.client.send(
          new GetFunctionConfigurationCommand({ FunctionName: this.name, Qualifier: version }),
        );
        return config.DurableConfig !== undefined;
      },
      // Gone already: nothing of it to spare.
      whenNotFound(false),
    );
  }

  /** How many durable executions of `version` are still going (RUNNING, PAUSING or PAUSED). */
  async activeDurableExecutions(version: string): Promise<number> {
    const executions = await this.attempt(
      {
        action: `list the durable executions of version ${version}`,
        permission: 'lambda:ListDurableExecutionsByFunction',
        on: undefined,
      },
      () =>
        allPages('ListDurableExecutionsByFunction', async (Marker) => {
          const page = await this.client.send(
            new ListDurableExecutionsByFunctionCommand({
              FunctionName: this.name,
              Qualifier: version,
              Statuses: [...ACTIVE_DURABLE_STATUSES],
              MaxItems: 1000,
              Marker,
            }),
          );
          return { items: page.DurableExecutions ?? [], next: page.NextMarker };
        }),
    );
    // Counted again here: an endpoint that ignored the filter must not free a busy version.
    return executions.filter((execution) =>
      (ACTIVE_DURABLE_STATUSES as readonly string[]).includes(execution.Status ?? ''),
    ).length;
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

  /** A delete: true when it removed something, false when there was nothing to remove. */
  protected removeIfThere(call: Call, send: () => Promise<unknown>): Promise<boolean> {
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
  protected async attempt<T>(
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

  protected mutate<T>(what: string, call: () => Promise<T>, confirm?: Confirmation<T>): Promise<T> {
    return mutate(what, call, this.conflictRetry, this.log, confirm);
  }

  protected aliasName(alias: string): string {
    return `alias '${alias}' of function '${this.name}'`;
  }

  protected target(qualifier: string | undefined): string {
    return qualifier === undefined ? `function '${this.name}'` : this.aliasName(qualifier);
  }

  protected failure(
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
