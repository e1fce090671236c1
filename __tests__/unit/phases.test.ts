import { describe, expect, it } from 'vitest';
import { Phases, type Group } from '../../src/phases.js';
import { rejectionOf } from './helpers/errors.js';

/** A Group that records the names it was given, as @actions/core's group logs them. */
function recordingGroup(): { group: Group; names: string[] } {
  const names: string[] = [];
  const group: Group = (name, work) => {
    names.push(name);
    return work();
  };
  return { group, names };
}

describe('Phases', () => {
  it("runs each phase in its own group and returns the phase's result", async () => {
    const { group, names } = recordingGroup();
    const phases = new Phases(group);
    expect(await phases.run('Package', () => Promise.resolve(42))).toBe(42);
    expect(await phases.run('Update code', () => Promise.resolve('done'))).toBe('done');
    expect(names).toEqual(['Package', 'Update code']);
  });

  it('records every phase in order with a duration', async () => {
    const phases = new Phases(recordingGroup().group);
    await phases.run('Package', () => Promise.resolve());
    await phases.run('Update code', () => Promise.resolve());
    expect(phases.timings.map((phase) => phase.name)).toEqual(['Package', 'Update code']);
    for (const phase of phases.timings) expect(phase.seconds).toBeGreaterThanOrEqual(0);
  });

  it('records a phase that fails, and passes its error on', async () => {
    const phases = new Phases(recordingGroup().group);
    const failure = new Error('boom');
    expect(await rejectionOf(phases.run('Update code', () => Promise.reject(failure)))).toBe(
      failure,
    );
    expect(phases.timings.map((phase) => phase.name)).toEqual(['Update code']);
  });
});
