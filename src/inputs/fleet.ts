// manifest and regions: many deploys from one step. Each target (an entry of the manifest, or
// the step itself, in each region) gets a reader of its own, entry over defaults over the step's
// inputs, and goes through parseInputs exactly as a single deploy does; every target is checked
// before any AWS call, and an error names the manifest, the entry and the key.
import { InputError } from '../errors.js';
import type { DeployConfig } from '../inputs.js';
import { parseInputs } from '../inputs.js';
import { describeValue as describe, readConfigFile } from './config-file.js';
import { functionBaseName, parseFunctionName, parseRegion } from './function-target.js';
import {
  INPUT_SCHEMA,
  inputsWhere,
  type InputName,
  type InputSpec,
  type ManifestRefusal,
  type ManifestValue,
} from './schema.js';
import {
  inputLines,
  parseBoolean,
  parseInteger,
  type Environment,
  type ReadInput,
} from './values.js';

export interface FleetTarget {
  /** "orders-api", or "orders-api in eu-west-1" with regions. */
  readonly label: string;
  readonly region: string;
  readonly config: DeployConfig;
}

export interface FleetConfig {
  readonly targets: readonly FleetTarget[];
  readonly maxParallel: number;
}

const MANIFEST = 'manifest';

/**
 * Modes that are not a deploy: refused with a manifest or regions. Sorted, so that which one a
 * step setting both is told about does not hang on the schema's order (delete-alias first).
 */
const NOT_A_DEPLOY = inputsWhere(
  INPUT_SCHEMA,
  (input) => input.where.manifest === 'one-alias',
).sort();

/** The code's three sources: one level (entry, defaults or step) gives all three. */
const CODE_INPUTS: readonly InputName[] = ['source', 'zip-file', 'image-uri'];

/** How a mapping or list written for an input becomes its text (see ManifestValue). */
const MANIFEST_VALUES: ReadonlyMap<string, ManifestValue> = new Map(
  INPUT_SCHEMA.flatMap((input) =>
    input.manifestValue === undefined ? [] : [[input.name, input.manifestValue] as const],
  ),
);

/** What a manifest is told when it sets an input that only the step may set. */
const REFUSALS: Readonly<Record<ManifestRefusal, string>> = {
  'step-only': 'is an input of the step, not of the manifest',
  'one-alias':
    "cannot be used in a manifest: it acts on one function's alias; use a step of its own",
  'whole-step': 'applies to the whole step: set it on the step',
};

/**
 * Why an entry of a manifest (or its defaults) may not set `key`, or undefined when it may:
 * every input of `schema` that is not the step's alone.
 */
export function manifestKeyProblem(
  key: string,
  schema: readonly InputSpec[] = INPUT_SCHEMA,
): string | undefined {
  const input = schema.find((candidate) => candidate.name === key);
  if (input === undefined) {
    return `is not an input of the action (${schema.length} inputs and group are accepted)`;
  }
  return input.where.manifest === true ? undefined : REFUSALS[input.where.manifest];
}

export const DEFAULT_MAX_PARALLEL = 4;
const MAX_PARALLEL = 32;

/** A manifest is not a program: more entries than this are a wrong file. */
const MAX_ENTRIES = 1_000;

const REGION_PLACEHOLDER = /\{region\}/g;

/** True when the step deploys many targets: a manifest, regions (or a manifest-group). */
export function isFleet(read: ReadInput): boolean {
  return read('manifest') !== '' || read('regions') !== '' || read('manifest-group') !== '';
}

/** One level of values, as input texts: an entry, the manifest's defaults. */
type Level = Readonly<Record<string, string>>;

interface Entry {
  /** "functions[1] (billing-worker)", to name it in messages. */
  readonly where: string;
  readonly values: Level;
  readonly group: string | undefined;
}

interface Manifest {
  readonly defaults: Level;
  readonly entries: readonly Entry[];
}

