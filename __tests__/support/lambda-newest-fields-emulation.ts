import type {
  AnswerChange,
  CannedResponse,
  ProxiedRequest,
  ProxyEmulation,
} from './fault-proxy.js';
import { lambdaError } from './lambda-faults.js';
import { callOf } from './lambda-settings-emulation.js';

// EMULATED, not moto: the function settings Lambda added in 2026 that moto (5.2.1) does not
// know. moto ignores RuntimeConfig, AcceleratorConfig and FileSystemConfigs[].S3FilesConfig in
// CreateFunction and UpdateFunctionConfiguration (and never returns them), ignores
// EphemeralStorage in UpdateFunctionConfiguration, and refuses EphemeralStorage over 10240 MB
// in CreateFunction whatever else the function has.
//
// What this emulation does, for the requests that go through a proxy (after the
// LambdaSettings emulation, whose answer it extends):
// 1. Keeps, per function, the RuntimeConfig {RuntimeArn, RuntimeAlias}, AcceleratorConfig
//    {AcceleratorMemorySize}, EphemeralStorage {Size} (UpdateFunctionConfiguration's; moto keeps
//    CreateFunction's) and each S3 Files mount's S3FilesConfig {DirectS3Read} (by access point
//    ARN) of every CreateFunction and UpdateFunctionConfiguration moto accepted; a field sent
//    replaces the kept one, FileSystemConfigs sent replaces the S3FilesConfigs kept. PublishVersion
//    snapshots them for the version it makes.
// 2. Returns them on GetFunction, GetFunctionConfiguration, CreateFunction,
//    UpdateFunctionConfiguration, PublishVersion and ListVersionsByFunction answers (the
//    version the answer names picks the snapshot); S3FilesConfig is shown on the mount it was
//    sent with, and only when it was sent.
// 3. Refuses as Lambda does, before moto sees the request: RuntimeConfig without RuntimeArn or
//    RuntimeAlias, or not matching their patterns (ValidationException); AcceleratorConfig whose
//    AcceleratorMemorySize is not 3, 6, 12, 16, 24 or 48 (ValidationException), or on an arm64
//    function (InvalidParameterValueException); EphemeralStorage over 10240 MB without an
//    accelerator, or over 32768 MB with one (ValidationException, in moto's wording); a file
//    system ARN that is neither an EFS nor an S3 Files access point (ValidationException);
//    S3FilesConfig on an EFS mount (InvalidParameterValueException).
// Not emulated: that Lambda runs accelerators only for Image functions on a capacity provider
// (CapacityProviderConfig is another emulation's), that RuntimeConfig needs Runtime custom, that
// the runtime exists (RuntimeAliasDeletedException and the like), mounting itself, and
// CreateFunction with EphemeralStorage over 10240 (moto refuses it before this could keep it).
// The wording of the two InvalidParameterValueExceptions is this emulation's own. Reads straight
// from moto (lambda-state.ts) see none of this: a test reads these settings through the proxy.

type Json = Record<string, unknown>;

interface NewestFields {
  readonly runtimeConfig?: Json | undefined;
  readonly acceleratorConfig?: Json | undefined;
  readonly ephemeralStorage?: number | undefined;
  /** DirectS3Read by S3 Files access point ARN, as last sent. */
  readonly s3Files?: Readonly<Record<string, string>> | undefined;
}

const ACCELERATOR_SIZES = [3, 6, 12, 16, 24, 48];
const RUNTIME_ARN = /^arn:[a-z-]+:lambda:[a-z0-9-]+:\d{12}:runtime\/.+$/;
const RUNTIME_ALIAS = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,126}[A-Za-z0-9_])?$/;
const EFS_ACCESS_POINT =
  /^arn:aws[a-zA-Z-]*:elasticfilesystem:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\d{1}:\d{12}:access-point\/fsap-[a-f0-9]{17}$/;
const S3_FILES_ACCESS_POINT =
  /^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system\/fs-[0-9a-f]{17,40}\/access-point\/fsap-[0-9a-f]{17,40}$/;
const FILE_SYSTEM_ARN_PATTERN =
  'arn:aws[a-zA-Z-]*:elasticfilesystem:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:\\d{12}:access-point/fsap-[a-f0-9]{17}$|^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}';

/** What Lambda holds of the newest fields, per function and published version. */
export class NewestFieldsState {
  private readonly latest = new Map<string, NewestFields>();
  private readonly versions = new Map<string, NewestFields>();
  /** The architecture of each function, from its CreateFunction or an update that set it. */
  readonly architectures = new Map<string, string>();

  fieldsOf(name: string, version = '$LATEST'): NewestFields | undefined {
    return version === '$LATEST' ? this.latest.get(name) : this.versions.get(`${name}:${version}`);
  }

