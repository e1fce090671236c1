export declare const MOTO_VERSION: string;
/** `moto[server]==MOTO_VERSION`, what pip installs into .venv. */
export declare const MOTO_REQUIREMENT: string;
export declare const PYTHON_MISSING: string;
export interface CommandResult {
  /** The exit status; null when the command could not start or was killed. */
  status: number | null;
  /** stdout and stderr as they came, the last 64 KiB. */
  output: string;
  /** The command was not found. */
  notFound: boolean;
}
export type RunCommand = (
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; timeoutMs: number },
) => Promise<CommandResult>;
export declare const runCommand: RunCommand;
export declare function venvPython(root: string): string;
/**
 * The command that starts moto's server: .venv's when it has moto, then `moto_server` on
 * PATH, then `python3 -m moto.server`, else moto installed into `<root>/.venv` now.
 */
export declare function findOrInstallMoto(options?: {
  /** The project root, whose .venv is used; the repository by default. */
  root?: string;
  /** The environment the commands run with (and find python3 and moto_server on its PATH). */
  env?: NodeJS.ProcessEnv;
  run?: RunCommand;
  /** Progress lines; to stderr by default. */
  log?: (line: string) => void;
}): Promise<{ command: string; args: string[] }>;
export declare function startMoto(): Promise<{ endpoint: string; stop: () => Promise<void> }>;
export declare function createLambdaRole(endpoint: string, roleName: string): Promise<string>;
