import { GetAliasCommand, GetFunctionCommand } from '@aws-sdk/client-lambda';
import { lambdaClient } from './aws.js';
import type {
  AnswerChange,
  CannedResponse,
  ProxiedRequest,
  ProxyEmulation,
  RequestMatcher,
} from './fault-proxy.js';
import { lambdaError } from './lambda-faults.js';
import { ACCOUNT_ID, REGION } from './moto-account.js';

// EMULATED, not moto: the function settings moto (5.2.1, awslambda/models.py) does not keep,
// and two APIs it lacks. Checked in moto's source and against a running moto:
//
// - moto's LambdaFunction.update_configuration keeps only Description, Handler, MemorySize,
//   Role, Runtime, Timeout, VpcConfig (as sent, Ipv6AllowedForDualStack included; VpcId
//   'vpc-123abc' added when there are security groups), Environment and Layers. It drops
//   DeadLetterConfig, TracingConfig, LoggingConfig, SnapStart, KMSKeyArn, FileSystemConfigs,
//   ImageConfig (and EphemeralStorage). Reserved concurrency (Put/Get/DeleteFunctionConcurrency)
//   is moto's own and is not touched here.
// - moto's CreateFunction keeps TracingConfig (default PassThrough), ImageConfig (shown for
//   Image functions only), VpcConfig and CodeSigningConfigArn; it drops DeadLetterConfig,
//   LoggingConfig, SnapStart (always read back {ApplyOn: None, OptimizationStatus: Off}),
//   KMSKeyArn and FileSystemConfigs.
// - moto has no Put/Get/Delete/ListProvisionedConcurrencyConfig(s) (its router answers 404
//   with an HTML page), and no PutFunctionCodeSigningConfig or DeleteFunctionCodeSigningConfig
//   (500); its GetFunctionCodeSigningConfig shows only what CreateFunction was given.
//
// What this emulation does, for the requests that go through a proxy:
// 1. Keeps, per function, the DeadLetterConfig, TracingConfig, LoggingConfig, SnapStart,
//    KMSKeyArn, FileSystemConfigs and ImageConfig of each CreateFunction and
//    UpdateFunctionConfiguration moto accepted (a field sent replaces the kept one; LoggingConfig
//    is merged field by field, and going back to Text drops the log levels), and snapshots them
//    for each version PublishVersion makes. A request body too large to record (an inline zip
//    over RECORDED_BODY_BYTES) is not read.
// 2. Merges them, in Lambda's read shapes, into the answers of GetFunction,
//    GetFunctionConfiguration, UpdateFunctionConfiguration, CreateFunction, PublishVersion and
//    ListVersionsByFunction (the version the answer names picks the snapshot):
//    DeadLetterConfig {TargetArn}, absent when never set or removed (TargetArn '');
//    TracingConfig {Mode}, PassThrough by default; LoggingConfig {LogFormat, LogGroup} with
//    LogFormat Text and LogGroup /aws/lambda/<name> by default, plus ApplicationLogLevel and
//    SystemLogLevel (INFO by default) when LogFormat is JSON; SnapStart {ApplyOn,
//    OptimizationStatus}, OptimizationStatus On only for a published version of a function
//    with ApplyOn PublishedVersions (Off for $LATEST, as Lambda reports it); KMSKeyArn, absent
//    when never set or reset to the default key (''); FileSystemConfigs [{Arn, LocalMountPath}],
//    absent when none; ImageConfigResponse {ImageConfig} as last sent (Lambda replaces the
//    whole ImageConfig on update).
// 3. Refuses as Lambda does: log levels with LogFormat Text (400); provisioned concurrency on
//    $LATEST, on an alias with weights, or for a function or qualifier that does not exist.
// 4. Answers the provisioned concurrency API in moto's place (ProvisionedConcurrency below):
//    PUT /2019-09-30/functions/{name}/provisioned-concurrency?Qualifier=q -> 202 IN_PROGRESS;
//    GET ...?Qualifier=q -> IN_PROGRESS for the first `readyAfterReads` reads after a Put, then
//    READY (or FAILED with a StatusReason, per test); 404
//    ProvisionedConcurrencyConfigNotFoundException without a config; DELETE ...?Qualifier=q ->
//    204; GET ...?List=ALL -> the configs (lambda-account.ts answers it from the same store when a
//    test installs a LambdaAccount). Deleting the alias or the function drops its configs.
// 5. Answers Put/Get/DeleteFunctionCodeSigningConfig (/2020-06-30/functions/{name}/
//    code-signing-config) from a per-function store seeded by CreateFunction. moto has no code
//    signing configs at all, so any well-formed code signing config ARN is accepted.
// Not emulated: Lambda's refusals of SnapStart for runtimes without it, of EFS outside a VPC,
// and of ImageConfig on Zip functions. Reads straight from moto (lambda-state.ts) see none of
// this: a test reads these settings back through the proxy.

