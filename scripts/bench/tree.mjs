// The benchmark's source tree: a reproducible, node_modules-like Lambda package (nested
// packages of small JS/JSON/Markdown files, a few medium files, a few incompressible binaries
// and an executable `bootstrap`), generated from a seed into .tmp/bench-tree-<size>.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { Random } from './random.mjs';
import * as text from './text.mjs';

/** Bump when the generator's output changes, so trees made by an older one are rebuilt. */
export const GENERATOR_VERSION = 1;

export const TREE_SIZES = {
  large: {
    files: 20_000,
    bytes: 150e6,
    mediumFiles: 12,
    mediumSize: [100e3, 2e6],
    binaries: 4,
    binarySize: [1e6, 5e6],
  },
  medium: {
    files: 4_000,
    bytes: 44e6,
    mediumFiles: 4,
    mediumSize: [100e3, 2e6],
    binaries: 2,
    binarySize: [1e6, 3e6],
  },
  /**
   * The second 44 MB shape: 4,000 JavaScript-like text files of 0.5-15 KB in 40 directories
   * and one 3 MB random binary; little incompressible data to store untried.
   */
  text: {
    shape: 'text',
    files: 4_000,
    textSize: [500, 15_000],
    binaries: 1,
    binarySize: [3e6, 3e6],
  },
  small: {
    files: 500,
    bytes: 2.5e6,
    mediumFiles: 1,
    mediumSize: [100e3, 300e3],
    binaries: 1,
    binarySize: [1e6, 1e6],
  },
};

const MEDIUM_KINDS = ['bundle', 'minified', 'source-map', 'json-data', 'changelog'];

/**
 * Returns the tree for `size` and `seed` under `tmpDirectory`, generating it unless an
 * identical one (same generator version, seed and contents) is already there. Reading it to
 * check it also brings it into the page cache, so no timed run pays for cold reads.
 */
export function ensureTree(tmpDirectory, size, seed) {
  const root = path.join(tmpDirectory, `bench-tree-${size}`);
  const markerPath = `${root}.json`;
  const wanted = { generator: GENERATOR_VERSION, size, seed };
  const marker = readMarker(markerPath);
  if (marker !== undefined && sameIdentity(marker, wanted) && existsSync(root)) {
    const scan = scanTree(root);
    if (scan.fingerprint === marker.fingerprint) return { root, ...scan, generated: false };
  }
  rmSync(markerPath, { force: true });
  rmSync(root, { recursive: true, force: true });
  const started = performance.now();
  generateTree(root, TREE_SIZES[size], seed);
  const seconds = (performance.now() - started) / 1000;
  const scan = scanTree(root);
  writeFileSync(markerPath, `${JSON.stringify({ ...wanted, ...scan }, null, 2)}\n`);
  return { root, ...scan, generated: true, seconds };
}

function readMarker(markerPath) {
  try {
    return JSON.parse(readFileSync(markerPath, 'utf8'));
  } catch {
    return undefined;
  }
}

function sameIdentity(marker, wanted) {
  return Object.entries(wanted).every(([key, value]) => marker[key] === value);
}

/** Counts files and bytes and hashes names, exec bits and contents, in sorted order. */
export function scanTree(root) {
  const hash = createHash('sha256');
  let files = 0;
  let bytes = 0;
  const visit = (directory, prefix) => {
    const names = readdirSync(directory).sort();
    for (const name of names) {
      const absolute = path.join(directory, name);
      const stats = statSync(absolute);
      if (stats.isDirectory()) {
        visit(absolute, `${prefix}${name}/`);
        continue;
      }
      const content = readFileSync(absolute);
      hash.update(`${prefix}${name}\0${stats.mode & 0o100 ? 'x' : '-'}\0${content.length}\0`);
      hash.update(content);
      files += 1;
      bytes += content.length;
    }
  };
  visit(root, '');
  return { files, bytes, fingerprint: hash.digest('hex') };
}

/** Plans the whole tree from the seed, then writes it. */
function generateTree(root, spec, seed) {
  const random = new Random(seed);
  const plan = spec.shape === 'text' ? planTextTree(random, spec) : planTree(random, spec);
  const made = new Set();
  for (const file of plan) {
    const absolute = path.join(root, file.path);
    const directory = path.dirname(absolute);
    if (!made.has(directory)) {
      mkdirSync(directory, { recursive: true });
      made.add(directory);
    }
    writeFileSync(absolute, contentOf(file), { mode: file.mode ?? 0o644 });
  }
}

