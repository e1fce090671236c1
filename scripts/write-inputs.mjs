// npm run inputs: writes action.yml's inputs, docs/inputs.md and the README's table of the
// essentials from the input schema (src/inputs/schema.ts). The schema is TypeScript, so it is
// loaded through vite's module runner (vite comes with vitest); nothing is compiled to disk.
// A unit test (__tests__/unit/inputs-schema.test.ts) fails when a file differs from this.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { module: reference } = await runnerImport(
  path.join(ROOT, 'scripts/lib/input-reference.ts'),
  { root: ROOT, configFile: false, logLevel: 'error' },
);
const files = await reference.generatedFiles(ROOT);
for (const [file, text] of Object.entries(files)) {
  const target = path.join(ROOT, file);
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current === text) continue;
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  console.log(`wrote ${file}`);
}