const FUNCTIONS = '/2015-03-31/functions';
const PROVISIONED = /^\/2019-09-30\/functions\/([^/]+)\/provisioned-concurrency\/?$/;
const CODE_SIGNING = /^\/20\d\d-\d\d-\d\d\/functions\/([^/]+)\/code-signing-config\/?$/;
const CODE_SIGNING_ARN =
  /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:code-signing-config:csc-[a-z0-9]{17}$/;

/** The settings moto drops, by their request field name. */
const KEPT_FIELDS = [
  'DeadLetterConfig',
  'TracingConfig',
  'LoggingConfig',
  'SnapStart',
  'KMSKeyArn',
  'FileSystemConfigs',
  'ImageConfig',
] as const;

type KeptField = (typeof KEPT_FIELDS)[number];
type Fields = Partial<Record<KeptField, unknown>>;
type Json = Record<string, unknown>;

/** Lambda's 400 for log levels with LogFormat Text. */
export const LOG_LEVEL_WITH_TEXT =
  'LogLevel is not supported when LogFormat is set to "Text". Remove LogLevel from your ' +
  'request or change the LogFormat to "JSON" and try again.';

/** What a provisioned concurrency config does after a Put, as Lambda would allocate it. */
export type ProvisionedOutcome =
  { readonly readyAfterReads: number } | { readonly failsWith: string };

interface ProvisionedConfig {
  requested: number;
  allocated: number;
  status: 'IN_PROGRESS' | 'READY' | 'FAILED';
  reason: string | undefined;
  /** IN_PROGRESS reads left before the outcome shows. */
  readsLeft: number;
  outcome: ProvisionedOutcome;
  lastModified: string;
  /** The GetProvisionedConcurrencyConfig that first answered READY. */
  readyRead: ProxiedRequest | undefined;
}

/** GET|PUT|DELETE /2019-09-30/functions/{name}/provisioned-concurrency, Qualifier or List=ALL. */
export function provisionedConcurrency(name: string, method?: string): RequestMatcher {
  return (request) =>
    (method === undefined || request.method === method) && provisionedFunctionOf(request) === name;
}

/** GetProvisionedConcurrencyConfig (not the List) for `name`. */
export function getProvisionedConcurrency(name: string): RequestMatcher {
  return (request) =>
    provisionedConcurrency(name, 'GET')(request) &&
    new URLSearchParams(request.query).get('List') === null;
}

/** ListProvisionedConcurrencyConfigs: GET /2019-09-30/functions/{name}/provisioned-concurrency?List=ALL. */
export function listProvisionedConcurrency(name: string): RequestMatcher {
  return (request) =>
    provisionedConcurrency(name, 'GET')(request) &&
    new URLSearchParams(request.query).get('List') === 'ALL';
}

/**
 * Lambda's provisioned concurrency configs, by function and qualifier: what Put/Get/Delete
 * change and read, and what ListProvisionedConcurrencyConfigs lists (here or in
 * lambda-account.ts). A test says how allocation goes with `settle`.
 */
export class ProvisionedConcurrency {
  private readonly configs = new Map<string, Map<string, ProvisionedConfig>>();
  private outcome: ProvisionedOutcome = { readyAfterReads: 1 };

