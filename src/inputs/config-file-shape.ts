// config-file's keys: the API's own shape (what get-function-configuration, or get-function,
// prints), each key to the input of that setting, in that input's own syntax.
import { InputError } from '../errors.js';

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

/** Turns the file's value at `key` into the input's text; undefined leaves the input unset. */
type Encode = (value: unknown, key: string, file: string) => string | undefined;

type Rule =
  | { readonly input: string; readonly encode: Encode }
  | { readonly object: Shape }
  | { readonly map: (value: unknown, key: string, into: Collector) => void }
  | 'read-only';

type Shape = Readonly<Record<string, Rule>>;

interface Collector {
  readonly file: string;
  readonly inputs: Record<string, string>;
  readonly keys: Record<string, string>;
  readonly ignored: string[];
  set(input: string, key: string, value: string | undefined): void;
}

function fail(file: string, key: string, detail: string): InputError {
  return new InputError(INPUT, `${file}: ${key}: ${detail}`);
}

/** A string, or a number or boolean written where the API has a string: as the input would read. */
const text: Encode = (value, key, file) => {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw fail(file, key, `is ${describeValue(value)}, not a single value`);
};

/** A list of strings, one a line, as list inputs take them. */
const lines: Encode = (value, key, file) => {
  if (!Array.isArray(value)) throw fail(file, key, `is ${describeValue(value)}, not a list`);
  return value
    .map((item, index) => {
      if (typeof item !== 'string') {
        throw fail(file, `${key}[${index}]`, `is ${describeValue(item)}, not a string`);
      }
      if (/[\r\n]/.test(item)) throw fail(file, `${key}[${index}]`, 'holds a line break');
      return item.trim();
    })
    .join('\n');
};

const bool: Encode = (value, key, file) => {
  if (typeof value === 'boolean') return String(value);
  if (value === 'true' || value === 'false') return value;
  throw fail(file, key, `is ${describeValue(value)}, not true or false`);
};

/** Environment.Variables: the environment input takes a JSON object and checks it. */
const variables: Encode = (value, key, file) => JSON.stringify(objectAt(value, key, file));

const setting = (input: string, encode: Encode = text): Rule => ({ input, encode });

/** A key the rule of the object around it reads. */
const READ_BY_RULE: Rule = { map: () => undefined };

/** Architectures: Lambda takes one. */
const architectures: Rule = {
  input: 'architectures',
  encode: (value, key, file) => {
    if (!Array.isArray(value) || value.length !== 1) {
      throw fail(file, key, 'must be a list of one architecture, x86_64 or arm64');
    }
    return text(value[0], `${key}[0]`, file);
  },
};

/** Strings, or objects with Arn as get-function-configuration prints them. */
const layers: Rule = {
  map: (value, key, into) => {
    if (!Array.isArray(value)) throw fail(into.file, key, `is ${describeValue(value)}, not a list`);
    if (value.length === 0) {
      throw fail(
        into.file,
        key,
        "is an empty list, which the action cannot apply (neither can the layers input): leave Layers out to keep the function's",
      );
    }
    const arns = value.map((layer: unknown, index) => {
      const at = `${key}[${index}]`;
      if (typeof layer === 'string') return layer.trim();
      const object = objectAt(layer, at, into.file);
      walk(object, at, LAYER_SHAPE, into);
      return text(object['Arn'], `${at}.Arn`, into.file) ?? '';
    });
    into.set('layers', key, arns.join('\n'));
  },
};

const LAYER_SHAPE: Shape = {
  Arn: READ_BY_RULE,
  CodeSize: 'read-only',
  SigningProfileVersionArn: 'read-only',
  SigningJobArn: 'read-only',
};

/** FileSystemConfigs: one ARN=path line each, as the file-systems input takes them. */
const fileSystems: Rule = {
  map: (value, key, into) => {
    if (!Array.isArray(value)) throw fail(into.file, key, `is ${describeValue(value)}, not a list`);
    const mounts = value.map((mount: unknown, index) => {
      const at = `${key}[${index}]`;
      const object = objectAt(mount, at, into.file);
      walk(object, at, FILE_SYSTEM_SHAPE, into);
      const arn = text(object['Arn'], `${at}.Arn`, into.file) ?? '';
      const mountPath = text(object['LocalMountPath'], `${at}.LocalMountPath`, into.file) ?? '';
      return `${arn}=${mountPath}`;
    });
    into.set('file-systems', key, mounts.length === 0 ? 'none' : mounts.join('\n'));
  },
};

