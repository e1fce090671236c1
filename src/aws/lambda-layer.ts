import {
  GetLayerVersionCommand,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
  type GetLayerVersionResponse,
  type LambdaClient,
  type PublishLayerVersionRequest,
} from '@aws-sdk/client-lambda';
import { DeployError } from '../errors.js';
import type { Architecture } from '../inputs.js';
import type { Logger } from '../logger.js';
import { failureDescriber, type FailureDescriber } from './aws-errors.js';
import { codeFields, withZipFile, type PackageLocation } from './function-state.js';
import { CONFLICT_RETRY, mutate, type RetryPolicy } from './retry.js';

export interface LayerVersion {
  readonly arn: string;
  readonly version: number;
  /** Base64 SHA-256 of the layer's zip. */
  readonly codeSha256: string;
  readonly compatibleRuntimes: readonly string[];
  readonly compatibleArchitectures: readonly string[];
  /** The zip's size, when Lambda said it. */
  readonly codeSize?: number;
}

export interface LayerCompatibility {
  readonly compatibleRuntimes: readonly string[];
  readonly compatibleArchitectures: readonly Architecture[];
}

/** One Lambda layer: its newest version, and publishing a new one. */
export class LambdaLayer {
  constructor(
    private readonly client: LambdaClient,
    readonly name: string,
    readonly region: string,
    private readonly log: Logger,
    private readonly retry: RetryPolicy = CONFLICT_RETRY,
  ) {}

  /** The newest version, or undefined when the layer has none. */
  async newest(): Promise<LayerVersion | undefined> {
    let versions;
    try {
      // Lambda lists a layer's versions newest first.
      const response = await this.client.send(
        new ListLayerVersionsCommand({ LayerName: this.name, MaxItems: 50 }),
      );
      versions = response.LayerVersions ?? [];
    } catch (error) {
      if (error instanceof Error && error.name === 'ResourceNotFoundException') return undefined;
      throw this.failure(error, 'list the layer versions', 'lambda:ListLayerVersions');
    }
    const newest = Math.max(0, ...versions.map((version) => version.Version ?? 0));
    if (newest === 0) return undefined;
    try {
      const response = await this.client.send(
        new GetLayerVersionCommand({ LayerName: this.name, VersionNumber: newest }),
      );
      return toLayerVersion(response);
    } catch (error) {
      throw this.failure(error, `read version ${newest} of the layer`, 'lambda:GetLayerVersion');
    }
  }

  /** The version `versionArn` names, or undefined when it does not exist (deleted, say). */
  async version(versionArn: string): Promise<LayerVersion | undefined> {
    try {
      // GetLayerVersion takes the layer's ARN as its name: the version may be another account's.
      const at = versionArn.lastIndexOf(':');
      const response = await this.client.send(
        new GetLayerVersionCommand({
          LayerName: versionArn.slice(0, at),
          VersionNumber: Number(versionArn.slice(at + 1)),
        }),
      );
      return toLayerVersion(response);
    } catch (error) {
      if (error instanceof Error && error.name === 'ResourceNotFoundException') return undefined;
      throw this.failure(error, `read layer version ${versionArn}`, 'lambda:GetLayerVersion');
    }
  }

  async publish(
    code: PackageLocation,
    compatibility: LayerCompatibility,
    description: string,
    /** How to know this run's version after a lost answer: newer than the newest seen, with this code. */
    expected: { readonly codeSha256: string; readonly newerThan: number },
  ): Promise<LayerVersion> {
    const request: PublishLayerVersionRequest = {
      LayerName: this.name,
      Description: description,
      Content:
        code.kind === 'zip' || code.kind === 'zip-file'
          ? (codeFields(code) as { ZipFile: Uint8Array })
          : { S3Bucket: code.bucket, S3Key: code.key, S3ObjectVersion: code.versionId },
    };
    if (compatibility.compatibleRuntimes.length > 0) {
      request.CompatibleRuntimes = [
        ...compatibility.compatibleRuntimes,
      ] as PublishLayerVersionRequest['CompatibleRuntimes'];
    }
    if (compatibility.compatibleArchitectures.length > 0) {
      request.CompatibleArchitectures = [...compatibility.compatibleArchitectures];
    }
    try {
      // Each PublishLayerVersion makes a new version, so a lost answer is read back, never resent blindly.
      return await mutate(
        'PublishLayerVersion',
        async () =>
          toLayerVersion(
            await this.client.send(withZipFile(new PublishLayerVersionCommand(request), code)),
          ),
        this.retry,
        this.log,
        {
          checkBeforeResend: true,
          readBack: async () => {
            const now = await this.newest();
            return now !== undefined &&
              now.version > expected.newerThan &&
              now.codeSha256 === expected.codeSha256
              ? now
              : undefined;
          },
        },
      );
    } catch (error) {
      throw this.failure(error, 'publish a layer version', 'lambda:PublishLayerVersion');
    }
  }

  private get failure(): FailureDescriber {
    return failureDescriber(`layer '${this.name}'`, this.region, 'Check layer-name and region.');
  }
}

function toLayerVersion(response: GetLayerVersionResponse): LayerVersion {
  if (response.LayerVersionArn === undefined || response.Version === undefined) {
    throw new DeployError('Lambda answered without the layer version');
  }
  return {
    arn: response.LayerVersionArn,
    version: response.Version,
    codeSha256: response.Content?.CodeSha256 ?? '',
    compatibleRuntimes: response.CompatibleRuntimes ?? [],
    compatibleArchitectures: response.CompatibleArchitectures ?? [],
    ...(response.Content?.CodeSize === undefined ? {} : { codeSize: response.Content.CodeSize }),
  };
}
