import { getLocal, type CompletedRequest, type Mockttp } from 'mockttp';
import { afterEach, beforeEach } from 'vitest';
import { motoEndpoint } from './aws.js';

/** A request as the proxy saw it; `path` has no query string. */
export interface ProxiedRequest {
  readonly method: string;
  readonly path: string;
  /** The query string without its '?' ('' when there is none), as sent. */
  readonly query: string;
  /** The request's headers, names in lower case. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /**
   * The body as UTF-8 text when it is at most RECORDED_BODY_BYTES (JSON requests, say);
   * undefined for larger ones (package uploads), so that they are not kept in memory.
   */
  readonly body: string | undefined;
  /** moto's status code; undefined when a fault answered or moto has not answered yet. */
  readonly status: number | undefined;
}

/** Bodies up to this size are recorded. */
export const RECORDED_BODY_BYTES = 64 * 1024;

export type RequestMatcher = (request: ProxiedRequest) => boolean;

export interface CannedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What a rule does to a request it matches. */
export type FaultBehaviour =
  /** Answer at once, without asking moto. */
  | { readonly kind: 'respond'; readonly response: CannedResponse }
  /** Forward to moto, then change its successful JSON answer. */
  | { readonly kind: 'rewrite-json'; readonly rewrite: (body: unknown) => unknown }
  /** Close or reset the client's connection without answering. */
  | { readonly kind: 'close' | 'reset' }
  /** Forward to moto after holding the request this long: a slow network or service. */
  | { readonly kind: 'delay'; readonly milliseconds: number };

export interface FaultRule {
  readonly match: RequestMatcher;
  readonly behaviour: FaultBehaviour;
  /** How many matching requests the rule acts on; every one when omitted. */
  readonly times?: number;
  /** The rule acts only once moto has answered a request matching this with a 2xx. */
  readonly after?: RequestMatcher;
}

/** A rule in force: how many requests it has acted on so far. */
export interface InjectedFault {
  readonly rule: FaultRule;
  readonly used: number;
}

interface ActiveFault extends InjectedFault {
  used: number;
  armed: boolean;
}

interface RecordedRequest extends ProxiedRequest {
  status: number | undefined;
}

/**
 * An HTTP proxy in front of moto that records every request and applies injected
 * faults. Rules are tried in the order they were injected; the first one that is
 * armed, not used up and matches acts; other requests go to moto unchanged.
 */
export class FaultProxy {
  private readonly seen: RecordedRequest[] = [];
  /** Requests waiting for moto's answer, by mockttp request id. */
  private readonly awaitingStatus = new Map<string, RecordedRequest>();
  private readonly faults: ActiveFault[] = [];
  /** Rewrites waiting for moto's answer, by mockttp request id. */
  private readonly pendingRewrites = new Map<string, ActiveFault>();

  private constructor(
    private readonly server: Mockttp,
    /** moto's origin, where requests go unless a fault answers them. */
    private readonly target: string,
  ) {}

  static async start(target: string): Promise<FaultProxy> {
    const server = getLocal();
    await server.start();
    const proxy = new FaultProxy(server, new URL(target).origin);
    await server.forAnyRequest().thenPassThrough({
      beforeRequest: (request) => proxy.onRequest(request),
      beforeResponse: (response, request) =>
        proxy.onResponse(request, response.statusCode, () => response.body.getJson()),
    });
    return proxy;
  }

  /** The URL to give the SDK as its endpoint. */
  get endpoint(): string {
    return `http://127.0.0.1:${this.server.port}`;
  }

  /** Every request so far, in order, including the ones a fault answered. */
  get requests(): readonly ProxiedRequest[] {
    return this.seen;
  }

  /** The JSON bodies of the requests `matcher` picks, in order. */
  jsonBodies(matcher: RequestMatcher): unknown[] {
    return this.seen
      .filter(matcher)
      .map((request) => JSON.parse(request.body ?? 'null') as unknown);
  }

  /** How many requests so far matched `matcher` (all of them when omitted). */
  count(matcher: RequestMatcher = () => true): number {
    return this.seen.filter(matcher).length;
  }

  inject(rule: FaultRule): InjectedFault {
    const fault: ActiveFault = { rule, used: 0, armed: rule.after === undefined };
    this.faults.push(fault);
    return fault;
  }

  async stop(): Promise<void> {
    await this.server.stop();
  }

  private onRequest(completed: CompletedRequest) {
    const request = toProxied(completed);
    this.seen.push(request);
    const fault = this.faults.find(
      (candidate) =>
        candidate.armed &&
        candidate.used < (candidate.rule.times ?? Infinity) &&
        candidate.rule.match(request),
    );
    const forward = { url: `${this.target}${completed.path}` };
    if (
      fault === undefined ||
      fault.rule.behaviour.kind === 'rewrite-json' ||
      fault.rule.behaviour.kind === 'delay'
    ) {
      this.awaitingStatus.set(completed.id, request);
    }
    if (fault === undefined) return forward;
    fault.used++;
    const behaviour = fault.rule.behaviour;
    switch (behaviour.kind) {
      case 'respond': {
        const { status, headers, body } = behaviour.response;
        return { response: { statusCode: status, headers: { ...headers }, body } };
      }
      case 'close':
      case 'reset':
        return { response: behaviour.kind };
      case 'rewrite-json':
        this.pendingRewrites.set(completed.id, fault);
        return forward;
      case 'delay': {
        const { milliseconds } = behaviour;
        return new Promise<typeof forward>((resolve) => {
          setTimeout(() => {
            resolve(forward);
          }, milliseconds);
        });
      }
    }
  }

  private async onResponse(
    completed: CompletedRequest,
    status: number,
    json: () => Promise<unknown>,
  ) {
    const recorded = this.awaitingStatus.get(completed.id);
    this.awaitingStatus.delete(completed.id);
    if (recorded !== undefined) recorded.status = status;
    const request = recorded ?? toProxied(completed);
    const succeeded = status >= 200 && status < 300;
    if (succeeded) {
      for (const fault of this.faults) {
        if (!fault.armed && fault.rule.after?.(request) === true) fault.armed = true;
      }
    }
    const fault = this.pendingRewrites.get(completed.id);
    this.pendingRewrites.delete(completed.id);
    if (fault?.rule.behaviour.kind !== 'rewrite-json') return undefined;
    if (!succeeded) {
      fault.used--; // moto failed the request, so there was nothing to rewrite
      return undefined;
    }
    return { json: fault.rule.behaviour.rewrite(await json()) };
  }
}

function toProxied(request: CompletedRequest): RecordedRequest {
  const at = request.path.indexOf('?');
  const bytes = request.body.buffer;
  return {
    method: request.method,
    path: at === -1 ? request.path : request.path.slice(0, at),
    query: at === -1 ? '' : request.path.slice(at + 1),
    headers: request.headers,
    body: bytes.length <= RECORDED_BODY_BYTES ? bytes.toString('utf8') : undefined,
    status: undefined,
  };
}

/** A fresh proxy in front of moto for each test of the file, stopped after it. */
export function useFaultProxy(): () => FaultProxy {
  let proxy: FaultProxy | undefined;
  beforeEach(async () => {
    proxy = await FaultProxy.start(motoEndpoint());
  });
  afterEach(async () => {
    await proxy?.stop();
    proxy = undefined;
  });
  return () => {
    if (proxy === undefined) throw new Error('useFaultProxy: the proxy runs only inside a test');
    return proxy;
  };
}
