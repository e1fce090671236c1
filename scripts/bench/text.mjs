// File contents for the benchmark tree: JavaScript, type declarations, JSON and Markdown made
// of identifiers, keywords, strings and numbers drawn from word lists, so that they deflate
// about as well as a real node_modules does (3-5x at level 6), not trivially well.

const PARTS = `get set value options config result index length key name type data buffer
stream error callback handler parse format create update node path file list map item state
context request response header token source target match pattern cache entry module export
import default read write open close start end offset size count total range scope parent child
node element event listener emit once remove add push pop shift slice split join trim replace
encode decode resolve reject promise async sync queue stack frame line column char code byte
string number object array boolean symbol date time timeout interval delay retry limit max min
filter reduce sort compare equal hash digest crypto random seed id uuid url host port protocol
query params body json text html css style class prop attr tag view render mount patch diff
schema validate assert check test spec mock spy stub log debug warn info trace level format
plugin loader transform compile emit chunk asset bundle target env mode flag option arg argv
cwd dir base ext relative absolute normalize walk glob ignore include exclude watch change`
  .split(/\s+/)
  .filter(Boolean);

const WORDS = `the a an of to in for on with by from is are be was it this that which when if
not or and but as at can will should must may returns value values function object string
number array options default given called used each every first last new current next
previous optional required error errors message invalid missing unknown expected argument
arguments type types property properties method methods instance class module package file
files path paths directory name names key keys list item items result results callback
promise resolved rejected event events listener handler stream data buffer bytes length size
index offset start end line column source target input output read write parse format create
update remove set get check validate support supported deprecated internal public private
use using see note example examples version versions node browser runtime environment
configuration settings behavior behaviour compatible legacy fallback`
  .split(/\s+/)
  .filter(Boolean);

const KEYWORD_STATEMENTS = ['return', 'throw new Error', 'throw new TypeError', 'await'];
const OPERATORS = ['===', '!==', '<', '>', '<=', '>=', '&&', '||', '+', '-', '*', '??'];
const TS_TYPES = [
  'string',
  'number',
  'boolean',
  'unknown',
  'void',
  'undefined',
  'null',
  'string[]',
  'number[]',
  'Buffer',
  'Promise<void>',
  'Promise<string>',
  'Record<string, unknown>',
  'ReadonlyArray<string>',
];
const LICENSES = ['MIT', 'MIT', 'MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause', 'BSD-2-Clause'];

