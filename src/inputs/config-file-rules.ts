// How config-file's values are read: each rule turns the value at a key into the text of the
// input it sets (in that input's own syntax), or reads an object of keys whole (VpcConfig).
import { InputError } from '../errors.js';
import { nearestKey } from './nearest-key.js';
import type { InputName } from './schema.js';
import { ACTION_TAGS } from './settings/environment-and-tags.js';

const INPUT = 'config-file';

/** Turns the file's value at `key` into the input's text; undefined leaves the input unset. */
export type Encode = (value: unknown, key: string, file: string) => string | undefined;

export type Rule =
  | { readonly input: string; readonly encode: Encode }
  | { readonly object: Shape }
  | { readonly map: (value: unknown, key: string, into: Collector) => void }
  | 'read-only';

export type Shape = Readonly<Record<string, Rule>>;

export interface Collector {
  readonly file: string;
  readonly inputs: Record<string, string>;
  readonly keys: Record<string, string>;
  readonly ignored: string[];
  set(input: string, key: string, value: string | undefined): void;
}

export function fail(file: string, key: string, detail: string): InputError {
  return new InputError(INPUT, `${file}: ${key}: ${detail}`);
}

/** A string, or a number or boolean written where the API has a string: as the input would read. */
export const text: Encode = (value, key, file) => {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw fail(file, key, `is ${describeValue(value)}, not a single value`);
};

/** An object in the API's shape, as the JSON text its input takes. */
export const jsonObjectText: Encode = (value, key, file) => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw fail(file, key, `is ${describeValue(value)}, not an object`);
  }
  return JSON.stringify(value);
};

/** TenancyConfig.TenantIsolationMode: PER_TENANT is tenant-isolation's per-tenant. */
export const tenantIsolation: Encode = (value, key, file) => {
  const mode = text(value, key, file);
  return mode === 'PER_TENANT' ? 'per-tenant' : mode;
};

