import {
  DeleteFunctionCodeSigningConfigCommand,
  DeleteFunctionConcurrencyCommand,
  DeleteProvisionedConcurrencyConfigCommand,
  GetFunctionCodeSigningConfigCommand,
  GetFunctionConcurrencyCommand,
  GetFunctionScalingConfigCommand,
  PutFunctionScalingConfigCommand,
  type FunctionScalingConfig,
  GetProvisionedConcurrencyConfigCommand,
  PutFunctionCodeSigningConfigCommand,
  PutFunctionConcurrencyCommand,
  PutProvisionedConcurrencyConfigCommand,
} from '@aws-sdk/client-lambda';
import { DeployError } from '../errors.js';
import { formatSeconds } from '../format.js';
import { FunctionCalls, pollScheduleOf } from './function-calls.js';
import { pollDelayMs } from './poll-schedule.js';

/** A version's provisioned concurrency, as GetProvisionedConcurrencyConfig answers. */
export interface ProvisionedConcurrency {
  readonly requested: number;
  readonly allocated: number | undefined;
  /** IN_PROGRESS, READY or FAILED. */
  readonly status: string;
  readonly statusReason: string | undefined;
}

/**
 * The settings Lambda keeps apart from the function's configuration: reserved concurrency,
 * provisioned concurrency on a version, and the code signing config.
 */
export class LambdaExtras extends FunctionCalls {
  /** The reserved concurrency, or 'none' when the function has none. */
  async reservedConcurrency(): Promise<number | 'none'> {
    return this.attempt(
      'read the reserved concurrency',
      'lambda:GetFunctionConcurrency',
      async () => {
        const answer = await this.client.send(
          new GetFunctionConcurrencyCommand({ FunctionName: this.name }),
        );
        return answer.ReservedConcurrentExecutions ?? 'none';
      },
    );
  }

  async putReservedConcurrency(executions: number): Promise<void> {
    await this.put(
      'PutFunctionConcurrency',
      'set the reserved concurrency',
      () =>
        this.client.send(
          new PutFunctionConcurrencyCommand({
            FunctionName: this.name,
            ReservedConcurrentExecutions: executions,
          }),
        ),
      async () => (await this.reservedConcurrency()) === executions,
    );
  }

  async deleteReservedConcurrency(): Promise<void> {
    await this.put('DeleteFunctionConcurrency', 'remove the reserved concurrency', () =>
      this.client.send(new DeleteFunctionConcurrencyCommand({ FunctionName: this.name })),
    );
  }

  /** The code signing config's ARN, or '' when the function has none. */
  async codeSigningConfig(): Promise<string> {
    return this.attempt(
      'read the code signing config',
      'lambda:GetFunctionCodeSigningConfig',
      async () => {
        const answer = await this.client.send(
          new GetFunctionCodeSigningConfigCommand({ FunctionName: this.name }),
        );
        return answer.CodeSigningConfigArn ?? '';
      },
    );
  }

  async putCodeSigningConfig(arn: string): Promise<void> {
    await this.put(
      'PutFunctionCodeSigningConfig',
      'set the code signing config',
      () =>
        this.client.send(
          new PutFunctionCodeSigningConfigCommand({
            FunctionName: this.name,
            CodeSigningConfigArn: arn,
          }),
        ),
      async () => (await this.codeSigningConfig()) === arn,
    );
  }

  async deleteCodeSigningConfig(): Promise<void> {
    try {
      await this.mutate('DeleteFunctionCodeSigningConfig', () =>
        this.client.send(new DeleteFunctionCodeSigningConfigCommand({ FunctionName: this.name })),
      );
    } catch (error) {
      if (isNotFound(error)) return;
      throw this.failure(
        error,
        'remove the code signing config',
        'lambda:DeleteFunctionCodeSigningConfig',
      );
    }
  }