function capitalize(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A camelCase identifier of one to three parts. */
export function identifier(random) {
  const count = random.pickZipf([1, 2, 3]);
  let name = random.pick(PARTS);
  for (let i = 1; i < count; i++) name += capitalize(random.pick(PARTS));
  return name;
}

/** A kebab-case name, for packages and files. */
export function kebabName(random, parts) {
  const words = [];
  for (let i = 0; i < parts; i++) words.push(random.pickZipf(PARTS));
  return words.join('-');
}

function sentence(random, min, max, vocabulary = WORDS) {
  const count = random.int(min, max);
  const words = [];
  for (let i = 0; i < count; i++) words.push(random.pickZipf(vocabulary));
  return `${capitalize(words.join(' '))}.`;
}

function literal(random, names) {
  switch (random.int(0, 6)) {
    case 0:
      return String(random.int(0, 99));
    case 1:
      return String(random.int(0, 1000));
    case 2:
      return `0x${random.int(0, 0xffffff).toString(16)}`;
    case 3:
      return `'${random.pickZipf(names)}'`;
    case 4:
      return random.pick(['null', 'undefined', 'true', 'false', '[]', '{}']);
    default:
      return `'${random.pickZipf(WORDS)} ${random.pickZipf(WORDS)}'`;
  }
}

/** Mostly a name the file already uses, sometimes a new one. */
function newOrKnown(random, names) {
  return random.chance(0.15) ? identifier(random) : random.pickZipf(names);
}

/** The identifiers one file uses: a few dozen, some far more often than others. */
function localNames(random) {
  const names = [];
  const count = random.int(10, 40);
  for (let i = 0; i < count; i++) names.push(identifier(random));
  names.words = Array.from({ length: 40 }, () => random.pickZipf(WORDS));
  return names;
}

function expression(random, names) {
  const name = random.pickZipf(names);
  switch (random.int(0, 5)) {
    case 0:
      return `${name}.${random.pickZipf(names)}(${random.pickZipf(names)})`;
    case 1:
      return `${name} ${random.pick(OPERATORS)} ${literal(random, names)}`;
    case 2:
      return `${name}[${random.pickZipf(names)}]`;
    case 3:
      return `new ${capitalize(name)}(${random.pickZipf(names)}, ${literal(random, names)})`;
    case 4:
      return literal(random, names);
    default:
      return `${name}(${random.pickZipf(names)}, ${random.pickZipf(names)})`;
  }
}

function statement(random, names, indent) {
  const name = random.pickZipf(names);
  switch (random.int(0, 9)) {
    case 0:
    case 1:
      return `${indent}const ${newOrKnown(random, names)} = ${expression(random, names)};\n`;
    case 2:
      return `${indent}let ${name} = ${literal(random, names)};\n`;
    case 3:
      return `${indent}if (${expression(random, names)}) {\n${indent}  ${random.pick(KEYWORD_STATEMENTS)}(${expression(random, names)});\n${indent}}\n`;
    case 4:
      return `${indent}for (let i = 0; i < ${name}.length; i++) {\n${indent}  ${random.pickZipf(names)}.${random.pickZipf(names)}(${name}[i]);\n${indent}}\n`;
    case 5:
      return `${indent}${name}.${random.pickZipf(names)} = ${expression(random, names)};\n`;
    case 6:
      return `${indent}// ${sentence(random, 4, 14, names.words)}\n`;
    case 7:
      return `${indent}if (typeof ${name} !== '${random.pick(['string', 'number', 'function', 'object'])}') {\n${indent}  throw new TypeError('${sentence(random, 3, 8, names.words)}');\n${indent}}\n`;
    default:
      return `${indent}${expression(random, names)};\n`;
  }
}

function docComment(random, names, params) {
  let text = `/**\n * ${sentence(random, 6, 20, names.words)}\n`;
  for (const param of params) {
    text += ` * @param {${random.pick(TS_TYPES)}} ${param} ${sentence(random, 3, 9, names.words)}\n`;
  }
  return `${text} * @returns {${random.pick(TS_TYPES)}}\n */\n`;
}

function functionBlock(random, names) {
  const name = identifier(random);
  const params = [];
  for (let i = random.int(0, 3); i > 0; i--) params.push(random.pickZipf(names));
  let text = random.chance(0.5) ? docComment(random, names, params) : '';
  const prefix = random.chance(0.2) ? 'async function' : 'function';
  text += `${prefix} ${name}(${params.join(', ')}) {\n`;
  for (let i = random.int(2, 12); i > 0; i--) text += statement(random, names, '  ');
  text += `  return ${expression(random, names)};\n}\n\n`;
  names.push(name);
  return text;
}

function classBlock(random, names) {
  const name = capitalize(identifier(random));
  let text = `class ${name} {\n  constructor(${random.pickZipf(names)}) {\n`;
  for (let i = random.int(1, 4); i > 0; i--) text += statement(random, names, '    ');
  text += '  }\n\n';
  for (let method = random.int(1, 5); method > 0; method--) {
    text += `  ${identifier(random)}(${random.pickZipf(names)}) {\n`;
    for (let i = random.int(1, 6); i > 0; i--) text += statement(random, names, '    ');
    text += `    return this.${random.pickZipf(names)};\n  }\n\n`;
  }
  names.push(name);
  return `${text}}\n\n`;
}

/** A CommonJS or ES module of at least `size` bytes. */
export function javascript(random, size, dependencies = []) {
  const names = localNames(random);
  const esm = random.chance(0.3);
  const parts = [esm ? '' : "'use strict';\n\n"];
  let length = parts[0].length;
  for (const dependency of dependencies.slice(0, 6)) {
    const line = esm
      ? `import ${identifier(random)} from '${dependency}';\n`
      : `const ${identifier(random)} = require('${dependency}');\n`;
    parts.push(line);
    length += line.length;
  }
  while (length < size) {
    const block = random.chance(0.15) ? classBlock(random, names) : functionBlock(random, names);
    parts.push(block);
    length += block.length;
  }
  const exported = names.slice(-4).join(', ');
  parts.push(esm ? `export { ${exported} };\n` : `module.exports = { ${exported} };\n`);
  return parts.join('');
}

/** Minified JavaScript: no comments or indentation, short local names. */
export function minifiedJavascript(random, size) {
  const names = [];
  for (let i = 0; i < 40; i++)
    names.push(String.fromCharCode(97 + (i % 26)) + (i >= 26 ? 'e' : ''));
  const parts = ['!function(e,t){"use strict";'];
  let length = parts[0].length;
  while (length < size) {
    let chunk = `function ${random.pickZipf(names)}(${random.pickZipf(names)},${random.pickZipf(names)}){`;
    for (let i = random.int(2, 8); i > 0; i--) {
      chunk += `var ${random.pickZipf(names)}=${expression(random, names).replace(/ /g, '')};`;
    }
    chunk += `return ${random.pickZipf(names)}.${identifier(random)}}`;
    parts.push(chunk);
    length += chunk.length;
  }
  parts.push('}(this);\n');
  return parts.join('');
}

/** A .d.ts file of at least `size` bytes. */
export function typeDeclarations(random, size) {
  const names = localNames(random);
  const parts = [];
  let length = 0;
  while (length < size) {
    let block;
    if (random.chance(0.4)) {
      block = `export interface ${capitalize(identifier(random))} {\n`;
      for (let i = random.int(2, 10); i > 0; i--) {
        const optional = random.chance(0.4) ? '?' : '';
        block += `  /** ${sentence(random, 4, 12, names.words)} */\n  readonly ${random.pickZipf(names)}${optional}: ${random.pick(TS_TYPES)};\n`;
      }
      block += '}\n\n';
    } else {
      const params = [];
      for (let i = random.int(0, 3); i > 0; i--) {
        params.push(`${random.pickZipf(names)}: ${random.pick(TS_TYPES)}`);
      }
      block = `/** ${sentence(random, 5, 15, names.words)} */\nexport declare function ${identifier(random)}(${params.join(', ')}): ${random.pick(TS_TYPES)};\n\n`;
    }
    parts.push(block);
    length += block.length;
  }
  return parts.join('');
}

/** A README or CHANGELOG of at least `size` bytes. */
export function markdown(random, size, title) {
  const names = localNames(random);
  const parts = [`# ${title}\n\n${sentence(random, 8, 20, names.words)}\n\n`];
  let length = parts[0].length;
  while (length < size) {
    let block;
    switch (random.int(0, 3)) {
      case 0:
        block = `## ${capitalize(random.pickZipf(WORDS))} ${random.pickZipf(WORDS)}\n\n`;
        break;
      case 1:
        block = `\`\`\`js\n${statement(random, names, '')}${statement(random, names, '')}\`\`\`\n\n`;
        break;
      case 2:
        block = `- \`${random.pickZipf(names)}\`: ${sentence(random, 5, 15, names.words)}\n- \`${random.pickZipf(names)}\`: ${sentence(random, 5, 15, names.words)}\n\n`;
        break;
      default:
        block = `${sentence(random, 8, 25, names.words)} ${sentence(random, 8, 25, names.words)} ${sentence(random, 5, 20, names.words)}\n\n`;
    }
    parts.push(block);
    length += block.length;
  }
  return parts.join('');
}

function version(random) {
  return `${random.pickZipf([1, 2, 3, 4, 0, 5, 6, 7])}.${random.int(0, 20)}.${random.int(0, 12)}`;
}

/** A package.json for a package named `name` that depends on `dependencies`. */
export function packageJson(random, name, dependencies, { types }) {
  const manifest = {
    name,
    version: version(random),
    description: sentence(random, 4, 12),
    main: 'lib/index.js',
    ...(types ? { types: 'lib/index.d.ts' } : {}),
    files: ['lib', ...(types ? ['index.d.ts'] : [])],
    scripts: { test: `${random.pick(['mocha', 'jest', 'tap', 'node --test'])}`, lint: 'eslint .' },
    repository: { type: 'git', url: `git+https://github.com/${kebabName(random, 1)}/${name}.git` },
    keywords: [random.pickZipf(PARTS), random.pickZipf(PARTS), random.pickZipf(PARTS)],
    author: `${capitalize(random.pick(PARTS))} ${capitalize(random.pick(PARTS))}`,
    license: random.pick(LICENSES),
    dependencies: Object.fromEntries(
      dependencies.map((dependency) => [dependency, `^${version(random)}`]),
    ),
    engines: { node: `>=${random.pick([8, 10, 12, 14, 16, 18])}` },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function licenseText(random) {
  const holder = `${capitalize(random.pick(PARTS))} ${capitalize(random.pick(PARTS))}`;
  return `The MIT License (MIT)

Copyright (c) ${random.int(2010, 2024)} ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;
}

export function npmignore(random) {
  const lines = ['test/', 'coverage/', '.nyc_output/', '*.log', '.eslintrc', 'docs/', 'benchmark/'];
  return `${lines.filter(() => random.chance(0.6)).join('\n')}\n`;
}

/** A JSON data file (a table of records) of at least `size` bytes. */
export function jsonData(random, size) {
  const names = localNames(random);
  const parts = ['[\n'];
  let length = 2;
  while (length < size) {
    const record = `  {"id": ${random.int(0, 999999)}, "name": "${random.pickZipf(names)}", "type": "${random.pickZipf(PARTS)}", "enabled": ${random.chance(0.5)}, "weight": ${random.float().toFixed(4)}, "tags": ["${random.pickZipf(WORDS)}", "${random.pickZipf(WORDS)}"]},\n`;
    parts.push(record);
    length += record.length;
  }
  parts.push('  {}\n]\n');
  return parts.join('');
}

/** A source map of at least `size` bytes: VLQ mappings and the sources' text. */
export function sourceMap(random, size, file) {
  const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'];
  const segments = [];
  let length = 0;
  while (length < size / 3) {
    let segment = '';
    for (let i = random.int(4, 8); i > 0; i--) segment += random.pickZipf(alphabet);
    segments.push(segment);
    length += segment.length + 1;
  }
  const map = {
    version: 3,
    file,
    sources: ['../src/index.ts'],
    sourcesContent: [javascript(random, (size * 2) / 3)],
    names: [],
    mappings: segments.join(','),
  };
  return JSON.stringify(map);
}

/** The custom runtime's entry point: a shell script Lambda runs, so it must stay executable. */
export function bootstrapScript() {
  return `#!/bin/sh
set -euo pipefail
# Custom runtime entry point: Lambda runs this file, so it must keep its executable bit.
cd "$LAMBDA_TASK_ROOT"
exec node --enable-source-maps index.js "$@"
`;
}
