import { execFileSync } from 'node:child_process';
import {
  chmod,
  lstat,
  mkdir,
  readFile,
  readdir,
  readlink,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { createTestFunction, readFunction } from '../support/aws.js';
import { useFaultProxy, type ProxiedRequest } from '../support/fault-proxy.js';
import { updateFunctionCode } from '../support/lambda-faults.js';
import { digestOf } from '../support/package-fixtures.js';
import { createTestBucket, isWrite } from '../support/s3.js';
import { tempDir, writeFiles } from '../support/temp-dir.js';

const proxy = useFaultProxy();

/**
 * A file the step cannot read. Root reads any file whatever its mode, so when the tests run
 * as root the step runs as nobody (65534), who cannot read a root-owned file of mode 000;
 * otherwise the step runs as the tests' user, who cannot read their own file of mode 000.
 */
const STEP_USER = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
const STEP_OPTIONS = STEP_USER === undefined ? {} : { user: STEP_USER };

/** A function in moto holding the harness's code, and a workspace whose `app/` differs. */
async function existingFunction() {
  const name = await createTestFunction();
  const workspace = await workspaceWithSource(`code of ${name}`);
  const { CodeSha256 } = await readFunction(name);
  return { name, workspace, codeSha256: CodeSha256 };
}

/** The requests that could have changed something (any method but GET and HEAD). */
function writes(requests: readonly ProxiedRequest[]): string[] {
  return requests.filter(isWrite).map((request) => `${request.method} ${request.path}`);
}

/** The run failed with one error, built nothing the user could pick up, and deployed nothing. */
function expectRefused(run: DeployRun): void {
  expect(run.exitCode, runOutput(run)).toBe(1);
  expect(run.errors, runOutput(run)).toHaveLength(1);
  expect(run.outputs).not.toHaveProperty('package-path');
  expect(run.outputs).not.toHaveProperty('deployed');
  expect(writes(proxy().requests)).toEqual([]);
}

/** Makes every directory below `root` (and it) 0755 and every file 0644, for any user to read. */
async function openToEveryone(root: string): Promise<void> {
  await chmod(root, 0o755);
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) await chmod(file, 0o755);
    else if (entry.isFile()) await chmod(file, 0o644);
  }
}

interface ZipMember {
  /** The name exactly as stored, in bytes. */
  readonly name: Buffer;
  readonly content: string;
}

/**
 * A zip built byte by byte (stored, UTF-8 flag set), so that names go in exactly as given:
 * archiver strips a leading '../' or '/' from entry names.
 */
