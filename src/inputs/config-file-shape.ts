// config-file's keys: the API's own shape (what get-function-configuration, or get-function,
// prints), each key to the input of that setting, in that input's own syntax. Which key sets
// which input is the schema's (its configFile); config-file-rules.ts says how a value is read.
import { InputError } from '../errors.js';
import {
  arnOrNone,
  describeValue,
  fail,
  fileSystems,
  jsonObject,
  layers,
  lines,
  oneArchitecture,
  setting,
  tags,
  text,
  variables,
  vpc,
  walk,
  objectAt,
  jsonObjectText,
  tenantIsolation,
  type Collector,
  type Encode,
  type Rule,
  type Shape,
} from './config-file-rules.js';
import {
  INPUT_SCHEMA,
  inputsWhere,
  isInputName,
  type InputName,
  type InputSpec,
} from './schema.js';

const INPUT = 'config-file';

/** What the file sets, as inputs: the value each input would have, and the key it came from. */
export interface ConfigFileSettings {
  /** The input's value, in the input's own syntax: 'memory-size' -> '512'. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The file's key for each input, to name it in a message: 'memory-size' -> 'MemorySize'. */
  readonly keys: Readonly<Record<string, string>>;
  /** Keys that Lambda reports but the action does not set (read-only ones), left alone. */
  readonly ignored: readonly string[];
}

/** Keys whose value one rule reads whole, setting the inputs under them (VpcConfig sets three). */
const RULES_OF_THEIR_OWN: Readonly<Record<string, Rule>> = {
  Layers: layers,
  FileSystemConfigs: fileSystems,
  VpcConfig: vpc,
  Tags: tags,
};

/** How the file's value becomes the input's text, for the inputs that do not take it as text. */
const ENCODERS: Partial<Record<InputName, Encode>> = {
  architectures: oneArchitecture,
  environment: variables,
  'dead-letter-target-arn': arnOrNone,
  'kms-key-arn': arnOrNone,
  'image-command': lines,
  'image-entrypoint': lines,
  'runtime-config': jsonObject,
  'durable-config': jsonObjectText,
  'capacity-provider-config': jsonObjectText,
  'tenant-isolation': tenantIsolation,
};

/**
 * What Lambda reports about the function, and settings the action does not manage. With the
 * schema's keys, every key of FunctionConfiguration (a unit test checks it against the SDK's shape).
 */
const READ_ONLY_KEYS: readonly string[] = [
  'FunctionName',
  'FunctionArn',
  'CodeSize',
  'LastModified',
  'CodeSha256',
  'Version',
  'MasterArn',
  'RevisionId',
  'State',
  'StateReason',
  'StateReasonCode',
  'LastUpdateStatus',
  'LastUpdateStatusReason',
  'LastUpdateStatusReasonCode',
  'SigningProfileVersionArn',
  'SigningJobArn',
  'PackageType',
  'RuntimeVersionConfig',
  'ConfigSha256',
  'Environment.Error',
  'SnapStart.OptimizationStatus',
  'ImageConfigResponse.Error',
];

/** Keys of get-function's answer, beside Configuration, that the configuration does not hold. */
const GET_FUNCTION_KEYS: readonly string[] = ['Concurrency'];

/** The two shapes a file may have: get-function-configuration's answer, or get-function's. */
export interface ConfigFileShape {
  /** FunctionConfiguration, as GetFunctionConfiguration returns it. */
  readonly configuration: Shape;
  /** GetFunction's answer: the configuration, the tags, the code's location, the concurrency. */
  readonly getFunction: Shape;
}

/** config-file's keys: each input of `schema` with a configFile key, under that key. */
export function configFileShape(schema: readonly InputSpec[]): ConfigFileShape {
  const configuration: Record<string, Rule> = { ...RULES_OF_THEIR_OWN };
  const answerKeys: Record<string, Rule> = {};
  for (const input of schema) {
    const path = input.where.configFile;
    const top = path?.split('.')[0];
    if (path === undefined || top === undefined || Object.hasOwn(RULES_OF_THEIR_OWN, top)) continue;
    const encode = (isInputName(input.name) ? ENCODERS[input.name] : undefined) ?? text;
    place(
      GET_FUNCTION_KEYS.includes(top) ? answerKeys : configuration,
      path,
      setting(input.name, encode),
    );
  }
  for (const path of READ_ONLY_KEYS) place(configuration, path, 'read-only');
  // get-function-configuration prints the image's overrides under ImageConfigResponse.
  const imageConfig = configuration['ImageConfig'];
  if (imageConfig !== undefined) {
    place(configuration, 'ImageConfigResponse.ImageConfig', imageConfig);
  }
  const getFunction: Record<string, Rule> = {
    Configuration: {
      map: (value, key, into) => {
        walk(objectAt(value, key, into.file), key, configuration, into);
      },
    },
    ...answerKeys,
    Code: 'read-only',
    TagsError: 'read-only',
  };
  // get-function prints the tags beside the configuration.
  const tagsRule = configuration['Tags'];
  if (tagsRule !== undefined) getFunction['Tags'] = tagsRule;
  return { configuration, getFunction };
}

