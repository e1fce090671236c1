import { randomUUID } from 'node:crypto';
import type {
  AnswerChange,
  CannedResponse,
  ProxiedRequest,
  ProxyEmulation,
} from './fault-proxy.js';
import { lambdaError } from './lambda-faults.js';

// EMULATED, not moto: Lambda gives each alias a RevisionId that changes whenever the alias
// changes, and refuses an UpdateAlias whose RevisionId is not the latest with 412
// PreconditionFailedException. moto (5.x, awslambda/models.py LambdaAlias) draws one
// RevisionId when it creates the alias, never changes it, and ignores the RevisionId of an
// UpdateAlias. This store stands in for Lambda's, for the requests that go through a proxy:
// it rewrites the RevisionId of GetAlias, CreateAlias, UpdateAlias and ListAliases answers,
// checks the one an UpdateAlias carries, and draws a new one for each UpdateAlias applied.
// Two proxies (two racing runs) share one store. Something that reads moto directly (the
// tests' own lambda-state.ts) sees moto's RevisionId, not this one.

const FUNCTIONS = '/2015-03-31/functions/';

/** The message Lambda gives with a 412 for a RevisionId that is not the latest. */
export const REVISION_MISMATCH =
  'The Revision Id provided does not match the latest Revision Id. ' +
  'Call the GetFunction/GetAlias API to retrieve the latest Revision Id';

/** Lambda's answer to an UpdateAlias (or PublishVersion) whose RevisionId is stale. */
export function revisionMismatch(): CannedResponse {
  return lambdaError(412, 'PreconditionFailedException', REVISION_MISMATCH);
}

type AliasCall =
  | { readonly kind: 'get'; readonly key: string }
  | { readonly kind: 'update'; readonly key: string }
  | { readonly kind: 'delete'; readonly key: string }
  | { readonly kind: 'create'; readonly functionName: string }
  | { readonly kind: 'list'; readonly functionName: string };

interface PendingUpdate {
  readonly key: string;
  readonly previous: string | undefined;
  readonly next: string;
}

export class AliasRevisions implements ProxyEmulation {
  /** The latest RevisionId of each alias seen, by `function:alias`. */
  private readonly revisions = new Map<string, string>();
  /** UpdateAliases sent on to moto, by request: the RevisionId each gave the alias. */
  private readonly pending = new WeakMap<ProxiedRequest, PendingUpdate>();
  /** How many UpdateAliases this store refused with 412. */
  refused = 0;

  /** The RevisionId the store holds for the alias (undefined before any request about it). */
  revisionOf(functionName: string, alias: string): string | undefined {
    return this.revisions.get(aliasKey(functionName, alias));
  }

  beforeForward(request: ProxiedRequest): CannedResponse | undefined {
    const call = aliasCall(request);
    if (call?.kind !== 'update') return undefined;
    const sent = revisionIdIn(request.body);
    const latest = this.revisions.get(call.key);
    // Unknown to the store (never read through a proxy): nothing to compare with.
    if (sent !== undefined && latest !== undefined && sent !== latest) {
      this.refused++;
      return revisionMismatch();
    }
    // Taken now, in the same turn as the check, so that of two updates sent with the same
    // RevisionId only the first passes, however their answers interleave.
    const next = randomUUID();
    this.revisions.set(call.key, next);
    this.pending.set(request, { key: call.key, previous: latest, next });
    return undefined;
  }

  async afterAnswer(
    request: ProxiedRequest,
    status: number,
    json: () => Promise<unknown>,
  ): Promise<AnswerChange> {
    const call = aliasCall(request);
    if (call === undefined) return undefined;
    const succeeded = status >= 200 && status < 300;
    if (call.kind === 'update') {
      const update = this.pending.get(request);
      this.pending.delete(request);
      if (update === undefined) return undefined;
      if (!succeeded) {
        // Not applied: the alias keeps the RevisionId it had, unless something moved it since.
        if (this.revisions.get(update.key) === update.next) {
          if (update.previous === undefined) this.revisions.delete(update.key);
          else this.revisions.set(update.key, update.previous);
        }
        return undefined;
      }
      return { json: withRevision(await json(), update.next) };
    }
    if (!succeeded) return undefined;
    if (call.kind === 'delete') {
      this.revisions.delete(call.key);
      return undefined;
    }
    const body = await json();
    if (call.kind === 'list') {
      if (!isObject(body) || !Array.isArray(body['Aliases'])) return undefined;
      return {
        json: {
          ...body,
          Aliases: body['Aliases'].map((alias: unknown) =>
            this.known(aliasKey(call.functionName, nameOf(alias)), alias),
          ),
        },
      };
    }
    if (call.kind === 'create') {
      // A new alias (perhaps one deleted and made again): moto's fresh RevisionId is its first.
      const key = aliasKey(call.functionName, nameOf(body));
      this.revisions.delete(key);
      return { json: this.known(key, body) };
    }
    return { json: this.known(call.key, body) };
  }

  /** The alias with the store's RevisionId; moto's becomes the store's on first sight. */
  private known(key: string, alias: unknown): unknown {
    if (!isObject(alias)) return alias;
    let revision = this.revisions.get(key);
    if (revision === undefined) {
      revision = typeof alias['RevisionId'] === 'string' ? alias['RevisionId'] : randomUUID();
      this.revisions.set(key, revision);
    }
    return withRevision(alias, revision);
  }
}

function aliasCall(request: ProxiedRequest): AliasCall | undefined {
  if (!request.path.startsWith(FUNCTIONS)) return undefined;
  const parts = request.path.slice(FUNCTIONS.length).split('/').map(decodeURIComponent);
  const [fn, collection, alias, ...rest] = parts;
  if (fn === undefined || collection !== 'aliases' || rest.length > 0) return undefined;
  const functionName = baseName(fn);
  if (alias === undefined) {
    if (request.method === 'POST') return { kind: 'create', functionName };
    if (request.method === 'GET') return { kind: 'list', functionName };
    return undefined;
  }
  const key = aliasKey(functionName, alias);
  if (request.method === 'GET') return { kind: 'get', key };
  if (request.method === 'PUT') return { kind: 'update', key };
  if (request.method === 'DELETE') return { kind: 'delete', key };
  return undefined;
}

/** The function's name from a name or an ARN (arn:...:function:name). */
function baseName(nameOrArn: string): string {
  const at = nameOrArn.indexOf(':function:');
  return at === -1 ? nameOrArn : (nameOrArn.slice(at + ':function:'.length).split(':')[0] ?? '');
}

function aliasKey(functionName: string, alias: string): string {
  return `${functionName}:${alias}`;
}

function revisionIdIn(body: string | undefined): string | undefined {
  if (body === undefined || body === '') return undefined;
  try {
    const parsed = JSON.parse(body) as unknown;
    return isObject(parsed) && typeof parsed['RevisionId'] === 'string'
      ? parsed['RevisionId']
      : undefined;
  } catch {
    return undefined;
  }
}

function nameOf(alias: unknown): string {
  return isObject(alias) && typeof alias['Name'] === 'string' ? alias['Name'] : '';
}

function withRevision(alias: unknown, revision: string): unknown {
  return isObject(alias) ? { ...alias, RevisionId: revision } : alias;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
