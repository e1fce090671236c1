import {
  CreateAliasCommand,
  DeleteAliasCommand,
  GetAliasCommand,
  ListAliasesCommand,
  UpdateAliasCommand,
} from '@aws-sdk/client-lambda';

import { allPages } from '../pages.js';
import { isPreconditionFailed } from './error-kinds.js';
import { type Confirmation } from './retry.js';

import { LambdaVersions } from './lambda-versions.js';
import {
  type AliasState,
  sendOptions,
  whenNotFound,
  toAlias,
  sameRouting,
  AliasChangedError,
} from './lambda-release-shapes.js';

/** The calls on a function's aliases. */
export class LambdaAliases extends LambdaVersions {
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
}
