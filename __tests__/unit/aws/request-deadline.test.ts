import { describe, expect, it } from 'vitest';
import {
  bodyBytesOf,
  MIN_BYTES_PER_SECOND,
  wholeRequestMs,
} from '../../../src/aws/request-deadline.js';
import { deadlineReason } from '../../../src/aws/error-kinds.js';

describe('the whole-duration limit of one attempt', () => {
  it('is request-timeout for a request without a body', () => {
    expect(wholeRequestMs(5, 0)).toBe(5_000);
  });

  it('adds the time the body needs at 64 KiB/s, so a 50 MiB upload on a slow link is not cut off', () => {
    expect(MIN_BYTES_PER_SECOND).toBe(65_536);
    expect(wholeRequestMs(60, 65_536)).toBe(61_000);
    // 52,428,800 bytes of base64 in JSON: 800 s on top of request-timeout.
    expect(wholeRequestMs(60, 52_428_800)).toBe(860_000);
  });

  it('reads the body size from Content-Length, in any case, and 0 without one', () => {
    expect(bodyBytesOf({ 'Content-Length': '1024' })).toBe(1024);
    expect(bodyBytesOf({ 'content-length': '7' })).toBe(7);
    expect(bodyBytesOf({ 'content-type': 'application/json' })).toBe(0);
    expect(bodyBytesOf({ 'content-length': 'garbage' })).toBe(0);
  });
});

describe('deadlineReason', () => {
  it('names request-timeout for silence, and the added body time when there was one', () => {
    expect(deadlineReason({ requestTimeoutSeconds: 5 })).toBe(
      'no answer within 5 s (request-timeout)',
    );
    expect(deadlineReason({ requestTimeoutSeconds: 5, wholeSeconds: 5 })).toBe(
      'no answer within 5 s (request-timeout)',
    );
    expect(deadlineReason({ requestTimeoutSeconds: 5, wholeSeconds: 165 })).toBe(
      "no answer within 165 s (request-timeout 5 s, plus 1 s for each 64 KiB of the request's body)",
    );
  });

  it('says the answer was too slow when it began but did not complete', () => {
    expect(deadlineReason({ requestTimeoutSeconds: 5, wholeSeconds: 5, answerTooSlow: true })).toBe(
      'AWS answered too slowly: not all of the answer arrived within 5 s (request-timeout)',
    );
  });

  it('is undefined for an error no deadline of the client made', () => {
    expect(deadlineReason(new Error('ECONNRESET'))).toBeUndefined();
  });
});
