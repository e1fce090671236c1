import {
  GetFunctionEventInvokeConfigCommand,
  GetFunctionRecursionConfigCommand,
  GetRuntimeManagementConfigCommand,
  PutFunctionEventInvokeConfigCommand,
  PutFunctionRecursionConfigCommand,
  PutRuntimeManagementConfigCommand,
} from '@aws-sdk/client-lambda';
import { FunctionCalls } from './function-calls.js';
import { isNotFound } from './function-state.js';

/** A qualifier's asynchronous invocation config, in the API's shape (LastModified left out). */
export interface EventInvokeConfig {
  readonly MaximumRetryAttempts?: number | undefined;
  readonly MaximumEventAgeInSeconds?: number | undefined;
  readonly DestinationConfig?:
    | {
        readonly OnSuccess?: { readonly Destination?: string | undefined } | undefined;
        readonly OnFailure?: { readonly Destination?: string | undefined } | undefined;
      }
    | undefined;
}

export interface RuntimeManagement {
  /** Auto, FunctionUpdate or Manual. */
  readonly updateRuntimeOn: string;
  /** Only in Manual mode. */
  readonly runtimeVersionArn: string | undefined;
}

/**
 * The settings Lambda keeps apart that have a Get and a Put each: asynchronous invocation (per
 * qualifier), the recursive loop setting (per function) and runtime management (per version).
 */
export class LambdaAsyncRuntime extends FunctionCalls {
  /** The qualifier's config, or undefined when it has none; `qualifier` undefined: $LATEST. */
  async eventInvokeConfig(qualifier: string | undefined): Promise<EventInvokeConfig | undefined> {
    try {
      const answer = await this.client.send(
        new GetFunctionEventInvokeConfigCommand({ FunctionName: this.name, Qualifier: qualifier }),
      );
      return {
        MaximumRetryAttempts: answer.MaximumRetryAttempts,
        MaximumEventAgeInSeconds: answer.MaximumEventAgeInSeconds,
        DestinationConfig: answer.DestinationConfig,
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw this.failure(
        error,
        `read the asynchronous invocation config${on(qualifier)}`,
        'lambda:GetFunctionEventInvokeConfig',
      );
    }
  }

  /** Replaces the qualifier's whole config; a lost answer is read back. */
  async putEventInvokeConfig(
    qualifier: string | undefined,
    config: EventInvokeConfig,
    same: (read: EventInvokeConfig | undefined) => boolean,
  ): Promise<void> {
    await this.attempt(
      `set the asynchronous invocation config${on(qualifier)}`,
      'lambda:PutFunctionEventInvokeConfig',
      () =>
        this.mutate(
          'PutFunctionEventInvokeConfig',
          () =>
            this.client.send(
              new PutFunctionEventInvokeConfigCommand({
                FunctionName: this.name,
                Qualifier: qualifier,
                MaximumRetryAttempts: config.MaximumRetryAttempts,
                MaximumEventAgeInSeconds: config.MaximumEventAgeInSeconds,
                DestinationConfig: config.DestinationConfig,
              }),
            ),
          {
            readBack: async () => (same(await this.eventInvokeConfig(qualifier)) ? {} : undefined),
          },
        ),
    );
  }

  /** Allow or Terminate (Lambda's default). */
  async recursiveLoop(): Promise<string> {
    return this.attempt(
      'read the recursive loop setting',
      'lambda:GetFunctionRecursionConfig',
      async () =>
        (await this.client.send(new GetFunctionRecursionConfigCommand({ FunctionName: this.name })))
          .RecursiveLoop ?? 'Terminate',
    );
  }

  async putRecursiveLoop(value: 'Allow' | 'Terminate'): Promise<void> {
    await this.attempt('set the recursive loop setting', 'lambda:PutFunctionRecursionConfig', () =>
      this.mutate(
        'PutFunctionRecursionConfig',
        () =>
          this.client.send(
            new PutFunctionRecursionConfigCommand({
              FunctionName: this.name,
              RecursiveLoop: value,
            }),
          ),
        { readBack: async () => ((await this.recursiveLoop()) === value ? {} : undefined) },
      ),
    );
  }

  /** $LATEST's runtime management config. */
  async runtimeManagement(): Promise<RuntimeManagement> {
    return this.attempt(
      'read the runtime management config',
      'lambda:GetRuntimeManagementConfig',
      async () => {
        const answer = await this.client.send(
          new GetRuntimeManagementConfigCommand({ FunctionName: this.name }),
        );
        return {
          updateRuntimeOn: answer.UpdateRuntimeOn ?? 'Auto',
          runtimeVersionArn: answer.RuntimeVersionArn ?? undefined,
        };
      },
    );
  }

  async putRuntimeManagement(wanted: RuntimeManagement): Promise<void> {
    const done = (now: RuntimeManagement) =>
      now.updateRuntimeOn === wanted.updateRuntimeOn &&
      now.runtimeVersionArn === wanted.runtimeVersionArn;
    await this.attempt(
      'set the runtime management config',
      'lambda:PutRuntimeManagementConfig',
      () =>
        this.mutate(
          'PutRuntimeManagementConfig',
          () =>
            this.client.send(
              new PutRuntimeManagementConfigCommand({
                FunctionName: this.name,
                UpdateRuntimeOn: wanted.updateRuntimeOn as 'Auto' | 'FunctionUpdate' | 'Manual',
                ...(wanted.runtimeVersionArn === undefined
                  ? {}
                  : { RuntimeVersionArn: wanted.runtimeVersionArn }),
              }),
            ),
          { readBack: async () => (done(await this.runtimeManagement()) ? {} : undefined) },
        ),
    );
  }
}

function on(qualifier: string | undefined): string {
  return qualifier === undefined ? '' : ` of alias '${qualifier}'`;
}
