import type { Logger } from '../../../src/logger.js';

/** A Logger that keeps every message, for tests to read back. */
export class RecordingLogger implements Logger {
  readonly infos: string[] = [];
  readonly warnings: string[] = [];

  info(message: string): void {
    this.infos.push(message);
  }

  warning(message: string): void {
    this.warnings.push(message);
  }

  /** Info messages that contain `fragment`. */
  infosWith(fragment: string): string[] {
    return this.infos.filter((message) => message.includes(fragment));
  }
}
