// image-command, image-entrypoint and image-working-directory: overrides of the image's own.
import { InputError } from '../../errors.js';
import type { InputName } from '../schema.js';
import { atMost, inputLines, nonEmpty, type ReadInput } from '../values.js';

export interface ImageConfigSettings {
  readonly command?: readonly string[];
  readonly entryPoint?: readonly string[];
  readonly workingDirectory?: string;
}

/** Lambda's limits on an image configuration. */
const IMAGE_LIST_MAX = 1500;
const WORKING_DIRECTORY_MAX = 1000;

export function parseImageConfig(read: ReadInput): ImageConfigSettings | undefined {
  const lines = (input: InputName): string[] | undefined => {
    const value = read(input);
    if (value === '') return undefined;
    return atMost(input, inputLines(value), IMAGE_LIST_MAX, { noun: 'items', holder: 'Lambda' });
  };
  const command = lines('image-command');
  const entryPoint = lines('image-entrypoint');
  const workingDirectory = nonEmpty(read('image-working-directory'));
  if (workingDirectory !== undefined && workingDirectory.length > WORKING_DIRECTORY_MAX) {
    throw new InputError(
      'image-working-directory',
      `is ${workingDirectory.length} characters, over Lambda's ${WORKING_DIRECTORY_MAX}`,
    );
  }
  if (workingDirectory !== undefined && !workingDirectory.startsWith('/')) {
    throw new InputError(
      'image-working-directory',
      `'${workingDirectory}' is not an absolute path (it starts with /)`,
    );
  }
  if (command === undefined && entryPoint === undefined && workingDirectory === undefined) {
    return undefined;
  }
  return {
    ...(command === undefined ? {} : { command }),
    ...(entryPoint === undefined ? {} : { entryPoint }),
    ...(workingDirectory === undefined ? {} : { workingDirectory }),
  };
}
