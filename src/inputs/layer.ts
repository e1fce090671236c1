// A layer to publish from a directory and attach to the function.
import path from 'node:path';
import { InputError } from '../errors.js';
import type { DirectorySource, SymlinkPolicy } from './package-source.js';
import { checkRuntime, type Architecture } from './settings.js';
import { parseChoice, type ReadInput } from './values.js';

export interface LayerConfig {
  readonly name: string;
  readonly source: DirectorySource;
  /** Sent only when given; an empty list means the user set none. */
  readonly compatibleRuntimes: readonly string[];
  readonly compatibleArchitectures: readonly Architecture[];
}

const LAYER_NAME = /^[a-zA-Z0-9_-]{1,140}$/;

/** Lambda's limit on CompatibleRuntimes. */
const MAX_COMPATIBLE_RUNTIMES = 15;

export function parseLayer(
  read: ReadInput,
  workspace: string,
  symlinks: SymlinkPolicy,
): LayerConfig | undefined {
  const name = read('layer-name');
  const source = read('layer-source');
  const runtimes = listOf(read('layer-compatible-runtimes'));
  const architectures = listOf(read('layer-compatible-architectures'));
  if (name === '' && source === '') {
    for (const [input, given] of [
      ['layer-compatible-runtimes', runtimes],
      ['layer-compatible-architectures', architectures],
    ] as const) {
      if (given.length > 0) throw new InputError(input, 'needs layer-name and layer-source');
    }
    return undefined;
  }
  if (name === '') throw new InputError('layer-name', 'is required with layer-source');
  if (source === '') {
    throw new InputError('layer-source', 'is required with layer-name (the directory to publish)');
  }
  if (!LAYER_NAME.test(name)) {
    throw new InputError(
      'layer-name',
      `'${name}' is not a layer name (1 to 140 letters, digits, '-' and '_')`,
    );
  }
  if (runtimes.length > MAX_COMPATIBLE_RUNTIMES) {
    throw new InputError(
      'layer-compatible-runtimes',
      `lists ${runtimes.length} runtimes; a layer takes at most ${MAX_COMPATIBLE_RUNTIMES}`,
    );
  }
  for (const runtime of runtimes) checkRuntime('layer-compatible-runtimes', runtime);
  const compatibleArchitectures = architectures.map((architecture) =>
    parseChoice(
      'layer-compatible-architectures',
      architecture,
      ['x86_64', 'arm64'] as const,
      'x86_64',
    ),
  );
  return {
    name,
    source: {
      kind: 'directory',
      path: path.resolve(workspace, source),
      include: [],
      exclude: [],
      symlinks,
    },
    compatibleRuntimes: [...new Set(runtimes)],
    compatibleArchitectures: [...new Set(compatibleArchitectures)],
  };
}

/** The layer version ARNs in `arns` of layers other than `name` (arn:…:layer:<name>:<version>). */
export function otherLayers(arns: readonly string[], name: string): string[] {
  return arns.filter((arn) => layerNameOf(arn) !== name);
}

export function layerNameOf(arn: string): string | undefined {
  return arn.split(':')[6];
}

/** One value a line, or several on a line separated by commas. */
function listOf(value: string): string[] {
  return value
    .split(/[\r\n,]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
