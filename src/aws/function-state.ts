import { type FunctionCodeLocation, type FunctionConfiguration } from '@aws-sdk/client-lambda';
import { DeployError } from '../errors.js';

import { streamZipFile } from './streamed-zip.js';
import type { MiddlewareStack } from '@smithy/types';

/** What the deploy needs to know of a function, read from Lambda. */

/** What the deploy needs to know of a function, read from Lambda. */
export interface FunctionState {
  readonly arn: string;
  readonly name: string;
  readonly packageType: string;
  /** Base64 SHA-256 of the deployed package. */
  readonly codeSha256: string;
  readonly codeSize: number;
  readonly state: string | undefined;
  readonly lastUpdateStatus: string | undefined;
  readonly lastUpdateStatusReason: string | undefined;
  readonly revisionId: string | undefined;
  /** Everything GetFunction said of the configuration, for comparing settings. */
  readonly configuration: FunctionConfiguration;
  readonly tags: Readonly<Record<string, string>>;
  /** For an Image function read with GetFunction: the image it runs, by digest. */
  readonly resolvedImageUri: string | undefined;
  /**
   * Read with GetFunction, for a function that points at its package in S3 (S3ObjectStorageMode
   * REFERENCE): the object version (Code.ResolvedS3Object).
   */
  readonly referencedObject?: S3ObjectRef | undefined;
}

/** An S3 object version a function version's code is. */
export interface S3ObjectRef {
  readonly bucket: string;
  readonly key: string;
  readonly versionId: string | undefined;
}

/** What a synchronous Invoke answered. */
export interface Invocation {
  /** 'Unhandled' or 'Handled' when the function failed. */
  readonly functionError: string | undefined;
  readonly payload: string;
  /** The end of the invocation's log, decoded. */
  readonly logTail: string;
}

/** A zip package, in the request or in S3. */
export type PackageLocation =
  | { readonly kind: 'zip'; readonly zip: Uint8Array }
  /** The zip in the request, streamed from its file (streamed-zip.ts). */
  | { readonly kind: 'zip-file'; readonly path: string; readonly size: number }
  | {
      readonly kind: 's3';
      readonly bucket: string;
      readonly key: string;
      readonly versionId: string | undefined;
      /** The function points at the object version (S3ObjectStorageMode REFERENCE). */
      readonly reference?: boolean | undefined;
    };

export type CodeLocation = PackageLocation | { readonly kind: 'image'; readonly uri: string };

export function isNotFound(error: unknown): boolean {
  return error instanceof Error && error.name === 'ResourceNotFoundException';
}

/** The code as UpdateFunctionCode takes it; CreateFunction's Code has the same fields. */
export function codeFields(code: CodeLocation):
  | { ZipFile: Uint8Array }
  | { ImageUri: string }
  | {
      S3Bucket: string;
      S3Key: string;
      S3ObjectVersion?: string;
      S3ObjectStorageMode?: 'REFERENCE';
    } {
  if (code.kind === 'zip') return { ZipFile: code.zip };
  // Filled in from the file as the request is sent: withZipFile.
  if (code.kind === 'zip-file') return { ZipFile: new Uint8Array(0) };
  if (code.kind === 'image') return { ImageUri: code.uri };
  return {
    S3Bucket: code.bucket,
    S3Key: code.key,
    ...(code.versionId === undefined ? {} : { S3ObjectVersion: code.versionId }),
    ...(code.reference === true ? { S3ObjectStorageMode: 'REFERENCE' as const } : {}),
  };
}

export function toFunctionState(
  configuration: FunctionConfiguration | undefined,
  tags: Record<string, string> = {},
  code?: FunctionCodeLocation,
): FunctionState {
  if (configuration?.FunctionArn === undefined || configuration.FunctionName === undefined) {
    throw new DeployError('Lambda answered without the function configuration');
  }
  return {
    arn: configuration.FunctionArn,
    name: configuration.FunctionName,
    packageType: configuration.PackageType ?? 'Zip',
    codeSha256: configuration.CodeSha256 ?? '',
    codeSize: configuration.CodeSize ?? 0,
    state: configuration.State,
    lastUpdateStatus: configuration.LastUpdateStatus,
    lastUpdateStatusReason: configuration.LastUpdateStatusReason,
    revisionId: configuration.RevisionId,
    configuration,
    tags,
    resolvedImageUri: code?.ResolvedImageUri,
    ...(code?.ResolvedS3Object?.S3Bucket === undefined || code.ResolvedS3Object.S3Key === undefined
      ? {}
      : {
          referencedObject: {
            bucket: code.ResolvedS3Object.S3Bucket,
            key: code.ResolvedS3Object.S3Key,
            versionId: code.ResolvedS3Object.S3ObjectVersion,
          },
        }),
  };
}

/** The command, set to stream its ZipFile from the file when the code is one. */
export function withZipFile<C extends { readonly middlewareStack: object }>(
  command: C,
  code: CodeLocation | undefined,
): C {
  if (code?.kind === 'zip-file') {
    streamZipFile(command.middlewareStack as MiddlewareStack<object, object>, code.path);
  }
  return command;
}
