// Starts moto, the AWS emulator, on a free loopback port. Shared by the tests and the demo.
// When moto is not installed, installs it once into a virtual environment of the project,
// .venv/, so that `npm test` and `npm run demo` need nothing but Python 3 set up by hand.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The moto installed into .venv; the tests are written against this version's behaviour. */
export const MOTO_VERSION = '5.2.1';
export const MOTO_REQUIREMENT = `moto[server]==${MOTO_VERSION}`;

export const PYTHON_MISSING =
  'the tests need Python 3 (python3 on PATH) for the AWS emulator, moto: install it ' +
  '(on Debian/Ubuntu: apt-get install python3 python3-venv) and run again';

const READY_TIMEOUT_MS = 30_000;
/** `import moto.server` or `moto_server --help`: a few seconds on a slow machine. */
const CHECK_TIMEOUT_MS = 60_000;
/** Creating the venv, and pip downloading and installing moto and its dependencies. */
const INSTALL_TIMEOUT_MS = 10 * 60_000;
/** Another process installing into the same .venv: wait for it at most this long. */
const LOCK_TIMEOUT_MS = 2 * INSTALL_TIMEOUT_MS + 60_000;
const OUTPUT_LINES = 20;

/**
 * What a command did: its exit status (null when it could not start or was killed), its
 * output (stdout and stderr as they came, the last 64 KiB), and whether it was not found.
 * @typedef {{ status: number | null, output: string, notFound: boolean }} CommandResult
 * @typedef {(command: string, args: string[], options: { env: NodeJS.ProcessEnv, timeoutMs: number }) => Promise<CommandResult>} RunCommand
 */

