import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './helpers/temp-dirs.js';

// The direction of src/'s dependencies (.dependency-cruiser.cjs, CONTRIBUTING's "How a run
// flows"): no import cycle; reading, planning and describing reach no applier; resources sit
// below the plan; the AWS wrappers stand alone. And no module of src/ over 400 lines.

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEPCRUISE = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');
const tempDir = useTempDirs();

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

async function violations(cwd: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      DEPCRUISE,
      'src',
      '--config',
      path.join(ROOT, '.dependency-cruiser.cjs'),
      '--output-type',
      'json',
    ],
    { cwd, maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: unknown) => ({ stdout: (error as { stdout?: string }).stdout ?? '' }));
  const result = JSON.parse(stdout) as { summary: { violations: Violation[] } };
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('the dependency rules', () => {
  it('hold for src/', async () => {
    expect(await violations(ROOT)).toEqual([]);
  }, 60_000);

  it('catch a plan module that imports an applier, and a cycle', async () => {
    const tree = await tempDir();
    await mkdir(path.join(tree, 'src/plan'), { recursive: true });
    await mkdir(path.join(tree, 'src/apply'), { recursive: true });
    await copyFile(path.join(ROOT, 'tsconfig.json'), path.join(tree, 'tsconfig.json'));
    await writeFile(
      path.join(tree, 'src/plan/decide.ts'),
      "import { run } from '../apply/run.js';\nexport const decide = () => run();\n",
    );
    await writeFile(
      path.join(tree, 'src/apply/run.ts'),
      "import { decide } from '../plan/decide.js';\nexport const run = (): unknown => decide;\n",
    );
    const found = await violations(tree);
    expect(found).toContain('plan-side-applies-nothing: src/plan/decide.ts -> src/apply/run.ts');
    expect(found.some((line) => line.startsWith('no-cycles:'))).toBe(true);
  }, 60_000);
});

describe('src/', () => {
  it('has no module over 400 lines', async () => {
    const long: string[] = [];
    const walk = async (directory: string): Promise<void> => {
      for (const entry of await readdir(directory, { withFileTypes: true })) {
        const file = path.join(directory, entry.name);
        if (entry.isDirectory()) await walk(file);
        else if (file.endsWith('.ts')) {
          const lines = (await readFile(file, 'utf8')).split('\n').length - 1;
          if (lines > 400) long.push(`${path.relative(ROOT, file)}: ${lines} lines`);
        }
      }
    };
    await walk(path.join(ROOT, 'src'));
    expect(long).toEqual([]);
  });
});
