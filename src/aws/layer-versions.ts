import { GetLayerVersionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { errorMessage, InputError } from '../errors.js';
import type { Logger } from '../logger.js';
import { briefReason, describeAwsError } from './aws-errors.js';

/**
 * Reads each layer version `layers` names, so that one that does not exist fails before any
 * write (a dry run included), naming it. One that cannot be read for another reason (no
 * lambda:GetLayerVersion, a layer of another account not shared for reading) is left to
 * Lambda, with a warning.
 */
export async function checkLayerVersions(
  client: LambdaClient,
  arns: readonly string[],
  region: string,
  log: Logger,
): Promise<void> {
  for (const arn of arns) {
    const parts = /^(arn:[^:]+:lambda:[^:]+:\d{12}:layer:[^:]+):(\d+)$/.exec(arn);
    if (parts === null) continue;
    const [, layerArn, version] = parts;
    try {
      await client.send(
        new GetLayerVersionCommand({ LayerName: layerArn, VersionNumber: Number(version) }),
      );
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'ResourceNotFoundException') {
        throw new InputError(
          'layers',
          `the layer version '${arn}' does not exist in ${region} ` +
            `(Lambda said: ${errorMessage(error)}). Check its version number and region; ` +
            'nothing was changed',
        );
      }
      if (name === 'AccessDeniedException') {
        log.warning(
          `layers: '${arn}' was not checked before the deploy (${briefReason(error)}); ` +
            'the check needs lambda:GetLayerVersion. Lambda checks it itself.',
        );
        continue;
      }
      throw describeAwsError(error, {
        action: 'read the layer version',
        permission: 'lambda:GetLayerVersion',
        resource: `layer version '${arn}'`,
        region,
        notFoundHint: 'Check layers.',
      });
    }
  }
}
