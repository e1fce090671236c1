// A deadline on a request's whole duration, not only on silence: an answer that trickles a
// byte at a time never trips an inactivity timer, so every attempt also gets a limit on how
// long it may take in all, long enough for its body to travel at a slow but working rate.
import type { HttpResponse } from '@smithy/types';

/**
 * The slowest a request body may travel: 64 KiB/s (about 0.5 Mbit/s). A 50 MiB upload may
 * take 13 minutes beyond request-timeout; an answer that trickles is cut off.
 */
export const MIN_BYTES_PER_SECOND = 64 * 1024;

/** Milliseconds an attempt may take in all: request-timeout, plus its body at the minimum rate. */
export function wholeRequestMs(requestTimeoutSeconds: number, bodyBytes: number): number {
  return Math.ceil(requestTimeoutSeconds * 1000 + (bodyBytes / MIN_BYTES_PER_SECOND) * 1000);
}

/** The request's Content-Length, 0 when it has none (the SDK sets it on every body it sends). */
export function bodyBytesOf(headers: Readonly<Record<string, string>>): number {
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-length');
  const bytes = Number(entry?.[1] ?? 0);
  return Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
}

/** What a request-timeout error carries, so that a message can name the input. */
export interface DeadlineTags {
  /** request-timeout, in seconds. */
  readonly requestTimeoutSeconds: number;
  /** The whole-duration limit that passed, in seconds, when it was that limit. */
  readonly wholeSeconds?: number;
  /** The answer had begun (its status came) but did not complete in time: too slow. */
  readonly answerTooSlow?: boolean;
}

/** An error the SDK retries as a timeout (its name), tagged for the messages. */
export function deadlineError(message: string, tags: DeadlineTags): Error {
  return Object.assign(new Error(message), { name: 'TimeoutError' }, tags);
}

/**
 * Arms `limitMs` for one attempt: `signal` aborts the request while it is sent and until its
 * status comes; after that, `guardBody` destroys the answer's body if it is still arriving
 * when the limit passes.
 */
export class AttemptDeadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private onLimit: (() => void) | undefined;
  private readonly forward: () => void;

  constructor(
    private readonly limitMs: number,
    private readonly tags: Omit<DeadlineTags, 'wholeSeconds' | 'answerTooSlow'>,
    private readonly outer: AbortSignal | undefined,
  ) {
    this.timer = setTimeout(() => {
      if (this.onLimit === undefined) this.controller.abort();
      else this.onLimit();
    }, limitMs);
    this.timer.unref();
    this.forward = () => {
      this.controller.abort(outer?.reason);
    };
    if (outer?.aborted === true) this.forward();
    // Removed when the attempt ends: a waiter's one signal sees many attempts.
    outer?.addEventListener('abort', this.forward, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True when this deadline (not the caller's signal) ended the attempt before its answer. */
  passedBeforeAnswer(outer: AbortSignal | undefined): boolean {
    return this.controller.signal.aborted && outer?.aborted !== true;
  }

  /** The error for a deadline that passed before any answer came. */
  noAnswer(): Error {
    const seconds = this.limitMs / 1000;
    return deadlineError(`no answer within ${seconds} s`, {
      ...this.tags,
      wholeSeconds: seconds,
    });
  }

  /** Cuts the answer's body off when the limit passes before it has all arrived. */
  guardBody(response: HttpResponse): void {
    const body = response.body as NodeJS.ReadableStream | undefined;
    if (body === undefined || typeof (body as { destroy?: unknown }).destroy !== 'function') {
      this.done();
      return;
    }
    const stream = body as NodeJS.ReadableStream & { destroy(error?: Error): void };
    const seconds = this.limitMs / 1000;
    this.onLimit = () => {
      stream.destroy(
        deadlineError(`the answer did not complete within ${seconds} s`, {
          ...this.tags,
          wholeSeconds: seconds,
          answerTooSlow: true,
        }),
      );
    };
    stream.once('end', () => {
      this.done();
    });
    stream.once('close', () => {
      this.done();
    });
    stream.once('error', () => {
      this.done();
    });
  }

  done(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this.forward);
  }
}