export function parseFleet(read: ReadInput, env: Environment): FleetConfig {
  const maxParallel = parseInteger('max-parallel', read('max-parallel'), {
    min: 1,
    max: MAX_PARALLEL,
    fallback: DEFAULT_MAX_PARALLEL,
    unit: 'deploys at once',
  });
  const regions = parseRegions(read('regions'));
  const given = read(MANIFEST);
  const group = read('manifest-group');
  if (group !== '' && given === '') {
    throw new InputError('manifest-group', 'needs manifest (the file whose entries it selects)');
  }
  for (const input of NOT_A_DEPLOY) {
    const set =
      input === 'delete-alias' ? parseBoolean(input, read(input), false) : read(input) !== '';
    if (set) {
      throw new InputError(
        input,
        `cannot be used with ${given === '' ? 'regions' : 'manifest'}: it acts on one function's alias; use a step of its own`,
      );
    }
  }
  if (regions !== undefined && read('region') !== '') {
    throw new InputError('region', 'cannot be used with regions, which lists the regions');
  }
  const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
  const manifest =
    given === '' ? undefined : checkManifest(readManifest(given, workspace), regions !== undefined);
  const entries = manifest === undefined ? [undefined] : selectGroup(manifest.entries, group);

  const targets: FleetTarget[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    for (const region of regions ?? [undefined]) {
      const target = buildTarget(read, env, manifest?.defaults ?? {}, entry, region);
      const label = regions === undefined ? target.name : `${target.name} in ${target.region}`;
      const key = `${target.name}\n${target.region}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        throw new InputError(
          MANIFEST,
          `${entry?.where ?? 'the step'}: deploys ${target.name} in ${target.region}, as ${earlier} does: give each function once`,
        );
      }
      seen.set(key, entry?.where ?? 'the step');
      targets.push({ label, region: target.region, config: target.config });
    }
  }
  return { targets, maxParallel };
}

function parseRegions(value: string): string[] | undefined {
  if (value === '') return undefined;
  const regions = inputLines(value);
  const seen = new Set<string>();
  for (const region of regions) {
    try {
      parseRegion(region, undefined, {});
    } catch {
      throw new InputError('regions', `'${region}' is not an AWS region name such as eu-west-1`);
    }
    if (seen.has(region)) throw new InputError('regions', `lists ${region} twice`);
    seen.add(region);
  }
  return regions;
}

function selectGroup(entries: readonly Entry[], group: string): readonly Entry[] {
  if (group === '') return entries;
  const selected = entries.filter((entry) => entry.group === group);
  if (selected.length === 0) {
    const groups = [...new Set(entries.flatMap((entry) => entry.group ?? []))];
    throw new InputError(
      'manifest-group',
      `'${group}' is the group of no entry of manifest (${groups.length === 0 ? 'no entry has a group' : `its groups: ${groups.join(', ')}`})`,
    );
  }
  return selected;
}

/** The target's reader, parsed; errors name the entry and the key. */
function buildTarget(
  read: ReadInput,
  env: Environment,
  defaults: Level,
  entry: Entry | undefined,
  listedRegion: string | undefined,
): { name: string; region: string; config: DeployConfig } {
  const levels: { level: Level; from: string }[] = [
    ...(entry === undefined ? [] : [{ level: entry.values, from: '' }]),
    { level: defaults, from: ' (from defaults)' },
  ];
  /** The raw value of `name` and where it came from: an entry, defaults, the step. */
  const lookup = (name: InputName): { value: string; from: string | undefined } => {
    const has = (level: Level, names: readonly string[]) =>
      names.some((input) => Object.hasOwn(level, input));
    const group = CODE_INPUTS.includes(name) ? CODE_INPUTS : [name];
    for (const { level, from } of levels) {
      if (has(level, group)) return { value: level[name] ?? '', from };
    }
    return { value: read(name), from: undefined };
  };
  let region = listedRegion ?? '';
  const substituted: ReadInput = (name) => {
    if (name === 'region' && listedRegion !== undefined) return listedRegion;
    const { value } = lookup(name);
    return name === 'region' ? value : value.replace(REGION_PLACEHOLDER, region);
  };
  try {
    if (listedRegion === undefined) {
      const { arnRegion } = parseFunctionName(substituted('function-name'));
      region = parseRegion(substituted('region'), arnRegion, env);
    }
    const config = parseInputs(substituted, env);
    return { name: functionBaseName(config.functionName), region: config.region, config };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const detail = error.message.slice(`Input '${error.input}': `.length);
    const inRegion = listedRegion === undefined ? '' : ` (in ${listedRegion})`;
    if (entry === undefined) throw new InputError(error.input, `${detail}${inRegion}`);
    const { from } = lookup(error.input);
    const source = from ?? (read(error.input) === '' ? '' : " (from the step's input)");
    throw new InputError(MANIFEST, `${entry.where}: ${error.input}${source}: ${detail}${inRegion}`);
  }
}

// ---------------------------------------------------------------------------------------
// The file.

function readManifest(given: string, workspace: string): unknown {
  try {
    return readConfigFile(given, workspace);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const detail = error.message
      .slice(`Input '${error.input}': `.length)
      .replace(
        /; a function's settings come to far less than (\d+)$/,
        ', more than the $1 a manifest may have',
      );
    throw new InputError(MANIFEST, detail);
  }
}

function checkManifest(document: unknown, withRegions: boolean): Manifest {
  if (!isMapping(document)) {
    throw new InputError(
      MANIFEST,
      `must hold a mapping with functions (and optionally defaults), not ${describe(document)}`,
    );
  }
  for (const key of Object.keys(document)) {
    if (key !== 'defaults' && key !== 'functions') {
      throw new InputError(
        MANIFEST,
        `unknown top-level key '${key}': a manifest holds defaults and functions`,
      );
    }
  }
  const rawDefaults = document['defaults'] ?? {};
  if (!isMapping(rawDefaults)) {
    throw new InputError(
      MANIFEST,
      `defaults: is ${describe(rawDefaults)}, not a mapping of inputs`,
    );
  }
  const defaults = checkLevel(rawDefaults, 'defaults', withRegions, false);
  const functions = document['functions'];
  if (!Array.isArray(functions) || functions.length === 0) {
    throw new InputError(
      MANIFEST,
      `functions: is ${functions === undefined ? 'missing' : describe(functions)}; give a list of entries, each with at least function-name`,
    );
  }
  if (functions.length > MAX_ENTRIES) {
    throw new InputError(
      MANIFEST,
      `functions: lists ${functions.length} entries; a manifest takes at most ${MAX_ENTRIES} (split it with manifest-group)`,
    );
  }
  const entries = functions.map((raw: unknown, index): Entry => {
    const name = isMapping(raw) ? raw['function-name'] : undefined;
    const where =
      typeof name === 'string' && name.trim() !== ''
        ? `functions[${index}] (${name.trim()})`
        : `functions[${index}]`;
    if (!isMapping(raw)) {
      throw new InputError(MANIFEST, `${where}: is ${describe(raw)}, not a mapping of inputs`);
    }
    const values = checkLevel(raw, where, withRegions, true);
    const group: unknown = raw['group'];
    if (group === undefined || group === null) return { where, values, group: undefined };
    if (typeof group !== 'string' || group.trim() === '') {
      throw new InputError(MANIFEST, `${where}: group: is ${describe(group)}, not a group name`);
    }
    return { where, values, group: group.trim() };
  });
  return { defaults, entries };
}

/** One level's keys checked and its values turned into the inputs' text. */
function checkLevel(
  raw: Readonly<Record<string, unknown>>,
  where: string,
  withRegions: boolean,
  isEntry: boolean,
): Level {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const fail = (detail: string) => new InputError(MANIFEST, `${where}: ${key}: ${detail}`);
    if (key === 'group') {
      if (!isEntry) throw fail('belongs in an entry: it names the group of that entry');
      continue;
    }
    const problem = manifestKeyProblem(key);
    if (problem !== undefined) throw fail(problem);
    if (key === 'region' && withRegions) {
      throw fail('cannot be set with the regions input, which lists the regions');
    }
    values[key] = inputText(value, key, fail);
  }
  return values;
}

/** A manifest value as the input's text; an empty one ('' or no value) unsets the input. */
function inputText(value: unknown, key: string, fail: (detail: string) => InputError): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const structured = MANIFEST_VALUES.get(key);
  if (structured === 'json') return JSON.stringify(value);
  if (structured === 'json-object' && isMapping(value)) {
    // As a JSON object, with numbers and booleans as their text, as YAML users write them.
    return JSON.stringify(
      Object.fromEntries(
        Object.entries(value).map(([name, variable]) => [
          name,
          typeof variable === 'number' || typeof variable === 'boolean'
            ? String(variable)
            : variable,
        ]),
      ),
    );
  }
  if (structured === 'key-value-lines' && isMapping(value)) {
    return Object.entries(value)
      .map(([name, tag]) => `${name}=${single(tag, name, fail)}`)
      .join('\n');
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => single(item, `[${index}]`, fail)).join('\n');
  }
  throw fail(`is ${describe(value)}; give a string, a number, true or false, or a list`);
}

function single(value: unknown, at: string, fail: (detail: string) => InputError): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') throw fail(`${at} is ${describe(value)}, not a single value`);
  if (/[\r\n]/.test(value)) throw fail(`${at} holds a line break`);
  return value.trim();
}

function isMapping(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
