import type {
  AcceleratorMemoryGB,
  ApplicationLogLevel,
  CreateFunctionRequest,
  SystemLogLevel,
} from '@aws-sdk/client-lambda';
import { codeFields } from '../../aws/function-state.js';
import { type LambdaFunction } from '../../aws/lambda-function.js';
import type { FunctionSettings } from '../../inputs.js';
import type { Logger } from '../../logger.js';
import { accountOf, type DeployableCode } from '../code/plan.js';
import { deliverPackage, type CodeUpdateResult } from '../code/apply.js';

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
    code,
  );
  log.info(`Created ${created.arn}; it is ${created.state ?? 'ready'}`);
  return { function: created, deployed: true, staged };
}

/** Only what the user set: no default runtime, memory or anything else is invented. */
export function creationSettings(
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
  if (settings.layers !== undefined && settings.layers.length > 0) {
    request.Layers = [...settings.layers];
  }
  if (settings.ephemeralStorage !== undefined)
    request.EphemeralStorage = { Size: settings.ephemeralStorage };
  if (settings.tags !== undefined) request.Tags = { ...settings.tags };
  // Given at creation, so that Lambda checks the first code against it too.
  if (settings.codeSigningConfigArn !== undefined && settings.codeSigningConfigArn !== '') {
    request.CodeSigningConfigArn = settings.codeSigningConfigArn;
  }
  Object.assign(request, creationExtras(settings));
  return request;
}

type CreationFields = Partial<Omit<CreateFunctionRequest, 'FunctionName' | 'Code'>>;

/**
 * VPC, dead-letter target, tracing, logging, SnapStart, file systems, KMS key and image
 * config, as given; `none` (nothing to remove on a new function) sends nothing.
 */
function creationExtras(settings: FunctionSettings): CreationFields {
  const fields: CreationFields = {};
  const { vpc, logging, imageConfig } = settings;
  if (vpc !== undefined && vpc.subnetIds.length > 0) {
    fields.VpcConfig = {
      SubnetIds: [...vpc.subnetIds],
      SecurityGroupIds: [...vpc.securityGroupIds],
      ...(vpc.ipv6DualStack === undefined ? {} : { Ipv6AllowedForDualStack: vpc.ipv6DualStack }),
    };
  }
  if (settings.deadLetterTargetArn) {
    fields.DeadLetterConfig = { TargetArn: settings.deadLetterTargetArn };
  }
  if (settings.tracing !== undefined) fields.TracingConfig = { Mode: settings.tracing };
  if (logging !== undefined) {
    fields.LoggingConfig = {
      ...(logging.format === undefined ? {} : { LogFormat: logging.format }),
      ...(logging.logGroup === undefined ? {} : { LogGroup: logging.logGroup }),
      ...(logging.applicationLogLevel === undefined
        ? {}
        : { ApplicationLogLevel: logging.applicationLogLevel as ApplicationLogLevel }),
      ...(logging.systemLogLevel === undefined
        ? {}
        : { SystemLogLevel: logging.systemLogLevel as SystemLogLevel }),
    };
  }
  if (settings.snapStart !== undefined) fields.SnapStart = { ApplyOn: settings.snapStart };
  if (settings.fileSystems !== undefined && settings.fileSystems.length > 0) {
    const direct = settings.directS3Read;
    fields.FileSystemConfigs = settings.fileSystems.map((system) => ({
      Arn: system.arn,
      LocalMountPath: system.localMountPath,
      ...(direct === undefined ? {} : { S3FilesConfig: { DirectS3Read: direct } }),
    }));
  }
  Object.assign(fields, newestCreationFields(settings));
  if (settings.kmsKeyArn) fields.KMSKeyArn = settings.kmsKeyArn;
  if (settings.durableConfig !== undefined) fields.DurableConfig = { ...settings.durableConfig };
  if (settings.capacityProvider !== undefined) {
    fields.CapacityProviderConfig = {
      LambdaManagedInstancesCapacityProviderConfig: {
        ...settings.capacityProvider.LambdaManagedInstancesCapacityProviderConfig,
      },
    };
  }
  // Fixed at creation: Lambda has no way to change it afterwards.
  if (settings.tenantIsolation === 'per-tenant') {
    fields.TenancyConfig = { TenantIsolationMode: 'PER_TENANT' };
  }
  if (imageConfig !== undefined) {
    fields.ImageConfig = {
      ...(imageConfig.command === undefined ? {} : { Command: [...imageConfig.command] }),
      ...(imageConfig.entryPoint === undefined ? {} : { EntryPoint: [...imageConfig.entryPoint] }),
      ...(imageConfig.workingDirectory === undefined
        ? {}
        : { WorkingDirectory: imageConfig.workingDirectory }),
    };
  }
  return fields;
}

/** RuntimeConfig and AcceleratorConfig, as given. */
function newestCreationFields(settings: FunctionSettings): CreationFields {
  const fields: CreationFields = {};
  const { runtimeConfig, acceleratorMemorySize } = settings;
  if (runtimeConfig !== undefined) {
    fields.RuntimeConfig = {
      RuntimeArn: runtimeConfig.runtimeArn,
      RuntimeAlias: runtimeConfig.runtimeAlias,
    };
  }
  if (acceleratorMemorySize !== undefined) {
    // The SDK types the size as an enum of numbers; the input accepted only those numbers.
    fields.AcceleratorConfig = {
      AcceleratorMemorySize: acceleratorMemorySize as unknown as AcceleratorMemoryGB,
    };
  }
  return fields;
}
