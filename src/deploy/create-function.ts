import type { CreateFunctionRequest } from '@aws-sdk/client-lambda';
import type { LambdaFunction } from '../aws/lambda-function.js';
import type { FunctionSettings } from '../inputs.js';
import type { Logger } from '../logger.js';
import type { DeploymentPackage } from '../package/deployment-package.js';
import { deliverPackage, type CodeUpdateResult, type UploadRoute } from './code-update.js';

/** Creates the missing function with the package and every setting given (create-if-missing). */
export async function createFunction(
  lambda: LambdaFunction,
  pkg: DeploymentPackage,
  upload: UploadRoute,
  settings: FunctionSettings,
  waitTimeoutSeconds: number,
  log: Logger,
): Promise<CodeUpdateResult> {
  log.info(`Function '${lambda.name}' does not exist: creating it (create-if-missing)`);
  // The new function's account is its role's: Lambda refuses a role from another account.
  const account = settings.role?.split(':')[4];
  const { code, staged } = await deliverPackage(upload, pkg, account, lambda.region, log);
  const created = await lambda.create(
    {
      ...creationSettings(settings),
      PackageType: 'Zip',
      Code:
        code.kind === 'zip'
          ? { ZipFile: code.zip }
          : { S3Bucket: code.bucket, S3Key: code.key, S3ObjectVersion: code.versionId },
    },
    waitTimeoutSeconds,
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
