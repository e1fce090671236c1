import { GetFunctionCommand, GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { DeployError } from '../errors.js';

/** What the deploy needs to know of a function, read from Lambda. */
import { FunctionCalls } from './function-calls.js';
import { type FunctionState, isNotFound, toFunctionState } from './function-state.js';

/** The read calls on a function: its state, a version's, or whether it exists. */
export abstract class FunctionReads extends FunctionCalls {
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

  /** A version's configuration, or undefined when Lambda has no such version. */
  async findVersion(version: string): Promise<FunctionState | undefined> {
    try {
      return await this.readVersion(version);
    } catch (error) {
      if (error instanceof DeployError && isNotFound(error.cause)) return undefined;
      throw error;
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
}
