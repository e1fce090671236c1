export interface DeploymentPackage {
  /** '' when the package was not built (`byFingerprint`). */
  readonly path: string;
  readonly size: number;
  /** Base64 SHA-256 of the zip, the form Lambda reports as CodeSha256. */
  readonly sha256: string;
  /** What the zip holds: its files and their size unzipped. */
  readonly contents: PackageContents;
  /** The tree's fingerprint (fingerprint.ts), for a package built from a directory. */
  readonly fingerprint?: string;
  /**
   * Not built: the function's record says this tree's zip is the code it runs already
   * (resources/code/fingerprint-record.ts), so `sha256` and `size` are the function's.
   */
  readonly byFingerprint?: boolean;
}

/** What a function's record says the zip of a tree with a given fingerprint was. */
export interface RecordedPackage {
  readonly sha256: string;
  readonly size: number;
}

export interface PackageContents {
  readonly fileCount: number;
  readonly unzippedSize: number;
}
