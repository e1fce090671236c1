// Function settings, the first part: handler, runtime, memory and the like, environment, tags
// and layers, with config-file and create-if-missing. Only what is set is compared and sent.
import type { InputSpec } from './types.js';

export const FUNCTION_SETTINGS = [
  {
    name: 'config-file',
    group: 'function settings',
    description:
      "A JSON or YAML file in the workspace with the function's settings in the API's own shape (MemorySize, Timeout, Environment.Variables, VpcConfig, Tags, ...): the output of aws lambda get-function-configuration (or get-function) works as it is. Read-only keys are ignored with one notice; an unknown key fails the step. An input that is set replaces the file's value for that setting.",
    reference:
      "A JSON or YAML file in the workspace with the settings in the API's own shape; `aws lambda get-function-configuration` output works as it is. An input that is set replaces the file's value. See [config-file](#config-file).",
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'create-if-missing',
    group: 'function settings',
    description:
      'true to create the function when it does not exist, with the package and every setting given (needs role, and runtime and handler for a zip), then wait until it is Active.',
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
    description: "The function's handler (only what is set is sent; no default is ever applied).",
    reference: "The function's handler, such as `index.handler`.",
    required: false,
    where: { step: true, manifest: true, configFile: 'Handler' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'runtime',
    group: 'function settings',
    description: 'The runtime identifier, such as nodejs22.x or python3.13.',
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
    description: 'x86_64 or arm64 (sent with the code update, which it then forces).',
    reference:
      '`x86_64` or `arm64`; Lambda takes it with the code, so a different one forces the code update.',
    required: false,
    where: { step: true, manifest: true, configFile: 'Architectures' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'ephemeral-storage',
    group: 'function settings',
    description: '/tmp size in MB, 512 to 10240 (to 32768 with accelerator-memory-size).',
    reference:
      'The size of `/tmp` in MB, 512–10240; up to 32768 for a function with `accelerator-memory-size`.',
    required: false,
    where: { step: true, manifest: true, configFile: 'EphemeralStorage.Size' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'environment',
    group: 'function settings',
    description:
      'Environment variables: KEY=VALUE lines (values may hold = and commas) or a JSON object. Values are masked in the log; the summary shows names only.',
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
    description:
      "A KMS key ARN to encrypt the environment variables with; none goes back to Lambda's own key.",
    reference:
      "A KMS key ARN for the environment variables at rest; `none` goes back to Lambda's own key.",
    required: false,
    where: { step: true, manifest: true, configFile: 'KMSKeyArn' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'tags',
    group: 'function settings',
    description:
      'KEY=VALUE lines; only these keys are set, and with tags-mode merge (the default) other tags are left alone.',
    reference: '`KEY=VALUE` lines; only these keys are set, other tags are left alone.',
    required: false,
    where: { step: true, manifest: true, configFile: 'Tags' },
    manifestValue: 'key-value-lines',
    permissions: ['lambda:TagResource'],
  },
  {
    name: 'tags-mode',
    group: 'function settings',
    description:
      "merge (default) sets the keys in tags and leaves the function's other tags; replace also removes the function's tags that tags does not list (never aws: ones). Applies only with tags.",
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
    description:
      'Layer version ARNs, one per line, at most 5, in order; none detaches every layer.',
    reference:
      'Layer version ARNs, one per line, at most 5, in order; `none` detaches every layer.',
    required: false,
    where: { step: true, manifest: true, configFile: 'Layers' },
    permissions: ['lambda:UpdateFunctionConfiguration', 'lambda:GetLayerVersion'],
  },
  {
    name: 'layer-name',
    group: 'function settings',
    description:
      'A layer to publish from layer-source and attach to the function, in place of any older version of the same layer; other layers stay. Not published again when its newest version already holds the same package.',
    reference:
      'Publish the directory `layer-source` as a version of layer `layer-name` and attach it, in place of an older version of the same layer. See [Layers](#layers).',
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
    description:
      "The directory to package as the layer's .zip (relative to the workspace), laid out as Lambda expects (nodejs/node_modules, python/, bin/ ...).",
    reference:
      "The directory to package as the layer's zip, relative to the workspace, laid out as Lambda expects (`nodejs/node_modules`, `python/`, `bin/` ...). Needs `layer-name`.",
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'layer-compatible-runtimes',
    group: 'function settings',
    description: 'Runtimes the layer is for, one per line or comma-separated, at most 15.',
    reference:
      "The layer version's compatible runtimes (at most 15), one per line or comma-separated; sent only when set.",
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'layer-compatible-architectures',
    group: 'function settings',
    description: 'x86_64, arm64 or both, one per line or comma-separated.',
    reference:
      "The layer version's compatible architectures, `x86_64`, `arm64` or both, one per line or comma-separated; sent only when set.",
    required: false,
    where: { step: true, manifest: true },
  },
] as const satisfies readonly InputSpec[];
