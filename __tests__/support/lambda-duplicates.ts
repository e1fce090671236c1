import { GetFunctionUrlConfigCommand, GetPolicyCommand } from '@aws-sdk/client-lambda';
import { lambdaClient } from './aws.js';
import type {
  AnswerChange,
  CannedResponse,
  ProxiedRequest,
  ProxyEmulation,
} from './fault-proxy.js';
import {
  addPermission,
  aliasAlreadyExists,
  createAlias,
  createFunctionUrl,
  functionUrlConfigExists,
  qualifierOf,
  statementAlreadyExists,
} from './lambda-faults.js';

// EMULATED, not moto: Lambda refuses to create what exists already, with 409
// ResourceConflictException and its own texts (lambda-faults.ts). moto (5.x) accepts a second
// AddPermission with a statement id the policy already has (and keeps both statements), and a
// second CreateFunctionUrlConfig (replacing the URL); it refuses a second CreateAlias, but as
// ConflictException. This emulation looks in moto before such a request goes there and answers
// as Lambda would, and gives moto's CreateAlias refusal Lambda's type and text.

export class LambdaDuplicates implements ProxyEmulation {
  private readonly moto;

  constructor(target: string) {
    this.moto = lambdaClient(target);
  }

  async beforeForward(request: ProxiedRequest): Promise<CannedResponse | undefined> {
    const name = functionOf(request);
    if (name === undefined) return undefined;
    const qualifier = qualifierOf(request);
    if (addPermission(name)(request)) {
      const sid = stringField(request.body, 'StatementId');
      if (sid === undefined) return undefined;
      const sids = await this.statementIds(name, qualifier);
      return sids.includes(sid) ? statementAlreadyExists(sid) : undefined;
    }
    if (createFunctionUrl(name)(request)) {
      return (await this.hasUrl(name, qualifier))
        ? functionUrlConfigExists(name, qualifier)
        : undefined;
    }
    return undefined;
  }

  afterAnswer(request: ProxiedRequest, status: number): AnswerChange {
    const name = functionOf(request);
    if (name === undefined || status !== 409 || !createAlias(name)(request)) return undefined;
    return { response: aliasAlreadyExists(name, stringField(request.body, 'Name') ?? '') };
  }

  close(): void {
    this.moto.destroy();
  }

  private async statementIds(name: string, qualifier: string | undefined): Promise<string[]> {
    try {
      const { Policy } = await this.moto.send(
        new GetPolicyCommand({ FunctionName: name, Qualifier: qualifier }),
      );
      const policy = JSON.parse(Policy ?? '{}') as { Statement?: { Sid?: string }[] };
      return (policy.Statement ?? []).flatMap((statement) => statement.Sid ?? []);
    } catch (error) {
      if (error instanceof Error && error.name === 'ResourceNotFoundException') return [];
      throw error;
    }
  }

  private async hasUrl(name: string, qualifier: string | undefined): Promise<boolean> {
    try {
      await this.moto.send(
        new GetFunctionUrlConfigCommand({ FunctionName: name, Qualifier: qualifier }),
      );
      return true;
    } catch (error) {
      if (error instanceof Error && error.name === 'ResourceNotFoundException') return false;
      throw error;
    }
  }
}

/** The function a /{api-version}/functions/{name}/... request is about. */
function functionOf(request: ProxiedRequest): string | undefined {
  const match = /^\/\d{4}-\d{2}-\d{2}\/functions\/([^/]+)\//.exec(request.path);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

function stringField(body: string | undefined, field: string): string | undefined {
  try {
    const parsed = JSON.parse(body ?? '') as Record<string, unknown> | null;
    const value = parsed?.[field];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
