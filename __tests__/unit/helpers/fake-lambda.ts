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
  InvalidParameterValueException,
  ListAliasesCommand,
  RemovePermissionCommand,
  ResourceConflictException,
  ResourceNotFoundException,
  UpdateAliasCommand,
  UpdateFunctionUrlConfigCommand,
  type AddPermissionCommandInput,
  type AliasConfiguration,
  type CreateAliasCommandInput,
  type CreateFunctionUrlConfigCommandInput,
  type DeleteAliasCommandInput,
  type DeleteFunctionCommandInput,
  type DeleteFunctionUrlConfigCommandInput,
  type GetAliasCommandInput,
  type GetFunctionUrlConfigCommandInput,
  type GetPolicyCommandInput,
  type LambdaClient,
  type ListAliasesCommandInput,
  type RemovePermissionCommandInput,
  type UpdateAliasCommandInput,
  type UpdateFunctionUrlConfigCommandInput,
} from '@aws-sdk/client-lambda';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import { FUNCTION_ARN } from './lambda.js';

export interface FakeAlias {
  version: string;
  weights: Record<string, number>;
}

export interface FakeStatement {
  readonly Sid: string;
  readonly Action: string;
  readonly Principal: string;
  readonly FunctionUrlAuthType: string | undefined;
  readonly InvokedViaFunctionUrl: boolean | undefined;
}

/** '' stands for the unqualified function. */
type Qualifier = string;

function notFound(message: string): ResourceNotFoundException {
  return new ResourceNotFoundException({ message, $metadata: {} });
}

/**
 * The part of Lambda that releases use, kept in memory behind aws-sdk-client-mock:
 * versions, aliases, function URLs and resource policies, with Lambda's answers for
 * what is missing or already there.
 */
export class FakeLambda {
  readonly versions = new Set<string>(['$LATEST']);
  readonly aliases = new Map<string, FakeAlias>();
  readonly urls = new Map<Qualifier, { url: string; authType: string }>();
  readonly policies = new Map<Qualifier, Map<string, FakeStatement>>();
  /** Aliases per ListAliases page, to exercise pagination. */
  pageSize = 50;

