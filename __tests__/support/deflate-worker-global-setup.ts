import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** file: URL of the deflate worker compiled from src/ for this run. */
    deflateWorkerScript: string;
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = path.join(ROOT, 'src');
const WORKER_ENTRY = path.join(SRC, 'package', 'deflate-worker', 'index.ts');

/**
 * The tests run src/ as TypeScript through vitest, but a worker thread loads its module with
 * Node's own loader, which (under Node 20) takes no TypeScript. So the deflate worker, the
 * module src/package/deflate-worker/index.ts and what it imports, is compiled here, file by
 * file as tsc would, into .tmp/ (where the repository's package.json makes it ESM), and the
 * tests' WorkerDeflater starts that (see deflate-worker-setup.ts). The same source as
 * dist/deflate-worker/index.js, which deflate-worker-bundle.test.ts runs under Node 24.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const out = path.join(ROOT, '.tmp', `test-deflate-worker-${randomBytes(6).toString('hex')}`);
  await compileWithImports(WORKER_ENTRY, out);
  const compiled = path.join(out, path.relative(SRC, WORKER_ENTRY).replace(/\.ts$/, '.js'));
  project.provide('deflateWorkerScript', pathToFileURL(compiled).href);
  return () => rm(out, { recursive: true, force: true });
}

/** Transpiles `entry` and the modules under src/ it imports, at their paths under `out`. */
export async function compileWithImports(entry: string, out: string): Promise<void> {
  const pending = [entry];
  const done = new Set<string>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (done.has(file)) continue;
    done.add(file);
    const source = await readFile(file, 'utf8');
    const { outputText, diagnostics = [] } = ts.transpileModule(source, {
      fileName: file,
      reportDiagnostics: true,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    });
    if (diagnostics.length > 0) {
      const text = ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: (name) => name,
        getCurrentDirectory: () => ROOT,
        getNewLine: () => '\n',
      });
      throw new Error(`could not compile the deflate worker:\n${text}`);
    }
    const target = path.join(out, path.relative(SRC, file).replace(/\.ts$/, '.js'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, outputText);
    for (const { fileName } of ts.preProcessFile(source).importedFiles) {
      if (fileName.startsWith('.')) {
        pending.push(path.resolve(path.dirname(file), fileName).replace(/\.js$/, '.ts'));
      }
    }
  }
}
