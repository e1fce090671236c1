import { GetAliasCommand, GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { lambdaClient } from './aws.js';
import type {
  AnswerChange,
  CannedResponse,
  ProxiedRequest,
  ProxyEmulation,
} from './fault-proxy.js';
import { lambdaError } from './lambda-faults.js';
import { functionArn } from './lambda-settings-emulation.js';

// EMULATED, not moto: what moto 5.2.1 (awslambda/models.py, responses.py) lacks of self-managed
// code storage, function URL invoke modes and CORS, asynchronous invocation per qualifier,
// recursion and runtime management. Checked in moto's source:
// - CreateFunction and UpdateFunctionCode ignore S3ObjectStorageMode and S3ObjectVersion (moto
//   reads the key's newest version) and GetFunction's Code has no ResolvedS3Object.
// - FunctionUrlConfig ignores the Qualifier, answers InvokeMode "Buffered" (not BUFFERED) and
//   never changes it on update; it keeps Cors when an update leaves it out.
// - PutFunctionEventInvokeConfig keeps one config per function whatever the Qualifier, and
//   appends rather than replaces.
// - There is no Get/PutFunctionRecursionConfig and no Get/PutRuntimeManagementConfig (404).
//
// What this emulation does, for the requests that go through a proxy:
// 1. Code storage: keeps, per function, the S3ObjectStorageMode (COPY unless REFERENCE) and the
//    S3Bucket/S3Key/S3ObjectVersion of each CreateFunction and UpdateFunctionCode moto accepted,
//    snapshots it for each version PublishVersion makes, and adds Code.ResolvedS3Object
//    {S3Bucket, S3Key, S3ObjectVersion} to GetFunction's answer for $LATEST or a version that
//    references its object. Refuses REFERENCE with a ZipFile, or without S3ObjectVersion (400
//    InvalidParameterValueException). DeleteFunction of a version drops its snapshot.
// 2. Function URLs: keeps InvokeMode (BUFFERED by default) and Cors per function and qualifier,
//    from CreateFunctionUrlConfig and UpdateFunctionUrlConfig (a field left out of an update
//    stays), and puts them in the answers of Create, Update and GetFunctionUrlConfig. Refuses
//    an InvokeMode other than BUFFERED or RESPONSE_STREAM and an AllowMethods item over 6
//    characters (400 ValidationException). DeleteFunctionUrlConfig drops them.
// 3. Asynchronous invocation: answers Put (replace), Update (merge), Get, Delete and List of
//    /2019-09-25/functions/{name}/event-invoke-config in moto's place, one config per qualifier
//    ($LATEST when none), in Lambda's shape (LastModified in epoch seconds, FunctionArn with
//    the qualifier). 404 ResourceNotFoundException for a function or alias that does not exist,
//    or a Get with no config; 400 for MaximumRetryAttempts over 2 or MaximumEventAgeInSeconds
//    outside 60-21600.
// 4. Recursion: Get/PutFunctionRecursionConfig per function, Terminate by default; 400 for a
//    value other than Allow or Terminate.
// 5. Runtime management: Get/PutRuntimeManagementConfig per function and version ($LATEST when
//    no Qualifier), Auto by default, RuntimeVersionArn only in Manual mode; PublishVersion copies
//    $LATEST's to the version. 400 InvalidParameterValueException for RuntimeVersionArn without
//    Manual, or Manual without it (the wording is this harness's; Lambda's was not found).
// Not emulated: Lambda reading the object (its bucket policy, versioning, region), invoking
// through a URL, sending events to destinations, detecting loops, or rolling runtime versions.

type Json = Record<string, unknown>;

const HEADERS = { 'content-type': 'application/json' };
const FUNCTIONS = '/2015-03-31/functions';
const URL_PATH = /^\/2021-10-31\/functions\/([^/]+)\/url\/?$/;
const EVENT_INVOKE = /^\/2019-09-25\/functions\/([^/]+)\/event-invoke-config(\/list)?\/?$/;
const RECURSION = /^\/2024-08-31\/functions\/([^/]+)\/recursion-config\/?$/;
const RUNTIME = /^\/2021-07-20\/functions\/([^/]+)\/runtime-management-config\/?$/;

interface CodeRef {
  readonly mode: 'COPY' | 'REFERENCE';
  readonly bucket: string | undefined;
  readonly key: string | undefined;
  readonly version: string | undefined;
}

interface Runtime {
  readonly UpdateRuntimeOn: string;
  readonly RuntimeVersionArn?: string;
}

/** The store, by function name then qualifier ('$LATEST' for none). */
export class LambdaExtrasState {
  readonly code = new Map<string, Map<string, CodeRef>>();
  readonly urls = new Map<string, Map<string, { InvokeMode: string; Cors?: unknown }>>();
  readonly eventInvoke = new Map<string, Map<string, Json>>();
  readonly recursion = new Map<string, string>();
  readonly runtime = new Map<string, Map<string, Runtime>>();
}

export class LambdaExtras implements ProxyEmulation {
  private readonly moto;
  /** Requests moto is to answer, with what to keep once it accepted them. */
  private readonly pending = new WeakMap<ProxiedRequest, () => void>();

  constructor(
    target: string,
    readonly state = new LambdaExtrasState(),
  ) {
    this.moto = lambdaClient(target);
  }

  async beforeForward(request: ProxiedRequest): Promise<CannedResponse | undefined> {
    const { method, path } = request;
    const qualifier = new URLSearchParams(request.query).get('Qualifier') ?? '$LATEST';
    const body = parse(request.body);
    const code = codeCall(request);
    if (code !== undefined) return this.codeRequest(request, code, body);
    const url = URL_PATH.exec(path)?.[1];
    if (url !== undefined) return this.urlRequest(request, nameOf(url), qualifier, body);
    const invoke = EVENT_INVOKE.exec(path);
    if (invoke?.[1] !== undefined) {
      return this.eventInvokeRequest(
        method,
        nameOf(invoke[1]),
        qualifier,
        body,
        invoke[2] !== undefined,
      );
    }
    const recursion = RECURSION.exec(path)?.[1];
    if (recursion !== undefined) {
      const name = nameOf(recursion);
      if (!(await this.exists(name))) return notFound(name);
      if (method === 'PUT') {
        const value = body['RecursiveLoop'];
        if (value !== 'Allow' && value !== 'Terminate') {
          return validation(
            `Value '${String(value)}' at 'recursiveLoop' failed to satisfy constraint: Member must satisfy enum value set: [Allow, Terminate]`,
          );
        }
        this.state.recursion.set(name, value);
      }
      return answer({ RecursiveLoop: this.state.recursion.get(name) ?? 'Terminate' });
    }
    const runtime = RUNTIME.exec(path)?.[1];
    if (runtime !== undefined) return this.runtimeRequest(method, nameOf(runtime), qualifier, body);
    return undefined;
  }

  async afterAnswer(
    request: ProxiedRequest,
    status: number,
    json: () => Promise<unknown>,
  ): Promise<AnswerChange> {
    if (status < 200 || status >= 300) return undefined;
    this.pending.get(request)?.();
    const code = codeCall(request);
    if (code?.kind === 'publish') {
      const published = (await json()) as Json;
      this.snapshot(code.name, String(published['Version']));
      return undefined;
    }
    if (code?.kind === 'get') {
      const qualifier = new URLSearchParams(request.query).get('Qualifier') ?? '$LATEST';
      const ref = this.state.code.get(code.name)?.get(qualifier);
      if (ref?.mode !== 'REFERENCE') return undefined;
      const got = (await json()) as Json;
      const codeLocation = (got['Code'] ?? {}) as Json;
      return {
        json: {
          ...got,
          Code: {
            ...codeLocation,
            ResolvedS3Object: {
              S3Bucket: ref.bucket,
              S3Key: ref.key,
              S3ObjectVersion: ref.version,
            },
          },
        },
      };
    }
    const url = URL_PATH.exec(request.path)?.[1];
    if (url !== undefined && request.method !== 'DELETE') {
      const qualifier = new URLSearchParams(request.query).get('Qualifier') ?? '$LATEST';
      const kept = this.state.urls.get(nameOf(url))?.get(qualifier);
      const got = (await json()) as Json;
      return { json: { ...got, InvokeMode: kept?.InvokeMode ?? 'BUFFERED', Cors: kept?.Cors } };
    }
    return undefined;
  }

  close(): void {
    this.moto.destroy();
  }

  private codeRequest(
    request: ProxiedRequest,
    call: CodeCall,
    body: Json,
  ): CannedResponse | undefined {
    if (call.kind === 'delete') {
      const qualifier = new URLSearchParams(request.query).get('Qualifier');
      this.pending.set(request, () => {
        if (qualifier === null) {
          this.state.code.delete(call.name);
          this.state.runtime.delete(call.name);
        } else {
          this.state.code.get(call.name)?.delete(qualifier);
          this.state.runtime.get(call.name)?.delete(qualifier);
        }
      });
      return undefined;
    }
    if (call.kind !== 'create' && call.kind !== 'update-code') return undefined;
    const code = (call.kind === 'create' ? body['Code'] : body) as Json | undefined;
    if (code === undefined) return undefined;
    const mode = code['S3ObjectStorageMode'] === 'REFERENCE' ? 'REFERENCE' : 'COPY';
    if (mode === 'REFERENCE' && typeof code['S3Bucket'] !== 'string') {
      return invalid(
        'S3ObjectStorageMode REFERENCE requires S3Bucket and S3Key: a ZipFile cannot be referenced.',
      );
    }
    if (mode === 'REFERENCE' && typeof code['S3ObjectVersion'] !== 'string') {
      return invalid('S3ObjectVersion is required when S3ObjectStorageMode is REFERENCE.');
    }
    const name = call.kind === 'create' ? String(body['FunctionName']) : call.name;
    const ref: CodeRef = {
      mode,
      bucket: code['S3Bucket'] as string | undefined,
      key: code['S3Key'] as string | undefined,
      version: code['S3ObjectVersion'] as string | undefined,
    };
    this.pending.set(request, () => {
      const versions = this.state.code.get(name) ?? new Map<string, CodeRef>();
      versions.set('$LATEST', ref);
      this.state.code.set(name, versions);
    });
    return undefined;
  }

  private snapshot(name: string, version: string): void {
    const code = this.state.code.get(name);
    const latest = code?.get('$LATEST');
    if (code !== undefined && latest !== undefined) code.set(version, latest);
    const runtime = this.state.runtime.get(name);
    const latestRuntime = runtime?.get('$LATEST');
    if (runtime !== undefined && latestRuntime !== undefined) runtime.set(version, latestRuntime);
  }

  private urlRequest(
    request: ProxiedRequest,
    name: string,
    qualifier: string,
    body: Json,
  ): CannedResponse | undefined {
    const { method } = request;
    if (method === 'DELETE') {
      this.pending.set(request, () => this.state.urls.get(name)?.delete(qualifier));
      return undefined;
    }
    if (method !== 'POST' && method !== 'PUT') return undefined;
    const mode = body['InvokeMode'];
    if (mode !== undefined && mode !== 'BUFFERED' && mode !== 'RESPONSE_STREAM') {
      return validation(
        `1 validation error detected: Value '${JSON.stringify(mode)}' at 'invokeMode' failed to satisfy constraint: Member must satisfy enum value set: [RESPONSE_STREAM, BUFFERED]`,
      );
    }
    const methods = ((body['Cors'] as Json | undefined)?.['AllowMethods'] ?? []) as string[];
    const long = methods.find((item) => item.length > 6);
    if (long !== undefined) {
      return validation(
        `1 validation error detected: Value '${long}' at 'cors.allowMethods' failed to satisfy constraint: Member must have length less than or equal to 6`,
      );
    }
    this.pending.set(request, () => {
      const urls =
        this.state.urls.get(name) ?? new Map<string, { InvokeMode: string; Cors?: unknown }>();
      const before = method === 'PUT' ? urls.get(qualifier) : undefined;
      urls.set(qualifier, {
        InvokeMode: (mode as string | undefined) ?? before?.InvokeMode ?? 'BUFFERED',
        Cors: body['Cors'] ?? before?.Cors,
      });
      this.state.urls.set(name, urls);
    });
    return undefined;
  }

  private async eventInvokeRequest(
    method: string,
    name: string,
    qualifier: string,
    body: Json,
    list: boolean,
  ): Promise<CannedResponse> {
    const configs = this.state.eventInvoke.get(name) ?? new Map<string, Json>();
    this.state.eventInvoke.set(name, configs);
    if (!(await this.exists(name))) return notFound(name);
    if (list) return answer({ FunctionEventInvokeConfigs: [...configs.values()] });
    if (qualifier !== '$LATEST' && !(await this.exists(name, qualifier))) {
      return notFound(name, qualifier);
    }
    const arn = functionArn(name, qualifier === '$LATEST' ? undefined : qualifier);
    if (method === 'GET' || method === 'DELETE') {
      const config = configs.get(qualifier);
      if (config === undefined) {
        return lambdaError(
          404,
          'ResourceNotFoundException',
          `The function ${arn} doesn't have an EventInvokeConfig`,
        );
      }
      if (method === 'DELETE') {
        configs.delete(qualifier);
        return { status: 204, headers: HEADERS, body: '' };
      }
      return answer(config);
    }
    const retries = body['MaximumRetryAttempts'];
    if (typeof retries === 'number' && (retries < 0 || retries > 2)) {
      return validation(
        `1 validation error detected: Value '${retries}' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value less than or equal to 2`,
      );
    }
    const age = body['MaximumEventAgeInSeconds'];
    if (typeof age === 'number' && (age < 60 || age > 21_600)) {
      return validation(
        `1 validation error detected: Value '${age}' at 'maximumEventAgeInSeconds' failed to satisfy constraint: Member must have value between 60 and 21600`,
      );
    }
    const base = method === 'POST' ? (configs.get(qualifier) ?? {}) : {};
    const destinations = (body['DestinationConfig'] ?? base['DestinationConfig'] ?? {}) as Json;
    const config: Json = {
      ...base,
      ...pick(body, ['MaximumRetryAttempts', 'MaximumEventAgeInSeconds']),
      LastModified: Math.floor(Date.now() / 1000),
      FunctionArn: arn,
      DestinationConfig: {
        OnSuccess: destinations['OnSuccess'] ?? {},
        OnFailure: destinations['OnFailure'] ?? {},
      },
    };
    configs.set(qualifier, config);
    return answer(config);
  }

  private async runtimeRequest(
    method: string,
    name: string,
    qualifier: string,
    body: Json,
  ): Promise<CannedResponse> {
    if (!(await this.exists(name, qualifier === '$LATEST' ? undefined : qualifier))) {
      return notFound(name, qualifier === '$LATEST' ? undefined : qualifier);
    }
    const runtimes = this.state.runtime.get(name) ?? new Map<string, Runtime>();
    this.state.runtime.set(name, runtimes);
    const arn = functionArn(name, qualifier);
    if (method === 'PUT') {
      const on = body['UpdateRuntimeOn'];
      const version = body['RuntimeVersionArn'];
      if (on !== 'Auto' && on !== 'FunctionUpdate' && on !== 'Manual') {
        return validation(
          `1 validation error detected: Value '${String(on)}' at 'updateRuntimeOn' failed to satisfy constraint: Member must satisfy enum value set: [Auto, FunctionUpdate, Manual]`,
        );
      }
      if (on === 'Manual' && typeof version !== 'string') {
        return invalid('RuntimeVersionArn is required when UpdateRuntimeOn is Manual.');
      }
      if (on !== 'Manual' && version !== undefined) {
        return invalid('RuntimeVersionArn can only be set when UpdateRuntimeOn is Manual.');
      }
      const config: Runtime =
        on === 'Manual'
          ? { UpdateRuntimeOn: on, RuntimeVersionArn: String(version) }
          : { UpdateRuntimeOn: on };
      runtimes.set(qualifier, config);
      return answer({ ...config, FunctionArn: arn });
    }
    return answer({ UpdateRuntimeOn: 'Auto', ...runtimes.get(qualifier), FunctionArn: arn });
  }

  /** The function (or its alias or version) exists in moto. */
  private async exists(name: string, qualifier?: string): Promise<boolean> {
    try {
      if (qualifier !== undefined && !/^\d+$/.test(qualifier)) {
        await this.moto.send(new GetAliasCommand({ FunctionName: name, Name: qualifier }));
      } else {
        await this.moto.send(
          new GetFunctionConfigurationCommand({ FunctionName: name, Qualifier: qualifier }),
        );
      }
      return true;
    } catch {
      return false;
    }
  }
}

type CodeCall =
  | { readonly kind: 'create' }
  | { readonly kind: 'update-code' | 'publish' | 'get' | 'delete'; readonly name: string };

function codeCall({ method, path }: ProxiedRequest): CodeCall | undefined {
  const trimmed = path.replace(/\/$/, '');
  if (trimmed === FUNCTIONS) return method === 'POST' ? { kind: 'create' } : undefined;
  if (!trimmed.startsWith(`${FUNCTIONS}/`)) return undefined;
  const [fn, collection, ...rest] = trimmed.slice(FUNCTIONS.length + 1).split('/');
  if (fn === undefined || rest.length > 0) return undefined;
  const name = nameOf(fn);
  if (collection === 'code' && method === 'PUT') return { kind: 'update-code', name };
  if (collection === 'versions' && method === 'POST') return { kind: 'publish', name };
  if (collection === undefined && method === 'GET') return { kind: 'get', name };
  if (collection === undefined && method === 'DELETE') return { kind: 'delete', name };
  return undefined;
}

function nameOf(raw: string): string {
  const decoded = decodeURIComponent(raw);
  const at = decoded.indexOf(':function:');
  return at === -1 ? decoded : (decoded.slice(at + ':function:'.length).split(':')[0] ?? '');
}

function parse(body: string | undefined): Json {
  if (body === undefined || body === '') return {};
  try {
    const value = JSON.parse(body) as unknown;
    return typeof value === 'object' && value !== null ? (value as Json) : {};
  } catch {
    return {};
  }
}

function pick(body: Json, keys: readonly string[]): Json {
  return Object.fromEntries(
    keys.flatMap((key) => (body[key] === undefined ? [] : [[key, body[key]]])),
  );
}

function answer(body: unknown): CannedResponse {
  return { status: 200, headers: HEADERS, body: JSON.stringify(body) };
}

function invalid(message: string): CannedResponse {
  return lambdaError(400, 'InvalidParameterValueException', message);
}

function validation(message: string): CannedResponse {
  return lambdaError(400, 'ValidationException', message);
}

function notFound(name: string, qualifier?: string): CannedResponse {
  return lambdaError(
    404,
    'ResourceNotFoundException',
    `Function not found: ${functionArn(name, qualifier)}`,
  );
}
