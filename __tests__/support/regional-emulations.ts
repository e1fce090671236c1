import { AliasRevisions } from './alias-revisions.js';
import { defaultEmulations, type ProxiedRequest, type ProxyEmulation } from './fault-proxy.js';
import { REGION } from './moto-account.js';

// AliasRevisions keys its store by function and alias name only, so two regions' aliases of
// one function name would share a RevisionId there: a run deploying the same function to two
// regions would see a 412 "changed meanwhile" that Lambda never gives. This keeps one store per
// region, the region read from the request's SigV4 credential scope.

/** The region a SigV4-signed request names in its credential scope (REGION without one). */
export function regionOf(request: ProxiedRequest): string {
  const authorization = request.headers['authorization'];
  const text = Array.isArray(authorization) ? (authorization[0] ?? '') : (authorization ?? '');
  return /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(text)?.[1] ?? REGION;
}

/** Alias RevisionIds as AliasRevisions emulates them, one store per region. */
export class RegionalAliasRevisions implements ProxyEmulation {
  private readonly stores = new Map<string, AliasRevisions>();

  private storeFor(request: ProxiedRequest): AliasRevisions {
    const region = regionOf(request);
    let store = this.stores.get(region);
    if (store === undefined) {
      store = new AliasRevisions();
      this.stores.set(region, store);
    }
    return store;
  }

  beforeForward(request: ProxiedRequest) {
    return this.storeFor(request).beforeForward(request);
  }

  afterAnswer(request: ProxiedRequest, status: number, json: () => Promise<unknown>) {
    return this.storeFor(request).afterAnswer(request, status, json);
  }
}

/** defaultEmulations with the alias RevisionIds kept per region. */
export function regionalEmulations(target: string): ProxyEmulation[] {
  return defaultEmulations(target).map((emulation) =>
    emulation instanceof AliasRevisions ? new RegionalAliasRevisions() : emulation,
  );
}
