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
import { listProvisionedConcurrency, ProvisionedConcurrency } from './lambda-settings-emulation.js';
import { ACCOUNT_ID } from './moto-account.js';

export { listProvisionedConcurrency };

// EMULATED, not moto: moto (5.2.1) has no GetAccountSettings (it answers 404) and no
// ListProvisionedConcurrencyConfigs. This emulation answers both in moto's place, in the
// shapes Lambda documents: the account's limits with Lambda's default quotas and its usage
// summed from moto's functions; and the provisioned concurrency configs a test declares with
// `provision` (moto keeps none), READY as Lambda reports them once allocated. The configs live
// in a ProvisionedConcurrency store (lambda-settings-emulation.ts), which may be the one the
// default LambdaSettings emulation answers Put/Get/Delete from.

/** Lambda's default code storage quota per region: 75 GB. */
export const CODE_STORAGE_LIMIT = 80_530_636_800;

/** GetAccountSettings: GET /2016-08-19/account-settings (Lambda documents a trailing '/'). */
export function getAccountSettings(): RequestMatcher {
  return ({ method, path }) =>
    method === 'GET' &&
    (path === '/2016-08-19/account-settings' || path === '/2016-08-19/account-settings/');
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

export class LambdaAccount implements ProxyEmulation {
  private readonly moto;

  /** `provisioned`: the store of provisioned concurrency configs the list answers from. */
  constructor(
    target: string,
    readonly provisioned = new ProvisionedConcurrency(),
  ) {
    this.moto = lambdaClient(target);
  }

  /** Gives `qualifier` of function `name` provisioned concurrency, READY, as if allocated already. */
  provision(name: string, qualifier: string, concurrency = 1): void {
    this.provisioned.provision(name, qualifier, concurrency);
  }

  async beforeForward(request: ProxiedRequest): Promise<CannedResponse | undefined> {
    if (getAccountSettings()(request)) return json(await this.accountSettings());
    const name = functionOf(request);
    if (name !== undefined && listProvisionedConcurrency(name)(request)) {
      return json({ ProvisionedConcurrencyConfigs: this.provisioned.list(name) });
    }
    return undefined;
  }

  afterAnswer(): AnswerChange {
    return undefined;
  }

  close(): void {
    this.moto.destroy();
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
