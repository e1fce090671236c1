/**
 * Where modules report progress; main passes the runner's commands (runner/commands.ts) wrapped in safeLogger (so that no
 * line can be read as a workflow command), tests pass a recorder.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}
