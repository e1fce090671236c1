import type { UpdateFunctionConfigurationRequest } from '@aws-sdk/client-lambda';

import { DeployError } from '../../errors.js';

/**
 * Lambda refuses an UpdateFunctionConfiguration body over 5,120 bytes with
 * RequestEntityTooLargeException ("Request must be smaller than 5120 bytes for the
 * UpdateFunctionConfiguration operation"), even with the variables under their own 4 KB.
 */
export const UPDATE_REQUEST_LIMIT_BYTES = 5120;

/** The input behind each field of the request, to name in the message. */
const FIELD_INPUTS: Readonly<Record<string, string>> = {
  Environment: 'environment',
  Layers: 'layers',
  Description: 'description',
  Handler: 'handler',
  Role: 'role',
  VpcConfig: 'subnet-ids and security-group-ids',
  FileSystemConfigs: 'file-systems',
  ImageConfig: 'image-command, image-entrypoint and image-working-directory',
  LoggingConfig: 'log-group',
  DeadLetterConfig: 'dead-letter-target-arn',
  KMSKeyArn: 'kms-key-arn',
  RuntimeConfig: 'runtime-config',
};

/** Fails, before anything is sent, when the request body would be over Lambda's limit. */
export function checkRequestSize(
  update: Omit<UpdateFunctionConfigurationRequest, 'FunctionName'>,
): void {
  const size = Buffer.byteLength(JSON.stringify(update));
  if (size <= UPDATE_REQUEST_LIMIT_BYTES) return;
  const parts = Object.entries(update)
    .map(([field, value]) => ({
      name: FIELD_INPUTS[field] ?? field,
      bytes: Buffer.byteLength(JSON.stringify({ [field]: value })),
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
  throw new DeployError(
    `The configuration update would be ${size} bytes, over Lambda's limit of ` +
      `${UPDATE_REQUEST_LIMIT_BYTES} for one UpdateFunctionConfiguration request; the largest ` +
      `parts: ${parts.map((part) => `${part.name} ${part.bytes} bytes`).join(', ')}. ` +
      'Shorten them (with environment-mode: merge, the variables sent include the ones the ' +
      'function already has).',
  );
}