/** Puts `rule` at the dotted `path` of `shape`, making the objects on the way. */
function place(shape: Record<string, Rule>, path: string, rule: Rule): void {
  const [key = '', ...rest] = path.split('.');
  const existing = Object.hasOwn(shape, key) ? shape[key] : undefined;
  if (rest.length === 0) {
    if (existing !== undefined) throw new Error(`config-file's key ${path} is declared twice`);
    shape[key] = rule;
    return;
  }
  if (existing !== undefined && (typeof existing !== 'object' || !('object' in existing))) {
    throw new Error(`config-file's key ${key} is read by a rule of its own: ${path} cannot be set`);
  }
  const object: Record<string, Rule> = existing?.object ?? {};
  shape[key] = { object };
  place(object, rest.join('.'), rule);
}

const CONFIG_FILE_SHAPE = configFileShape(INPUT_SCHEMA);

/** Settings the plan reports the source of that the file cannot hold (get-function shows neither). */
const INPUT_ONLY_SETTINGS: readonly InputName[] = [
  'code-signing-config-arn',
  'provisioned-concurrency',
];

/** The setting inputs whose source is reported: those the file can set, and a few it cannot. */
export const SETTING_INPUTS: readonly InputName[] = [
  ...INPUT_ONLY_SETTINGS,
  ...inputsWhere(INPUT_SCHEMA, (input) => input.where.configFile !== undefined),
];

/**
 * The file's settings as inputs. Pure: `document` is the parsed file, `file` names it in
 * messages. An unknown key is refused, naming its path; read-only ones are listed in `ignored`.
 */
export function mapConfigFile(
  document: unknown,
  file: string,
  shape: ConfigFileShape = CONFIG_FILE_SHAPE,
): ConfigFileSettings {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new InputError(
      INPUT,
      `${file}: must hold a mapping of settings, not ${describeValue(document)}`,
    );
  }
  const root = document as Readonly<Record<string, unknown>>;
  const inputs: Record<string, string> = {};
  const keys: Record<string, string> = {};
  const collector: Collector = {
    file,
    inputs,
    keys,
    ignored: [],
    set: (input, key, value) => {
      if (value === undefined) return;
      if (Object.hasOwn(inputs, input)) {
        throw fail(file, key, `sets the same setting as ${keys[input] ?? '?'}`);
      }
      inputs[input] = value;
      keys[input] = key;
    },
  };
  // get-function's answer holds Configuration; get-function-configuration's is the configuration.
  const rootShape = Object.hasOwn(root, 'Configuration') ? shape.getFunction : shape.configuration;
  walk(root, '', rootShape, collector);
  leaveOutDefaultLogGroup(root, collector);
  return { inputs: collector.inputs, keys: collector.keys, ignored: collector.ignored };
}

/**
 * Lambda reports its default log group, /aws/lambda/<the function printed>, as LoggingConfig's
 * LogGroup: set on another function it would send that one's logs to the first's group.
 */
function leaveOutDefaultLogGroup(
  root: Readonly<Record<string, unknown>>,
  into: { inputs: Record<string, string>; keys: Record<string, string>; ignored: string[] },
): void {
  const configuration = Object.hasOwn(root, 'Configuration') ? root['Configuration'] : root;
  const name = (configuration as Readonly<Record<string, unknown>>)['FunctionName'];
  const input: InputName = 'log-group';
  if (typeof name !== 'string' || into.inputs[input] !== `/aws/lambda/${name}`) return;
  into.ignored.push(into.keys[input] ?? input);
  delete into.inputs['log-group'];
  delete into.keys['log-group'];
}

export { describeValue } from './config-file-rules.js';
