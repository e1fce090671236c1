// Function settings, the first part: handler, runtime, memory and the like, environment, tags
// and layers, with config-file and create-if-missing. Only what is set is compared and sent.
import type { InputSpec } from './types.js';

export const FUNCTION_SETTINGS = [
  {
    name: 'config-file',
    group: 'function settings',
    description:
      "A JSON or YAML file of settings in the API's shape (get-function-configuration's output).",
    reference:
      "A JSON or YAML file in the workspace with the settings in the API's own shape; `aws lambda get-function-configuration` (or `get-function`) output works as it is. Read-only keys are ignored with one notice; an unknown key fails the step. An input that is set replaces the file's value. See [config-file](docs/config-file.md).",
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'create-if-missing',
    group: 'function settings',
    description:
      'true to create the function when it does not exist (needs role; runtime and handler for a zip).',
    reference:
      'Create the function when it does not exist, with the code and every setting given (needs `role`, and `runtime` and `handler` for a zip), and wait until it is Active.',
    default: 'false',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['lambda:CreateFunction', 'iam:PassRole'],
  },
  {
    name: 'handler',
    group: 'function settings',
    description: 'The handler, such as index.handler.',
    reference: "The function's handler, such as `index.handler`.",
    required: false,
    where: { step: true, manifest: true, configFile: 'Handler' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'runtime',
    group: 'function settings',
    description: 'The runtime, such as nodejs22.x or python3.13.',
    reference: 'The runtime identifier, such as `nodejs22.x` or `python3.13`.',
    required: false,
    where: { step: true, manifest: true, configFile: 'Runtime' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'memory-size',
    group: 'function settings',
    description: 'Memory in MB, 128 to 10240.',
    reference: 'Memory in MB, 128–10240.',
    required: false,
    where: { step: true, manifest: true, configFile: 'MemorySize' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'timeout',
    group: 'function settings',
    description: 'Timeout in seconds, 1 to 900.',
    reference: 'Timeout in seconds, 1–900.',
    required: false,
    where: { step: true, manifest: true, configFile: 'Timeout' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'description',
    group: 'function settings',
    description: "The function's description, up to 256 characters.",
    reference: "The function's description, up to 256 characters.",
    required: false,
    where: { step: true, manifest: true, configFile: 'Description' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'role',
    group: 'function settings',
    description: "The execution role's ARN.",
    reference: "The execution role's ARN.",
    required: false,
    where: { step: true, manifest: true, configFile: 'Role' },
    permissions: ['lambda:UpdateFunctionConfiguration', 'iam:PassRole'],
  },
  {
    name: 'architectures',
    group: 'function settings',
    description: 'x86_64 or arm64.',
    reference:
      '`x86_64` or `arm64`; Lambda takes it with the code, so a different one forces the code update.',
    required: false,
    where: { step: true, manifest: true, configFile: 'Architectures' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'ephemeral-storage',
    group: 'function settings',
    description: '/tmp size in MB, 512 to 10240.',
    reference: 'The size of `/tmp` in MB, 512–10240.',
    required: false,
    where: { step: true, manifest: true, configFile: 'EphemeralStorage.Size' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'environment',
    group: 'function settings',
    description:
      'Environment variables: KEY=VALUE lines or a JSON object. Values are masked in the log.',
    reference:
      "`KEY=VALUE` lines (values may hold `=` and `,`) or a JSON object. Values are masked in the log unless under 8 characters or part of the function name, ARN, alias or region; the summary names variables only. At most Lambda's 4 KB.",
    required: false,
    where: { step: true, manifest: true, configFile: 'Environment.Variables' },
    manifestValue: 'json-object',
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'environment-mode',
    group: 'function settings',
    description: "merge (keep the function's other variables) or replace (exactly these).",
    reference: "`merge` keeps the function's other variables; `replace` sets exactly these.",
    default: 'merge',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'kms-key-arn',
    group: 'function settings',
    description: "A KMS key ARN for the environment variables; none for Lambda's own key.",
    reference:
      "A KMS key ARN for the environment variables at rest; `none` goes back to Lambda's own key.",
    required: false,
    where: { step: true, manifest: true, configFile: 'KMSKeyArn' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'tags',
    group: 'function settings',
    description: 'Tags as KEY=VALUE lines.',
    reference:
      '`KEY=VALUE` lines; only these keys are set, and with `tags-mode: merge` (the default) other tags are left alone.',
    required: false,
    where: { step: true, manifest: true, configFile: 'Tags' },
    manifestValue: 'key-value-lines',
    permissions: ['lambda:TagResource'],
  },
  {
    name: 'tags-mode',
    group: 'function settings',
    description: 'merge (leave other tags) or replace (also remove tags not listed).',
    reference:
      "`merge` sets the keys in `tags` and leaves the function's other tags; `replace` also removes the function's tags that `tags` does not list (never `aws:` ones). Applies only with `tags`.",
    shownDefault: '`merge`',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['lambda:UntagResource'],
  },
  {
    name: 'layers',
    group: 'function settings',
    description: 'Layer version ARNs, one per line, at most 5, in order.',
    reference: 'Layer version ARNs, one per line, at most 5, in order.',
    required: false,
    where: { step: true, manifest: true, configFile: 'Layers' },
    permissions: ['lambda:UpdateFunctionConfiguration', 'lambda:GetLayerVersion'],
  },
  {
    name: 'layer-name',
    group: 'function settings',
    description: 'A layer to publish from layer-source and attach, in place of its older version.',
    reference:
      'Publish the directory `layer-source` as a version of layer `layer-name` and attach it, in place of an older version of the same layer; other layers stay. Not published again when its newest version already holds the same package. See [Layers](docs/images-and-layers.md#layers).',
    required: false,
    where: { step: true, manifest: true },
    permissions: [
      'lambda:ListLayerVersions',
      'lambda:GetLayerVersion',
      'lambda:PublishLayerVersion',
      'lambda:UpdateFunctionConfiguration',
    ],
  },
  {
    name: 'layer-source',
    group: 'function settings',
    description: "The directory to package as the layer's zip, relative to the workspace.",
    reference:
      "The directory to package as the layer's zip, relative to the workspace, laid out as Lambda expects (`nodejs/node_modules`, `python/`, `bin/` ...). Needs `layer-name`.",
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'layer-compatible-runtimes',
    group: 'function settings',
    description: "The layer's compatible runtimes, one per line or comma-separated.",
    reference:
      "The layer version's compatible runtimes (at most 15), one per line or comma-separated; sent only when set.",
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'layer-compatible-architectures',
    group: 'function settings',
    description: "The layer's compatible architectures: x86_64, arm64 or both.",
    reference:
      "The layer version's compatible architectures, `x86_64`, `arm64` or both, one per line or comma-separated; sent only when set.",
    required: false,
    where: { step: true, manifest: true },
  },
] as const satisfies readonly InputSpec[];
