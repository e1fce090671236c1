import { formatCount, formatMebibytes } from '../format.js';
import type { Logger } from '../logger.js';

const INTERVAL_MS = 5_000;

/** Logs how far packaging has got, at most once every few seconds. */
export class PackagingProgress {
  private files = 0;
  private bytes = 0;
  private lastLog: number;

  constructor(
    private readonly totalFiles: number,
    private readonly totalBytes: number,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.lastLog = now();
  }

  fileDone(size: number): void {
    this.files++;
    this.bytes += size;
    if (this.now() - this.lastLog < INTERVAL_MS) return;
    this.lastLog = this.now();
    this.log.info(
      `Packaged ${formatCount(this.files)} of ${formatCount(this.totalFiles)} files, ` +
        `${formatMebibytes(this.bytes)} of ${formatMebibytes(this.totalBytes)}`,
    );
  }
}
