// The benchmark's entry for our packager: packages a directory the way the action does (the
// package source parsed from inputs, with the action's defaults, then preparePackage) and
// prints the result as one line of JSON on stdout; progress messages go to stderr.
// scripts/bench-package.mjs bundles it with ncc, like dist/index.js, so that timing it
// includes process start and module loading.
//
//   node .tmp/bench-packager/index.js <source-directory> <output-directory>
import { parseInputs } from '../../src/inputs.js';
import type { Logger } from '../../src/logger.js';
import { preparePackage } from '../../src/package/deployment-package.js';

const [source, outputDirectory] = process.argv.slice(2);
if (source === undefined || outputDirectory === undefined) {
  console.error('usage: packager-cli <source-directory> <output-directory>');
  process.exit(2);
}

const inputs: Readonly<Record<string, string>> = {
  'function-name': 'bench',
  region: 'us-east-1',
  source,
};
const log: Logger = {
  info: (message) => {
    console.error(message);
  },
  warning: (message) => {
    console.error(`warning: ${message}`);
  },
};
// Not an object literal at the call, so options the packager does not (yet) take are allowed.
const options = { baseName: 'bench', outputDirectory, log };

try {
  const config = parseInputs((name) => inputs[name] ?? '', { GITHUB_WORKSPACE: process.cwd() });
  if (config.code.kind === 'image') throw new Error('the packaging benchmark takes no image');
  const result = await preparePackage(config.code, options);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
}