  /** How the configs Put from now on end: READY after that many IN_PROGRESS reads, or FAILED. */
  settle(outcome: ProvisionedOutcome): void {
    this.outcome = outcome;
  }

  /** A config that is READY already, as if allocated before the test (no Put). */
  provision(name: string, qualifier: string, concurrency = 1): void {
    this.forFunction(name).set(qualifier, {
      requested: concurrency,
      allocated: concurrency,
      status: 'READY',
      reason: undefined,
      readsLeft: 0,
      outcome: { readyAfterReads: 0 },
      lastModified: lastModified(),
      readyRead: undefined,
    });
  }

  /** Whether the function has any config. */
  has(name: string): boolean {
    return (this.configs.get(name)?.size ?? 0) > 0;
  }

  /** The config's requested concurrency and status, as a test checks it. */
  statusOf(
    name: string,
    qualifier: string,
  ): { readonly requested: number; readonly status: string } | undefined {
    const config = this.configs.get(name)?.get(qualifier);
    return config === undefined
      ? undefined
      : { requested: config.requested, status: config.status };
  }

  /** The GetProvisionedConcurrencyConfig request that first answered READY, if one did. */
  readyRead(name: string, qualifier: string): ProxiedRequest | undefined {
    return this.configs.get(name)?.get(qualifier)?.readyRead;
  }

  put(name: string, qualifier: string, requested: number): Json {
    const previous = this.configs.get(name)?.get(qualifier);
    const config: ProvisionedConfig = {
      requested,
      allocated: previous?.status === 'READY' ? previous.allocated : 0,
      status: 'IN_PROGRESS',
      reason: undefined,
      readsLeft: 'readyAfterReads' in this.outcome ? this.outcome.readyAfterReads : 1,
      outcome: this.outcome,
      lastModified: lastModified(),
      readyRead: undefined,
    };
    this.forFunction(name).set(qualifier, config);
    return shape(config);
  }

  /** GetProvisionedConcurrencyConfig: the config as this read sees it, or undefined. */
  read(name: string, qualifier: string, request: ProxiedRequest): Json | undefined {
    const config = this.configs.get(name)?.get(qualifier);
    if (config === undefined) return undefined;
    if (config.status === 'IN_PROGRESS') {
      if (config.readsLeft > 0) {
        config.readsLeft--;
      } else if ('failsWith' in config.outcome) {
        config.status = 'FAILED';
        config.reason = config.outcome.failsWith;
      } else {
        config.status = 'READY';
        config.allocated = config.requested;
        config.readyRead = request;
      }
    }
    return shape(config);
  }

  delete(name: string, qualifier?: string): boolean {
    if (qualifier === undefined) return this.configs.delete(name);
    return this.configs.get(name)?.delete(qualifier) ?? false;
  }

  /** ListProvisionedConcurrencyConfigs' items. */
  list(name: string): Json[] {
    return [...(this.configs.get(name) ?? new Map<string, ProvisionedConfig>())].map(
      ([qualifier, config]) => ({ FunctionArn: functionArn(name, qualifier), ...shape(config) }),
    );
  }

  private forFunction(name: string): Map<string, ProvisionedConfig> {
    const configs = this.configs.get(name) ?? new Map<string, ProvisionedConfig>();
    this.configs.set(name, configs);
    return configs;
  }
}

/**
 * What Lambda holds of the settings moto drops, and its provisioned concurrency and code
 * signing configs. Two proxies in front of one moto (two racing runs) may share one.
 */
export class LambdaSettingsState {
  readonly provisioned = new ProvisionedConcurrency();
  /** $LATEST's kept fields by function name. */
  private readonly latest = new Map<string, Fields>();
  /** Each published version's kept fields, by `name:version`. */
  private readonly versions = new Map<string, Fields>();
  /** CodeSigningConfigArn by function name ('' when none). */
  readonly codeSigning = new Map<string, string>();

  fieldsOf(name: string, version = '$LATEST'): Fields | undefined {
    return version === '$LATEST' ? this.latest.get(name) : this.versions.get(`${name}:${version}`);
  }

