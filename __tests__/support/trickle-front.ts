// A plain HTTP forwarder in front of another endpoint (the fault proxy, or moto) that lets
// chosen answers trickle: the status and headers at once, then the body one byte every
// `everyMs`. The fault proxy cannot do this itself: mockttp reads a whole answer before
// handing it on. Every other request and answer passes through as a stream.
import { once } from 'node:events';
import http from 'node:http';
import type net from 'node:net';
import { afterEach, beforeEach } from 'vitest';
import type { RequestMatcher } from './fault-proxy.js';

export interface TrickleRule {
  /** Sees the request's method, path, query and headers (its body is not read). */
  readonly match: RequestMatcher;
  readonly everyMs: number;
  /** How many matching answers trickle; every one when omitted. */
  readonly times?: number;
}

export class TrickleFront {
  private readonly rules: { rule: TrickleRule; used: number }[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(
    private readonly server: http.Server,
    private readonly target: URL,
  ) {}

  static async start(target: string): Promise<TrickleFront> {
    const server = http.createServer();
    const front = new TrickleFront(server, new URL(target));
    server.on('request', (request, response) => {
      front.forward(request, response);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return front;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }

  /** Makes answers to matching requests trickle; returns how many it has acted on so far. */
  trickle(rule: TrickleRule): { readonly used: () => number } {
    const entry = { rule, used: 0 };
    this.rules.push(entry);
    return { used: () => entry.used };
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private forward(request: http.IncomingMessage, response: http.ServerResponse): void {
    const [path = '/', query = ''] = (request.url ?? '/').split('?');
    const seen = {
      method: request.method ?? 'GET',
      path,
      query,
      headers: request.headers,
      body: undefined,
      status: undefined,
    };
    const entry = this.rules.find(
      ({ rule, used }) => used < (rule.times ?? Infinity) && rule.match(seen),
    );
    if (entry !== undefined) entry.used++;
    const upstream = http.request(
      {
        host: this.target.hostname,
        port: this.target.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        if (entry === undefined) {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          this.dribble(Buffer.concat(chunks), response, entry.rule.everyMs);
        });
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  }

  private dribble(body: Buffer, response: http.ServerResponse, everyMs: number): void {
    let at = 0;
    const timer = setInterval(() => {
      if (response.destroyed || at >= body.length) {
        clearInterval(timer);
        this.timers.delete(timer);
        if (!response.destroyed) response.end();
        return;
      }
      response.write(body.subarray(at, at + 1));
      at++;
    }, everyMs);
    this.timers.add(timer);
    response.on('close', () => {
      clearInterval(timer);
      this.timers.delete(timer);
    });
  }
}

/** A fresh trickle front before each test of the file, in front of `target()`; stopped after. */
export function useTrickleFront(target: () => string): () => TrickleFront {
  let front: TrickleFront | undefined;
  beforeEach(async () => {
    front = await TrickleFront.start(target());
  });
  afterEach(async () => {
    await front?.stop();
    front = undefined;
  });
  return () => {
    if (front === undefined) throw new Error('useTrickleFront: it runs only inside a test');
    return front;
  };
}
