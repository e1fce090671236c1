import type { CreateFunctionRequest } from '@aws-sdk/client-lambda';
import { codeFields, type LambdaFunction } from '../aws/lambda-function.js';
import type { FunctionSettings } from '../inputs.js';
import type { Logger } from '../logger.js';
import {
  accountOf,
  deliverPackage,
  type CodeUpdateResult,
  type DeployableCode,
} from './code-update.js';

/** Creates the missing function with its code and every setting given (create-if-missing). */
export async function createFunction(
  lambda: LambdaFunction,
  newCode: DeployableCode,
  settings: FunctionSettings,
  waitTimeoutSeconds: number,
  log: Logger,
): Promise<CodeUpdateResult> {
  log.info(`Function '${lambda.name}' does not exist: creating it (create-if-missing)`);
  // The new function's account is its role's: Lambda refuses a role from another account.
  const account = accountOf(settings.role);
  const { code, staged } =
    newCode.kind === 'image'
      ? { code: { kind: 'image', uri: newCode.uri } as const, staged: undefined }
      : await deliverPackage(newCode.upload, newCode.package, account, lambda.region, log);
  const created = await lambda.create(
    {
      ...creationSettings(settings),
      PackageType: newCode.kind === 'image' ? 'Image' : 'Zip',
      Code: codeFields(code),
    },
    waitTimeoutSeconds,
    // After a lost answer, a function under this name is this run's if it holds this code.
    (found) =>
      newCode.kind === 'image'
        ? found.packageType === 'Image'
        : found.packageType === 'Zip' && found.codeSha256 === newCode.package.sha256,
  );
  log.info(`Created ${created.arn}; it is ${created.state ?? 'ready'}`);
  return { function: created, deployed: true, staged };
}

/** Only what the user set: no default runtime, memory or anything else is invented. */
function creationSettings(
  settings: FunctionSettings,
): Omit<CreateFunctionRequest, 'FunctionName' | 'Code'> {
  const request: Omit<CreateFunctionRequest, 'FunctionName' | 'Code'> = {
    Role: settings.role,
    Handler: settings.handler,
    Runtime: settings.runtime as CreateFunctionRequest['Runtime'],
  };
  if (settings.memorySize !== undefined) request.MemorySize = settings.memorySize;
  if (settings.timeout !== undefined) request.Timeout = settings.timeout;
  if (settings.description !== undefined) request.Description = settings.description;
  if (settings.architecture !== undefined) request.Architectures = [settings.architecture];
  if (settings.environment !== undefined)
    request.Environment = { Variables: { ...settings.environment } };
  if (settings.layers !== undefined) request.Layers = [...settings.layers];
  if (settings.ephemeralStorage !== undefined)
    request.EphemeralStorage = { Size: settings.ephemeralStorage };
  if (settings.tags !== undefined) request.Tags = { ...settings.tags };
  return request;
}