  /** Applies an accepted CreateFunction (`replace`) or UpdateFunctionConfiguration. */
  apply(name: string, sent: Fields, replace: boolean): void {
    this.latest.set(name, merged(replace ? {} : (this.latest.get(name) ?? {}), sent));
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
    for (const key of [...this.versions.keys()]) {
      if (key.startsWith(`${name}:`)) this.versions.delete(key);
    }
    this.codeSigning.delete(name);
    this.provisioned.delete(name);
  }
}

export type Call =
  | { readonly kind: 'create' }
  | { readonly kind: 'read'; readonly name: string }
  | { readonly kind: 'update'; readonly name: string }
  | { readonly kind: 'publish'; readonly name: string }
  | { readonly kind: 'list-versions'; readonly name: string }
  | { readonly kind: 'delete-function'; readonly name: string; readonly qualifier?: string }
  | { readonly kind: 'delete-alias'; readonly name: string; readonly alias: string }
  | { readonly kind: 'provisioned'; readonly name: string }
  | { readonly kind: 'code-signing'; readonly name: string };

export class LambdaSettings implements ProxyEmulation {
  private readonly moto;
  /** Fields of the CreateFunction/UpdateFunctionConfiguration requests sent on to moto. */
  private readonly pending = new WeakMap<ProxiedRequest, Fields>();

  constructor(
    target: string,
    readonly state = new LambdaSettingsState(),
  ) {
    this.moto = lambdaClient(target);
  }

  async beforeForward(request: ProxiedRequest): Promise<CannedResponse | undefined> {
    const call = callOf(request);
    if (call === undefined) return undefined;
    switch (call.kind) {
      case 'create':
      case 'update': {
        const sent = fieldsIn(request.body);
        if (sent === undefined) return undefined;
        const before = call.kind === 'update' ? this.state.fieldsOf(call.name) : undefined;
        if (logLevelsWithText(before?.LoggingConfig, sent.LoggingConfig)) {
          return lambdaError(400, 'InvalidParameterValueException', LOG_LEVEL_WITH_TEXT);
        }
        this.pending.set(request, sent);
        return undefined;
      }
      case 'provisioned':
        return this.provisioned(call.name, request);
      case 'code-signing':
        return this.codeSigning(call.name, request);
      default:
        return undefined;
    }
  }