  /** The version's provisioned concurrency, or undefined when it has none. */
  async provisionedConcurrency(version: string): Promise<ProvisionedConcurrency | undefined> {
    try {
      const answer = await this.client.send(
        new GetProvisionedConcurrencyConfigCommand({ FunctionName: this.name, Qualifier: version }),
      );
      return {
        requested: answer.RequestedProvisionedConcurrentExecutions ?? 0,
        allocated: answer.AllocatedProvisionedConcurrentExecutions,
        status: answer.Status ?? 'IN_PROGRESS',
        statusReason: answer.StatusReason,
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw this.failure(
        error,
        `read the provisioned concurrency of version ${version}`,
        'lambda:GetProvisionedConcurrencyConfig',
      );
    }
  }

  async putProvisionedConcurrency(version: string, executions: number): Promise<void> {
    return this.attempt(
      `set provisioned concurrency on version ${version}`,
      'lambda:PutProvisionedConcurrencyConfig',
      async () => {
        await this.mutate(
          'PutProvisionedConcurrencyConfig',
          () =>
            this.client.send(
              new PutProvisionedConcurrencyConfigCommand({
                FunctionName: this.name,
                Qualifier: version,
                ProvisionedConcurrentExecutions: executions,
              }),
            ),
          {
            readBack: async () =>
              (await this.provisionedConcurrency(version))?.requested === executions
                ? {}
                : undefined,
          },
        );
      },
    );
  }

  /** True when there was an allocation to remove. */
  async deleteProvisionedConcurrency(version: string): Promise<boolean> {
    try {
      await this.mutate('DeleteProvisionedConcurrencyConfig', () =>
        this.client.send(
          new DeleteProvisionedConcurrencyConfigCommand({
            FunctionName: this.name,
            Qualifier: version,
          }),
        ),
      );
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw this.failure(
        error,
        `remove the provisioned concurrency of version ${version}`,
        'lambda:DeleteProvisionedConcurrencyConfig',
      );
    }
  }

  /**
   * Polls the version's provisioned concurrency until it is READY, within `timeoutSeconds`;
   * FAILED fails with Lambda's StatusReason, and so does a deadline that passes.
   */
  async waitUntilProvisionedReady(
    version: string,
    timeoutSeconds: number,
  ): Promise<ProvisionedConcurrency> {
    const started = performance.now();
    const deadline = Date.now() + timeoutSeconds * 1000;
    const schedule = pollScheduleOf(this.timing);
    for (;;) {
      const now = await this.provisionedConcurrency(version);
      if (now === undefined) {
        throw new DeployError(
          `Provisioned concurrency on version ${version} of function '${this.name}' disappeared while it was being allocated`,
        );
      }
      if (now.status === 'READY') {
        this.log.info(
          `Provisioned concurrency on version ${version} is READY (${now.allocated ?? now.requested} instances), after ${formatSeconds((performance.now() - started) / 1000)}`,
        );
        return now;
      }
      if (now.status === 'FAILED') {
        throw new DeployError(
          `Lambda could not allocate provisioned concurrency (${now.requested}) on version ${version} of function '${this.name}': ${now.statusReason ?? 'no reason given'}`,
        );
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new DeployError(
          `Provisioned concurrency on version ${version} of function '${this.name}' was still ${now.status} ` +
            `(${now.allocated ?? 0} of ${now.requested} allocated) after ${timeoutSeconds} s (wait-timeout)`,
        );
      }
      const delay = pollDelayMs(schedule, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, left)));
    }
  }

  /**
   * A write named `call` (its IAM action too); with `isDone`, a lost answer is read back
   * and taken as done when the value is there.
   */
  /** A Managed Instances version's requested FunctionScalingConfig; undefined when it has none. */
  async scalingConfig(qualifier: string): Promise<FunctionScalingConfig | undefined> {
    try {
      const answer = await this.client.send(
        new GetFunctionScalingConfigCommand({ FunctionName: this.name, Qualifier: qualifier }),
      );
      const config = answer.RequestedFunctionScalingConfig;
      return config === undefined || Object.keys(config).length === 0 ? undefined : config;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw this.failure(
        error,
        `read the scaling config of ${qualifier}`,
        'lambda:GetFunctionScalingConfig',
      );
    }
  }

  async putScalingConfig(qualifier: string, config: FunctionScalingConfig): Promise<void> {
    await this.put('PutFunctionScalingConfig', `set the scaling config of ${qualifier}`, () =>
      this.client.send(
        new PutFunctionScalingConfigCommand({
          FunctionName: this.name,
          Qualifier: qualifier,
          FunctionScalingConfig: config,
        }),
      ),
    );
  }

  private async put(
    call: string,
    action: string,
    send: () => Promise<unknown>,
    isDone?: () => Promise<boolean>,
  ): Promise<void> {
    await this.attempt(action, `lambda:${call}`, () =>
      this.mutate(
        call,
        send,
        isDone === undefined
          ? undefined
          : { readBack: async () => ((await isDone()) ? {} : undefined) },
      ),
    );
  }
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'ResourceNotFoundException' ||
      error.name === 'ProvisionedConcurrencyConfigNotFoundException')
  );
}
