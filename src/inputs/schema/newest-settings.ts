// Function settings Lambda added in 2026: a customer-managed runtime (RuntimeConfig), an
// accelerator (AcceleratorConfig) and how an S3 Files mount reads (S3FilesConfig). The
// file-systems, layers and ephemeral-storage inputs they extend are in function-settings*.ts.
import type { InputSpec } from './types.js';

export const NEWEST_SETTINGS = [
  {
    name: 'runtime-config',
    group: 'function settings',
    description:
      'A customer-managed runtime, JSON {"RuntimeArn": ..., "RuntimeAlias": ...}; needs runtime custom.',
    reference:
      'A customer-managed runtime, JSON in the API\'s `RuntimeConfig` shape: `{"RuntimeArn": "arn:aws:lambda:<region>:<account>:runtime/<name>", "RuntimeAlias": "stable"}`, both required. The function\'s runtime must be `custom` (set `runtime: custom` or have it already). Compared and sent only when it differs. See [Newest settings](docs/newest-settings.md).',
    required: false,
    where: { step: true, manifest: true, configFile: 'RuntimeConfig' },
    manifestValue: 'json',
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'accelerator-memory-size',
    group: 'function settings',
    description:
      'Accelerator (GPU) memory in GB: 3, 6, 12, 16, 24 or 48; ephemeral-storage may then reach 32768.',
    reference:
      'Accelerator memory in GB per execution environment (`AcceleratorConfig.AcceleratorMemorySize`): `3`, `6`, `12`, `16`, `24` or `48`. Lambda runs accelerators on Managed Instances (a capacity provider) for x86_64 image functions; an arm64 function is refused before any change. With it, `ephemeral-storage` may go up to 32768.',
    required: false,
    where: { step: true, manifest: true, configFile: 'AcceleratorConfig.AcceleratorMemorySize' },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
  {
    name: 'file-system-direct-s3-read',
    group: 'function settings',
    description:
      'How the S3 Files mount of file-systems reads: AUTO (the default), ENABLED or DISABLED.',
    reference:
      "How an S3 Files mount (`file-systems`) reads (`S3FilesConfig.DirectS3Read`): `AUTO` (Lambda's default), `ENABLED` (straight from the bucket) or `DISABLED` (through the file system). Only with an S3 Files access point; the execution role needs `s3:GetObject` and `s3:GetObjectVersion` for direct reads.",
    required: false,
    where: {
      step: true,
      manifest: true,
      configFile: 'FileSystemConfigs.S3FilesConfig.DirectS3Read',
    },
    permissions: ['lambda:UpdateFunctionConfiguration'],
  },
] as const satisfies readonly InputSpec[];