  constructor(mock: AwsClientStub<LambdaClient>) {
    mock.on(GetAliasCommand).callsFake((input: GetAliasCommandInput) => {
      const name = input.Name ?? '';
      const alias = this.aliases.get(name);
      if (alias === undefined) throw notFound(`Cannot find alias arn: ${FUNCTION_ARN}:${name}`);
      return this.configuration(name, alias);
    });
    mock.on(ListAliasesCommand).callsFake((input: ListAliasesCommandInput) => {
      const all = [...this.aliases.entries()];
      const start = Number(input.Marker ?? '0');
      const end = start + this.pageSize;
      return {
        Aliases: all.slice(start, end).map(([name, alias]) => this.configuration(name, alias)),
        ...(end < all.length ? { NextMarker: String(end) } : {}),
      };
    });
    mock.on(CreateAliasCommand).callsFake((input: CreateAliasCommandInput) => {
      const name = input.Name ?? '';
      if (this.aliases.has(name)) {
        throw new ResourceConflictException({ message: `Alias already exists`, $metadata: {} });
      }
      const alias = { version: input.FunctionVersion ?? '', weights: {} };
      this.aliases.set(name, alias);
      return this.configuration(name, alias);
    });
    mock.on(UpdateAliasCommand).callsFake((input: UpdateAliasCommandInput) => {
      const name = input.Name ?? '';
      const alias = this.aliases.get(name);
      if (alias === undefined) throw notFound(`Alias not found: ${name}`);
      alias.version = input.FunctionVersion ?? alias.version;
      alias.weights = { ...(input.RoutingConfig?.AdditionalVersionWeights ?? alias.weights) };
      return this.configuration(name, alias);
    });
    mock.on(DeleteAliasCommand).callsFake((input: DeleteAliasCommandInput) => {
      // Lambda deletes an alias that does not exist without complaint, with its URL and policy.
      const name = input.Name ?? '';
      this.aliases.delete(name);
      this.urls.delete(name);
      this.policies.delete(name);
      return {};
    });
    mock.on(DeleteFunctionCommand).callsFake((input: DeleteFunctionCommandInput) => {
      const version = input.Qualifier ?? '';
      if (version === '' || version === '$LATEST') {
        throw new Error('the fake deletes only versions');
      }
      const user = [...this.aliases.entries()].find(
        ([, alias]) => alias.version === version || version in alias.weights,
      );
      if (user !== undefined) {
        throw new ResourceConflictException({
          message: `Unable to delete version because the following aliases reference it: [${user[0]}]`,
          $metadata: {},
        });
      }
      if (!this.versions.delete(version)) throw notFound(`Function not found: ${version}`);
      return {};
    });
    mock.on(GetFunctionUrlConfigCommand).callsFake((input: GetFunctionUrlConfigCommandInput) => {
      const url = this.urls.get(input.Qualifier ?? '');
      if (url === undefined) throw notFound('The resource you requested does not exist.');
      return { FunctionUrl: url.url, AuthType: url.authType };
    });
    mock
      .on(CreateFunctionUrlConfigCommand)
      .callsFake((input: CreateFunctionUrlConfigCommandInput) => {
        const qualifier = input.Qualifier ?? '';
        if (this.urls.has(qualifier)) {
          throw new ResourceConflictException({
            message:
              'Failed to create function url config. Error message: FunctionUrlConfig exists',
            $metadata: {},
          });
        }
        const url = {
          url: `https://${qualifier || 'latest'}-${String(this.urls.size)}.lambda-url.us-east-1.on.aws/`,
          authType: input.AuthType ?? '',
        };
        this.urls.set(qualifier, url);
        return { FunctionUrl: url.url, AuthType: url.authType };
      });
    mock
      .on(UpdateFunctionUrlConfigCommand)
      .callsFake((input: UpdateFunctionUrlConfigCommandInput) => {
        const url = this.urls.get(input.Qualifier ?? '');
        if (url === undefined) throw notFound('The resource you requested does not exist.');
        url.authType = input.AuthType ?? url.authType;
        return { FunctionUrl: url.url, AuthType: url.authType };
      });
    mock
      .on(DeleteFunctionUrlConfigCommand)
      .callsFake((input: DeleteFunctionUrlConfigCommandInput) => {
        if (!this.urls.delete(input.Qualifier ?? '')) {
          throw notFound('The resource you requested does not exist.');
        }
        return {};
      });
    mock.on(GetPolicyCommand).callsFake((input: GetPolicyCommandInput) => {
      const statements = this.policies.get(input.Qualifier ?? '');
      if (statements === undefined || statements.size === 0) {
        throw notFound('The resource you requested does not exist.');
      }
      return {
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: [...statements.values()] }),
      };
    });
    mock.on(AddPermissionCommand).callsFake((input: AddPermissionCommandInput) => {
      const qualifier = input.Qualifier ?? '';
      const statements = this.policies.get(qualifier) ?? new Map<string, FakeStatement>();
      const sid = input.StatementId ?? '';
      if (statements.has(sid)) {
        throw new ResourceConflictException({
          message: `The statement id (${sid}) provided already exists. Please provide a new statement id, or remove the existing statement.`,
          $metadata: {},
        });
      }
      if (input.FunctionUrlAuthType !== undefined && input.Action !== 'lambda:InvokeFunctionUrl') {
        throw new InvalidParameterValueException({
          message: 'FunctionUrlAuthType is only for lambda:InvokeFunctionUrl',
          $metadata: {},
        });
      }
      statements.set(sid, {
        Sid: sid,
        Action: input.Action ?? '',
        Principal: input.Principal ?? '',
        FunctionUrlAuthType: input.FunctionUrlAuthType,
        InvokedViaFunctionUrl: input.InvokedViaFunctionUrl,
      });
      this.policies.set(qualifier, statements);
      return { Statement: JSON.stringify(statements.get(sid)) };
    });
    mock.on(RemovePermissionCommand).callsFake((input: RemovePermissionCommandInput) => {
      const statements = this.policies.get(input.Qualifier ?? '');
      if (statements?.delete(input.StatementId ?? '') !== true) {
        throw notFound(`Statement ${input.StatementId ?? ''} is not found in resource policy.`);
      }
      return {};
    });
  }

  /** The statement IDs on `qualifier` ('' for the function), sorted. */
  statementIds(qualifier: Qualifier): string[] {
    return [...(this.policies.get(qualifier)?.keys() ?? [])].sort();
  }

  addStatement(qualifier: Qualifier, statement: FakeStatement): void {
    const statements = this.policies.get(qualifier) ?? new Map<string, FakeStatement>();
    statements.set(statement.Sid, statement);
    this.policies.set(qualifier, statements);
  }

  private configuration(name: string, alias: FakeAlias): AliasConfiguration {
    return {
      Name: name,
      AliasArn: `${FUNCTION_ARN}:${name}`,
      FunctionVersion: alias.version,
      RoutingConfig: { AdditionalVersionWeights: { ...alias.weights } },
    };
  }
}
