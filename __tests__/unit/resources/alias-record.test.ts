import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_LIMIT,
  describeAlias,
  readAliasRecord,
  readDescription,
  readRolloutMarker,
  type RolloutMarker,
} from '../../../src/resources/alias/record.js';

const MARKER: RolloutMarker = {
  kind: 'rollout',
  target: '8',
  step: 2,
  steps: [10, 50, 100],
  until: 1_765_080_000,
  before: { version: '7', weights: { '6': 0.05 } },
  run: '42.1',
};

describe('the record this action keeps in an alias description', () => {
  it('writes a finished move as before, with the routing it came from', () => {
    const text = describeAlias(undefined, {
      kind: 'moved',
      version: '8',
      previous: { version: '7', weights: {} },
      label: '1a2b3c4 run 42',
    });
    expect(text).toBe('lambda-deploy: 8 (was 7) 1a2b3c4 run 42');
    expect(readAliasRecord(text)).toEqual({ version: '8', previous: '7' });
    const weighted = describeAlias(undefined, {
      kind: 'moved',
      version: '8',
      previous: { version: '7', weights: { '8': 0.1 } },
      label: 'run 42',
    });
    expect(weighted).toBe('lambda-deploy: 8 (was 7+8:0.1) run 42');
    expect(readDescription(weighted).record).toMatchObject({
      previous: { version: '7', weights: { '8': 0.1 } },
    });
  });

  it("keeps the user's own text and puts the record after it", () => {
    const first = describeAlias('Orders API, production', MARKER);
    expect(first).toBe(
      'Orders API, production | lambda-deploy rollout: 8 step 2/3 of 10,50,100 until 1765080000 (was 7+6:0.05) run 42.1',
    );
    expect(readRolloutMarker(first)).toEqual(MARKER);
    // A later move replaces the record, never the text.
    const second = describeAlias(first, {
      kind: 'moved',
      version: '8',
      previous: MARKER.before,
      label: 'run 42',
    });
    expect(second).toBe('Orders API, production | lambda-deploy: 8 (was 7+6:0.05) run 42');
    expect(readDescription(second).text).toBe('Orders API, production');
  });

  it('records the routing a canary left, not only its primary version, and reads it back', () => {
    const canary = describeAlias('Orders API, production | lambda-deploy: 7 (was 6) run 41', {
      kind: 'moved',
      version: '7',
      weights: { '8': 0.1 },
      previous: { version: '7', weights: {} },
      label: 'run 42',
    });
    expect(canary).toBe('Orders API, production | lambda-deploy: 7+8:0.1 (was 7) run 42');
    expect(readDescription(canary)).toEqual({
      text: 'Orders API, production',
      record: {
        kind: 'moved',
        version: '7',
        weights: { '8': 0.1 },
        previous: { version: '7', weights: {} },
        label: 'run 42',
      },
    });
  });

  it("shortens the user's text, never the record, to stay within Lambda's 256 characters", () => {
    const text = describeAlias('x'.repeat(300), MARKER);
    expect(text).toHaveLength(DESCRIPTION_LIMIT);
    expect(text.endsWith('run 42.1')).toBe(true);
    expect(readRolloutMarker(text)).toEqual(MARKER);
  });

  it('reads descriptions written before the text was kept, and leaves others as text', () => {
    expect(readAliasRecord('lambda-deploy: 1 (was none) 9f8e7d6 run 40')).toEqual({
      version: '1',
      previous: undefined,
    });
    expect(readDescription('The live alias')).toEqual({
      text: 'The live alias',
      record: undefined,
    });
    expect(readDescription('a | b')).toEqual({ text: 'a | b', record: undefined });
    expect(readRolloutMarker('lambda-deploy: 8 (was 7) run 42')).toBeUndefined();
  });
});
