/** A file as the walk saw it: what must still be true when it is read. */
export interface ExpectedFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * The file's size or modification time differs from the walk's, or it holds more or fewer
 * bytes than the walk counted: what was counted (against Lambda's limit, in the summary)
 * would not be what the zip holds.
 */
export class FileChangedError extends Error {
  override readonly name = 'FileChangedError';

  constructor(readonly path: string) {
    super(
      `'${path}' changed while it was being packaged (its size or modification time is not ` +
        'what it was when the directory was listed); package a directory that no other ' +
        'process is writing to',
    );
  }
}

/** Whether `stats`, read from the open file, still match what the walk saw. */
export function sameAsWalked(
  stats: { readonly size: number; readonly mtimeMs: number },
  expected: ExpectedFile,
): boolean {
  return stats.size === expected.size && stats.mtimeMs === expected.mtimeMs;
}
