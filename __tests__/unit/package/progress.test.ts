import { describe, expect, it } from 'vitest';
import { PackagingProgress } from '../../../src/package/progress.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const MiB = 1024 * 1024;

/** A clock the test moves by hand, in milliseconds. */
function manualClock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (milliseconds: number) => {
      now += milliseconds;
    },
  };
}

describe('PackagingProgress', () => {
  it('says nothing within the first 5 seconds', () => {
    const clock = manualClock();
    const log = new RecordingLogger();
    const progress = new PackagingProgress(100, 100 * MiB, log, clock.now);
    for (let file = 0; file < 50; file++) {
      clock.advance(99);
      progress.fileDone(MiB);
    }
    expect(log.infos).toEqual([]);
  });

  it('logs files and MiB done of the totals once 5 seconds have passed', () => {
    const clock = manualClock();
    const log = new RecordingLogger();
    const progress = new PackagingProgress(12_345, 300 * MiB, log, clock.now);
    progress.fileDone(2 * MiB);
    clock.advance(5_000);
    progress.fileDone(MiB / 2);
    expect(log.infos).toEqual(['Packaged 2 of 12,345 files, 2.5 MiB of 300.0 MiB']);
  });

  it('logs at most once per 5 seconds, however many files finish', () => {
    const clock = manualClock();
    const log = new RecordingLogger();
    const progress = new PackagingProgress(10_000, 10_000, log, clock.now);
    // 10,000 files over 20 seconds, one every 2 ms.
    for (let file = 0; file < 10_000; file++) {
      clock.advance(2);
      progress.fileDone(1);
    }
    expect(log.infos).toHaveLength(4);
    expect(log.infos[0]).toMatch(/^Packaged 2,500 of 10,000 files/);
    expect(log.infos[3]).toMatch(/^Packaged 10,000 of 10,000 files/);
  });

  it('counts the interval from the last line logged, not from the last file', () => {
    const clock = manualClock();
    const log = new RecordingLogger();
    const progress = new PackagingProgress(3, 3, log, clock.now);
    clock.advance(6_000);
    progress.fileDone(1);
    clock.advance(4_999);
    progress.fileDone(1);
    clock.advance(1);
    progress.fileDone(1);
    expect(log.infos.map((line) => line.slice(0, 'Packaged 1 of 3'.length))).toEqual([
      'Packaged 1 of 3',
      'Packaged 3 of 3',
    ]);
  });
});
