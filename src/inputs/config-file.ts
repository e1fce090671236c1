// config-file: the function's settings in the API's own shape, so that what
// `aws lambda get-function-configuration` (or `get-function`) prints can be saved and used as it
// is. Each key the file sets becomes the value of the input of that setting, and goes through
// exactly the checks that input does; an input that is set wins over the file's key.
import { InputError } from '../errors.js';
import { mapConfigFile, SETTING_INPUTS } from './config-file-shape.js';
import type { ReadInput } from './values.js';
import { parseJsonOrYaml, readWorkspaceFile } from './workspace-file.js';

export {
  describeValue,
  mapConfigFile,
  SETTING_INPUTS,
  type ConfigFileSettings,
} from './config-file-shape.js';

export type SettingSource = 'input' | 'config-file';

const INPUT = 'config-file';

/** More than any function's settings come to (4 KB of variables, 50 tags): a wrong file. */
const MAX_FILE_BYTES = 1_048_576;

/** The inputs, with the file under them; where each setting came from; what was left out. */
export interface ConfigFileInputs {
  /** An input's value when it is set, else the file's value for it, else ''. */
  readonly read: ReadInput;
  /** For each setting input given (by input or by the file), where its value came from. */
  readonly sources: Readonly<Record<string, SettingSource>>;
  /** The one notice listing the keys the file holds that were ignored; undefined when none. */
  readonly notice: string | undefined;
  /**
   * Runs `check`; an InputError it raises about a value that came from the file is raised again
   * naming config-file, the file and the key, since that is where the user must fix it.
   */
  explain<T>(check: () => T): T;
}

/** Reads config-file (when set) and lays it under the inputs. */
export function withConfigFile(read: ReadInput, workspace: string): ConfigFileInputs {
  const given = read(INPUT);
  const file =
    given === ''
      ? { inputs: {}, keys: {}, ignored: [] }
      : mapConfigFile(readConfigFile(given, workspace), given);
  const sources: Record<string, SettingSource> = {};
  for (const input of SETTING_INPUTS) {
    if (read(input) !== '') sources[input] = 'input';
    else if (Object.hasOwn(file.inputs, input)) sources[input] = 'config-file';
  }
  return {
    read: (name) => {
      const value = read(name);
      return value === '' && Object.hasOwn(file.inputs, name) ? (file.inputs[name] ?? '') : value;
    },
    sources,
    notice:
      file.ignored.length === 0
        ? undefined
        : `config-file ${given}: ignored ${file.ignored.length === 1 ? 'a key' : `${file.ignored.length} keys`} that Lambda reports but this action does not set: ${file.ignored.join(', ')}`,
    explain: (check) => {
      try {
        return check();
      } catch (error) {
        if (!(error instanceof InputError) || sources[error.input] !== 'config-file') throw error;
        const detail = error.message.slice(`Input '${error.input}': `.length);
        throw new InputError(INPUT, `${given}: ${file.keys[error.input] ?? '?'}: ${detail}`);
      }
    },
  };
}

/**
 * The file's text, parsed: JSON for .json, YAML for .yml and .yaml, otherwise JSON and then
 * YAML. Only a regular file inside the workspace (after links are followed) is read.
 */
export function readConfigFile(given: string, workspace: string): unknown {
  const text = readWorkspaceFile({
    input: INPUT,
    path: given,
    workspace,
    maxBytes: MAX_FILE_BYTES,
    tooLarge: (bytes) =>
      `is ${bytes} bytes; a function's settings come to far less than ${MAX_FILE_BYTES}`,
  });
  return parseJsonOrYaml(text, { input: INPUT, given });
}
