import { getLocal, type CompletedRequest, type Mockttp } from 'mockttp';
import { afterEach, beforeEach } from 'vitest';
import { AliasRevisions } from './alias-revisions.js';
import { CodeDeployLambda } from './codedeploy-lambda-emulation.js';
import { motoEndpoint } from './aws.js';
import { LambdaDuplicates } from './lambda-duplicates.js';
import { LambdaNewestFields, NewestFieldsState } from './lambda-newest-fields-emulation.js';
import { LambdaSettings, LambdaSettingsState } from './lambda-settings-emulation.js';
import { LambdaExtras } from './lambda-extras-emulation.js';
import { Lambda2025, Lambda2025State } from './lambda-2025-emulation.js';

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
  /**
   * moto's status code (also when a 'drop-answer' fault then kept it from the client), or
   * the status an emulation answered with in moto's place; undefined when a fault answered
   * or held the request, or no answer came yet.
   */
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
  /** Answer at once, without asking moto; a function makes the answer from the request. */
  | {
      readonly kind: 'respond';
      readonly response: CannedResponse | ((request: ProxiedRequest) => CannedResponse);
    }
  /** Forward to moto, then change its successful JSON answer. */
  | { readonly kind: 'rewrite-json'; readonly rewrite: (body: unknown) => unknown }
  /** Close or reset the client's connection without answering. */
  | { readonly kind: 'close' | 'reset' }
  /**
   * Forward to moto after holding the request this long (a slow network or service), or
   * once `until` settles if that comes first: a test's way to order two runs' steps.
   */
  | { readonly kind: 'delay'; readonly milliseconds: number; readonly until?: Promise<unknown> }
  /**
   * Neither forward nor answer: the request hangs until the client gives up on it (or the
   * proxy stops, which then resets its connection). A service or network that went silent.
   */
  | { readonly kind: 'hold' }
  /**
   * Forward to moto, let it apply the request, then reset (default) or close the client's
   * connection instead of delivering the answer: the change is made, its answer is lost.
   */
  | { readonly kind: 'drop-answer'; readonly how?: 'reset' | 'close' }
  /**
   * Forward to moto, then answer status 200 with `body` (default GARBLED_BODY), which is not
   * JSON: a broken gateway or a truncated answer.
   */
  | { readonly kind: 'garble'; readonly body?: string };

/** What a 'garble' rule answers by default: status 200, and this, which no JSON parser takes. */
export const GARBLED_BODY = '<html><body>upstream sent something else {"Configuration":';

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

/** How an emulation changes moto's answer: a new JSON body, or a whole other answer. */
export type AnswerChange =
  { readonly json: unknown } | { readonly response: CannedResponse } | undefined;

/**
 * A part of Lambda that moto lacks, filled in by the proxy for every request it forwards
 * (faults act first: a request a fault answers itself never reaches an emulation). What an
 * emulation answers counts as the service's answer: a 'drop-answer' or 'garble' fault on the
 * request acts on it as it would on moto's.
 */
export interface ProxyEmulation {
  /** Just before the request goes to moto: an answer here takes moto's place. */
  beforeForward(
    request: ProxiedRequest,
  ): CannedResponse | undefined | Promise<CannedResponse | undefined>;
  /** moto answered the request with `status` (also when a fault then drops the answer). */
  afterAnswer(
    request: ProxiedRequest,
    status: number,
    json: () => Promise<unknown>,
  ): AnswerChange | Promise<AnswerChange>;
  /** The proxy stopped: let go of any client or socket. */
  close?(): void;
}

export interface FaultProxyOptions {
  /**
   * The emulations in force, tried in order; default: Lambda's alias RevisionIds (a store of
   * this proxy's own), Lambda's conflicts for duplicates and the settings moto drops (see
   * defaultEmulations).
   * Two proxies for two racing runs share one AliasRevisions store.
   */
  readonly emulations?: readonly ProxyEmulation[];
}

interface ActiveFault extends InjectedFault {
  used: number;
  armed: boolean;
}

interface RecordedRequest extends ProxiedRequest {
  status: number | undefined;
}

type ForwardResult =
  | { readonly url: string }
  | {
      readonly response:
        'reset' | 'close' | { statusCode: number; headers: Record<string, string>; body: string };
    };