  apply(name: string, sent: NewestFields, replace: boolean): void {
    const kept = replace ? {} : (this.latest.get(name) ?? {});
    const next: Json = { ...kept };
    for (const [key, value] of Object.entries(sent)) {
      if (value !== undefined) next[key] = value;
    }
    this.latest.set(name, next);
  }

  snapshot(name: string, version: string): void {
    const fields = this.latest.get(name);
    if (fields !== undefined) this.versions.set(`${name}:${version}`, fields);
  }

  forget(name: string, version?: string): void {
    if (version !== undefined && version !== '$LATEST') {
      this.versions.delete(`${name}:${version}`);
      return;
    }
    this.latest.delete(name);
    this.architectures.delete(name);
    for (const key of [...this.versions.keys()]) {
      if (key.startsWith(`${name}:`)) this.versions.delete(key);
    }
  }
}

export class LambdaNewestFields implements ProxyEmulation {
  private readonly pending = new WeakMap<ProxiedRequest, NewestFields>();

  constructor(readonly state = new NewestFieldsState()) {}

  beforeForward(request: ProxiedRequest): CannedResponse | undefined {
    const call = callOf(request);
    if (call?.kind !== 'create' && call?.kind !== 'update') return undefined;
    const body = parsed(request.body);
    if (body === undefined) return undefined;
    const name = call.kind === 'update' ? call.name : undefined;
    const refusal = this.refusal(body, name);
    if (refusal !== undefined) return refusal;
    this.pending.set(request, fieldsIn(body));
    return undefined;
  }

  async afterAnswer(
    request: ProxiedRequest,
    status: number,
    json: () => Promise<unknown>,
  ): Promise<AnswerChange> {
    const call = callOf(request);
    if (call === undefined || status < 200 || status >= 300) return undefined;
    switch (call.kind) {
      case 'create': {
        const body = await json();
        const name = isObject(body) ? stringOf(body['FunctionName']) : undefined;
        if (name === undefined) return undefined;
        this.state.forget(name);
        this.state.apply(name, this.pending.get(request) ?? {}, true);
        this.noteArchitecture(name, parsed(request.body));
        return { json: this.present(body, name) };
      }
      case 'update': {
        this.state.apply(call.name, this.pending.get(request) ?? {}, false);
        this.noteArchitecture(call.name, parsed(request.body));
        return { json: this.present(await json(), call.name) };
      }
      case 'publish': {
        const body = await json();
        const version = isObject(body) ? stringOf(body['Version']) : undefined;
        if (version !== undefined) this.state.snapshot(call.name, version);
        return { json: this.present(body, call.name) };
      }
      case 'read': {
        const body = await json();
        if (isObject(body) && isObject(body['Configuration'])) {
          return {
            json: { ...body, Configuration: this.present(body['Configuration'], call.name) },
          };
        }
        return { json: this.present(body, call.name) };
      }
      case 'list-versions': {
        const body = await json();
        if (!isObject(body) || !Array.isArray(body['Versions'])) return undefined;
        const versions: unknown[] = body['Versions'];
        return {
          json: { ...body, Versions: versions.map((version) => this.present(version, call.name)) },
        };
      }
      case 'delete-function':
        this.state.forget(call.name, call.qualifier);
        return undefined;
      default:
        return undefined;
    }
  }

  private noteArchitecture(name: string, body: Json | undefined): void {
    const architectures = body?.['Architectures'];
    if (Array.isArray(architectures) && typeof architectures[0] === 'string') {
      this.state.architectures.set(name, architectures[0]);
    }
  }

