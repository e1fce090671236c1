import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatMebibytes, formatSeconds } from '../../src/format.js';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 bytes'],
    [1_023, '1,023 bytes'],
    [1_024, '1.0 KiB (1,024 bytes)'],
    [1_536, '1.5 KiB (1,536 bytes)'],
    [1_048_575, '1.0 MiB (1,048,575 bytes)'],
    [52_428_800, '50.0 MiB (52,428,800 bytes)'],
    [262_144_000, '250.0 MiB (262,144,000 bytes)'],
    [5 * 1024 ** 3, '5.0 GiB (5,368,709,120 bytes)'],
    [2 * 1024 ** 4, '2048.0 GiB (2,199,023,255,552 bytes)'],
  ])('formats %i as %j', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatSeconds', () => {
  it.each([
    [0, '0 ms'],
    [0.0004, '0 ms'],
    [0.25, '250 ms'],
    [0.9996, '1.0 s'],
    [1, '1.0 s'],
    [12.34, '12.3 s'],
    [600, '600.0 s'],
  ])('formats %f as %j', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [65_536, '65,536'],
    [262_144_000, '262,144,000'],
  ])('formats %i as %j, with comma thousands separators', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });
});

describe('formatMebibytes', () => {
  it.each([
    [0, '0.0 MiB'],
    [52_429, '0.1 MiB'],
    [1_048_576, '1.0 MiB'],
    [12_897_484, '12.3 MiB'],
    [262_144_000, '250.0 MiB'],
  ])('formats %i as %j', (bytes, text) => {
    expect(formatMebibytes(bytes)).toBe(text);
  });
});