const FILE_SYSTEM_SHAPE: Shape = {
  Arn: READ_BY_RULE,
  LocalMountPath: READ_BY_RULE,
};

/** Tags: KEY=VALUE lines, as the tags input takes them. */
const tags: Rule = {
  map: (value, key, into) => {
    const object = objectAt(value, key, into.file);
    const pairs = Object.entries(object).map(([name, tagValue]) => {
      const at = `${key}.${name}`;
      if (name.includes('=') || /[\r\n]/.test(name)) {
        throw fail(into.file, at, "a tag key with '=' or a line break cannot be set");
      }
      const valueText = text(tagValue, at, into.file) ?? '';
      if (/[\r\n]/.test(valueText)) throw fail(into.file, at, 'holds a line break');
      return `${name}=${valueText}`;
    });
    // An empty Tags object sets nothing (the tags input cannot say "no tags" either).
    into.set('tags', key, pairs.length === 0 ? undefined : pairs.join('\n'));
  },
};

/**
 * VpcConfig: subnets and security groups, one a line. A function outside any VPC reports empty
 * lists, which detach it (none and none), and then dual stack does not apply.
 */
const vpc: Rule = {
  map: (value, key, into) => {
    const object = objectAt(value, key, into.file);
    walk(object, key, VPC_SHAPE, into);
    const list = (name: string) =>
      object[name] === undefined || object[name] === null
        ? undefined
        : lines(object[name], `${key}.${name}`, into.file);
    const subnets = list('SubnetIds');
    const groups = list('SecurityGroupIds');
    const detached = subnets === '' && groups === '';
    into.set('subnet-ids', `${key}.SubnetIds`, subnets === '' ? 'none' : subnets);
    into.set('security-group-ids', `${key}.SecurityGroupIds`, groups === '' ? 'none' : groups);
    const dualStack = object['Ipv6AllowedForDualStack'];
    if (!detached && dualStack !== undefined && dualStack !== null) {
      const at = `${key}.Ipv6AllowedForDualStack`;
      into.set('ipv6-dual-stack', at, bool(dualStack, at, into.file));
    }
  },
};

const VPC_SHAPE: Shape = {
  SubnetIds: READ_BY_RULE,
  SecurityGroupIds: READ_BY_RULE,
  Ipv6AllowedForDualStack: READ_BY_RULE,
  VpcId: 'read-only',
};

const IMAGE_CONFIG: Shape = {
  Command: setting('image-command', lines),
  EntryPoint: setting('image-entrypoint', lines),
  WorkingDirectory: setting('image-working-directory'),
};

/** FunctionConfiguration, as GetFunctionConfiguration returns it. */
const CONFIGURATION: Shape = {
  Handler: setting('handler'),
  Runtime: setting('runtime'),
  MemorySize: setting('memory-size'),
  Timeout: setting('timeout'),
  Description: setting('description'),
  Role: setting('role'),
  Architectures: architectures,
  Environment: {
    object: { Variables: setting('environment', variables), Error: 'read-only' },
  },
  Layers: layers,
  EphemeralStorage: { object: { Size: setting('ephemeral-storage') } },
  VpcConfig: vpc,
  DeadLetterConfig: {
    object: {
      TargetArn: setting('dead-letter-target-arn', (value, key, file) => {
        const arn = text(value, key, file);
        return arn === '' ? 'none' : arn;
      }),
    },
  },
  TracingConfig: { object: { Mode: setting('tracing') } },
  LoggingConfig: {
    object: {
      LogFormat: setting('log-format'),
      LogGroup: setting('log-group'),
      ApplicationLogLevel: setting('application-log-level'),
      SystemLogLevel: setting('system-log-level'),
    },
  },
  SnapStart: { object: { ApplyOn: setting('snap-start'), OptimizationStatus: 'read-only' } },
  FileSystemConfigs: fileSystems,
  KMSKeyArn: setting('kms-key-arn', (value, key, file) => {
    const arn = text(value, key, file);
    return arn === '' ? 'none' : arn;
  }),
  ImageConfig: { object: IMAGE_CONFIG },
  ImageConfigResponse: { object: { ImageConfig: { object: IMAGE_CONFIG }, Error: 'read-only' } },
  Tags: tags,
  // What Lambda reports about the function, and settings the action does not manage.
  FunctionName: 'read-only',
  FunctionArn: 'read-only',
  CodeSize: 'read-only',
  LastModified: 'read-only',
  CodeSha256: 'read-only',
  Version: 'read-only',
  MasterArn: 'read-only',
  RevisionId: 'read-only',
  State: 'read-only',
  StateReason: 'read-only',
  StateReasonCode: 'read-only',
  LastUpdateStatus: 'read-only',
  LastUpdateStatusReason: 'read-only',
  LastUpdateStatusReasonCode: 'read-only',
  SigningProfileVersionArn: 'read-only',
  SigningJobArn: 'read-only',
  PackageType: 'read-only',
  RuntimeVersionConfig: 'read-only',
  ConfigSha256: 'read-only',
  TenancyConfig: 'read-only',
  CapacityProviderConfig: 'read-only',
  DurableConfig: 'read-only',
};