  async afterAnswer(
    request: ProxiedRequest,
    status: number,
    json: () => Promise<unknown>,
  ): Promise<AnswerChange> {
    const call = callOf(request);
    if (call === undefined) return undefined;
    const succeeded = status >= 200 && status < 300;
    if (call.kind === 'provisioned') {
      // Reached moto: a List for a function this store has no config of.
      if (!listProvisionedConcurrency(call.name)(request)) return undefined;
      return {
        response: (await this.exists(call.name))
          ? answer(200, { ProvisionedConcurrencyConfigs: [] })
          : functionNotFound(call.name),
      };
    }
    if (!succeeded) return undefined;
    switch (call.kind) {
      case 'create': {
        const body = await json();
        const name = isObject(body) ? stringOf(body['FunctionName']) : undefined;
        const sent = this.pending.get(request);
        if (name === undefined) return undefined;
        this.state.forget(name);
        if (sent !== undefined) this.state.apply(name, sent, true);
        const csc = stringOf(parsed(request.body)?.['CodeSigningConfigArn']);
        if (csc !== undefined) this.state.codeSigning.set(name, csc);
        return { json: this.present(body, name) };
      }
      case 'update': {
        const sent = this.pending.get(request);
        if (sent !== undefined) this.state.apply(call.name, sent, false);
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
      case 'delete-alias':
        this.state.provisioned.delete(call.name, call.alias);
        return undefined;
      default:
        return undefined;
    }
  }

  close(): void {
    this.moto.destroy();
  }

  /** A configuration with the kept fields of the version it names, in Lambda's read shapes. */
  private present(config: unknown, name: string): unknown {
    if (!isObject(config)) return config;
    const version = stringOf(config['Version']) ?? '$LATEST';
    const fields = this.state.fieldsOf(name, version) ?? {};
    const out: Json = { ...config };

    const dlq = stringOf(objectOf(fields.DeadLetterConfig)?.['TargetArn']);
    if (dlq === undefined || dlq === '') delete out['DeadLetterConfig'];
    else out['DeadLetterConfig'] = { TargetArn: dlq };

    const mode =
      stringOf(objectOf(fields.TracingConfig)?.['Mode']) ??
      stringOf(objectOf(config['TracingConfig'])?.['Mode']) ??
      'PassThrough';
    out['TracingConfig'] = { Mode: mode };

    out['LoggingConfig'] = loggingShape(objectOf(fields.LoggingConfig) ?? {}, name);

    const applyOn = stringOf(objectOf(fields.SnapStart)?.['ApplyOn']) ?? 'None';
    out['SnapStart'] = {
      ApplyOn: applyOn,
      OptimizationStatus: applyOn === 'PublishedVersions' && version !== '$LATEST' ? 'On' : 'Off',
    };

    if ('KMSKeyArn' in fields) {
      const key = stringOf(fields.KMSKeyArn);
      if (key === undefined || key === '') delete out['KMSKeyArn'];
      else out['KMSKeyArn'] = key;
    }

    if ('FileSystemConfigs' in fields) {
      const systems = Array.isArray(fields.FileSystemConfigs) ? fields.FileSystemConfigs : [];
      if (systems.length === 0) delete out['FileSystemConfigs'];
      else
        out['FileSystemConfigs'] = systems.map((system: unknown) => ({
          Arn: stringOf(objectOf(system)?.['Arn']),
          LocalMountPath: stringOf(objectOf(system)?.['LocalMountPath']),
        }));
    }

    if ('ImageConfig' in fields) {
      const image = objectOf(fields.ImageConfig) ?? {};
      const shown: Json = {};
      for (const key of ['EntryPoint', 'Command', 'WorkingDirectory']) {
        const value = image[key];
        if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) {
          shown[key] = value;
        }
      }
      out['ImageConfigResponse'] = { ImageConfig: shown };
    }
    return out;
  }

  private async provisioned(
    name: string,
    request: ProxiedRequest,
  ): Promise<CannedResponse | undefined> {
    const { provisioned } = this.state;
    if (listProvisionedConcurrency(name)(request)) {
      // Unknown here: a LambdaAccount further on may know it; else afterAnswer answers [].
      return provisioned.has(name)
        ? answer(200, { ProvisionedConcurrencyConfigs: provisioned.list(name) })
        : undefined;
    }
    const qualifier = new URLSearchParams(request.query).get('Qualifier') ?? '';
    if (qualifier === '') {
      return lambdaError(
        400,
        'InvalidParameterValueException',
        'The Qualifier parameter is required for provisioned concurrency.',
      );
    }
    if (request.method === 'GET') {
      const config = provisioned.read(name, qualifier, request);
      return config === undefined
        ? lambdaError(404, 'ProvisionedConcurrencyConfigNotFoundException', NO_CONFIG)
        : answer(200, config);
    }
    if (request.method === 'DELETE') {
      return provisioned.delete(name, qualifier)
        ? { status: 204, headers: HEADERS, body: '' }
        : lambdaError(404, 'ResourceNotFoundException', NO_CONFIG);
    }
    if (request.method !== 'PUT') return undefined;
    const requested = parsed(request.body)?.['ProvisionedConcurrentExecutions'];
    if (typeof requested !== 'number' || !Number.isInteger(requested) || requested < 1) {
      return lambdaError(
        400,
        'InvalidParameterValueException',
        "1 validation error detected: Value at 'provisionedConcurrentExecutions' failed to " +
          'satisfy constraint: Member must have value greater than or equal to 1',
      );
    }
    if (qualifier === '$LATEST') {
      return lambdaError(
        400,
        'InvalidParameterValueException',
        'Provisioned Concurrency Configs cannot be applied to unpublished function versions.',
      );
    }
    const refusal = await this.qualifierRefusal(name, qualifier);
    if (refusal !== undefined) return refusal;
    return answer(202, provisioned.put(name, qualifier, requested));
  }

