import {
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  InvokeCommand,
  type GetFunctionCommandOutput,
  CreateFunctionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  waitUntilFunctionActiveV2,
  type CreateFunctionRequest,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type UpdateFunctionConfigurationRequest,
  waitUntilFunctionUpdatedV2,
  type FunctionCodeLocation,
  type FunctionConfiguration,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { DeployError } from '../errors.js';
import { formatSeconds } from '../format.js';
import type { Architecture } from '../inputs.js';
import type { Logger } from '../logger.js';
import { failureDescriber, type FailureDescriber } from './aws-errors.js';
import { CONFLICT_RETRY, mutate, type Confirmation, type RetryPolicy } from './retry.js';
import { streamZipFile } from './streamed-zip.js';
import type { MiddlewareStack } from '@smithy/types';

/** What the deploy needs to know of a function, read from Lambda. */
export interface FunctionState {
  readonly arn: string;
  readonly name: string;
  readonly packageType: string;
  /** Base64 SHA-256 of the deployed package. */
  readonly codeSha256: string;
  readonly codeSize: number;
  readonly state: string | undefined;
  readonly lastUpdateStatus: string | undefined;
  readonly lastUpdateStatusReason: string | undefined;
  readonly revisionId: string | undefined;
  /** Everything GetFunction said of the configuration, for comparing settings. */
  readonly configuration: FunctionConfiguration;
  readonly tags: Readonly<Record<string, string>>;
  /** For an Image function read with GetFunction: the image it runs, by digest. */
  readonly resolvedImageUri: string | undefined;
}

/** What a synchronous Invoke answered. */
export interface Invocation {
  /** 'Unhandled' or 'Handled' when the function failed. */
  readonly functionError: string | undefined;
  readonly payload: string;
  /** The end of the invocation's log, decoded. */
  readonly logTail: string;
}

/** A zip package, in the request or in S3. */
export type PackageLocation =
  | { readonly kind: 'zip'; readonly zip: Uint8Array }
  /** The zip in the request, streamed from its file (streamed-zip.ts). */
  | { readonly kind: 'zip-file'; readonly path: string; readonly size: number }
  | {
      readonly kind: 's3';
      readonly bucket: string;
      readonly key: string;
      readonly versionId: string | undefined;
    };

export type CodeLocation = PackageLocation | { readonly kind: 'image'; readonly uri: string };

export interface LambdaTiming {
  readonly minPollSeconds: number;
  readonly maxPollSeconds: number;
  readonly conflictRetry: RetryPolicy;
}

export const DEFAULT_TIMING: LambdaTiming = {
  minPollSeconds: 1,
  maxPollSeconds: 5,
  conflictRetry: CONFLICT_RETRY,
};

/** What each wrapper of a function's calls holds, and how its calls fail and retry. */
export abstract class FunctionCalls {
  constructor(
    protected readonly client: LambdaClient,
    readonly name: string,
    readonly region: string,
    protected readonly log: Logger,
    protected readonly timing: LambdaTiming = DEFAULT_TIMING,
  ) {}

  protected get failure(): FailureDescriber {
    return failureDescriber(
      `function '${this.name}'`,
      this.region,
      'Check function-name and region.',
    );
  }

  protected mutate<T>(what: string, call: () => Promise<T>, confirm?: Confirmation<T>): Promise<T> {
    return mutate(what, call, this.timing.conflictRetry, this.log, confirm);
  }

  /** One call; its error becomes one that says what failed and which permission it needs. */
  protected async attempt<T>(
    action: string,
    permission: string,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw this.failure(error, action, permission);
    }
  }
}

/** One Lambda function, with every call we make on it and an error that says what failed. */
export class LambdaFunction extends FunctionCalls {
  /** `abortSignal` ends the read (its retries included) when a deadline passes. */
  async read(abortSignal?: AbortSignal, qualifier?: string): Promise<FunctionState> {
    try {
      const response = await this.client.send(
        new GetFunctionCommand({ FunctionName: this.name, Qualifier: qualifier }),
        abortSignal === undefined ? {} : { abortSignal },
      );
      return toFunctionState(response.Configuration, response.Tags, response.Code);
    } catch (error) {
      throw this.failure(error, 'read the function', 'lambda:GetFunction');
    }
  }

  /** A published version's configuration (its code's CodeSha256 included). */
  async readVersion(version: string): Promise<FunctionState> {
    try {
      return toFunctionState(
        await this.client.send(
          new GetFunctionConfigurationCommand({ FunctionName: this.name, Qualifier: version }),
        ),
      );
    } catch (error) {
      throw this.failure(error, `read version ${version}`, 'lambda:GetFunctionConfiguration');
    }
  }

