// The record that lets an unchanged tree skip its build: a tag on the function, written when
// the function runs the zip of a tree, holding that tree's fingerprint and the zip's
// CodeSha256 and size. A tag, because it is the function's own, readable in the GetFunction
// the run makes anyway (no extra call), kept by every code or configuration update, and
// writable without touching the code, the configuration or a version; tags-mode: replace
// leaves it (configuration/plan.ts). A description would be shared with the user's text, and
// a version's is fixed once published.
import type { FunctionState } from '../../aws/function-state.js';
import type { Architecture } from '../../inputs.js';
import type { DeploymentPackage, RecordedPackage } from '../../package/package-contents.js';
import { architectureToSet } from './plan.js';

/** The action's own tag key; the tags input may not set it. */
export const FINGERPRINT_TAG = 'lambda-deploy:code-fingerprint';

/** "<fingerprint> <CodeSha256> <size>": base64, base64, decimal; about 100 of the 256 allowed. */
export function fingerprintTagValue(fingerprint: string, pkg: RecordedPackage): string {
  return `${fingerprint} ${pkg.sha256} ${pkg.size}`;
}

/**
 * The zip the function's record says a tree of `fingerprint` makes, when the function runs
 * exactly that zip now: its CodeSha256 and size are the recorded ones, its last update did
 * not fail and is not under way, and the code keeps its architecture and its storage (a
 * switch between Lambda's copy and a referenced object sends the package again). Anything
 * else, a record missing or unreadable included, is undefined: the tree is built as always.
 */
export function recordedPackage(
  found: FunctionState | undefined,
  fingerprint: string,
  architecture: Architecture | undefined,
  storage: 'copy' | 'reference' = 'copy',
): RecordedPackage | undefined {
  if (found === undefined || found.packageType !== 'Zip') return undefined;
  if ((storage === 'reference') !== (found.referencedObject !== undefined)) return undefined;
  if (found.lastUpdateStatus === 'Failed' || found.lastUpdateStatus === 'InProgress') {
    return undefined;
  }
  if (architectureToSet(architecture, found) !== undefined) return undefined;
  const [recordedFingerprint, sha256, size, ...rest] = (found.tags[FINGERPRINT_TAG] ?? '').split(
    ' ',
  );
  if (rest.length > 0 || recordedFingerprint !== fingerprint || sha256 === undefined) {
    return undefined;
  }
  if (sha256 !== found.codeSha256 || size !== String(found.codeSize)) return undefined;
  return { sha256, size: found.codeSize };
}

/**
 * The tags to write once the function runs `pkg`: its record, unless the function has that
 * record already (a second identical run writes nothing) or `pkg` has no fingerprint.
 */
export function fingerprintRecordToWrite(
  now: FunctionState,
  pkg: DeploymentPackage,
): Record<string, string> | undefined {
  if (pkg.fingerprint === undefined || now.codeSha256 !== pkg.sha256) return undefined;
  const value = fingerprintTagValue(pkg.fingerprint, pkg);
  return now.tags[FINGERPRINT_TAG] === value ? undefined : { [FINGERPRINT_TAG]: value };
}