  /** Lambda's refusal of provisioned concurrency on `qualifier`: missing, or an alias with weights. */
  private async qualifierRefusal(
    name: string,
    qualifier: string,
  ): Promise<CannedResponse | undefined> {
    if (/^\d+$/.test(qualifier)) {
      return (await this.exists(name, qualifier)) ? undefined : functionNotFound(name, qualifier);
    }
    try {
      const alias = await this.moto.send(
        new GetAliasCommand({ FunctionName: name, Name: qualifier }),
      );
      const weights = alias.RoutingConfig?.AdditionalVersionWeights ?? {};
      if (Object.keys(weights).length > 0) {
        return lambdaError(
          400,
          'InvalidParameterValueException',
          'Alias with weights can not be used with Provisioned Concurrency',
        );
      }
      return undefined;
    } catch (error) {
      if (error instanceof Error && error.name === 'ResourceNotFoundException') {
        return functionNotFound(name, qualifier);
      }
      throw error;
    }
  }

  private async codeSigning(
    name: string,
    request: ProxiedRequest,
  ): Promise<CannedResponse | undefined> {
    if (!['GET', 'PUT', 'DELETE'].includes(request.method)) return undefined;
    if (!(await this.exists(name))) return functionNotFound(name);
    const { codeSigning } = this.state;
    if (request.method === 'DELETE') {
      codeSigning.set(name, '');
      return { status: 204, headers: HEADERS, body: '' };
    }
    if (request.method === 'PUT') {
      const arn = stringOf(parsed(request.body)?.['CodeSigningConfigArn']) ?? '';
      if (!CODE_SIGNING_ARN.test(arn)) {
        return lambdaError(
          400,
          'ValidationException',
          `1 validation error detected: Value '${arn}' at 'codeSigningConfigArn' failed to ` +
            'satisfy constraint: Member must satisfy regular expression pattern: ' +
            'arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}',
        );
      }
      codeSigning.set(name, arn);
      return answer(200, { CodeSigningConfigArn: arn, FunctionName: name });
    }
    return answer(200, { CodeSigningConfigArn: codeSigning.get(name) ?? '', FunctionName: name });
  }

  private async exists(name: string, qualifier?: string): Promise<boolean> {
    try {
      await this.moto.send(new GetFunctionCommand({ FunctionName: name, Qualifier: qualifier }));
      return true;
    } catch (error) {
      if (error instanceof Error && error.name === 'ResourceNotFoundException') return false;
      throw error;
    }
  }
}

const NO_CONFIG = 'No Provisioned Concurrency Config found for this function';

const HEADERS = {
  'content-type': 'application/json',
  'x-amzn-RequestId': '00000000-0000-4000-8000-000000000202',
};

function answer(status: number, body: unknown): CannedResponse {
  return { status, headers: HEADERS, body: JSON.stringify(body) };
}

function functionNotFound(name: string, qualifier?: string): CannedResponse {
  return lambdaError(
    404,
    'ResourceNotFoundException',
    `Function not found: ${functionArn(name, qualifier)}`,
  );
}

function shape(config: ProvisionedConfig): Json {
  return {
    RequestedProvisionedConcurrentExecutions: config.requested,
    AvailableProvisionedConcurrentExecutions: config.allocated,
    AllocatedProvisionedConcurrentExecutions: config.allocated,
    Status: config.status,
    ...(config.reason === undefined ? {} : { StatusReason: config.reason }),
    LastModified: config.lastModified,
  };
}

/** Lambda's LastModified for provisioned concurrency: ISO 8601 with +0000. */
function lastModified(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, '+0000');
}

function loggingShape(logging: Json, name: string): Json {
  const format = stringOf(logging['LogFormat']) ?? 'Text';
  const group = stringOf(logging['LogGroup']);
  return {
    LogFormat: format,
    ...(format === 'JSON'
      ? {
          ApplicationLogLevel: stringOf(logging['ApplicationLogLevel']) ?? 'INFO',
          SystemLogLevel: stringOf(logging['SystemLogLevel']) ?? 'INFO',
        }
      : {}),
    LogGroup: group === undefined || group === '' ? `/aws/lambda/${name}` : group,
  };
}

