// npm run bundle: the action's bundles, dist/index.js (with the chunks it loads when a run
// needs them), dist/deflate-worker/index.js and dist/post/index.js (the post step), and
// dist/licenses.txt.
//
// ncc's own --license lists only the packages of some chunks once the bundle is split, so
// the list is made here from the bundle's module stats: every package in any chunk, its
// license as its package.json names it and the text of its license file.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NCC = path.join(ROOT, 'node_modules/.bin/ncc');

/**
 * One ncc build; the three run at once (each spends seconds starting webpack). Transpile
 * only: `npm run typecheck` checks the types once, before the bundle, where ncc checked them
 * again in each build (10 s instead of 33 s on 2 cores, the same dist/). ncc reads
 * src/tsconfig.json, whose `module: ESNext` lets it transpile file by file: under the root's
 * NodeNext it would emit require() for every import.
 */
async function ncc(entry, out, extra = []) {
  const child = spawn(
    NCC,
    ['build', entry, '-o', out, '--target', 'es2022', '--transpile-only', ...extra],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`ncc build ${entry} failed (exit ${code})`);
}

/** The package directories (node_modules/<name> or node_modules/@scope/<name>) of the modules. */
function packageDirectories(stats) {
  const directories = new Set();
  for (const module of stats.modules ?? []) {
    const name = module.nameForCondition ?? module.identifier ?? module.name ?? '';
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(name.replaceAll('\\', '/'));
    if (match !== null) directories.add(path.resolve(ROOT, match[1]));
  }
  return [...directories];
}

function licenseText(directory) {
  const file = readdirSync(directory).find((entry) => /^(licen[cs]e|copying)/i.test(entry));
  return file === undefined ? '' : readFileSync(path.join(directory, file), 'utf8').trim();
}

function licenses(stats) {
  const entries = new Map();
  for (const directory of packageDirectories(stats)) {
    const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8'));
    const license =
      typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? '');
    entries.set(manifest.name, `${manifest.name}\n${license}\n${licenseText(directory)}`);
  }
  return [...entries]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, text]) => text)
    .join('\n\n')
    .concat('\n');
}

const work = mkdtempSync(path.join(os.tmpdir(), 'lambda-deploy-bundle-'));
try {
  // Chunks are named by their contents: one left from an older bundle would linger.
  rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
  const statsFile = path.join(work, 'stats.json');
  await Promise.all([
    ncc('src/index.ts', 'dist', ['--stats-out', statsFile]),
    ncc('src/package/deflate-worker/index.ts', 'dist/deflate-worker'),
    // The post step: puts back aliases a killed main step left mid-rollout.
    ncc('src/post.ts', 'dist/post'),
  ]);
  writeFileSync(
    path.join(ROOT, 'dist/licenses.txt'),
    licenses(JSON.parse(readFileSync(statsFile, 'utf8'))),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
