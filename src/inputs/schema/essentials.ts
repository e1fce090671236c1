// Essentials: what most deploys set.
import type { InputSpec } from './types.js';

export const ESSENTIALS = [
  {
    name: 'function-name',
    group: 'essentials',
    description:
      'The function: a name, a partial ARN or an ARN. Required unless each manifest entry names one.',
    reference:
      'The function: a name (`orders-api`), a partial ARN (`123456789012:function:orders-api`) or an ARN. It must exist, unless `create-if-missing` is set. A version or alias suffix is refused.',
    shownDefault: 'required, unless `manifest`',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'source',
    group: 'essentials',
    description: 'A directory to package as a zip, relative to the workspace.',
    reference:
      'A directory to package as a zip, relative to the workspace. Set one of `source`, `zip-file` and `image-uri`.',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['lambda:GetFunction', 'lambda:UpdateFunctionCode'],
  },
  {
    name: 'zip-file',
    group: 'essentials',
    description: 'A ready .zip to deploy, relative to the workspace.',
    reference:
      "A ready `.zip` to deploy, relative to the workspace. It must be a regular file and a valid zip holding files; an entry that would unpack outside the function's directory is refused, and so is a symbolic link unless `symlinks: preserve` and it stays inside the zip.",
    required: false,
    where: { step: true, manifest: true },
    permissions: ['lambda:GetFunction', 'lambda:UpdateFunctionCode'],
  },
  {
    name: 'image-uri',
    group: 'essentials',
    description: 'An ECR image (…:<tag> or @sha256:<digest>) to deploy to an Image function.',
    reference:
      'A container image in ECR, `<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>` or `@sha256:<digest>`, for an Image function. See [Container images](docs/images-and-layers.md#container-images). Only an image named by digest is skipped as unchanged.',
    required: false,
    where: { step: true, manifest: true },
    permissions: [
      'lambda:GetFunction',
      'lambda:UpdateFunctionCode',
      'ecr:BatchGetImage',
      'ecr:GetDownloadUrlForLayer',
    ],
  },
  {
    name: 'include',
    group: 'essentials',
    description:
      '.gitignore patterns, one per line: package only what they match (default, every file).',
    reference:
      '`.gitignore` patterns relative to `source`, one per line: only what they match is packaged (by default, every file). See [Choosing the files](docs/choosing-files.md).',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'exclude',
    group: 'essentials',
    description: '.gitignore patterns, one per line, left out of the package, after include.',
    reference:
      '`.gitignore` patterns relative to `source`, one per line, left out of the package, after `include`. `*.map` leaves out source maps at any depth. `.git/` is always left out.',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 's3-bucket',
    group: 'essentials',
    description: "A bucket in the function's region for packages of 50 MiB or more; never created.",
    reference:
      "A bucket in the function's region for the package; used when the zip is 52,428,800 bytes or more (Lambda takes only smaller ones directly), or always with `s3-upload: always`. Never created by the action.",
    required: false,
    where: { step: true, manifest: true },
    permissions: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload', 's3:ListBucket'],
  },
  {
    name: 'alias',
    group: 'essentials',
    description: 'An alias to point at the new version; created when missing.',
    reference:
      'Alias to point at the new version; created when missing. Letters, digits, `-` and `_`, not all digits, at most 128.',
    required: false,
    where: { step: true, manifest: true },
    permissions: [
      'lambda:PublishVersion',
      'lambda:GetAlias',
      'lambda:CreateAlias',
      'lambda:UpdateAlias',
    ],
  },
  {
    name: 'region',
    group: 'essentials',
    description: "The function's region. Default, the ARN's region, else AWS_REGION.",
    reference: "The function's region.",
    shownDefault: "the ARN's region, `AWS_REGION`",
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'dry-run',
    group: 'essentials',
    description: 'true to build the package and print the plan, making only read calls.',
    reference:
      'Build the package, read the function, and print and summarize the plan (code with both hashes, each setting old → new, version, alias routing, URL). Only read calls are made; outputs that would exist only after a change are left empty.',
    default: 'false',
    required: false,
    where: { step: true, manifest: 'whole-step' },
  },
] as const satisfies readonly InputSpec[];