  /**
   * Invokes a version synchronously with `payload` and the last 4 KB of its log; a function
   * error is in the answer, not thrown.
   */
  async invoke(version: string, payload: string): Promise<Invocation> {
    try {
      const response = await this.client.send(
        new InvokeCommand({
          FunctionName: this.name,
          Qualifier: version,
          InvocationType: 'RequestResponse',
          LogType: 'Tail',
          Payload: Buffer.from(payload),
        }),
      );
      return {
        functionError: response.FunctionError,
        payload: Buffer.from(response.Payload ?? new Uint8Array()).toString('utf8'),
        logTail: Buffer.from(response.LogResult ?? '', 'base64').toString('utf8'),
      };
    } catch (error) {
      throw this.failure(error, `invoke version ${version}`, 'lambda:InvokeFunction');
    }
  }

  /** The function, or undefined when it does not exist. */
  async find(): Promise<FunctionState | undefined> {
    try {
      return await this.read();
    } catch (error) {
      if (error instanceof DeployError && isNotFound(error.cause)) return undefined;
      throw error;
    }
  }

  /**
   * Creates the function with the code and every setting given, and waits until it is Active.
   * A function found under the name after a lost answer is taken as this run's when `isOurs`
   * says it holds what was sent.
   */
  async create(
    input: Omit<CreateFunctionRequest, 'FunctionName'>,
    timeoutSeconds: number,
    isOurs: (found: FunctionState) => boolean,
    code?: CodeLocation,
  ): Promise<FunctionState> {
    try {
      await mutate(
        'CreateFunction',
        async () => {
          await this.client.send(
            withZipFile(new CreateFunctionCommand({ ...input, FunctionName: this.name }), code),
          );
          return true;
        },
        this.timing.conflictRetry,
        this.log,
        {
          readBack: async () => {
            const found = await this.find();
            return found !== undefined && isOurs(found) ? true : undefined;
          },
        },
      );
    } catch (error) {
      throw this.failure(error, 'create the function', 'lambda:CreateFunction');
    }
    this.log.info('Waiting for the new function to become Active');
    const started = performance.now();
    const created = await this.waitUntilActive(timeoutSeconds);
    this.log.info(
      `The function is Active, after ${formatSeconds((performance.now() - started) / 1000)}`,
    );
    return created;
  }

  /**
   * Waits until a published version is Active (SnapStart versions take minutes), within
   * `timeoutSeconds`; traffic must not reach it before.
   */
  async waitUntilVersionActive(version: string, timeoutSeconds: number): Promise<FunctionState> {
    const started = performance.now();
    const now = await this.poll(waitUntilFunctionActiveV2, timeoutSeconds, {
      busy: (state) => state.state === 'Pending',
      reading: `read version ${version}`,
      waitedFor: `version ${version} to become Active, for ${timeoutSeconds} s (wait-timeout)`,
      qualifier: version,
    });
    if (now.state !== 'Active') {
      throw new DeployError(
        `Version ${version} is ${now.state ?? 'not Active'}: ${now.configuration.StateReason ?? `not Active after ${timeoutSeconds} s (wait-timeout)`}`,
      );
    }
    this.log.info(
      `Version ${version} is Active, after ${formatSeconds((performance.now() - started) / 1000)}`,
    );
    return now;
  }

  private async waitUntilActive(timeoutSeconds: number): Promise<FunctionState> {
    const created = await this.poll(waitUntilFunctionActiveV2, timeoutSeconds, {
      busy: (now) => now.state === 'Pending',
      reading: 'read the new function',
      waitedFor: `function '${this.name}' to become Active after it was created, for ${timeoutSeconds} s (wait-timeout)`,
    });
    if (created.state === 'Active') return created;
    throw new DeployError(
      `Function '${this.name}' was created but is ${created.state ?? 'not Active'}: ${created.configuration.StateReason ?? `not Active after ${timeoutSeconds} s (wait-timeout)`}`,
    );
  }

