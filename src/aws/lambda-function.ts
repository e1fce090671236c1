import {
  InvokeCommand,
  CreateFunctionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type CreateFunctionRequest,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  type UpdateFunctionConfigurationRequest,
} from '@aws-sdk/client-lambda';

import { formatSeconds } from '../format.js';
import type { Architecture } from '../inputs.js';

import { mutate } from './retry.js';
import { whileRolePropagates, type RoleWait } from './role-propagation.js';

/** What the deploy needs to know of a function, read from Lambda. */
import { FunctionWaits } from './function-waits.js';
import {
  type FunctionState,
  type Invocation,
  type CodeLocation,
  codeFields,
  toFunctionState,
  withZipFile,
} from './function-state.js';

/** One Lambda function, with every call we make on it and an error that says what failed. */
export class LambdaFunction extends FunctionWaits {
  /** How long a create waits for a new role to propagate; tests shorten it. */
  roleWait: RoleWait | undefined;

  /**
   * Invokes a version synchronously with `payload` and the last 4 KB of its log; a function
   * error is in the answer, not thrown.
   */
  async invoke(version: string, payload: string, tenantId?: string): Promise<Invocation> {
    try {
      const response = await this.client.send(
        new InvokeCommand({
          FunctionName: this.name,
          Qualifier: version,
          InvocationType: 'RequestResponse',
          LogType: 'Tail',
          Payload: Buffer.from(payload),
          ...(tenantId === undefined ? {} : { TenantId: tenantId }),
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
    const send = () =>
      mutate(
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
    try {
      await whileRolePropagates(send, input.Role, this.log, this.roleWait);
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
