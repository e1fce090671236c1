import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  arnOfCreated,
  keepSecret,
  maskDecision,
  maskIfSecret,
  redact,
  type DeployFacts,
} from '../../src/secrets.js';

const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);

function printed(): string[] {
  return stdout.mock.calls.map(([line]) => String(line));
}

afterEach(() => {
  stdout.mockClear();
});

// The worker runs other files after this one (isolate: false in vitest.config.ts).
afterAll(() => {
  stdout.mockRestore();
});

const ARN = 'arn:aws:lambda:eu-west-1:210987654321:function:orders-prod';

/** orders-prod, alias pr-1234567, in eu-west-1: before the function was read, and after. */
const BEFORE_READ: DeployFacts = {
  functionName: 'orders-prod',
  functionArn: undefined,
  alias: 'pr-1234567',
  region: 'eu-west-1',
};
const AFTER_READ: DeployFacts = { ...BEFORE_READ, functionArn: ARN };

describe('keepSecret and redact', () => {
  it('masks the value for the runner and redacts it from text the action prints', () => {
    keepSecret('s3cr3t-session-token');
    expect(printed()).toContain('::add-mask::s3cr3t-session-token\n');
    expect(redact('AWS said: token s3cr3t-session-token is expired')).toBe(
      'AWS said: token *** is expired',
    );
  });

  it('redacts the longer of two overlapping secrets whole', () => {
    keepSecret('abcdefgh');
    keepSecret('abcdefgh-and-more');
    expect(redact('x abcdefgh-and-more y abcdefgh z')).toBe('x *** y *** z');
  });

  it('announces a value once', () => {
    keepSecret('announced-once-value');
    keepSecret('announced-once-value');
    expect(printed()).toEqual(['::add-mask::announced-once-value\n']);
  });

  it('ignores a blank value', () => {
    keepSecret('   ');
    expect(stdout).not.toHaveBeenCalled();
  });
});

describe('maskDecision: a value is masked unless masking could hide what was deployed', () => {
  it.each([
    ['prod', 'under 8 characters'],
    ['short-1', 'under 8 characters'],
    ['orders-prod', 'the function name'],
    ['ders-pro', 'part of the function name'],
    ['pr-1234567', 'the alias'],
    ['eu-west-1', 'the region'],
  ])('keeps %j (%s), before the ARN is known and after', (value) => {
    expect(maskDecision(value, BEFORE_READ)).toBe('keep');
    expect(maskDecision(value, AFTER_READ)).toBe('keep');
  });

  it.each(['210987654321', '987654321', 'function:orders', 'arn:aws:lambda:eu-west-1'])(
    'keeps %j, part of the ARN, once it is known; waits for it before',
    (value) => {
      expect(maskDecision(value, BEFORE_READ)).toBe('undecided');
      expect(maskDecision(value, AFTER_READ)).toBe('keep');
    },
  );

  it('masks digits that could have been the account ID but are not', () => {
    expect(maskDecision('123456789012', BEFORE_READ)).toBe('undecided');
    expect(maskDecision('123456789012', AFTER_READ)).toBe('mask');
  });

  it.each(['Xk29fQ0pLm3vB7nR2sTw', 'hunter2-secret', 'ORDERS-PROD', '2109876543210'])(
    'masks %j at once: it cannot be part of any ARN of the function',
    (value) => {
      expect(maskDecision(value, BEFORE_READ)).toBe('mask');
      expect(maskDecision(value, AFTER_READ)).toBe('mask');
    },
  );

  it('takes the ARN from function-name when it is one', () => {
    const facts = { ...BEFORE_READ, functionName: ARN };
    expect(maskDecision('210987654321', facts)).toBe('keep');
    expect(maskDecision('123456789012', facts)).toBe('mask');
  });
});

describe('maskIfSecret', () => {
  it('announces only the values the rule masks, and redacts only those', () => {
    maskIfSecret(
      ['prod', 'orders-prod', 'eu-west-1', '210987654321', 'a-twenty-char-secret'],
      BEFORE_READ,
    );
    expect(printed()).toEqual(['::add-mask::a-twenty-char-secret\n']);
    expect(redact(`${ARN} in eu-west-1: a-twenty-char-secret`)).toBe(`${ARN} in eu-west-1: ***`);
  });

  it('decides what waited once the ARN is known', () => {
    maskIfSecret(['998877665544'], BEFORE_READ);
    expect(printed()).toEqual([]);
    maskIfSecret(['998877665544'], AFTER_READ);
    expect(printed()).toEqual(['::add-mask::998877665544\n']);
  });
});

describe('arnOfCreated', () => {
  it("is the function's ARN in the role's partition and account", () => {
    expect(
      arnOfCreated('orders', 'cn-north-1', 'arn:aws-cn:iam::210987654321:role/lambda-exec'),
    ).toBe('arn:aws-cn:lambda:cn-north-1:210987654321:function:orders');
  });

  it('is unknown without a role', () => {
    expect(arnOfCreated('orders', 'eu-west-1', undefined)).toBeUndefined();
  });
});
