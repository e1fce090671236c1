import { describe, expect, it } from 'vitest';
import { contains, judge } from '../../../src/apply/smoke-test.js';
import type { SmokeTest } from '../../../src/inputs.js';

const test = (expect?: unknown): SmokeTest => ({
  payload: '{"ping": 1}',
  expect,
  expects: expect !== undefined,
});

describe('contains: what smoke-test-expect asks of the answer', () => {
  it.each([
    [{ statusCode: 200, body: 'ok', headers: {} }, { statusCode: 200 }, true],
    [{ a: { b: 1, c: 2 } }, { a: { b: 1 } }, true],
    [{ a: { b: 1 } }, { a: { b: 2 } }, false],
    [{ a: 1 }, { b: undefined }, false],
    [[1, 2], [1, 2], true],
    [[1, 2, 3], [1, 2], false],
    [[{ id: 1, x: 2 }], [{ id: 1 }], true],
    ['ok', 'ok', true],
    [1, '1', false],
    [null, null, true],
    [{}, null, false],
    [null, {}, false],
  ])('%j contains %j: %s', (actual, expected, result) => {
    expect(contains(actual, expected)).toBe(result);
  });
});

describe('judge: why an answer fails the smoke test', () => {
  it('fails on a function error, with its type and message', () => {
    expect(
      judge(
        {
          functionError: 'Unhandled',
          payload: '{"errorType": "TypeError", "errorMessage": "x is undefined"}',
          logTail: '',
        },
        test(),
      ),
    ).toBe('the function failed (Unhandled): TypeError: x is undefined');
  });

  it('passes any answer when nothing is expected', () => {
    expect(judge({ functionError: undefined, payload: 'not json', logTail: '' }, test())).toBe(
      undefined,
    );
  });

  it('fails an answer without what is expected, quoting both', () => {
    const why = judge(
      { functionError: undefined, payload: '{"statusCode": 500}', logTail: '' },
      test({ statusCode: 200 }),
    );
    expect(why).toContain('{"statusCode": 500}');
    expect(why).toContain('{"statusCode":200}');
  });

  it('fails an answer that is not JSON when something is expected', () => {
    expect(
      judge({ functionError: undefined, payload: 'OK', logTail: '' }, test({ ok: true })),
    ).toContain('not JSON');
  });

  it('passes an answer that contains what is expected', () => {
    expect(
      judge(
        { functionError: undefined, payload: '{"statusCode": 200, "body": "{}"}', logTail: '' },
        test({ statusCode: 200 }),
      ),
    ).toBe(undefined);
  });
});
