import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepSecret, redact } from '../../src/secrets.js';

describe('keepSecret and redact', () => {
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  afterEach(() => {
    stdout.mockClear();
  });

  it('masks the value for the runner and redacts it from text the action prints', () => {
    keepSecret('s3cr3t-session-token');
    expect(stdout.mock.calls.map(([line]) => String(line))).toContain(
      '::add-mask::s3cr3t-session-token\n',
    );
    expect(redact('AWS said: token s3cr3t-session-token is expired')).toBe(
      'AWS said: token *** is expired',
    );
  });

  it('redacts the longer of two overlapping secrets whole', () => {
    keepSecret('abcdefgh');
    keepSecret('abcdefgh-and-more');
    expect(redact('x abcdefgh-and-more y abcdefgh z')).toBe('x *** y *** z');
  });

  it('masks a short value but leaves it in messages, where it would garble names', () => {
    keepSecret('prod');
    expect(stdout.mock.calls.map(([line]) => String(line))).toContain('::add-mask::prod\n');
    expect(redact("function 'orders-prod'")).toBe("function 'orders-prod'");
  });

  it('ignores a blank value', () => {
    keepSecret('   ');
    expect(stdout).not.toHaveBeenCalled();
  });
});