/** @type {RunCommand} */
export function runCommand(command, args, { env, timeoutMs }) {
  return new Promise((resolve) => {
    let output = '';
    let settled = false;
    /** @param {CommandResult} result */
    const settle = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (/** @type {Buffer} */ chunk) => {
      output = (output + String(chunk)).slice(-65_536);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      output += `\n(${command} ${args.join(' ')} did not finish within ${timeoutMs} ms)`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (error) => {
      const notFound = /** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT';
      settle({ status: null, output: output + String(error), notFound });
    });
    child.once('close', (code) => settle({ status: code, output, notFound: false }));
  });
}

/** The last lines of a command's output, to show in an error. */
function lastLines(/** @type {string} */ output) {
  return output.trimEnd().split('\n').slice(-OUTPUT_LINES).join('\n');
}

/** @param {string} root */
export function venvPython(root) {
  return path.join(
    root,
    '.venv',
    process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python',
  );
}

/**
 * The command that starts moto's server (add `-H host -p port`). In this order: the
 * project's .venv when it has moto; `moto_server` on PATH; `python3 -m moto.server` when
 * that python has moto; else moto installed into .venv now (`python3 -m venv .venv`, then
 * `.venv/bin/python -m pip install moto[server]==MOTO_VERSION`; nothing is installed
 * outside .venv). Throws PYTHON_MISSING without python3, and pip's last lines when the
 * install fails.
 * @param {{ root?: string, env?: NodeJS.ProcessEnv, run?: RunCommand, log?: (line: string) => void }} [options]
 * @returns {Promise<{ command: string, args: string[] }>}
 */
export async function findOrInstallMoto({
  root = ROOT,
  env = process.env,
  run = runCommand,
  log = (line) => process.stderr.write(`${line}\n`),
} = {}) {
  const python = venvPython(root);
  const inVenv = { command: python, args: ['-m', 'moto.server'] };
  const check = (/** @type {string} */ command, /** @type {string[]} */ args) =>
    run(command, args, { env, timeoutMs: CHECK_TIMEOUT_MS });
  const venvHasMoto = async () =>
    existsSync(python) && (await check(python, ['-c', 'import moto.server'])).status === 0;

  if (await venvHasMoto()) return inVenv;
  if ((await check('moto_server', ['--help'])).status === 0) {
    return { command: 'moto_server', args: [] };
  }
  const system = await check('python3', ['-c', 'import moto.server']);
  if (system.status === 0) return { command: 'python3', args: ['-m', 'moto.server'] };
  if (system.notFound) throw new Error(PYTHON_MISSING);

  await withLock(path.join(root, '.venv.lock'), log, async () => {
    // Another process may have installed it while this one waited for the lock.
    if (await venvHasMoto()) return;
    log(
      `installing moto into .venv (once) ... (python3 -m venv .venv; pip install "${MOTO_REQUIREMENT}")`,
    );
    const install = (/** @type {string} */ command, /** @type {string[]} */ args) =>
      run(command, args, { env, timeoutMs: INSTALL_TIMEOUT_MS });
    const venv = path.join(root, '.venv');
    if (!existsSync(python)) {
      const existed = existsSync(venv);
      const created = await install('python3', ['-m', 'venv', venv]);
      if (created.status !== 0 || !existsSync(python)) {
        // A half-made venv (no pip, as without python3-venv) would fail every later run.
        if (!existed) await rm(venv, { recursive: true, force: true });
        throw new Error(
          `Could not create ${venv} with "python3 -m venv" (on Debian/Ubuntu it needs the ` +
            `python3-venv package):\n${lastLines(created.output)}`,
        );
      }
    }
    const pip = await install(python, [
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      MOTO_REQUIREMENT,
    ]);
    if (pip.status !== 0) {
      throw new Error(
        `Could not install moto into ${venv}: "pip install ${MOTO_REQUIREMENT}" exited with ` +
          `${pip.status ?? 'no status'} (remove .venv to start over). pip's last lines:\n` +
          lastLines(pip.output),
      );
    }
    const imported = await check(python, ['-c', 'import moto.server']);
    if (imported.status !== 0) {
      throw new Error(
        `pip installed ${MOTO_REQUIREMENT} into ${venv}, but its python cannot import ` +
          `moto.server (remove .venv to start over):\n${lastLines(imported.output)}`,
      );
    }
    log('moto installed into .venv');
  });
  return inVenv;
}

/**
 * Runs `fn` holding `lockFile` (created exclusively, holding this pid), so that two runs
 * (the tests and the demo, say) do not install into the same .venv at once. A lock left
 * by a process that no longer exists is taken over; the wait is bounded.
 * @template T
 * @param {string} lockFile
 * @param {(line: string) => void} log
 * @param {() => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function withLock(lockFile, log, fn) {
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  let told = false;
  for (;;) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
    // An empty file: its maker is about to write its pid. Wait for it.
    if (holder > 0 && !isRunning(holder)) {
      await rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Gave up waiting for ${lockFile}, held by process ${holder || '?'}: remove it if that process is gone`,
      );
    }
    if (!told) {
      log(`waiting for process ${holder || '?'}, which is installing moto into .venv ...`);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  try {
    return await fn();
  } finally {
    await rm(lockFile, { force: true });
  }
}

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** @returns {Promise<number>} */
function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * @returns {Promise<{ endpoint: string, stop: () => Promise<void> }>}
 */
export async function startMoto() {
  const { command, args } = await findOrInstallMoto();
  const port = await freeLoopbackPort();
  const child = spawn(command, [...args, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: 'true' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + String(chunk)).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto exited before it was ready:\n${stderr}`);
    try {
      const response = await fetch(`${endpoint}/moto-api/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `moto did not answer on ${endpoint} within ${READY_TIMEOUT_MS} ms:\n${stderr}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    endpoint,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Creates an IAM role Lambda functions can be given, through moto's IAM query API
 * (moto reads the service from the signature's scope and does not check the signature).
 * @returns {Promise<string>} the role's ARN
 */
export async function createLambdaRole(endpoint, roleName) {
  const trust = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ],
  };
  const response = await fetch(`${endpoint}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization:
        'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: new URLSearchParams({
      Action: 'CreateRole',
      Version: '2010-05-08',
      RoleName: roleName,
      AssumeRolePolicyDocument: JSON.stringify(trust),
    }),
  });
  const body = await response.text();
  const arn = /<Arn>([^<]+)<\/Arn>/.exec(body)?.[1];
  if (!response.ok || arn === undefined) {
    throw new Error(`Could not create IAM role ${roleName} in moto: ${response.status} ${body}`);
  }
  return arn;
}