/** Whether the LoggingConfig sent would leave log levels set with LogFormat Text. */
function logLevelsWithText(before: unknown, sent: unknown): boolean {
  const request = objectOf(sent);
  if (request === undefined) return false;
  const format =
    stringOf(request['LogFormat']) ?? stringOf(objectOf(before)?.['LogFormat']) ?? 'Text';
  return (
    format === 'Text' &&
    (request['ApplicationLogLevel'] !== undefined || request['SystemLogLevel'] !== undefined)
  );
}

/** The kept fields after a request sent `sent`. */
function merged(kept: Fields, sent: Fields): Fields {
  const next: Fields = { ...kept, ...sent };
  if (sent.LoggingConfig !== undefined) {
    const logging: Json = {
      ...(objectOf(kept.LoggingConfig) ?? {}),
      ...(objectOf(sent.LoggingConfig) ?? {}),
    };
    if ((stringOf(logging['LogFormat']) ?? 'Text') === 'Text') {
      delete logging['ApplicationLogLevel'];
      delete logging['SystemLogLevel'];
    }
    next.LoggingConfig = logging;
  }
  return next;
}

/** The kept fields a request body carries; undefined when it was not recorded or not JSON. */
function fieldsIn(body: string | undefined): Fields | undefined {
  const request = parsed(body);
  if (request === undefined) return undefined;
  const fields: Fields = {};
  for (const field of KEPT_FIELDS) {
    if (field in request) fields[field] = request[field];
  }
  return fields;
}

export function callOf(request: ProxiedRequest): Call | undefined {
  const provisioned = provisionedFunctionOf(request);
  if (provisioned !== undefined) return { kind: 'provisioned', name: provisioned };
  const signing = CODE_SIGNING.exec(request.path)?.[1];
  if (signing !== undefined)
    return { kind: 'code-signing', name: baseName(decodeURIComponent(signing)) };
  const { method } = request;
  const path = request.path.replace(/\/$/, '');
  if (path === FUNCTIONS) return method === 'POST' ? { kind: 'create' } : undefined;
  if (!path.startsWith(`${FUNCTIONS}/`)) return undefined;
  const [fn, collection, item, ...rest] = path
    .slice(FUNCTIONS.length + 1)
    .split('/')
    .map(decodeURIComponent);
  if (fn === undefined || rest.length > 0) return undefined;
  const name = baseName(fn);
  const qualifier = new URLSearchParams(request.query).get('Qualifier') ?? undefined;
  if (collection === undefined) {
    if (method === 'GET') return { kind: 'read', name };
    if (method === 'DELETE') {
      return qualifier === undefined
        ? { kind: 'delete-function', name }
        : { kind: 'delete-function', name, qualifier };
    }
    return undefined;
  }
  if (collection === 'configuration' && item === undefined) {
    if (method === 'GET') return { kind: 'read', name };
    if (method === 'PUT') return { kind: 'update', name };
  }
  if (collection === 'versions' && item === undefined) {
    if (method === 'POST') return { kind: 'publish', name };
    if (method === 'GET') return { kind: 'list-versions', name };
  }
  if (collection === 'aliases' && item !== undefined && method === 'DELETE') {
    return { kind: 'delete-alias', name, alias: item };
  }
  return undefined;
}

/** The function a provisioned concurrency request is about, if it is one. */
function provisionedFunctionOf(request: ProxiedRequest): string | undefined {
  const match = PROVISIONED.exec(request.path)?.[1];
  return match === undefined ? undefined : baseName(decodeURIComponent(match));
}

/** The function's name from a name or an ARN (arn:...:function:name[:qualifier]). */
function baseName(nameOrArn: string): string {
  const at = nameOrArn.indexOf(':function:');
  return at === -1 ? nameOrArn : (nameOrArn.slice(at + ':function:'.length).split(':')[0] ?? '');
}

export function functionArn(name: string, qualifier?: string): string {
  const arn = `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${name}`;
  return qualifier === undefined ? arn : `${arn}:${qualifier}`;
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
