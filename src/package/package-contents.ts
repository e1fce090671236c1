export interface DeploymentPackage {
  readonly path: string;
  readonly size: number;
  /** Base64 SHA-256 of the zip, the form Lambda reports as CodeSha256. */
  readonly sha256: string;
  /** What the zip holds: its files and their size unzipped. */
  readonly contents: PackageContents;
}

export interface PackageContents {
  readonly fileCount: number;
  readonly unzippedSize: number;
}