/**
 * The list of files, each `{ path, kind, seed }` plus either `content` (files whose size
 * follows from what they say, like package.json) or `size` (bytes to generate).
 */
function planTree(random, spec) {
  const plan = planApp(random);
  const packages = [];
  const topLevel = new Set();
  const context = { plan, packages, maxFiles: spec.files - spec.mediumFiles - spec.binaries };
  while (plan.length < context.maxFiles) {
    const name = uniqueName(random, topLevel);
    planPackage(random, context, `node_modules/${name}`, name, 0);
  }
  const extras = [
    ...planMediumFiles(random, spec, packages),
    ...planBinaries(random, spec, packages),
  ];
  plan.push(...extras);
  sizeTextFiles(random, plan, spec.bytes);
  return plan;
}

/** 4,000 JS-like files, their sizes skewed up (0.5 + 14.5·√u KB: 10 KB on average), and a binary. */
function planTextTree(random, spec) {
  const [min, max] = spec.textSize;
  const plan = [];
  for (let index = 0; index < spec.files; index++) {
    const size = Math.round(min + (max - min) * Math.sqrt(random.float()));
    const directory = `src/${String(index % 40).padStart(2, '0')}`;
    plan.push({ path: `${directory}/module-${index}.js`, kind: 'js', seed: random.seed(), size });
  }
  const [binaryMin] = spec.binarySize;
  plan.push({ path: 'assets/blob.bin', kind: 'binary', seed: random.seed(), size: binaryMin });
  return plan;
}

function planApp(random) {
  const entry = (filePath, kind, fields) => ({
    path: filePath,
    kind,
    seed: random.seed(),
    ...fields,
  });
  return [
    entry('bootstrap', 'fixed', { content: text.bootstrapScript(), mode: 0o755 }),
    entry('package.json', 'fixed', {
      content: text.packageJson(random, 'lambda-app', ['aws-sdk-lite'], { types: false }),
    }),
    entry('index.js', 'js', { sizeHint: 4000 }),
    entry('lib/handler.js', 'js', { sizeHint: 6000 }),
    entry('lib/config.json', 'json-data', { size: 1500 }),
  ];
}