/** A list of strings, one a line, as list inputs take them. */
export const lines: Encode = (value, key, file) => {
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
export const variables: Encode = (value, key, file) => JSON.stringify(objectAt(value, key, file));

/** An object in the API's shape, for an input that takes it as JSON and checks its keys. */
export const jsonObject: Encode = variables;

export const setting = (input: string, encode: Encode = text): Rule => ({ input, encode });

/** A key the rule of the object around it reads. */
const READ_BY_RULE: Rule = { map: () => undefined };

/** Architectures: Lambda takes one. */
export const oneArchitecture: Encode = (value, key, file) => {
  if (!Array.isArray(value) || value.length !== 1) {
    throw fail(file, key, 'must be a list of one architecture, x86_64 or arm64');
  }
  return text(value[0], `${key}[0]`, file);
};

/** An ARN, or '' (the setting removed): none, as the input says it. */
export const arnOrNone: Encode = (value, key, file) => {
  const arn = text(value, key, file);
  return arn === '' ? 'none' : arn;
};

/** Strings, or objects with Arn as get-function-configuration prints them. */
export const layers: Rule = {
  map: (value, key, into) => {
    if (!Array.isArray(value)) throw fail(into.file, key, `is ${describeValue(value)}, not a list`);
    // get-function-configuration prints Layers: [] for a function without layers: detach all.
    if (value.length === 0) {
      into.set('layers' satisfies InputName, key, 'none');
      return;
    }
    const arns = value.map((layer: unknown, index) => {
      const at = `${key}[${index}]`;
      if (typeof layer === 'string') return layer.trim();
      const object = objectAt(layer, at, into.file);
      walk(object, at, LAYER_SHAPE, into);
      return text(object['Arn'], `${at}.Arn`, into.file) ?? '';
    });
    into.set('layers' satisfies InputName, key, arns.join('\n'));
  },
};

const LAYER_SHAPE: Shape = {
  Arn: READ_BY_RULE,
  CodeSize: 'read-only',
  SigningProfileVersionArn: 'read-only',
  SigningJobArn: 'read-only',
};

/** FileSystemConfigs: one ARN=path line each, as the file-systems input takes them. */
export const fileSystems: Rule = {
  map: (value, key, into) => {
    if (!Array.isArray(value)) throw fail(into.file, key, `is ${describeValue(value)}, not a list`);
    const mounts = value.map((mount: unknown, index) => {
      const at = `${key}[${index}]`;
      const object = objectAt(mount, at, into.file);
      walk(object, at, FILE_SYSTEM_SHAPE, into);
      const arn = text(object['Arn'], `${at}.Arn`, into.file) ?? '';
      const mountPath = text(object['LocalMountPath'], `${at}.LocalMountPath`, into.file) ?? '';
      const s3Files = object['S3FilesConfig'];
      if (s3Files !== undefined && s3Files !== null) {
        const s3At = `${at}.S3FilesConfig`;
        const settings = objectAt(s3Files, s3At, into.file);
        walk(settings, s3At, S3_FILES_SHAPE, into);
        const direct = settings['DirectS3Read'];
        if (direct !== undefined && direct !== null) {
          const directAt = `${s3At}.DirectS3Read`;
          into.set(
            'file-system-direct-s3-read' satisfies InputName,
            directAt,
            text(direct, directAt, into.file),
          );
        }
      }
      return `${arn}=${mountPath}`;
    });
    into.set(
      'file-systems' satisfies InputName,
      key,
      mounts.length === 0 ? 'none' : mounts.join('\n'),
    );
  },
};

const FILE_SYSTEM_SHAPE: Shape = {
  Arn: READ_BY_RULE,
  LocalMountPath: READ_BY_RULE,
  S3FilesConfig: READ_BY_RULE,
};

const S3_FILES_SHAPE: Shape = { DirectS3Read: READ_BY_RULE };

/**
 * Tags: KEY=VALUE lines, as the tags input takes them. get-function prints every tag, and those
 * no one may set (aws: ones, the action's own fingerprint records) are left out as read-only.
 */
export const tags: Rule = {
  map: (value, key, into) => {
    const object = objectAt(value, key, into.file);
    const pairs: string[] = [];
    for (const [name, tagValue] of Object.entries(object)) {
      const at = `${key}.${name}`;
      if (name.toLowerCase().startsWith('aws:') || ACTION_TAGS.includes(name)) {
        into.ignored.push(at);
        continue;
      }
      if (name.includes('=') || /[\r\n]/.test(name)) {
        throw fail(into.file, at, "a tag key with '=' or a line break cannot be set");
      }
      const valueText = text(tagValue, at, into.file) ?? '';
      if (/[\r\n]/.test(valueText)) throw fail(into.file, at, 'holds a line break');
      pairs.push(`${name}=${valueText}`);
    }
    // An empty Tags object sets nothing (the tags input cannot say "no tags" either).
    if (pairs.length > 0) into.set('tags' satisfies InputName, key, pairs.join('\n'));
  },
};

/**
 * VpcConfig: subnets and security groups, one a line. A function outside any VPC reports empty
 * lists, which detach it (none and none), and then dual stack does not apply.
 */
export const vpc: Rule = {
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
    into.set(
      'subnet-ids' satisfies InputName,
      `${key}.SubnetIds`,
      subnets === '' ? 'none' : subnets,
    );
    into.set(
      'security-group-ids' satisfies InputName,
      `${key}.SecurityGroupIds`,
      groups === '' ? 'none' : groups,
    );
    const dualStack = object['Ipv6AllowedForDualStack'];
    if (!detached && dualStack !== undefined && dualStack !== null) {
      const at = `${key}.Ipv6AllowedForDualStack`;
      into.set('ipv6-dual-stack' satisfies InputName, at, bool(dualStack, at, into.file));
    }
  },
};

const VPC_SHAPE: Shape = {
  SubnetIds: READ_BY_RULE,
  SecurityGroupIds: READ_BY_RULE,
  Ipv6AllowedForDualStack: READ_BY_RULE,
  VpcId: 'read-only',
};

export function walk(
  object: Readonly<Record<string, unknown>>,
  at: string,
  shape: Shape,
  into: Collector,
): void {
  for (const [name, value] of Object.entries(object)) {
    const key = at === '' ? name : `${at}.${name}`;
    const rule = Object.hasOwn(shape, name) ? shape[name] : undefined;
    if (rule === undefined) {
      const near = nearestKey(name, Object.keys(shape));
      throw new InputError(
        INPUT,
        `${into.file}: unknown key '${key}': Lambda has no such setting` +
          (near === undefined ? '' : ` (did you mean '${at === '' ? near : `${at}.${near}`}'?)`),
      );
    }
    // null (an empty YAML value) leaves the setting as it is, as an unset input does.
    if (value === null || value === undefined) continue;
    if (rule === 'read-only') into.ignored.push(key);
    else if ('object' in rule) walk(objectAt(value, key, into.file), key, rule.object, into);
    else if ('map' in rule) rule.map(value, key, into);
    else into.set(rule.input, key, rule.encode(value, key, into.file));
  }
}

export function objectAt(
  value: unknown,
  key: string,
  file: string,
): Readonly<Record<string, unknown>> {
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