/**
 * An HTTP proxy in front of moto that records every request and applies injected
 * faults. Rules are tried in the order they were injected; the first one that is
 * armed, not used up and matches acts; other requests go to moto unchanged, through the
 * emulations (FaultProxyOptions).
 */
export class FaultProxy {
  private readonly seen: RecordedRequest[] = [];
  /** Requests sent on to moto, waiting for its answer, by mockttp request id. */
  private readonly forwarded = new Map<string, RecordedRequest>();
  private readonly faults: ActiveFault[] = [];
  /** Faults that act on moto's answer ('rewrite-json', 'drop-answer', 'garble'), by request id. */
  private readonly answerFaults = new Map<string, ActiveFault>();
  /** Releases the requests a 'hold' fault keeps, each by resetting its connection. */
  private readonly holds = new Set<() => void>();
  private stopped = false;

  private constructor(
    private readonly server: Mockttp,
    /** moto's origin, where requests go unless a fault answers them. */
    private readonly target: string,
    private readonly emulations: readonly ProxyEmulation[],
  ) {}

  static async start(target: string, options: FaultProxyOptions = {}): Promise<FaultProxy> {
    const server = getLocal();
    await server.start();
    const origin = new URL(target).origin;
    const proxy = new FaultProxy(server, origin, options.emulations ?? defaultEmulations(origin));
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

  /** Stops the proxy; requests still held are let go first, their connections reset. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const release of [...this.holds]) release();
    this.holds.clear();
    await this.server.stop();
    for (const emulation of this.emulations) emulation.close?.();
  }

  private async onRequest(completed: CompletedRequest): Promise<ForwardResult> {
    const request = toProxied(completed);
    this.seen.push(request);
    const fault = this.faults.find(
      (candidate) =>
        candidate.armed &&
        candidate.used < (candidate.rule.times ?? Infinity) &&
        candidate.rule.match(request),
    );
    if (fault !== undefined) fault.used++;
    const behaviour = fault?.rule.behaviour;
    switch (behaviour?.kind) {
      case 'respond': {
        const { response } = behaviour;
        const { status, headers, body } =
          typeof response === 'function' ? response(request) : response;
        return { response: { statusCode: status, headers: { ...headers }, body } };
      }
      case 'close':
      case 'reset':
        return { response: behaviour.kind };
      case 'hold':
        return this.hold();
      case 'delay': {
        let timer: NodeJS.Timeout | undefined;
        const elapsed = new Promise(
          (resolve) => (timer = setTimeout(resolve, behaviour.milliseconds)),
        );
        const { until } = behaviour;
        await (until === undefined
          ? elapsed
          : Promise.race([elapsed, until.catch(() => undefined)]));
        clearTimeout(timer);
        break;
      }
      default:
        break;
    }
    for (const emulation of this.emulations) {
      const answer = await emulation.beforeForward(request);
      if (answer === undefined) continue;
      request.status = answer.status;
      return { response: this.answerStage(fault, answer) };
    }
    if (
      fault !== undefined &&
      ['rewrite-json', 'drop-answer', 'garble'].includes(fault.rule.behaviour.kind)
    ) {
      this.answerFaults.set(completed.id, fault);
    }
    this.forwarded.set(completed.id, request);
    return { url: `${this.target}${completed.path}` };
  }

  /** The service's own answer (an emulation's), as a 'drop-answer' or 'garble' fault leaves it. */
  private answerStage(
    fault: ActiveFault | undefined,
    answer: CannedResponse,
  ): 'reset' | 'close' | { statusCode: number; headers: Record<string, string>; body: string } {
    const behaviour = fault?.rule.behaviour;
    if (behaviour?.kind === 'drop-answer') return behaviour.how ?? 'reset';
    if (behaviour?.kind === 'garble') return garbled(behaviour.body);
    return { statusCode: answer.status, headers: { ...answer.headers }, body: answer.body };
  }

  private hold(): Promise<ForwardResult> {
    if (this.stopped) return Promise.resolve({ response: 'reset' });
    return new Promise((resolve) => {
      const release = () => {
        this.holds.delete(release);
        resolve({ response: 'reset' });
      };
      this.holds.add(release);
    });
  }

  private async onResponse(
    completed: CompletedRequest,
    status: number,
    json: () => Promise<unknown>,
  ) {
    const recorded = this.forwarded.get(completed.id);
    this.forwarded.delete(completed.id);
    if (recorded !== undefined) recorded.status = status;
    const request = recorded ?? toProxied(completed);
    const succeeded = status >= 200 && status < 300;
    if (succeeded) {
      for (const fault of this.faults) {
        if (!fault.armed && fault.rule.after?.(request) === true) fault.armed = true;
      }
    }
    let change: AnswerChange;
    // Each emulation sees the answer as the ones before it left it.
    const answered = () =>
      change !== undefined && 'json' in change ? Promise.resolve(change.json) : json();
    for (const emulation of this.emulations) {
      change = (await emulation.afterAnswer(request, status, answered)) ?? change;
    }
    const fault = this.answerFaults.get(completed.id);
    this.answerFaults.delete(completed.id);
    const behaviour = fault?.rule.behaviour;
    if (behaviour?.kind === 'drop-answer') return behaviour.how ?? 'reset';
    if (behaviour?.kind === 'garble') return garbled(behaviour.body);
    if (behaviour?.kind === 'rewrite-json' && fault !== undefined) {
      if (!succeeded) {
        fault.used--; // moto failed the request, so there was nothing to rewrite
      } else {
        const body = change !== undefined && 'json' in change ? change.json : await json();
        return { json: behaviour.rewrite(body) };
      }
    }
    if (change === undefined) return undefined;
    if ('json' in change) return { json: change.json };
    const { status: statusCode, headers, body } = change.response;
    return { statusCode, headers: { ...headers }, body };
  }
}

function garbled(body = GARBLED_BODY) {
  return {
    statusCode: 200,
    headers: {
      'content-type': 'application/json',
      'x-amzn-requestid': '00000000-0000-4000-8000-000000000200',
    },
    body,
  };
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

/**
 * A fresh proxy in front of moto for each test of the file, stopped after it; `emulations`,
 * when given, makes each proxy's emulations from moto's origin (default: defaultEmulations).
 */
export function useFaultProxy(
  emulations?: (target: string) => readonly ProxyEmulation[],
): () => FaultProxy {
  let proxy: FaultProxy | undefined;
  beforeEach(async () => {
    const target = motoEndpoint();
    proxy = await FaultProxy.start(
      target,
      emulations === undefined ? {} : { emulations: emulations(new URL(target).origin) },
    );
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

/**
 * What every proxy emulates unless told otherwise: alias RevisionIds and their 412 (a store
 * of its own), Lambda's 409 for a statement, URL config or alias that exists already, and the
 * function settings, provisioned concurrency and code signing configs moto drops or lacks
 * (lambda-settings-emulation.ts; a store of its own unless `settings` is given), the newest
 * configuration fields (lambda-newest-fields-emulation.ts, `newest`), code storage, URL
 * invoke modes and CORS, async invoke, recursion and runtime management configs
 * (lambda-extras-emulation.ts), durable functions, Managed Instances and tenancy
 * (lambda-2025-emulation.ts, `lambda2025`), and CodeDeploy's Lambda compute platform
 * (codedeploy-lambda-emulation.ts; pass one to set its clock or answer its hooks).
 */
/** The stores defaultEmulations() uses; each one not given is a new one of its own. */
export interface EmulationStores {
  readonly aliasRevisions?: AliasRevisions;
  readonly settings?: LambdaSettingsState;
  readonly newest?: NewestFieldsState;
  readonly lambda2025?: Lambda2025State;
  readonly codedeploy?: CodeDeployLambda;
}

export function defaultEmulations(target: string, stores: EmulationStores = {}): ProxyEmulation[] {
  const {
    aliasRevisions = new AliasRevisions(),
    settings = new LambdaSettingsState(),
    newest = new NewestFieldsState(),
    lambda2025 = new Lambda2025State(),
    codedeploy = new CodeDeployLambda(target),
  } = stores;
  return [
    aliasRevisions,
    new LambdaDuplicates(target),
    new LambdaSettings(target, settings),
    new LambdaNewestFields(newest),
    new LambdaExtras(target),
    new Lambda2025(target, lambda2025),
    codedeploy,
  ];
}