  /** Sends the zip itself, where it lies in S3, or the image, with UpdateFunctionCode. */
  async updateCode(code: CodeLocation, architecture?: Architecture): Promise<FunctionState> {
    const input = {
      FunctionName: this.name,
      ...codeFields(code),
      // The architecture is set with the code, not with the rest of the configuration.
      ...(architecture === undefined ? {} : { Architectures: [architecture] }),
    };
    try {
      const response = await mutate(
        'UpdateFunctionCode',
        () => this.client.send(withZipFile(new UpdateFunctionCodeCommand(input), code)),
        this.timing.conflictRetry,
        this.log,
      );
      return toFunctionState(response);
    } catch (error) {
      throw this.failure(error, 'update the function code', 'lambda:UpdateFunctionCode');
    }
  }

  /** Sends the changed settings; only those, never a default. */
  async updateConfiguration(
    input: Omit<UpdateFunctionConfigurationRequest, 'FunctionName'>,
  ): Promise<FunctionState> {
    try {
      const response = await mutate(
        'UpdateFunctionConfiguration',
        () =>
          this.client.send(
            new UpdateFunctionConfigurationCommand({ ...input, FunctionName: this.name }),
          ),
        this.timing.conflictRetry,
        this.log,
      );
      return toFunctionState(response);
    } catch (error) {
      throw this.failure(
        error,
        'update the function configuration',
        'lambda:UpdateFunctionConfiguration',
      );
    }
  }

  async tag(functionArn: string, tags: Readonly<Record<string, string>>): Promise<void> {
    try {
      await this.client.send(new TagResourceCommand({ Resource: functionArn, Tags: { ...tags } }));
    } catch (error) {
      throw this.failure(error, 'tag the function', 'lambda:TagResource');
    }
  }

  /**
   * Waits until LastUpdateStatus is no longer InProgress and returns the function as it
   * then is, Successful or Failed; throws when that takes longer than `timeoutSeconds`.
   */
  async waitUntilSettled(timeoutSeconds: number): Promise<FunctionState> {
    const started = performance.now();
    const settled = await this.settle(timeoutSeconds);
    this.log.info(
      `Lambda finished the update (${settled.lastUpdateStatus ?? 'no status'}), after ${formatSeconds((performance.now() - started) / 1000)}`,
    );
    return settled;
  }

  private async settle(timeoutSeconds: number): Promise<FunctionState> {
    const now = await this.poll(waitUntilFunctionUpdatedV2, timeoutSeconds, {
      busy: (state) => state.lastUpdateStatus === 'InProgress',
      reading: 'read the function while waiting for the update',
      waitedFor: `Lambda to finish updating function '${this.name}', for ${timeoutSeconds} s (wait-timeout)`,
    });
    if (now.lastUpdateStatus !== 'InProgress') return now;
    throw new DeployError(
      `Lambda was still updating function '${this.name}' after ${timeoutSeconds} s (wait-timeout); ` +
        'the update may yet finish or fail',
    );
  }

  /**
   * Runs one of the SDK's waiters on the function and returns the function as it was when
   * the waiter stopped: done, failed, or (`busy`) still going at the deadline.
   */
  private async poll(
    waiter: typeof waitUntilFunctionUpdatedV2,
    timeoutSeconds: number,
    end: {
      readonly busy: (state: FunctionState) => boolean;
      readonly reading: string;
      readonly waitedFor: string;
      /** A published version to wait for, instead of $LATEST. */
      readonly qualifier?: string;
    },
  ): Promise<FunctionState> {
    const minDelay = Math.min(this.timing.minPollSeconds, timeoutSeconds / 2);
    const maxDelay = Math.max(minDelay * 2, Math.min(this.timing.maxPollSeconds, timeoutSeconds));
    const deadline = Date.now() + timeoutSeconds * 1000;
    const polling = stopOnError(this.client, timeoutSeconds);
    try {
      const { final } = await waiter(
        {
          client: polling.client,
          abortSignal: polling.signal,
          maxWaitTime: timeoutSeconds,
          minDelay,
          maxDelay,
        },
        { FunctionName: this.name, Qualifier: end.qualifier },
      );
      return toFunctionState(final?.Configuration, final?.Tags, final?.Code);
    } catch {
      polling.rethrow((error) => this.failure(error, end.reading, 'lambda:GetFunction'));
      // The waiter throws on Failed and on timeout alike; the function's own state says which.
      return this.lastLook(deadline, end.busy, end.waitedFor, end.qualifier);
    }
  }

