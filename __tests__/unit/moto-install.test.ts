// How the harness finds moto, or installs it into the project's .venv. PyPI is out of
// reach on the machines these tests run on, so the install branch is exercised with
// stand-ins: a `python3` (the only command on PATH) whose `-m venv DIR` makes a stand-in
// `DIR/bin/python`, whose `-m pip install ...` records its arguments and leaves a marker
// after which `import moto.server` succeeds. The real install is the same two commands.
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findOrInstallMoto,
  MOTO_REQUIREMENT,
  PYTHON_MISSING,
  venvPython,
} from '../../scripts/lib/moto-server.mjs';
import { useTempDirs } from './helpers/temp-dirs.js';

const tempDir = useTempDirs();

/** The system python3: has no moto (unless STANDIN_SYSTEM_MOTO), makes venvs, nothing else. */
const PYTHON3 = `#!/bin/sh
PATH=/usr/bin:/bin
echo "$*" >> "$STANDIN_LOG/python3.calls"
if [ "$1" = -c ]; then
  [ -n "$STANDIN_SYSTEM_MOTO" ] && exit 0
  echo "ModuleNotFoundError: No module named 'moto'" >&2
  exit 1
fi
if [ "$1" = -m ] && [ "$2" = venv ]; then
  mkdir -p "$3/bin"
  if [ -n "$STANDIN_VENV_FAIL" ]; then
    echo "The virtual environment was not successfully created because ensurepip is not available." >&2
    exit 1
  fi
  cp "$STANDIN_TOOLS/venv-python" "$3/bin/python"
  exit 0
fi
echo "stand-in python3: not expected: $*" >&2
exit 2
`;

/** The venv's python: imports moto once its pip has "installed" it. */
const VENV_PYTHON = `#!/bin/sh
PATH=/usr/bin:/bin
venv=$(dirname "$0")/..
echo "$*" >> "$STANDIN_LOG/venv-python.calls"
if [ "$1" = -c ]; then
  [ -f "$venv/moto-installed" ] && exit 0
  echo "ModuleNotFoundError: No module named 'moto'" >&2
  exit 1
fi
if [ "$1" = -m ] && [ "$2" = pip ]; then
  shift 2
  if [ -n "$STANDIN_PIP_FAIL" ]; then
    echo "Collecting moto[server]==5.2.1"
    echo "ERROR: Could not find a version that satisfies the requirement moto[server]==5.2.1" >&2
    exit 1
  fi
  echo "$*" > "$STANDIN_LOG/pip.args"
  touch "$venv/moto-installed"
  exit 0
fi
echo "stand-in venv python: not expected: $*" >&2
exit 2
`;

interface Machine {
  /** The project root, whose .venv the harness uses. */
  readonly root: string;
  /** Where the stand-ins record their calls. */
  readonly log: string;
  readonly env: NodeJS.ProcessEnv;
  readonly progress: string[];
}

/** A machine whose PATH holds only the stand-in python3 (or nothing with `python: false`). */
async function machine(
  options: { python?: boolean; flags?: Record<string, string> } = {},
): Promise<Machine> {
  const [root, tools, bin, log] = await Promise.all([tempDir(), tempDir(), tempDir(), tempDir()]);
  await writeFile(path.join(tools, 'venv-python'), VENV_PYTHON);
  await chmod(path.join(tools, 'venv-python'), 0o755);
  if (options.python !== false) {
    await writeFile(path.join(bin, 'python3'), PYTHON3);
    await chmod(path.join(bin, 'python3'), 0o755);
  }
  return {
    root,
    log,
    env: { PATH: bin, STANDIN_LOG: log, STANDIN_TOOLS: tools, ...options.flags },
    progress: [],
  };
}

function resolve(m: Machine) {
  return findOrInstallMoto({
    root: m.root,
    env: m.env,
    log: (line) => m.progress.push(line),
  });
}

/** The calls a stand-in recorded, one line each; [] when it was never called. */
async function calls(m: Machine, file: string): Promise<string[]> {
  const text = await readFile(path.join(m.log, file), 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line !== '');
}

