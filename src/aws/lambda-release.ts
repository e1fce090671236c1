import {
  AddPermissionCommand,
  CreateFunctionUrlConfigCommand,
  DeleteFunctionUrlConfigCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  RemovePermissionCommand,
  UpdateFunctionUrlConfigCommand,
} from '@aws-sdk/client-lambda';

import { isAlreadyExists } from './error-kinds.js';
import { type Confirmation } from './retry.js';

import { LambdaAliases } from './lambda-aliases.js';
import {
  mutableCors,
  type FunctionUrlState,
  type UrlAuthType,
  type UrlOptions,
  type PermissionStatement,
  urlMatches,
  whenNotFound,
} from './lambda-release-shapes.js';

/** The calls that release a function: versions, aliases, function URLs and their permissions. */
export class LambdaRelease extends LambdaAliases {
  async getFunctionUrl(qualifier: string | undefined): Promise<FunctionUrlState | undefined> {
    const input = { FunctionName: this.name, Qualifier: qualifier };
    return this.attempt(
      { action: 'read the function URL', permission: 'lambda:GetFunctionUrlConfig', on: qualifier },
      async () => {
        const response = await this.client.send(new GetFunctionUrlConfigCommand(input));
        return {
          url: response.FunctionUrl ?? '',
          authType: response.AuthType ?? '',
          invokeMode: response.InvokeMode ?? 'BUFFERED',
          cors: response.Cors,
        };
      },
      whenNotFound(undefined),
    );
  }

  /**
   * Creates the URL, or updates it to `wanted`; returns the URL. An update sends the invoke
   * mode and CORS as wanted, so that none of them is left to a default.
   */
  async putFunctionUrl(
    qualifier: string | undefined,
    authType: UrlAuthType,
    wanted: UrlOptions = {},
  ): Promise<string> {
    const existing = await this.getFunctionUrl(qualifier);
    if (existing !== undefined && urlMatches(existing, authType, wanted)) return existing.url;
    const input = {
      FunctionName: this.name,
      Qualifier: qualifier,
      AuthType: authType,
      ...(wanted.invokeMode === undefined ? {} : { InvokeMode: wanted.invokeMode }),
      ...(wanted.cors === undefined ? {} : { Cors: mutableCors(wanted.cors) }),
    };
    const creating = existing === undefined;
    return this.attempt(
      {
        action: 'set up the function URL',
        permission: creating ? 'lambda:CreateFunctionUrlConfig' : 'lambda:UpdateFunctionUrlConfig',
        on: qualifier,
      },
      async () => {
        // A lost answer's resend meets "FunctionUrlConfig exists": read back, it is ours if it matches.
        const asAsked: Confirmation<string> = {
          readBack: async () => {
            const now = await this.getFunctionUrl(qualifier);
            return now !== undefined && urlMatches(now, authType, wanted) ? now.url : undefined;
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
}
