import type { DirectorySource } from '../../../src/inputs.js';
import { pathFilter } from '../../../src/package/path-filter.js';
import type { SymlinkPolicy, TreeOptions } from '../../../src/package/source-tree.js';
import type { InputName } from '../../../src/inputs/schema.js';

export interface SourceChoices {
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  readonly symlinks?: SymlinkPolicy;
}

/** A source directory as parseInputs gives it, with `choices` applied (symlinks: follow unless chosen). */
export function directorySource(path: string, choices: SourceChoices = {}): DirectorySource {
  return {
    kind: 'directory',
    path,
    include: choices.include ?? [],
    exclude: choices.exclude ?? [],
    symlinks: choices.symlinks ?? 'follow',
  };
}

/** listSourceTree's options for the 'source' input, with `choices` applied. */
export function treeOptions(choices: SourceChoices = {}, input: InputName = 'source'): TreeOptions {
  return {
    input,
    filter: pathFilter(choices.include ?? [], choices.exclude ?? []),
    symlinks: choices.symlinks ?? 'follow',
  };
}
