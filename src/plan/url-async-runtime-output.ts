// The plan's output for async-invoke-config, recursive-loop, runtime-update, code-storage and
// the URL's invoke mode and CORS: JSON keys present only when their inputs are given.
import type { EventInvokeConfig } from '../aws/lambda-async-runtime.js';
import { eventInvokeText } from '../resources/async-invoke/plan.js';
import { runtimeManagementText } from '../resources/runtime-settings/plan.js';
import type { DeployPlan } from './deploy-plan.js';

export interface UrlAsyncRuntimeJson {
  /** async-invoke-config put on `qualifier` (null: $LATEST), from what Lambda had (null: none). */
  readonly asyncInvokeConfig?: {
    readonly qualifier: string | null;
    readonly from: EventInvokeConfig | null;
    readonly to: EventInvokeConfig;
  };
  readonly recursiveLoop?: { readonly from: string; readonly to: string };
  /** UpdateRuntimeOn, with the pinned RuntimeVersionArn in Manual mode. */
  readonly runtimeManagement?: { readonly from: string; readonly to: string };
  /** code-storage reference: the object the function points at (its version is known on upload). */
  readonly codeStorage?: {
    readonly mode: 'REFERENCE';
    readonly bucket: string;
    readonly key: string;
    readonly versioning: string;
    readonly switching: boolean;
  };
  /** code-storage copy for a function that pointed at an object: Lambda takes a copy again. */
  readonly codeStorageCopy?: { readonly from: string };
  /** The URL's changes besides its auth type ("InvokeMode BUFFERED -> RESPONSE_STREAM"). */
  readonly functionUrlChanges?: readonly string[];
}

export function urlAsyncRuntimeJson(plan: DeployPlan): UrlAsyncRuntimeJson {
  const { asyncInvoke, runtimeSettings, codeStorage, copyBack } = plan;
  const urlChanges = plan.release.url?.changes ?? [];
  return {
    ...(asyncInvoke === undefined
      ? {}
      : {
          asyncInvokeConfig: {
            qualifier: asyncInvoke.qualifier ?? null,
            from: asyncInvoke.from ?? null,
            to: asyncInvoke.to,
          },
        }),
    ...(runtimeSettings?.recursiveLoop === undefined
      ? {}
      : { recursiveLoop: runtimeSettings.recursiveLoop }),
    ...(runtimeSettings?.runtimeManagement === undefined
      ? {}
      : {
          runtimeManagement: {
            from: runtimeManagementText(runtimeSettings.runtimeManagement.from),
            to: runtimeManagementText(runtimeSettings.runtimeManagement.to),
          },
        }),
    ...(codeStorage === undefined ? {} : { codeStorage: { mode: 'REFERENCE', ...codeStorage } }),
    ...(copyBack === undefined
      ? {}
      : {
          codeStorageCopy: {
            from: `s3://${copyBack.bucket}/${copyBack.key}?versionId=${copyBack.versionId ?? 'null'}`,
          },
        }),
    ...(urlChanges.length === 0 ? {} : { functionUrlChanges: urlChanges }),
  };
}

export function urlAsyncRuntimeLines(json: UrlAsyncRuntimeJson): string[] {
  const { asyncInvokeConfig: async, recursiveLoop, runtimeManagement, codeStorage } = json;
  return [
    ...(codeStorage === undefined
      ? []
      : [
          `Code storage: REFERENCE to s3://${codeStorage.bucket}/${codeStorage.key} (bucket versioning ${codeStorage.versioning}, no lifecycle rule expires or archives it)` +
            (codeStorage.switching ? "; the function stops using Lambda's copy" : ''),
        ]),
    ...(json.codeStorageCopy === undefined
      ? []
      : [
          `Code storage: COPY (code-storage copy); the function points at ${json.codeStorageCopy.from} now, and Lambda takes a copy of the package again`,
        ]),
    ...(json.functionUrlChanges ?? []).map((change) => `Function URL: ${change}`),
    ...(recursiveLoop === undefined
      ? []
      : [`Recursive loop: ${recursiveLoop.from} -> ${recursiveLoop.to}`]),
    ...(runtimeManagement === undefined
      ? []
      : [`Runtime updates: ${runtimeManagement.from} -> ${runtimeManagement.to}`]),
    ...(async === undefined
      ? []
      : [
          `Asynchronous invocation on ${async.qualifier === null ? '$LATEST' : `alias ${async.qualifier}`}: ` +
            `${eventInvokeText(async.from ?? undefined)} -> ${eventInvokeText(async.to)}`,
        ]),
  ];
}
