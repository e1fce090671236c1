// A pnpm-installed source deploys by default and runs: pnpm keeps every package in
// node_modules/.pnpm beside its own dependencies and links it into node_modules, so only a
// package whose links are stored as links (as `zip -y` does) can find its dependencies once
// unpacked. The tree is a small hand-made copy of pnpm's layout: the handler requires
// `greeter`, which requires `words`, a dependency pnpm puts only beside `greeter` in the store.
import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput } from '../support/action-run.js';
import { createTestFunction, readFunction } from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import { digestOf } from '../support/package-fixtures.js';
import { isWrite } from '../support/s3.js';
import { tempDir, writeFiles } from '../support/temp-dir.js';

const proxy = useFaultProxy();

const STORE = 'node_modules/.pnpm';

/** A workspace whose `app/` is laid out as `pnpm install` lays out a function using greeter. */
async function pnpmWorkspace(): Promise<string> {
  const workspace = await tempDir('workspace');
  const app = path.join(workspace, 'app');
  await writeFiles(app, {
    'index.js': "exports.handler = async () => require('greeter').greet();\n",
    'package.json': '{"name":"fn","dependencies":{"greeter":"1.0.0"}}\n',
    [`${STORE}/greeter@1.0.0/node_modules/greeter/index.js`]:
      "const { word } = require('words');\nexports.greet = () => `hello ${word}`;\n",
    [`${STORE}/greeter@1.0.0/node_modules/greeter/package.json`]:
      '{"name":"greeter","version":"1.0.0","dependencies":{"words":"2.0.0"}}\n',
    [`${STORE}/words@2.0.0/node_modules/words/index.js`]: "exports.word = 'world';\n",
    [`${STORE}/words@2.0.0/node_modules/words/package.json`]:
      '{"name":"words","version":"2.0.0"}\n',
  });
  await symlink('.pnpm/greeter@1.0.0/node_modules/greeter', path.join(app, 'node_modules/greeter'));
  await mkdir(path.join(app, STORE, 'greeter@1.0.0/node_modules'), { recursive: true });
  await symlink(
    '../../words@2.0.0/node_modules/words',
    path.join(app, STORE, 'greeter@1.0.0/node_modules/words'),
  );
  return workspace;
}

/** Each entry's Unix mode (file type and permissions), as the zip's central directory holds it. */
function entryModes(zipPath: string): Record<string, string> {
  const script = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    print(json.dumps({i.filename: oct(i.external_attr >> 16) for i in z.infolist()}))
`;
  return JSON.parse(
    execFileSync('python3', ['-c', script, zipPath], { encoding: 'utf8' }),
  ) as Record<string, string>;
}

describe('the bundled action with a pnpm-installed source', () => {
  it('deploys it by default with its links as links, and the unpacked handler finds its dependencies', async () => {
    const name = await createTestFunction();
    const workspace = await pnpmWorkspace();

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const packagePath = run.outputs['package-path'] ?? '';
    const inMoto = await readFunction(name);
    // What Lambda holds is exactly the zip the step left at package-path.
    expect(await digestOf(packagePath)).toEqual({
      sha256: inMoto.CodeSha256,
      size: inMoto.CodeSize,
    });
    expect(entryModes(packagePath)).toEqual({
      'index.js': '0o100644',
      'node_modules/.pnpm/greeter@1.0.0/node_modules/greeter/index.js': '0o100644',
      'node_modules/.pnpm/greeter@1.0.0/node_modules/greeter/package.json': '0o100644',
      'node_modules/.pnpm/greeter@1.0.0/node_modules/words': '0o120777',
      'node_modules/.pnpm/words@2.0.0/node_modules/words/index.js': '0o100644',
      'node_modules/.pnpm/words@2.0.0/node_modules/words/package.json': '0o100644',
      'node_modules/greeter': '0o120777',
      'package.json': '0o100644',
    });

    const unpacked = await tempDir('unpacked');
    execFileSync('unzip', ['-q', packagePath, '-d', unpacked]);
    const answer = execFileSync(
      process.execPath,
      ['-e', "require('./index.js').handler().then((out) => process.stdout.write(out))"],
      { cwd: unpacked, encoding: 'utf8' },
    );
    expect(answer).toBe('hello world');
  });

  it('refuses symlinks: follow, naming the store and the fix, before any AWS request', async () => {
    const name = await createTestFunction();
    const workspace = await pnpmWorkspace();

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', symlinks: 'follow' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    const errors = run.errors.join('\n');
    expect(errors).toContain("Input 'source'");
    expect(errors).toContain("links into pnpm's store (node_modules/.pnpm)");
    expect(errors).toContain("Remove 'symlinks: follow'");
    expect(proxy().requests).toEqual([]);
  });

  it('fails on an include pattern that matches nothing, naming it, and writes nothing', async () => {
    const name = await createTestFunction();
    const workspace = await pnpmWorkspace();

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', include: 'index.js\nnode_module/' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors.join('\n')).toContain(
      "Input 'include': the pattern 'node_module/' matches nothing in",
    );
    expect(proxy().requests.filter(isWrite)).toEqual([]);
  });
});
