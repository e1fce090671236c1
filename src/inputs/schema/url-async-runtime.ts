// Lambda's settings kept apart from the configuration: self-managed code storage, the function
// URL's invoke mode and CORS, asynchronous invocation per alias, recursion and runtime updates.
import type { InputSpec } from './types.js';

export const URL_ASYNC_RUNTIME_SETTINGS = [
  {
    name: 'code-storage',
    group: 'function settings',
    description:
      "copy (Lambda keeps a copy) or reference (the function points at the package's S3 object version).",
    reference:
      "`copy`: Lambda keeps its own copy. `reference`: the function points at the package's object version in `s3-bucket` (`S3ObjectStorageMode: REFERENCE`); needs a versioned bucket with no lifecycle rule that expires or archives it; `keep-versions` deletes objects no version refers to any more. See [Package objects in your own bucket](docs/safe-releases.md#package-objects-in-your-own-bucket).",
    default: 'copy',
    required: false,
    where: { step: true, manifest: true },
    permissions: [
      's3:GetBucketVersioning',
      's3:GetLifecycleConfiguration',
      's3:PutObject',
      's3:GetObject',
      's3:DeleteObjectVersion',
      'lambda:GetFunction',
    ],
  },
  {
    name: 'recursive-loop',
    group: 'function settings',
    description:
      'terminate or allow: what Lambda does with the function in a recursive loop. Unset, left as it is.',
    reference:
      '`terminate` or `allow`: what Lambda does when it finds the function in a recursive loop. Set only when it differs.',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['lambda:GetFunctionRecursionConfig', 'lambda:PutFunctionRecursionConfig'],
  },
  {
    name: 'runtime-update',
    group: 'function settings',
    description:
      'auto, function-update or manual (needs runtime-version-arn): when Lambda changes runtime version.',
    reference:
      '`auto`, `function-update` or `manual` (with `runtime-version-arn`): when Lambda moves the function to a new runtime version. Set only when it differs.',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['lambda:GetRuntimeManagementConfig', 'lambda:PutRuntimeManagementConfig'],
  },
  {
    name: 'runtime-version-arn',
    group: 'function settings',
    description: 'The runtime version ARN to pin with runtime-update: manual.',
    reference:
      'The runtime version to pin with `runtime-update: manual`: `arn:aws:lambda:<region>::runtime:<id>`.',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['lambda:GetRuntimeManagementConfig', 'lambda:PutRuntimeManagementConfig'],
  },
] as const satisfies readonly InputSpec[];

export const URL_ASYNC_RUNTIME_RELEASE = [
  {
    name: 'async-invoke-config',
    group: 'release',
    description: "Asynchronous invocation of the alias (or function) as JSON in the API's shape.",
    reference:
      "JSON in the API's shape (`MaximumRetryAttempts` 0–2, `MaximumEventAgeInSeconds` 60–21600, `DestinationConfig`): put on the alias (the function without one), replacing its whole config, only when it differs. See [Asynchronous invocation](docs/safe-releases.md#asynchronous-invocation-recursion-and-runtime-updates).",
    required: false,
    where: { step: true, manifest: true },
    manifestValue: 'json',
    permissions: ['lambda:GetFunctionEventInvokeConfig', 'lambda:PutFunctionEventInvokeConfig'],
  },
] as const satisfies readonly InputSpec[];

export const URL_ASYNC_RUNTIME_PREVIEWS = [
  {
    name: 'function-url-invoke-mode',
    group: 'previews',
    description: 'BUFFERED or RESPONSE_STREAM: how the function URL answers. Unset, left as it is.',
    reference:
      '`BUFFERED` or `RESPONSE_STREAM`: how the URL answers. Needs `function-url`; unset, the mode is left as it is. See [Function URL streaming and CORS](docs/previews.md#function-url-streaming-and-cors).',
    required: false,
    where: { step: true, manifest: true },
    permissions: [
      'lambda:GetFunctionUrlConfig',
      'lambda:CreateFunctionUrlConfig',
      'lambda:UpdateFunctionUrlConfig',
    ],
  },
  {
    name: 'function-url-cors',
    group: 'previews',
    description: "The function URL's CORS as JSON in the API's Cors shape. Unset, left as it is.",
    reference:
      "JSON in the API's `Cors` shape (`AllowOrigins`, `AllowMethods`, `AllowHeaders`, `ExposeHeaders`, `AllowCredentials`, `MaxAge`). Needs `function-url`; unset, CORS is left as it is.",
    required: false,
    where: { step: true, manifest: true },
    manifestValue: 'json',
    permissions: [
      'lambda:GetFunctionUrlConfig',
      'lambda:CreateFunctionUrlConfig',
      'lambda:UpdateFunctionUrlConfig',
    ],
  },
] as const satisfies readonly InputSpec[];