function handMadeZip(members: readonly ZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, content } of members) {
    const data = Buffer.from(content, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // the name is UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10); // time 00:00:00
    local.writeUInt16LE((40 << 9) | (1 << 5) | 1, 12); // 2020-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE((40 << 9) | (1 << 5) | 1, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

interface CentralEntry {
  readonly name: Buffer;
  readonly flags: number;
}

/** The names (as bytes) and flags of a zip's central directory, read here, not by the project. */
function centralDirectory(zip: Buffer): CentralEntry[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no end of central directory record');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: CentralEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`no central header at ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      flags: zip.readUInt16LE(at + 8),
      name: Buffer.from(zip.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Every file below `root`, as names relative to it in raw bytes ('/'-separated). */
async function fileNameBytes(root: string, prefix: Buffer = Buffer.alloc(0)): Promise<Buffer[]> {
  const names: Buffer[] = [];
  const directory = Buffer.concat([Buffer.from(root), Buffer.from('/'), prefix]);
  for (const entry of await readdir(directory, { encoding: 'buffer', withFileTypes: true })) {
    const name = Buffer.concat([prefix, entry.name]);
    if (entry.isDirectory()) {
      names.push(...(await fileNameBytes(root, Buffer.concat([name, Buffer.from('/')]))));
    } else {
      names.push(name);
    }
  }
  return names;
}

function sortedHex(names: readonly Buffer[]): string[] {
  return names.map((name) => name.toString('hex')).sort();
}

describe('packaging safety: a symbolic link that leaves the source, dangles or loops', () => {
  it.each([
    {
      problem: 'an absolute link to a system file',
      link: 'escape',
      target: '/etc/passwd',
      says: "points outside the source directory, to '/etc/passwd'",
    },
    {
      problem: "a relative link to a sibling directory of the source ('../shared')",
      link: 'lib/shared',
      target: '../../shared',
      says: 'points outside the source directory',
    },
    {
      problem: 'a dangling link',
      link: 'missing.js',
      target: 'gone.js',
      says: 'cannot be followed: it does not exist',
    },
    {
      problem: 'a link to its own directory',
      link: 'lib/again',
      target: '..',
      says: 'makes a loop',
    },
  ])(
    'refuses $problem under symlinks: follow, naming the link, with no upload',
    async ({ link, target, says }) => {
      const { name, workspace, codeSha256 } = await existingFunction();
      await writeFiles(workspace, { 'shared/credentials.json': '{"token":"do not ship"}\n' });
      await mkdir(path.join(workspace, 'app/lib'), { recursive: true });
      const linkPath = path.join(workspace, 'app', link);
      await symlink(target, linkPath);
      // Through S3 always, so that an upload that started would show as a PUT to the bucket.
      const bucket = await createTestBucket('symlink');

      const run = await runDeployAction(
        workspace,
        {
          'function-name': name,
          source: 'app',
          symlinks: 'follow',
          's3-bucket': bucket,
          's3-upload': 'always',
        },
        proxy().endpoint,
      );

      expectRefused(run);
      expect(run.errors[0]).toContain("Input 'source'");
      expect(run.errors[0]).toContain(`'${linkPath}'`);
      expect(run.errors[0]).toContain(says);
      expect(proxy().count(updateFunctionCode(name))).toBe(0);
      expect((await readFunction(name)).CodeSha256).toBe(codeSha256);
    },
  );

  it('refuses a link that stays inside the source under symlinks: error', async () => {
    const { name, workspace, codeSha256 } = await existingFunction();
    const linkPath = path.join(workspace, 'app/alias.js');
    await symlink('index.js', linkPath);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', symlinks: 'error' },
      proxy().endpoint,
    );

    expectRefused(run);
    expect(run.errors[0]).toBe(
      `Input 'source': '${linkPath}' is a symbolic link, and symlinks is 'error'`,
    );
    expect((await readFunction(name)).CodeSha256).toBe(codeSha256);
  });
});

describe('packaging safety: what the step cannot read', () => {
  it.each([
    {
      what: 'a file',
      unreadable: 'config/secret.json',
      opening: (app: string) => `Input 'source': could not build the package from '${app}' at `,
    },
    { what: 'a directory', unreadable: 'private', opening: () => '' },
  ])(
    'fails naming $what it cannot read (permission denied), and the code stays as it was',
    async ({ unreadable, opening }) => {
      const { name, workspace } = await existingFunction();
      await writeFiles(path.join(workspace, 'app'), {
        'config/secret.json': '{"password":"kept"}\n',
        'private/notes.txt': 'notes\n',
      });
      await openToEveryone(workspace);
      const first = await runDeployAction(
        workspace,
        { 'function-name': name, source: 'app' },
        proxy().endpoint,
        STEP_OPTIONS,
      );
      // The same user read the whole tree a moment ago: only the mode changes below.
      expect(first.exitCode, runOutput(first)).toBe(0);
      const deployedSha = first.outputs['code-sha256'];
      expect((await readFunction(name)).CodeSha256).toBe(deployedSha);
      await writeFiles(path.join(workspace, 'app'), { 'index.js': 'exports.handler = 2;\n' });
      const app = path.join(workspace, 'app');
      const unreadablePath = path.join(app, unreadable);
      const requestsBefore = proxy().requests.length;

      await chmod(unreadablePath, 0o000);
      let run: DeployRun;
      try {
        run = await runDeployAction(
          workspace,
          { 'function-name': name, source: 'app' },
          proxy().endpoint,
          STEP_OPTIONS,
        );
      } finally {
        await chmod(unreadablePath, 0o755);
      }

      expect(run.exitCode, runOutput(run)).toBe(1);
      expect(run.errors).toEqual([expect.stringMatching(/permission denied/i)]);
      expect(run.errors[0]).toContain(`'${unreadablePath}'`);
      expect(run.errors[0]?.startsWith(opening(app)), run.errors[0]).toBe(true);
      expect(run.outputs).not.toHaveProperty('package-path');
      expect(run.outputs).not.toHaveProperty('deployed');
      expect(writes(proxy().requests.slice(requestsBefore))).toEqual([]);
      expect((await readFunction(name)).CodeSha256).toBe(deployedSha);
    },
  );
});

describe("packaging safety: names that reach outside the function's directory", () => {
  it('deploys a hand-made zip whose names are all relative (the control)', async () => {
    const { name, workspace } = await existingFunction();
    const zip = handMadeZip([
      { name: Buffer.from('index.js'), content: 'exports.handler = async () => 1;\n' },
      { name: Buffer.from('lib/util.js'), content: 'exports.x = 1;\n' },
    ]);
    await writeFile(path.join(workspace, 'function.zip'), zip);
    execFileSync('unzip', ['-tq', path.join(workspace, 'function.zip')]);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, 'zip-file': 'function.zip' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.outputs['deployed']).toBe('true');
    expect((await readFunction(name)).CodeSha256).toBe(
      (await digestOf(path.join(workspace, 'function.zip'))).sha256,
    );
  });

  it.each([
    { problem: "a '..' entry", entry: '../evil.js' },
    { problem: "a '..' step in the middle", entry: 'lib/../../evil.js' },
    { problem: 'an absolute entry', entry: '/etc/cron.d/evil' },
    { problem: 'a Windows drive path', entry: 'C:\\Windows\\evil.js' },
    { problem: "a '..' entry with backslashes", entry: '..\\evil.js' },
  ])(
    'refuses a zip-file holding $problem ($entry), naming zip-file, with no upload',
    async ({ entry }) => {
      const { name, workspace, codeSha256 } = await existingFunction();
      const zip = handMadeZip([
        { name: Buffer.from('index.js'), content: 'exports.handler = async () => 1;\n' },
        { name: Buffer.from(entry), content: 'require("child_process").exec("curl evil");\n' },
      ]);
      await writeFile(path.join(workspace, 'function.zip'), zip);

      const run = await runDeployAction(
        workspace,
        { 'function-name': name, 'zip-file': 'function.zip' },
        proxy().endpoint,
      );

      expectRefused(run);
      expect(run.errors[0]).toContain("Input 'zip-file'");
      expect(run.errors[0]).toContain(`'${entry}'`);
      expect(proxy().count(updateFunctionCode(name))).toBe(0);
      expect((await readFunction(name)).CodeSha256).toBe(codeSha256);
    },
  );

  it.each([
    { input: 'include', pattern: '../x' },
    { input: 'include', pattern: 'lib/../../secrets/**' },
    { input: 'exclude', pattern: '../app/tests/**' },
  ])(
    "refuses $input '$pattern' naming the input, before any request",
    async ({ input, pattern }) => {
      const { name, workspace, codeSha256 } = await existingFunction();

      const run = await runDeployAction(
        workspace,
        { 'function-name': name, source: 'app', [input]: `index.js\n${pattern}` },
        proxy().endpoint,
      );

      expectRefused(run);
      expect(run.errors[0]).toContain(`Input '${input}'`);
      expect(run.errors[0]).toContain(`'${pattern}'`);
      expect(proxy().requests).toEqual([]);
      expect((await readFunction(name)).CodeSha256).toBe(codeSha256);
    },
  );
});

describe('packaging safety: unicode file names', () => {
  /** Both forms of "café": composed (NFC, é = U+00E9) and decomposed (NFD, e + U+0301). */
  const NFC = 'caf\u00e9.txt';
  const NFD = 'cafe\u0301.txt';
  const FILES: Readonly<Record<string, string>> = {
    'index.js': 'exports.handler = async () => "unicode";\n',
    'données/été.js': 'module.exports = "été";\n',
    '日本語.txt': '日本語\n',
    'emoji-😀.txt': 'emoji\n',
    [NFC]: 'composed\n',
    [NFD]: 'decomposed\n',
    'Ångström/ñ/ü.json': '{"ü":1}\n',
  };

  it('deploys them with names byte for byte as on disk, flagged UTF-8, and as a zip-file again', async () => {
    const { name } = await existingFunction();
    const workspace = await tempDir('unicode-workspace');
    await writeFiles(path.join(workspace, 'app'), FILES);
    // The file system keeps both forms apart: two files, not one.
    expect(NFC).not.toBe(NFD);
    expect((await readdir(path.join(workspace, 'app'))).filter((n) => n.startsWith('caf'))).toEqual(
      expect.arrayContaining([NFC, NFD]),
    );

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.outputs['deployed']).toBe('true');
    const packagePath = run.outputs['package-path'] ?? '';
    const inMoto = await readFunction(name);
    // The package-path zip is, byte for byte, what the function now runs.
    expect(await digestOf(packagePath)).toEqual({
      sha256: inMoto.CodeSha256,
      size: inMoto.CodeSize,
    });

    const entries = centralDirectory(await readFile(packagePath));
    const expectedNames = Object.keys(FILES).map((file) => Buffer.from(file, 'utf8'));
    expect(sortedHex(entries.map((entry) => entry.name))).toEqual(sortedHex(expectedNames));
    const nonAscii = entries.filter((entry) => entry.name.some((byte) => byte > 0x7f));
    expect(nonAscii).toHaveLength(Object.keys(FILES).length - 1);
    for (const entry of nonAscii) {
      expect(entry.flags & 0x800, `${entry.name.toString()} is flagged UTF-8`).toBe(0x800);
    }

    // unzip writes back exactly the names and contents there were.
    const extracted = await tempDir('unicode-extracted');
    execFileSync('unzip', ['-q', packagePath, '-d', extracted], {
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    });
    expect(sortedHex(await fileNameBytes(extracted))).toEqual(sortedHex(expectedNames));
    for (const [file, content] of Object.entries(FILES)) {
      expect(await readFile(path.join(extracted, file), 'utf8')).toBe(content);
      expect((await stat(path.join(extracted, file))).isFile()).toBe(true);
    }

    // A later step deploying the artifact as a zip-file: accepted, and the same code.
    const again = await runDeployAction(
      workspace,
      { 'function-name': name, 'zip-file': packagePath },
      proxy().endpoint,
    );

    expect(again.exitCode, runOutput(again)).toBe(0);
    expect(again.outputs['deployed']).toBe('false');
    expect(again.outputs['code-sha256']).toBe(inMoto.CodeSha256);
    expect(proxy().count(updateFunctionCode(name))).toBe(1);
  });

  /** A workspace whose app/ holds 'caf\xE9.txt': a Latin-1 name, not valid UTF-8. */
  async function latin1Workspace(marker: string): Promise<string> {
    const workspace = await workspaceWithSource(marker);
    const name = Buffer.concat([
      Buffer.from(path.join(workspace, 'app/caf')),
      Buffer.from([0xe9]),
      Buffer.from('.txt'),
    ]);
    await writeFile(name, 'latin-1\n');
    return workspace;
  }

  it('refuses a file whose name is not UTF-8 rather than package another name, with no upload', async () => {
    const { name, codeSha256 } = await existingFunction();
    const workspace = await latin1Workspace(`code of ${name}`);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      proxy().endpoint,
    );

    expectRefused(run);
    expect(run.errors[0]).toContain(path.join(workspace, 'app/caf'));
    expect((await readFunction(name)).CodeSha256).toBe(codeSha256);
  });

  it('says why a file whose name is not UTF-8 cannot be packaged', async () => {
    const { name } = await existingFunction();
    const workspace = await latin1Workspace(`code of ${name}`);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      proxy().endpoint,
    );

    expect(run.errors).toEqual([expect.stringMatching(/^Input 'source': .*UTF-8/)]);
  });
});