  /**
   * The function as it is when a wait ends. The waiter gives up when its next delay would
   * pass the deadline, up to a few seconds early, so while `busy` says so, the last look is
   * taken at the deadline itself: wait-timeout means what it says. Each read is bounded, so
   * a wait never outlasts wait-timeout by more than that.
   */
  private async lastLook(
    deadline: number,
    busy: (state: FunctionState) => boolean,
    waitedFor: string,
    qualifier: string | undefined,
  ): Promise<FunctionState> {
    try {
      const now = await this.read(AbortSignal.timeout(LAST_READ_MS), qualifier);
      if (!busy(now)) return now;
      const left = deadline - Date.now();
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
      return await this.read(AbortSignal.timeout(LAST_READ_MS), qualifier);
    } catch (error) {
      throw new DeployError(
        `Waited for ${waitedFor}; then its state could not be read within ${LAST_READ_MS / 1000} s, ` +
          'so whether that finished is unknown',
        { cause: error },
      );
    }
  }

  /** Removes tag keys (tags-mode replace); keys already gone are no error. */
  async untag(functionArn: string, keys: readonly string[]): Promise<void> {
    try {
      await this.client.send(
        new UntagResourceCommand({ Resource: functionArn, TagKeys: [...keys] }),
      );
    } catch (error) {
      throw this.failure(error, 'remove tags from the function', 'lambda:UntagResource');
    }
  }
}

/** How long each read that ends a wait may take, its retries included. */
const LAST_READ_MS = 5_000;

/**
 * The SDK's waiters poll on through any error until their time is up. The client has
 * already retried throttling, 5xx and resets by then, so an error that reaches the waiter
 * (access denied, a deleted function) will not pass: this client stops the waiter on it.
 * The waiter stops polling at its deadline but would leave a request in flight to run on:
 * that request is ended at the deadline too.
 */
function stopOnError(
  client: LambdaClient,
  timeoutSeconds: number,
): {
  client: LambdaClient;
  signal: AbortSignal;
  rethrow: (describe: (error: unknown) => Error) => void;
} {
  const controller = new AbortController();
  const deadline = AbortSignal.any([controller.signal, AbortSignal.timeout(timeoutSeconds * 1000)]);
  let failure: { error: unknown } | undefined;
  const watched = new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver) as unknown;
      // The waiters send GetFunction only.
      return async (command: GetFunctionCommand): Promise<GetFunctionCommandOutput> => {
        try {
          return await target.send(command, { abortSignal: deadline });
        } catch (error) {
          if (deadline.aborted) throw error;
          failure ??= { error };
          controller.abort();
          throw error;
        }
      };
    },
  });
  return {
    client: watched,
    signal: controller.signal,
    rethrow: (describe) => {
      if (failure !== undefined) throw describe(failure.error);
    },
  };
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && error.name === 'ResourceNotFoundException';
}

/** The code as UpdateFunctionCode takes it; CreateFunction's Code has the same fields. */
export function codeFields(
  code: CodeLocation,
):
  | { ZipFile: Uint8Array }
  | { ImageUri: string }
  | { S3Bucket: string; S3Key: string; S3ObjectVersion?: string } {
  if (code.kind === 'zip') return { ZipFile: code.zip };
  // Filled in from the file as the request is sent: withZipFile.
  if (code.kind === 'zip-file') return { ZipFile: new Uint8Array(0) };
  if (code.kind === 'image') return { ImageUri: code.uri };
  return {
    S3Bucket: code.bucket,
    S3Key: code.key,
    ...(code.versionId === undefined ? {} : { S3ObjectVersion: code.versionId }),
  };
}

export function toFunctionState(
  configuration: FunctionConfiguration | undefined,
  tags: Record<string, string> = {},
  code?: FunctionCodeLocation,
): FunctionState {
  if (configuration?.FunctionArn === undefined || configuration.FunctionName === undefined) {
    throw new DeployError('Lambda answered without the function configuration');
  }
  return {
    arn: configuration.FunctionArn,
    name: configuration.FunctionName,
    packageType: configuration.PackageType ?? 'Zip',
    codeSha256: configuration.CodeSha256 ?? '',
    codeSize: configuration.CodeSize ?? 0,
    state: configuration.State,
    lastUpdateStatus: configuration.LastUpdateStatus,
    lastUpdateStatusReason: configuration.LastUpdateStatusReason,
    revisionId: configuration.RevisionId,
    configuration,
    tags,
    resolvedImageUri: code?.ResolvedImageUri,
  };
}

/** The command, set to stream its ZipFile from the file when the code is one. */
export function withZipFile<C extends { readonly middlewareStack: object }>(
  command: C,
  code: CodeLocation | undefined,
): C {
  if (code?.kind === 'zip-file') {
    streamZipFile(command.middlewareStack as MiddlewareStack<object, object>, code.path);
  }
  return command;
}
