// The layer's record only ever lets a run skip a layer tree when the version it names still
// exists and holds the recorded zip with the compatibility asked for; the tag is the action's
// own, kept by tags-mode replace and refused in tags and config-file.
import { describe, expect, it } from 'vitest';
import { toFunctionState } from '../../../src/aws/function-state.js';
import type { LayerVersion } from '../../../src/aws/lambda-layer.js';
import type { LayerConfig } from '../../../src/inputs/layer.js';
import {
  LAYER_FINGERPRINT_TAG,
  layerRecordToWrite,
  layerTagValue,
  matchesRecord,
  parseLayerRecord,
  recordedLayer,
} from '../../../src/resources/layer/fingerprint-record.js';
import { decideLayer } from '../../../src/resources/layer/plan.js';
import { tagsToRemove } from '../../../src/resources/configuration/plan.js';
import { parseTags } from '../../../src/inputs/settings/environment-and-tags.js';
import { mapConfigFile } from '../../../src/inputs/config-file.js';
import { functionConfiguration } from '../helpers/lambda.js';

const FINGERPRINT = 'f'.repeat(43) + '=';
const SHA = 'a'.repeat(43) + '=';
const ARN = 'arn:aws:lambda:us-east-1:123456789012:layer:deps:3';
const RECORD = `${FINGERPRINT} ${ARN} ${SHA}`;

const CONFIG: LayerConfig = {
  name: 'deps',
  source: {
    kind: 'directory',
    path: '/w/layer',
    include: [],
    exclude: [],
    symlinks: 'follow',
  } as never,
  compatibleRuntimes: [],
  compatibleArchitectures: [],
};

const VERSION: LayerVersion = {
  arn: ARN,
  version: 3,
  codeSha256: SHA,
  compatibleRuntimes: ['nodejs20.x'],
  compatibleArchitectures: ['arm64'],
  codeSize: 1234,
};

function found(tags: Record<string, string> = { [LAYER_FINGERPRINT_TAG]: RECORD }) {
  return toFunctionState(functionConfiguration(), tags);
}

function reader(version: LayerVersion | undefined | Error) {
  const asked: string[] = [];
  return {
    asked,
    version: (arn: string) => {
      asked.push(arn);
      return version instanceof Error ? Promise.reject(version) : Promise.resolve(version);
    },
  };
}

describe('parseLayerRecord', () => {
  it('is the version and CodeSha256 recorded for this fingerprint and layer', () => {
    expect(parseLayerRecord(found(), FINGERPRINT, 'deps')).toEqual({
      versionArn: ARN,
      sha256: SHA,
    });
  });

  it('is nothing for another fingerprint, another layer, or a value not in its shape', () => {
    expect(parseLayerRecord(found(), 'g'.repeat(43) + '=', 'deps')).toBeUndefined();
    expect(parseLayerRecord(found(), FINGERPRINT, 'other')).toBeUndefined();
    expect(parseLayerRecord(undefined, FINGERPRINT, 'deps')).toBeUndefined();
    for (const value of [
      '',
      FINGERPRINT,
      `${FINGERPRINT} ${ARN}`,
      `${RECORD} extra`,
      `${FINGERPRINT} ${ARN.replace(':3', ':0')} ${SHA}`,
      `${FINGERPRINT} ${ARN.replace(':3', ':x')} ${SHA}`,
      `${FINGERPRINT} ${ARN.replace(':layer:', ':function:')} ${SHA}`,
      `${FINGERPRINT} arn:aws:lambda:us-east-1:123456789012:layer:deps ${SHA}`,
    ]) {
      expect(
        parseLayerRecord(found({ [LAYER_FINGERPRINT_TAG]: value }), FINGERPRINT, 'deps'),
        value,
      ).toBeUndefined();
    }
  });
});

describe('recordedLayer', () => {
  it('reads the recorded version and takes it when it holds the recorded zip', async () => {
    const layer = reader(VERSION);
    expect(await recordedLayer(found(), FINGERPRINT, CONFIG, layer)).toEqual({
      sha256: SHA,
      size: 1234,
      version: VERSION,
    });
    expect(layer.asked).toEqual([ARN]);
  });

  it('is nothing, without a read, for another fingerprint', async () => {
    const layer = reader(VERSION);
    expect(await recordedLayer(found(), 'g'.repeat(43) + '=', CONFIG, layer)).toBeUndefined();
    expect(layer.asked).toEqual([]);
  });

  it('is nothing when the version was deleted, holds other bytes, or cannot be read', async () => {
    for (const answer of [
      undefined,
      { ...VERSION, codeSha256: 'b'.repeat(43) + '=' },
      { ...VERSION, codeSize: undefined } as unknown as LayerVersion,
      new Error('AccessDeniedException'),
    ]) {
      expect(await recordedLayer(found(), FINGERPRINT, CONFIG, reader(answer))).toBeUndefined();
    }
  });
});