describe('packaging safety: links kept as links, and what is not a file', () => {
  it('deploys a pnpm node_modules with symlinks: preserve, its link restored by unzip', async () => {
    const { name, workspace } = await existingFunction();
    const app = path.join(workspace, 'app');
    await writeFiles(app, {
      'index.js': "exports.handler = async () => require('dep').hello();\n",
      'node_modules/.pnpm/dep@1.0.0/node_modules/dep/index.js': "exports.hello = () => 'hi';\n",
    });
    await symlink('.pnpm/dep@1.0.0/node_modules/dep', path.join(app, 'node_modules/dep'));

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', symlinks: 'preserve' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const packagePath = run.outputs['package-path'] ?? '';
    expect((await readFunction(name)).CodeSha256).toBe((await digestOf(packagePath)).sha256);
    const extracted = await tempDir('pnpm-extracted');
    execFileSync('unzip', ['-q', packagePath, '-d', extracted]);
    const link = path.join(extracted, 'node_modules/dep');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('.pnpm/dep@1.0.0/node_modules/dep');
    expect(
      execFileSync(process.execPath, ['-e', "require('./index.js').handler().then(console.log)"], {
        cwd: extracted,
        encoding: 'utf8',
      }),
    ).toBe('hi\n');
  });

  it('packages around a FIFO that exclude leaves out, and refuses one it selects', async () => {
    const { name, workspace } = await existingFunction();
    const fifo = path.join(workspace, 'app', 'debug.pipe');
    execFileSync('mkfifo', [fifo]);

    const refused = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      proxy().endpoint,
    );
    expectRefused(refused);
    expect(refused.errors[0]).toBe(
      `Input 'source': '${fifo}' is neither a file nor a directory (a socket, FIFO or device ` +
        "cannot be packaged); leave it out with 'exclude'",
    );

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', exclude: '*.pipe' },
      proxy().endpoint,
    );
    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.outputs['deployed']).toBe('true');
  });

  it('refuses a zip-file that is a FIFO without waiting on it, before any request', async () => {
    const { name, workspace, codeSha256 } = await existingFunction();
    const fifo = path.join(workspace, 'function.zip');
    execFileSync('mkfifo', [fifo]);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: '', 'zip-file': 'function.zip' },
      proxy().endpoint,
    );

    expectRefused(run);
    expect(run.errors[0]).toBe(
      `Input 'zip-file': '${fifo}' is not a file (it is a FIFO, socket or device)`,
    );
    expect(proxy().requests).toEqual([]);
    expect((await readFunction(name)).CodeSha256).toBe(codeSha256);
  }, 20_000);
});
