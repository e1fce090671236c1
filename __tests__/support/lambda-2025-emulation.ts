import { GetFunctionCommand, GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { lambdaClient } from './aws.js';
import type {
  AnswerChange,
  CannedResponse,
  ProxiedRequest,
  ProxyEmulation,
} from './fault-proxy.js';
import { lambdaError } from './lambda-faults.js';
import { functionArn } from './lambda-settings-emulation.js';

// EMULATED, not moto: Lambda's 2025 function kinds, which moto 5.2.1 has none of (its
// CreateFunction and UpdateFunctionConfiguration drop the fields, and it has no route for the
// 2025-11-30 and 2025-12-01 APIs). Shapes from the SDK's models (@aws-sdk/client-lambda
// 3.1178.0, models_0.d.ts) and Lambda's API reference.
//
// What it does, for the requests that go through a proxy:
// 1. Keeps DurableConfig, CapacityProviderConfig and TenancyConfig per function, as the
//    CreateFunction moto accepted gave them (UpdateFunctionConfiguration replaces the first
//    two when it sends them), snapshots them for each version PublishVersion makes, and shows
//    them on every read (GetFunction, GetFunctionConfiguration, ListVersionsByFunction, and
//    the answers of Create, Update and Publish), the version the answer names picking the
//    snapshot.
// 2. Refuses TenancyConfig in UpdateFunctionConfiguration (400 InvalidParameterValueException):
//    Lambda fixes tenant isolation at creation. The message is this harness's wording.
// 3. Readiness of Managed Instances versions: a version published from a function with a
//    CapacityProviderConfig reads State Pending (StateReasonCode Creating) for the first
//    `readyAfterReads` reads of it (GetFunction or GetFunctionConfiguration with its
//    Qualifier), then Active, as Lambda starts its execution environments.
// 4. PublishVersion with PublishTo LATEST_PUBLISHED: for a function with a capacity provider,
//    answered here (moto would make a numbered version): $LATEST as moto holds it, Version
//    $LATEST.PUBLISHED, its ARN qualified so; reads with Qualifier $LATEST.PUBLISHED answer that
//    snapshot. Refused (400) for a function without a capacity provider.
// 5. ListDurableExecutionsByFunction (GET /2025-12-01/functions/{name}/durable-executions):
//    the executions a test seeded (seedExecution), filtered by Qualifier and Statuses, newest
//    first, in pages of MaxItems (default 100) with NextMarker; 404 for a missing function.
// 6. Put/GetFunctionScalingConfig (/2025-11-30/functions/{name}/function-scaling-config):
//    Put stores the FunctionScalingConfig by qualifier (202 {FunctionState}); Get answers
//    RequestedFunctionScalingConfig and AppliedFunctionScalingConfig (applied at once). Both
//    need a Qualifier, and a function with a CapacityProviderConfig (400 otherwise).
// 7. Invoke of a PER_TENANT function without X-Amz-Tenant-Id: 400 InvalidParameterValueException
//    (this harness's wording). With one, the request goes on (to a test's invoke rule or moto).
// Not emulated: durable executions themselves (no Invoke starts one; Stop, Pause, Resume and
// the history APIs have no route), capacity providers (any well-formed ARN is taken), scaling
// of real environments, TenantId on asynchronous invokes, and Lambda's validation of the
// configs' ranges. Faults act first: a request a fault rule answers never reaches this.

const FUNCTIONS = '/2015-03-31/functions';
const DURABLE = /^\/2025-12-01\/functions\/([^/]+)\/durable-executions\/?$/;
const SCALING = /^\/2025-11-30\/functions\/([^/]+)\/function-scaling-config\/?$/;
const LATEST_PUBLISHED = '$LATEST.PUBLISHED';

type Json = Record<string, unknown>;

interface Fields {
  DurableConfig?: Json;
  CapacityProviderConfig?: Json;
  TenancyConfig?: Json;
}

export type ExecutionStatus =
  'RUNNING' | 'PAUSING' | 'PAUSED' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'STOPPED';

interface SeededExecution {
  readonly version: string;
  readonly status: ExecutionStatus;
  readonly name: string;
  readonly started: Date;
}

/** What this emulation holds; a test seeds executions and reads the scaling configs here. */
export class Lambda2025State {
  /** Reads of a new Managed Instances version that answer Pending before it is Active. */
  readyAfterReads = 1;
  readonly latest = new Map<string, Fields>();
  readonly versions = new Map<string, Fields>();
  readonly pendingReads = new Map<string, number>();
  readonly latestPublished = new Map<string, Json>();
  readonly scaling = new Map<string, Json>();
  readonly executions = new Map<string, SeededExecution[]>();

  /** A durable execution of `name`'s `version` in `status`, as if one had been started. */
  seedExecution(name: string, version: string, status: ExecutionStatus): void {
    const list = this.executions.get(name) ?? [];
    list.push({ version, status, name: `exec-${list.length + 1}`, started: new Date() });
    this.executions.set(name, list);
  }

  fieldsOf(name: string, version: string): Fields {
    return (
      (version === '$LATEST' ? this.latest.get(name) : this.versions.get(`${name}:${version}`)) ??
      {}
    );
  }

  scalingOf(name: string, qualifier: string): Json | undefined {
    return this.scaling.get(`${name}:${qualifier}`);
  }

  forget(name: string, version?: string): void {
    const prefix = `${name}:`;
    if (version !== undefined) {
      this.versions.delete(`${prefix}${version}`);
      this.pendingReads.delete(`${prefix}${version}`);
      return;
    }
    this.latest.delete(name);
    this.latestPublished.delete(name);
    this.executions.delete(name);
    for (const map of [this.versions, this.pendingReads, this.scaling]) {
      for (const key of [...map.keys()]) if (key.startsWith(prefix)) map.delete(key);
    }
  }
}

type Call =
  | { readonly kind: 'create' }
  | {
      readonly kind: 'read' | 'update' | 'publish' | 'list-versions' | 'invoke';
      readonly name: string;
    }
  | { readonly kind: 'delete'; readonly name: string; readonly qualifier: string | undefined }
  | { readonly kind: 'durable' | 'scaling'; readonly name: string };

export class Lambda2025 implements ProxyEmulation {
  private readonly moto;
  private readonly sent = new WeakMap<ProxiedRequest, Fields>();

  constructor(
    target: string,
    readonly state = new Lambda2025State(),
  ) {
    this.moto = lambdaClient(target);
  }

  async beforeForward(request: ProxiedRequest): Promise<CannedResponse | undefined> {
    const call = callOf(request);
    if (call === undefined) return undefined;
    const body = parsed(request.body);
    const qualifier = qualifierOf(request);
    switch (call.kind) {
      case 'create':
        if (body !== undefined) this.sent.set(request, fieldsIn(body));
        return undefined;
      case 'update':
        if (body?.['TenancyConfig'] !== undefined) {
          return lambdaError(400, 'InvalidParameterValueException', TENANCY_FIXED);
        }
        if (body !== undefined) this.sent.set(request, fieldsIn(body));
        return undefined;
      case 'publish':
        return body?.['PublishTo'] === 'LATEST_PUBLISHED'
          ? this.publishLatest(call.name)
          : undefined;
      case 'read': {
        if (qualifier !== LATEST_PUBLISHED) return undefined;
        const snapshot = this.state.latestPublished.get(call.name);
        if (snapshot === undefined) return notFound(call.name, qualifier);
        const configuration = request.path.endsWith('/configuration');
        return answer(200, configuration ? snapshot : { Configuration: snapshot });
      }
      case 'invoke': {
        // Fixed at creation, so $LATEST's holds for every version and alias.
        const tenancy = this.state.latest.get(call.name)?.TenancyConfig;
        const tenant = request.headers['x-amz-tenant-id'];
        if (
          tenancy?.['TenantIsolationMode'] === 'PER_TENANT' &&
          (tenant === undefined || tenant === '')
        ) {
          return lambdaError(400, 'InvalidParameterValueException', TENANT_ID_REQUIRED);
        }
        return undefined;
      }
      case 'durable':
        return this.listExecutions(call.name, request);
      case 'scaling':
        return this.scalingConfig(call.name, request, body);
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
    if (call === undefined || status < 200 || status >= 300) return undefined;
    const { state } = this;
    switch (call.kind) {
      case 'create': {
        const body = await json();
        const name = isObject(body) ? stringOf(body['FunctionName']) : undefined;
        if (name === undefined) return undefined;
        state.forget(name);
        state.latest.set(name, this.sent.get(request) ?? {});
        return { json: this.present(body, name, false) };
      }
      case 'update': {
        const sent = this.sent.get(request) ?? {};
        state.latest.set(call.name, { ...state.latest.get(call.name), ...sent });
        return { json: this.present(await json(), call.name, false) };
      }
      case 'publish': {
        const body = await json();
        const version = isObject(body) ? stringOf(body['Version']) : undefined;
        if (version === undefined) return undefined;
        const fields = state.latest.get(call.name) ?? {};
        state.versions.set(`${call.name}:${version}`, fields);
        if (fields.CapacityProviderConfig !== undefined) {
          state.pendingReads.set(`${call.name}:${version}`, state.readyAfterReads);
        }
        return { json: this.present(body, call.name, false) };
      }
      case 'read': {
        const body = await json();
        if (isObject(body) && isObject(body['Configuration'])) {
          return {
            json: { ...body, Configuration: this.present(body['Configuration'], call.name, true) },
          };
        }
        return { json: this.present(body, call.name, true) };
      }
      case 'list-versions': {
        const body = await json();
        if (!isObject(body) || !Array.isArray(body['Versions'])) return undefined;
        const versions: unknown[] = body['Versions'];
        return {
          json: { ...body, Versions: versions.map((v) => this.present(v, call.name, false)) },
        };
      }
      case 'delete':
        state.forget(call.name, call.qualifier);
        return undefined;
      default:
        return undefined;
    }
  }

  close(): void {
    this.moto.destroy();
  }

  /** The configuration with the version's fields; a read counts toward a pending version's start. */
  private present(config: unknown, name: string, read: boolean): unknown {
    if (!isObject(config)) return config;
    const version = stringOf(config['Version']) ?? '$LATEST';
    const fields = this.state.fieldsOf(name, version);
    const keys = ['DurableConfig', 'CapacityProviderConfig', 'TenancyConfig'] as const;
    // moto's own copies (if any) give way to what this emulation holds for the version.
    const out: Json = Object.fromEntries(
      Object.entries(config).filter(([key]) => !(keys as readonly string[]).includes(key)),
    );
    for (const key of keys) {
      const value = fields[key];
      if (value !== undefined && Object.keys(value).length > 0) out[key] = value;
    }
    const key = `${name}:${version}`;
    const left = this.state.pendingReads.get(key);
    if (left !== undefined) {
      if (left > 0) {
        out['State'] = 'Pending';
        out['StateReason'] = 'The function is being created.';
        out['StateReasonCode'] = 'Creating';
        if (read) this.state.pendingReads.set(key, left - 1);
      } else {
        this.state.pendingReads.delete(key);
      }
    }
    return out;
  }

  private async publishLatest(name: string): Promise<CannedResponse> {
    let latest: Json;
    try {
      latest = {
        ...(await this.moto.send(new GetFunctionConfigurationCommand({ FunctionName: name }))),
      };
    } catch {
      return notFound(name);
    }
    delete latest['$metadata'];
    const fields = this.state.latest.get(name) ?? {};
    if (fields.CapacityProviderConfig === undefined) {
      return lambdaError(400, 'InvalidParameterValueException', PUBLISH_TO_NEEDS_CAPACITY);
    }
    this.state.versions.set(`${name}:${LATEST_PUBLISHED}`, fields);
    const snapshot: Json = {
      ...latest,
      ...fields,
      Version: LATEST_PUBLISHED,
      FunctionArn: functionArn(name, LATEST_PUBLISHED),
      State: 'Active',
    };
    this.state.latestPublished.set(name, snapshot);
    return answer(201, snapshot);
  }

  private async listExecutions(name: string, request: ProxiedRequest): Promise<CannedResponse> {
    if (request.method !== 'GET') return lambdaError(405, 'MethodNotAllowed', 'Method not allowed');
    if (!(await this.exists(name))) return notFound(name);
    const query = new URLSearchParams(request.query);
    const qualifier = query.get('Qualifier') ?? undefined;
    const statuses = query.getAll('Statuses');
    const max = Math.min(Number(query.get('MaxItems') ?? '100') || 100, 1000);
    const start = Number(query.get('Marker') ?? '0') || 0;
    const matching = [...(this.state.executions.get(name) ?? [])]
      .reverse()
      .filter((execution) => qualifier === undefined || execution.version === qualifier)
      .filter((execution) => statuses.length === 0 || statuses.includes(execution.status));
    const page = matching.slice(start, start + max).map((execution) => ({
      DurableExecutionArn: `${functionArn(name, execution.version)}/durable-execution/${execution.name}`,
      DurableExecutionName: execution.name,
      FunctionArn: functionArn(name, execution.version),
      Status: execution.status,
      StartTimestamp: execution.started.getTime() / 1000,
    }));
    const next = start + max < matching.length ? String(start + max) : undefined;
    return answer(200, {
      DurableExecutions: page,
      ...(next === undefined ? {} : { NextMarker: next }),
    });
  }

  private async scalingConfig(
    name: string,
    request: ProxiedRequest,
    body: Json | undefined,
  ): Promise<CannedResponse> {
    const qualifier = qualifierOf(request);
    if (qualifier === undefined || qualifier === '') {
      return lambdaError(
        400,
        'InvalidParameterValueException',
        'The Qualifier parameter is required.',
      );
    }
    if (!(await this.exists(name, qualifier === LATEST_PUBLISHED ? undefined : qualifier))) {
      return notFound(name, qualifier);
    }
    if (this.state.latest.get(name)?.CapacityProviderConfig === undefined) {
      return lambdaError(400, 'InvalidParameterValueException', SCALING_NEEDS_CAPACITY);
    }
    const key = `${name}:${qualifier}`;
    if (request.method === 'PUT') {
      const config = body?.['FunctionScalingConfig'];
      this.state.scaling.set(key, isObject(config) ? config : {});
      return answer(202, { FunctionState: 'Active' });
    }
    if (request.method !== 'GET') return lambdaError(405, 'MethodNotAllowed', 'Method not allowed');
    const config = this.state.scaling.get(key);
    return answer(200, {
      FunctionArn: functionArn(name, qualifier),
      ...(config === undefined
        ? {}
        : { AppliedFunctionScalingConfig: config, RequestedFunctionScalingConfig: config }),
    });
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

export const TENANCY_FIXED = 'TenancyConfig cannot be modified after function creation.';
export const TENANT_ID_REQUIRED =
  'The function uses tenant isolation mode PER_TENANT: a TenantId (X-Amz-Tenant-Id) is required to invoke it.';
const PUBLISH_TO_NEEDS_CAPACITY =
  'PublishTo LATEST_PUBLISHED is supported only for functions that use a capacity provider.';
const SCALING_NEEDS_CAPACITY =
  'Function scaling configuration is supported only for functions that use a capacity provider.';

const HEADERS = {
  'content-type': 'application/json',
  'x-amzn-RequestId': '00000000-0000-4000-8000-000000002025',
};

function answer(status: number, body: unknown): CannedResponse {
  return { status, headers: HEADERS, body: JSON.stringify(body) };
}

function notFound(name: string, qualifier?: string): CannedResponse {
  return lambdaError(
    404,
    'ResourceNotFoundException',
    `Function not found: ${functionArn(name, qualifier)}`,
  );
}

function fieldsIn(body: Json): Fields {
  const fields: Fields = {};
  for (const key of ['DurableConfig', 'CapacityProviderConfig', 'TenancyConfig'] as const) {
    const value = body[key];
    if (isObject(value)) fields[key] = value;
  }
  return fields;
}

function callOf(request: ProxiedRequest): Call | undefined {
  const durable = DURABLE.exec(request.path)?.[1];
  if (durable !== undefined)
    return { kind: 'durable', name: baseName(decodeURIComponent(durable)) };
  const scaling = SCALING.exec(request.path)?.[1];
  if (scaling !== undefined)
    return { kind: 'scaling', name: baseName(decodeURIComponent(scaling)) };
  const { method } = request;
  const path = request.path.replace(/\/$/, '');
  if (path === FUNCTIONS) return method === 'POST' ? { kind: 'create' } : undefined;
  if (!path.startsWith(`${FUNCTIONS}/`)) return undefined;
  const [fn, collection, ...rest] = path
    .slice(FUNCTIONS.length + 1)
    .split('/')
    .map(decodeURIComponent);
  if (fn === undefined || rest.length > 0) return undefined;
  const name = baseName(fn);
  if (collection === undefined) {
    if (method === 'GET') return { kind: 'read', name };
    if (method === 'DELETE') return { kind: 'delete', name, qualifier: qualifierOf(request) };
    return undefined;
  }
  if (collection === 'configuration') {
    if (method === 'GET') return { kind: 'read', name };
    if (method === 'PUT') return { kind: 'update', name };
  }
  if (collection === 'versions') {
    if (method === 'POST') return { kind: 'publish', name };
    if (method === 'GET') return { kind: 'list-versions', name };
  }
  if (collection === 'invocations' && method === 'POST') return { kind: 'invoke', name };
  return undefined;
}

function qualifierOf(request: ProxiedRequest): string | undefined {
  return new URLSearchParams(request.query).get('Qualifier') ?? undefined;
}

/** The function's name from a name or an ARN (arn:...:function:name[:qualifier]). */
function baseName(nameOrArn: string): string {
  const at = nameOrArn.indexOf(':function:');
  return at === -1 ? nameOrArn : (nameOrArn.slice(at + ':function:'.length).split(':')[0] ?? '');
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

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
