// The record only ever lets a run skip code the function runs: its CodeSha256 must be the
// function's, whatever the fingerprint says.
import { describe, expect, it } from 'vitest';
import { toFunctionState } from '../../../src/aws/function-state.js';
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import {
  FINGERPRINT_TAG,
  fingerprintRecordToWrite,
  recordedPackage,
} from '../../../src/resources/code/fingerprint-record.js';
import { tagsToRemove } from '../../../src/resources/configuration/plan.js';
import { parseTags } from '../../../src/inputs/settings/environment-and-tags.js';
import { functionConfiguration, OLD_SHA256 } from '../helpers/lambda.js';

const FINGERPRINT = 'f'.repeat(43) + '=';
const RECORD = `${FINGERPRINT} ${OLD_SHA256} 8`;

function found(
  overrides: Partial<FunctionConfiguration> = {},
  tags: Record<string, string> = { [FINGERPRINT_TAG]: RECORD },
) {
  return toFunctionState(functionConfiguration(overrides), tags);
}

describe('recordedPackage', () => {
  it('is the function code when its record names this fingerprint and the code it runs', () => {
    expect(recordedPackage(found(), FINGERPRINT, undefined)).toEqual({
      sha256: OLD_SHA256,
      size: 8,
    });
    expect(recordedPackage(found(), FINGERPRINT, 'x86_64')).toEqual({
      sha256: OLD_SHA256,
      size: 8,
    });
  });

  it('is nothing for another fingerprint', () => {
    expect(recordedPackage(found(), 'g'.repeat(43) + '=', undefined)).toBeUndefined();
  });

  it('is nothing once someone else changed the code, though the record stayed', () => {
    const changed = found({ CodeSha256: 'b'.repeat(43) + '=' });
    expect(recordedPackage(changed, FINGERPRINT, undefined)).toBeUndefined();
    expect(recordedPackage(found({ CodeSize: 9 }), FINGERPRINT, undefined)).toBeUndefined();
  });

  it('is nothing after a failed update, during one, for another architecture, or an image', () => {
    for (const overrides of [
      { LastUpdateStatus: 'Failed' as const },
      { LastUpdateStatus: 'InProgress' as const },
      { PackageType: 'Image' as const },
    ]) {
      expect(recordedPackage(found(overrides), FINGERPRINT, undefined)).toBeUndefined();
    }
    expect(recordedPackage(found(), FINGERPRINT, 'arm64')).toBeUndefined();
  });

  it("is nothing when the code is to move between Lambda's copy and a referenced S3 object", () => {
    const referenced = {
      ...found(),
      referencedObject: { bucket: 'packages', key: 'app.zip', versionId: 'v1' },
    };
    expect(recordedPackage(found(), FINGERPRINT, undefined, 'reference')).toBeUndefined();
    expect(recordedPackage(referenced, FINGERPRINT, undefined, 'copy')).toBeUndefined();
    expect(recordedPackage(referenced, FINGERPRINT, undefined, 'reference')).toEqual(
      recordedPackage(found(), FINGERPRINT, undefined, 'copy'),
    );
  });

  it('is nothing with no record, a malformed one, or no function', () => {
    for (const record of ['', FINGERPRINT, `${RECORD} extra`, `${FINGERPRINT}  8`]) {
      expect(
        recordedPackage(found({}, { [FINGERPRINT_TAG]: record }), FINGERPRINT, undefined),
      ).toBeUndefined();
    }
    expect(recordedPackage(found({}, {}), FINGERPRINT, undefined)).toBeUndefined();
    expect(recordedPackage(undefined, FINGERPRINT, undefined)).toBeUndefined();
  });
});

describe('fingerprintRecordToWrite', () => {
  const pkg = {
    path: 'p.zip',
    size: 8,
    sha256: OLD_SHA256,
    contents: { fileCount: 1, unzippedSize: 8 },
  };

  it('writes the record once the function runs the package, and not again', () => {
    const tags = fingerprintRecordToWrite(found({}, {}), { ...pkg, fingerprint: FINGERPRINT });
    expect(tags).toEqual({ [FINGERPRINT_TAG]: RECORD });
    expect(fingerprintRecordToWrite(found(), { ...pkg, fingerprint: FINGERPRINT })).toBeUndefined();
  });

  it('writes nothing for a package without fingerprint (a ready zip) or code not running', () => {
    expect(fingerprintRecordToWrite(found({}, {}), pkg)).toBeUndefined();
    const other = found({ CodeSha256: 'b'.repeat(43) + '=' }, {});
    expect(fingerprintRecordToWrite(other, { ...pkg, fingerprint: FINGERPRINT })).toBeUndefined();
  });
});

describe('the record among the tags', () => {
  it('is kept by tags-mode replace', () => {
    const current = { [FINGERPRINT_TAG]: RECORD, team: 'a', old: 'b' };
    expect(tagsToRemove({ tags: { team: 'a' }, tagsMode: 'replace' }, current)).toEqual(['old']);
  });

  it('cannot be set through the tags input', () => {
    expect(() => parseTags(`${FINGERPRINT_TAG}=x`)).toThrow("the action's own record");
  });
});
