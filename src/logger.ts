/** Where modules report progress; main passes @actions/core, tests pass a recorder. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}
