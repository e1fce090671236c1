// Lambda's settings kept apart from the configuration: self-managed code storage, the function
// URL's invoke mode and CORS, asynchronous invocation per alias, recursion and runtime updates.
import type { InputSpec } from './types.js';

export const URL_ASYNC_RUNTIME_SETTINGS = [
  {
    name: 'code-storage',
    group: 'function settings',
    description:
      "copy (default): Lambda keeps its own copy of the package. reference: the package stays in s3-bucket and the function points at that object's version (S3ObjectStorageMode REFERENCE); the bucket must be versioned, and a lifecycle rule that would expire or archive the package is refused before anything changes. keep-versions then deletes a package's object once no remaining version refers to it.",
    reference:
      "`copy`: Lambda keeps its own copy. `reference`: the function points at the package's object version in `s3-bucket` (`S3ObjectStorageMode: REFERENCE`); needs a versioned bucket with no lifecycle rule that expires or archives it; `keep-versions` deletes objects no version refers to any more.",
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
      "terminate or allow: what Lambda does when it finds the function invoking itself in a loop through SQS, SNS or S3. Unset, the function's setting is left as it is (Lambda's default is terminate).",
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
      'auto, function-update or manual: when Lambda moves the function to a new runtime version. manual needs runtime-version-arn. Set on $LATEST before publishing, only when it differs.',
    reference:
      '`auto`, `function-update` or `manual` (with `runtime-version-arn`): when Lambda moves the function to a new runtime version. Set only when it differs.',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['lambda:GetRuntimeManagementConfig', 'lambda:PutRuntimeManagementConfig'],
  },
  {
    name: 'runtime-version-arn',
    group: 'function settings',
    description:
      "The runtime version to pin with runtime-update: manual (arn:aws:lambda:<region>::runtime:<id>); the function's RuntimeVersionConfig.RuntimeVersionArn shows the one it runs.",
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
    description:
      'Asynchronous invocation of the alias (of the function when there is no alias) as JSON in the API\'s shape: {"MaximumRetryAttempts": 0-2, "MaximumEventAgeInSeconds": 60-21600, "DestinationConfig": {"OnSuccess": {"Destination": "<arn>"}, "OnFailure": {"Destination": "<arn>"}}}. Put (replacing the whole config) only when it differs from what Lambda has.',
    reference:
      "JSON in the API's shape (`MaximumRetryAttempts` 0–2, `MaximumEventAgeInSeconds` 60–21600, `DestinationConfig`): put on the alias (the function without one), replacing its whole config, only when it differs.",
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
    description:
      "BUFFERED or RESPONSE_STREAM: how the function URL returns the answer. Needs function-url. Unset, the URL's mode is left as it is (BUFFERED for a new URL).",
    reference:
      '`BUFFERED` or `RESPONSE_STREAM`: how the URL answers. Needs `function-url`; unset, the mode is left as it is.',
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
    description:
      'The function URL\'s CORS settings as JSON in the API\'s Cors shape: {"AllowOrigins": ["https://example.com"], "AllowMethods": ["GET"], "AllowHeaders": [], "ExposeHeaders": [], "AllowCredentials": false, "MaxAge": 300}. Needs function-url. Unset, the URL\'s CORS is left as it is.',
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
