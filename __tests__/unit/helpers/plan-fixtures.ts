import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import { toFunctionState, type FunctionState } from '../../../src/aws/function-state.js';
import { parseInputs, type DeployConfig } from '../../../src/inputs.js';
import { FUNCTION_NAME, REGION, functionConfiguration } from './lambda.js';

export const ROLE = 'arn:aws:iam::123456789012:role/orders-api-role';

/** The config parseInputs gives for FUNCTION_NAME, source `app` and `inputs`, as main gets it. */
export function deployConfig(inputs: Record<string, string> = {}): DeployConfig {
  const all: Record<string, string> = { 'function-name': FUNCTION_NAME, source: 'app', ...inputs };
  return parseInputs((name) => all[name] ?? '', {
    AWS_REGION: REGION,
    GITHUB_WORKSPACE: '/home/runner/work/repo/repo',
  });
}

/** $LATEST as GetFunction gives it: a Zip function on nodejs22.x with 128 MB, `overrides` applied. */
export function functionState(
  overrides: Partial<FunctionConfiguration> = {},
  tags: Record<string, string> = {},
): FunctionState {
  return toFunctionState(
    functionConfiguration({
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Role: ROLE,
      MemorySize: 128,
      Timeout: 3,
      Architectures: ['x86_64'],
      ...overrides,
    }),
    tags,
  );
}