describe('matchesRecord', () => {
  it("asks the version for the compatibility the inputs set, as the newest version's reuse does", () => {
    const wanted = (runtimes: string[], architectures: ('arm64' | 'x86_64')[]) => ({
      compatibleRuntimes: runtimes,
      compatibleArchitectures: architectures,
    });
    expect(matchesRecord(VERSION, SHA, wanted([], []))).toBeDefined();
    expect(matchesRecord(VERSION, SHA, wanted(['nodejs20.x'], ['arm64']))).toBeDefined();
    expect(matchesRecord(VERSION, SHA, wanted(['nodejs22.x'], []))).toBeUndefined();
    expect(matchesRecord(VERSION, SHA, wanted([], ['x86_64']))).toBeUndefined();
    expect(matchesRecord(VERSION, 'b'.repeat(43) + '=', wanted([], []))).toBeUndefined();
  });
});

describe('layerRecordToWrite', () => {
  const pkg = {
    path: '/t/deps-layer.zip',
    size: 1234,
    sha256: SHA,
    contents: { fileCount: 1, unzippedSize: 9 },
    fingerprint: FINGERPRINT,
  };

  it('is the record of the version that holds the package, unless the function has it already', () => {
    expect(layerRecordToWrite(found({}), pkg, VERSION)).toEqual({
      [LAYER_FINGERPRINT_TAG]: RECORD,
    });
    expect(layerRecordToWrite(found(), pkg, VERSION)).toBeUndefined();
  });

  it('is nothing for a package without a fingerprint or a version that holds other bytes', () => {
    const ready = { path: pkg.path, size: pkg.size, sha256: SHA, contents: pkg.contents };
    expect(layerRecordToWrite(found({}), ready, VERSION)).toBeUndefined();
    expect(
      layerRecordToWrite(found({}), pkg, { ...VERSION, codeSha256: 'b'.repeat(43) + '=' }),
    ).toBeUndefined();
  });

  it("fits Lambda's 256 characters for the longest version ARN Lambda gives (140)", () => {
    const longest = `arn:aws:lambda:us-east-1:123456789012:layer:${'n'.repeat(140 - 48)}:100`;
    expect(longest).toHaveLength(140);
    expect(layerTagValue(FINGERPRINT, longest, SHA).length).toBeLessThanOrEqual(256);
    // Were a longer one given, no record rather than a tag Lambda refuses.
    const tooLong = {
      ...VERSION,
      arn: `arn:aws:lambda:us-east-1:123456789012:layer:${'n'.repeat(200)}:3`,
    };
    expect(layerRecordToWrite(found({}), pkg, tooLong)).toBeUndefined();
  });
});

describe('decideLayer with a package not built', () => {
  const unbuilt = {
    path: '',
    size: 1234,
    sha256: SHA,
    contents: { fileCount: 1, unzippedSize: 9 },
    fingerprint: FINGERPRINT,
    byFingerprint: true,
  };

  it('attaches the recorded version, even when a newer one holds other bytes', () => {
    const newer = {
      ...VERSION,
      arn: ARN.replace(':3', ':4'),
      version: 4,
      codeSha256: 'b'.repeat(43) + '=',
    };
    expect(decideLayer(CONFIG, unbuilt, [], '123456789012', newer, VERSION)).toEqual({
      newest: newer,
      publish: false,
      layers: [ARN],
      byFingerprint: VERSION,
    });
  });

  it('refuses to plan without a version that holds it: nothing could be published', () => {
    expect(() => decideLayer(CONFIG, unbuilt, [], '123456789012', VERSION)).toThrow(/not built/);
    const other = { ...VERSION, codeSha256: 'b'.repeat(43) + '=' };
    expect(() => decideLayer(CONFIG, unbuilt, [], '123456789012', VERSION, other)).toThrow(
      /not built/,
    );
  });
});

describe("the layer record's tag", () => {
  it('is kept by tags-mode replace', () => {
    expect(
      tagsToRemove(
        { tags: { team: 'a' }, tagsMode: 'replace' },
        { team: 'a', old: 'x', [LAYER_FINGERPRINT_TAG]: RECORD },
      ),
    ).toEqual(['old']);
  });

  it('cannot be set through tags', () => {
    expect(() => parseTags(`${LAYER_FINGERPRINT_TAG}=x`)).toThrow(
      /action's own record of the layer's code/,
    );
  });

  it('is left out of a config-file as read-only', () => {
    const mapped = mapConfigFile(
      { Tags: { team: 'a', [LAYER_FINGERPRINT_TAG]: RECORD } },
      'f.json',
    );
    expect(mapped.inputs).toEqual({ tags: 'team=a' });
    expect(mapped.ignored).toEqual([`Tags.${LAYER_FINGERPRINT_TAG}`]);
  });
});