/** GetFunction's answer: the configuration, the tags, the code's location and the concurrency. */
const GET_FUNCTION: Shape = {
  Configuration: {
    map: (value, key, into) => {
      walk(objectAt(value, key, into.file), key, CONFIGURATION, into);
    },
  },
  Tags: tags,
  Concurrency: {
    object: { ReservedConcurrentExecutions: setting('reserved-concurrency') },
  },
  Code: 'read-only',
  TagsError: 'read-only',
};

/** The setting inputs whose source is reported: those the file can set, and a few it cannot. */
export const SETTING_INPUTS: readonly string[] = [
  // Set by inputs only; listed so that their source is reported too.
  'code-signing-config-arn',
  'provisioned-concurrency',
  'handler',
  'runtime',
  'memory-size',
  'timeout',
  'description',
  'role',
  'architectures',
  'environment',
  'layers',
  'ephemeral-storage',
  'tags',
  'subnet-ids',
  'security-group-ids',
  'ipv6-dual-stack',
  'dead-letter-target-arn',
  'tracing',
  'log-format',
  'log-group',
  'application-log-level',
  'system-log-level',
  'snap-start',
  'file-systems',
  'kms-key-arn',
  'image-command',
  'image-entrypoint',
  'image-working-directory',
  'reserved-concurrency',
];

/**
 * The file's settings as inputs. Pure: `document` is the parsed file, `file` names it in
 * messages. An unknown key is refused, naming its path; read-only ones are listed in `ignored`.
 */
export function mapConfigFile(document: unknown, file: string): ConfigFileSettings {
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
  walk(root, '', Object.hasOwn(root, 'Configuration') ? GET_FUNCTION : CONFIGURATION, collector);
  return { inputs: collector.inputs, keys: collector.keys, ignored: collector.ignored };
}

function walk(
  object: Readonly<Record<string, unknown>>,
  at: string,
  shape: Shape,
  into: Collector,
): void {
  for (const [name, value] of Object.entries(object)) {
    const key = at === '' ? name : `${at}.${name}`;
    const rule = Object.hasOwn(shape, name) ? shape[name] : undefined;
    if (rule === undefined) throw new InputError(INPUT, `${into.file}: unknown key '${key}'`);
    // null (an empty YAML value) leaves the setting as it is, as an unset input does.
    if (value === null || value === undefined) continue;
    if (rule === 'read-only') into.ignored.push(key);
    else if ('object' in rule) walk(objectAt(value, key, into.file), key, rule.object, into);
    else if ('map' in rule) rule.map(value, key, into);
    else into.set(rule.input, key, rule.encode(value, key, into.file));
  }
}

function objectAt(value: unknown, key: string, file: string): Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw fail(file, key, `is ${describeValue(value)}, not a mapping of keys`);
  }
  return value as Readonly<Record<string, unknown>>;
}

/** "missing", "empty", "a list", "a mapping", "a number": what a YAML value is, in words. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}