  /** Lambda's refusal of the request's newest fields, or undefined. */
  private refusal(body: Json, name: string | undefined): CannedResponse | undefined {
    const kept = name === undefined ? undefined : this.state.fieldsOf(name);
    if ('RuntimeConfig' in body) {
      const config = objectOf(body['RuntimeConfig']) ?? {};
      const arn = config['RuntimeArn'];
      const alias = config['RuntimeAlias'];
      if (typeof arn !== 'string')
        return invalid('runtimeConfig.runtimeArn', null, 'Member must not be null');
      if (typeof alias !== 'string') {
        return invalid('runtimeConfig.runtimeAlias', null, 'Member must not be null');
      }
      if (!RUNTIME_ARN.test(arn) || arn.length < 48 || arn.length > 2048) {
        return invalid(
          'runtimeConfig.runtimeArn',
          arn,
          'Member must satisfy regular expression pattern: arn:[a-z-]+:lambda:[a-z0-9-]+:\\d{12}:runtime/.+',
        );
      }
      if (!RUNTIME_ALIAS.test(alias)) {
        return invalid(
          'runtimeConfig.runtimeAlias',
          alias,
          'Member must satisfy regular expression pattern: [A-Za-z0-9_]([A-Za-z0-9_.-]{0,126}[A-Za-z0-9_])?',
        );
      }
    }
    const sentAccelerator = objectOf(body['AcceleratorConfig']);
    if ('AcceleratorConfig' in body) {
      const size = sentAccelerator?.['AcceleratorMemorySize'];
      if (typeof size !== 'number' || !ACCELERATOR_SIZES.includes(size)) {
        return invalid(
          'acceleratorConfig.acceleratorMemorySize',
          typeof size === 'number' || typeof size === 'string' ? size : null,
          `Member must satisfy enum value set: [${ACCELERATOR_SIZES.join(', ')}]`,
        );
      }
      const sentArchitectures = body['Architectures'];
      const architecture =
        (Array.isArray(sentArchitectures) ? stringOf(sentArchitectures[0]) : undefined) ??
        (name === undefined ? undefined : this.state.architectures.get(name));
      if (architecture === 'arm64') {
        return lambdaError(
          400,
          'InvalidParameterValueException',
          'AcceleratorConfig is supported only for functions with the x86_64 architecture.',
        );
      }
    }
    const storage = objectOf(body['EphemeralStorage'])?.['Size'];
    if (typeof storage === 'number') {
      const accelerated = sentAccelerator !== undefined || kept?.acceleratorConfig !== undefined;
      const max = accelerated ? 32_768 : 10_240;
      if (storage > max) {
        return invalid(
          'ephemeralStorage.size',
          storage,
          `Member must have value less than or equal to ${max}`,
        );
      }
    }
    const systems = body['FileSystemConfigs'];
    if (Array.isArray(systems)) {
      for (const [index, system] of systems.entries()) {
        const arn = stringOf(objectOf(system)?.['Arn']) ?? '';
        if (!EFS_ACCESS_POINT.test(arn) && !S3_FILES_ACCESS_POINT.test(arn)) {
          return invalid(
            `fileSystemConfigs.${index + 1}.member.arn`,
            arn,
            `Member must satisfy regular expression pattern: ${FILE_SYSTEM_ARN_PATTERN}`,
          );
        }
        if (objectOf(system)?.['S3FilesConfig'] !== undefined && !S3_FILES_ACCESS_POINT.test(arn)) {
          return lambdaError(
            400,
            'InvalidParameterValueException',
            'S3FilesConfig is valid only for an Amazon S3 Files access point.',
          );
        }
      }
    }
    return undefined;
  }

  /** A configuration with the kept fields of the version it names. */
  private present(config: unknown, name: string): unknown {
    if (!isObject(config)) return config;
    const version = stringOf(config['Version']) ?? '$LATEST';
    const fields = this.state.fieldsOf(name, version);
    if (fields === undefined) return config;
    const out: Json = { ...config };
    if (fields.runtimeConfig !== undefined) out['RuntimeConfig'] = fields.runtimeConfig;
    if (fields.acceleratorConfig !== undefined) out['AcceleratorConfig'] = fields.acceleratorConfig;
    if (fields.ephemeralStorage !== undefined) {
      out['EphemeralStorage'] = { Size: fields.ephemeralStorage };
    }
    const s3Files = fields.s3Files ?? {};
    if (Array.isArray(out['FileSystemConfigs'])) {
      const systems: unknown[] = out['FileSystemConfigs'];
      out['FileSystemConfigs'] = systems.map((system) => {
        const arn = stringOf(objectOf(system)?.['Arn']);
        const direct = arn === undefined ? undefined : s3Files[arn];
        return direct === undefined || !isObject(system)
          ? system
          : { ...system, S3FilesConfig: { DirectS3Read: direct } };
      });
    }
    return out;
  }
}

/** The newest fields a request body carries. */
function fieldsIn(body: Json): NewestFields {
  const systems = body['FileSystemConfigs'];
  let s3Files: Record<string, string> | undefined;
  if (Array.isArray(systems)) {
    s3Files = {};
    for (const system of systems) {
      const arn = stringOf(objectOf(system)?.['Arn']);
      const direct = stringOf(objectOf(objectOf(system)?.['S3FilesConfig'])?.['DirectS3Read']);
      if (arn !== undefined && direct !== undefined) s3Files[arn] = direct;
    }
  }
  const storage = objectOf(body['EphemeralStorage'])?.['Size'];
  return {
    runtimeConfig: objectOf(body['RuntimeConfig']),
    acceleratorConfig: objectOf(body['AcceleratorConfig']),
    ephemeralStorage: typeof storage === 'number' ? storage : undefined,
    s3Files,
  };
}

/** Lambda's 400 for a member that fails its constraint. */
function invalid(
  member: string,
  value: string | number | null,
  constraint: string,
): CannedResponse {
  const shown = value === null ? 'null' : `'${value}'`;
  return lambdaError(
    400,
    'ValidationException',
    `1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`,
  );
}

function parsed(body: string | undefined): Json | undefined {
  if (body === undefined || body === '') return undefined;
  try {
    const value = JSON.parse(body) as unknown;
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function objectOf(value: unknown): Json | undefined {
  return isObject(value) ? value : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