describe('finding moto, or installing it into .venv', () => {
  it('installs the pinned moto into <root>/.venv with its own pip, and runs it from there', async () => {
    const m = await machine();

    const command = await resolve(m);

    expect(command).toEqual({ command: venvPython(m.root), args: ['-m', 'moto.server'] });
    expect(venvPython(m.root)).toBe(path.join(m.root, '.venv', 'bin', 'python'));
    expect(existsSync(path.join(m.root, '.venv', 'moto-installed'))).toBe(true);
    expect(MOTO_REQUIREMENT).toBe('moto[server]==5.2.1');
    expect(await readFile(path.join(m.log, 'pip.args'), 'utf8')).toBe(
      `install --disable-pip-version-check ${MOTO_REQUIREMENT}\n`,
    );
    // The system python was asked for moto and for the venv, never to pip install.
    expect(await calls(m, 'python3.calls')).toEqual([
      '-c import moto.server',
      `-m venv ${path.join(m.root, '.venv')}`,
    ]);
    // The venv's python checked itself after the install.
    expect((await calls(m, 'venv-python.calls')).at(-1)).toBe('-c import moto.server');
    expect(m.progress[0]).toMatch(/^installing moto into \.venv \(once\) \.\.\./);
    expect(existsSync(path.join(m.root, '.venv.lock'))).toBe(false);
  });

  it('uses a .venv that already has moto, installing nothing', async () => {
    const m = await machine();
    await resolve(m);
    await writeFile(path.join(m.log, 'pip.args'), '');
    await writeFile(path.join(m.log, 'python3.calls'), '');

    const command = await resolve(m);

    expect(command).toEqual({ command: venvPython(m.root), args: ['-m', 'moto.server'] });
    expect(await calls(m, 'pip.args')).toEqual([]);
    expect(await calls(m, 'python3.calls')).toEqual([]);
  });

  it("prefers python3's own moto to installing one, and .venv's to python3's", async () => {
    const m = await machine({ flags: { STANDIN_SYSTEM_MOTO: '1' } });

    expect(await resolve(m)).toEqual({ command: 'python3', args: ['-m', 'moto.server'] });
    expect(existsSync(path.join(m.root, '.venv'))).toBe(false);

    await mkdir(path.join(m.root, '.venv', 'bin'), { recursive: true });
    await writeFile(venvPython(m.root), VENV_PYTHON, { mode: 0o755 });
    await writeFile(path.join(m.root, '.venv', 'moto-installed'), '');
    expect(await resolve(m)).toEqual({ command: venvPython(m.root), args: ['-m', 'moto.server'] });
  });

  it('says the tests need Python 3 when there is no python3', async () => {
    const m = await machine({ python: false });

    await expect(resolve(m)).rejects.toThrow(PYTHON_MISSING);
    expect(PYTHON_MISSING).toMatch(
      /^the tests need Python 3 \(python3 on PATH\) for the AWS emulator, moto/,
    );
    expect(existsSync(path.join(m.root, '.venv'))).toBe(false);
  });

  it("fails with pip's output when the install fails", async () => {
    const m = await machine({ flags: { STANDIN_PIP_FAIL: '1' } });

    const error = await resolve(m).then(
      () => new Error('resolved'),
      (reason: unknown) => reason as Error,
    );

    expect(error.message).toContain(`Could not install moto into ${path.join(m.root, '.venv')}`);
    expect(error.message).toContain(
      'ERROR: Could not find a version that satisfies the requirement moto[server]==5.2.1',
    );
    expect(await calls(m, 'python3.calls')).not.toContainEqual(expect.stringContaining('pip'));
    expect(existsSync(path.join(m.root, '.venv.lock'))).toBe(false);
  });

  it('names python3-venv, and leaves no half-made .venv, when the venv cannot be created', async () => {
    const m = await machine({ flags: { STANDIN_VENV_FAIL: '1' } });

    await expect(resolve(m)).rejects.toThrow(
      /python3-venv package\):\n.*ensurepip is not available/,
    );
    expect(existsSync(path.join(m.root, '.venv'))).toBe(false);
  });
});