/** A package name not yet used in `taken`, sometimes scoped. */
function uniqueName(random, taken) {
  for (;;) {
    const base = text.kebabName(random, random.pickZipf([1, 2, 3]));
    const name = random.chance(0.1) ? `@${text.kebabName(random, 1)}/${base}` : base;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/**
 * One package: metadata files, lib/ code (in subdirectories when large), maybe nested deps.
 * Stops adding code files once the plan holds `context.maxFiles`.
 */
function planPackage(random, context, directory, name, depth) {
  const { plan, packages } = context;
  packages.push({ directory, name });
  const entry = (relative, kind, fields) =>
    plan.push({ path: `${directory}/${relative}`, kind, seed: random.seed(), ...fields });
  const dependencies = Array.from({ length: random.int(0, 4) }, () => text.kebabName(random, 1));
  const types = random.chance(0.35);
  entry('package.json', 'fixed', {
    content: text.packageJson(random, name, [...new Set(dependencies)], { types }),
  });
  if (random.chance(0.9)) entry('README.md', 'md', { sizeHint: 3000, title: name });
  if (random.chance(0.7)) entry('LICENSE', 'fixed', { content: text.licenseText(random) });
  if (random.chance(0.02)) entry('.npmignore', 'fixed', { content: text.npmignore(random) });
  if (random.chance(0.08)) entry('CHANGELOG.md', 'md', { sizeHint: 5000, title: 'Changelog' });
  if (types) entry('index.d.ts', 'dts', { sizeHint: 2000 });

  const room = Math.max(1, context.maxFiles - plan.length);
  const codeFiles = Math.min(300, room, Math.max(1, Math.round(random.logNormal(7, 1))));
  const subdirectories = Array.from({ length: Math.floor(codeFiles / 12) }, () =>
    text.kebabName(random, 1),
  );
  const taken = new Set();
  for (let i = 0; i < codeFiles; i++) {
    const folder =
      subdirectories.length > 0 && i > 6 ? `lib/${random.pick(subdirectories)}` : 'lib';
    const base = uniqueFileName(random, taken, folder);
    entry(`${folder}/${base}.js`, 'js', { sizeHint: 3000, dependencies });
    if (types && random.chance(0.4)) entry(`${folder}/${base}.d.ts`, 'dts', { sizeHint: 1500 });
  }

  if (depth === 0 && random.chance(0.12) && plan.length < context.maxFiles) {
    const nestedNames = new Set();
    for (let i = random.int(1, 3); i > 0; i--) {
      const nested = uniqueName(random, nestedNames);
      planPackage(random, context, `${directory}/node_modules/${nested}`, nested, depth + 1);
    }
  }
}

function uniqueFileName(random, taken, folder) {
  for (;;) {
    const base = taken.size === 0 ? 'index' : text.kebabName(random, random.int(1, 2));
    const key = `${folder}/${base}`;
    if (!taken.has(key)) {
      taken.add(key);
      return base;
    }
  }
}

/** Medium files (a bundle, a minified build, a source map, a data table, a changelog). */
function planMediumFiles(random, spec, packages) {
  const [min, max] = spec.mediumSize;
  return Array.from({ length: spec.mediumFiles }, (_, i) => {
    const { directory, name } = random.pick(packages);
    const base = name.replace(/^@.*\//, '');
    const kind = MEDIUM_KINDS[i % MEDIUM_KINDS.length];
    const file = {
      bundle: `dist/${base}.bundle.js`,
      minified: `dist/${base}.min.js`,
      'source-map': `dist/${base}.js.map`,
      'json-data': `data/${base}-table.json`,
      changelog: 'HISTORY.md',
    }[kind];
    const size = Math.round(min * Math.pow(max / min, random.float()));
    return { path: `${directory}/${file}`, kind, size, seed: random.seed() };
  });
}

/** Incompressible native binaries, as prebuilt addons and shared libraries ship. */
function planBinaries(random, spec, packages) {
  const [min, max] = spec.binarySize;
  return Array.from({ length: spec.binaries }, (_, i) => {
    const { directory, name } = random.pick(packages);
    const base = name.replace(/^@.*\//, '');
    const file =
      i % 2 === 0 ? `prebuilds/linux-x64/${base}.node` : `vendor/lib${base}-${i}.so.${i + 1}`;
    return {
      path: `${directory}/${file}`,
      kind: 'binary',
      size: random.int(min, max),
      seed: random.seed(),
    };
  });
}

/**
 * Gives every text file a size: log-normal around its kind's typical size, then all scaled
 * so that the tree comes to `totalBytes`.
 */
function sizeTextFiles(random, plan, totalBytes) {
  let fixed = 0;
  let drawn = 0;
  for (const file of plan) {
    if (file.content !== undefined) fixed += Buffer.byteLength(file.content);
    else if (file.size !== undefined) fixed += file.size;
    else {
      file.size = Math.min(120_000, Math.max(60, random.logNormal(file.sizeHint, 1.1)));
      drawn += file.size;
    }
  }
  const scale = Math.max(0.05, (totalBytes - fixed) / drawn);
  for (const file of plan) {
    if (file.sizeHint !== undefined) file.size = Math.max(40, Math.round(file.size * scale));
  }
}

function contentOf(file) {
  if (file.content !== undefined) return file.content;
  const random = new Random(file.seed);
  switch (file.kind) {
    case 'js':
      return cutToSize(text.javascript(random, file.size, file.dependencies), file.size);
    case 'dts':
      return cutToSize(text.typeDeclarations(random, file.size), file.size);
    case 'md':
      return cutToSize(text.markdown(random, file.size, file.title), file.size);
    case 'bundle':
      return text.javascript(random, file.size);
    case 'minified':
      return text.minifiedJavascript(random, file.size);
    case 'source-map':
      return text.sourceMap(random, file.size, path.basename(file.path, '.map'));
    case 'json-data':
      return text.jsonData(random, file.size);
    case 'changelog':
      return text.markdown(random, file.size, 'History');
    case 'binary':
      return random.bytes(file.size);
    default:
      throw new Error(`unknown file kind ${file.kind}`);
  }
}

/** Cuts generated text (ASCII) to about `size` bytes, at the end of a line when one is near. */
function cutToSize(content, size) {
  if (content.length <= size) return content;
  const lineEnd = content.lastIndexOf('\n', size - 1);
  return content.slice(0, lineEnd >= size / 2 ? lineEnd + 1 : size);
}
