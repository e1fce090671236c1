import { paginateListFunctions } from '@aws-sdk/client-lambda';
import { lambdaClient } from './aws.js';
import type {
  AnswerChange,
  CannedResponse,
  ProxiedRequest,
  ProxyEmulation,
  RequestMatcher,
} from './fault-proxy.js';
import { lambdaError } from './lambda-faults.js';
import { ACCOUNT_ID, REGION } from './moto-account.js';

// EMULATED, not moto: moto (5.2.1) has no GetAccountSettings (it answers 404) and no
// ListProvisionedConcurrencyConfigs. This emulation answers both in moto's place, in the
// shapes Lambda documents: the account's limits with Lambda's default quotas and its usage
// summed from moto's functions; and the provisioned concurrency configs a test declares with
// `provision` (moto keeps none), READY as Lambda reports them once allocated.

/** Lambda's default code storage quota per region: 75 GB. */
export const CODE_STORAGE_LIMIT = 80_530_636_800;

/** GetAccountSettings: GET /2016-08-19/account-settings (Lambda documents a trailing '/'). */
export function getAccountSettings(): RequestMatcher {
  return ({ method, path }) =>
    method === 'GET' &&
    (path === '/2016-08-19/account-settings' || path === '/2016-08-19/account-settings/');
}

/** ListProvisionedConcurrencyConfigs: GET /2019-09-30/functions/{name}/provisioned-concurrency?List=ALL. */
export function listProvisionedConcurrency(name: string): RequestMatcher {
  return (request) =>
    request.method === 'GET' &&
    request.path === provisionedPath(name) &&
    new URLSearchParams(request.query).get('List') === 'ALL';
}

/** Lambda's 403 for a caller without `permission`, as it words it. */
export function accessDenied(permission: string, resource: string): CannedResponse {
  return lambdaError(
    403,
    'AccessDeniedException',
    `User: arn:aws:sts::${ACCOUNT_ID}:assumed-role/deploy/ci is not authorized to perform: ` +
      `${permission} on resource: ${resource} because no identity-based policy allows the ` +
      `${permission} action`,
  );
}

function provisionedPath(name: string): string {
  return `/2019-09-30/functions/${encodeURIComponent(name)}/provisioned-concurrency`;
}

function functionArn(name: string, qualifier?: string): string {
  // FunctionName may be given as an ARN or partial ARN: its name is after 'function:'.
  const bare = name.includes(':') ? (name.split('function:')[1] ?? name) : name;
  const arn = `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${bare}`;
  return qualifier === undefined ? arn : `${arn}:${qualifier}`;
}

export class LambdaAccount implements ProxyEmulation {
  private readonly moto;
  /** Provisioned concurrency by function name, then qualifier (a version or an alias). */
  private readonly provisioned = new Map<string, Map<string, number>>();

  constructor(target: string) {
    this.moto = lambdaClient(target);
  }

  /** Gives `qualifier` of function `name` provisioned concurrency, as PutProvisionedConcurrencyConfig would. */
  provision(name: string, qualifier: string, concurrency = 1): void {
    const configs = this.provisioned.get(name) ?? new Map<string, number>();
    configs.set(qualifier, concurrency);
    this.provisioned.set(name, configs);
  }

  async beforeForward(request: ProxiedRequest): Promise<CannedResponse | undefined> {
    if (getAccountSettings()(request)) return json(await this.accountSettings());
    const name = functionOf(request);
    if (name !== undefined && listProvisionedConcurrency(name)(request)) {
      return json({ ProvisionedConcurrencyConfigs: this.configs(name) });
    }
    return undefined;
  }

  afterAnswer(): AnswerChange {
    return undefined;
  }

  close(): void {
    this.moto.destroy();
  }

  private configs(name: string): unknown[] {
    return [...(this.provisioned.get(name) ?? new Map<string, number>())].map(
      ([qualifier, concurrency]) => ({
        FunctionArn: functionArn(name, qualifier),
        RequestedProvisionedConcurrentExecutions: concurrency,
        AvailableProvisionedConcurrentExecutions: concurrency,
        AllocatedProvisionedConcurrentExecutions: concurrency,
        Status: 'READY',
        LastModified: '2025-01-01T00:00:00+0000',
      }),
    );
  }

  /** Lambda's default quotas; usage summed over every version of moto's functions. */
  private async accountSettings(): Promise<unknown> {
    let totalCodeSize = 0;
    const names = new Set<string>();
    const pages = paginateListFunctions({ client: this.moto }, { FunctionVersion: 'ALL' });
    for await (const page of pages) {
      for (const fn of page.Functions ?? []) {
        totalCodeSize += fn.CodeSize ?? 0;
        if (fn.FunctionName !== undefined) names.add(fn.FunctionName);
      }
    }
    return {
      AccountLimit: {
        TotalCodeSize: CODE_STORAGE_LIMIT,
        CodeSizeUnzipped: 262_144_000,
        CodeSizeZipped: 52_428_800,
        ConcurrentExecutions: 1000,
        UnreservedConcurrentExecutions: 1000,
      },
      AccountUsage: { TotalCodeSize: totalCodeSize, FunctionCount: names.size },
    };
  }
}

/** The function a provisioned concurrency request is about, if it is one. */
function functionOf(request: ProxiedRequest): string | undefined {
  const match = /^\/2019-09-30\/functions\/([^/]+)\/provisioned-concurrency$/.exec(request.path);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

function json(body: unknown): CannedResponse {
  return {
    status: 200,
    headers: {
      'content-type': 'application/json',
      'x-amzn-RequestId': '00000000-0000-4000-8000-000000000201',
    },
    body: JSON.stringify(body),
  };
}
