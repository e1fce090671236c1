// Essentials: what most deploys set.
import type { InputSpec } from './types.js';

export const ESSENTIALS = [
  {
    name: 'function-name',
    group: 'essentials',
    description:
      'The function to deploy to, as a name, a partial ARN or an ARN. It must exist, unless create-if-missing is true. Required, unless each entry of manifest names its function.',
    reference:
      'The function: a name (`orders-api`), a partial ARN (`123456789012:function:orders-api`) or an ARN. It must exist, unless `create-if-missing` is set. A version or alias suffix is refused.',
    shownDefault: 'required, unless `manifest`',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'source',
    group: 'essentials',
    description:
      "A directory to package as the function's .zip (relative to the workspace). Set one of source, zip-file and image-uri.",
    reference:
      'A directory to package as a zip, relative to the workspace. Set one of `source`, `zip-file` and `image-uri`.',
    required: false,
    where: { step: true, manifest: true },
    // TagResource records the tree's fingerprint (docs/speed.md); without it, a warning.
    permissions: ['lambda:GetFunction', 'lambda:UpdateFunctionCode', 'lambda:TagResource'],
  },
  {
    name: 'zip-file',
    group: 'essentials',
    description:
      "A ready .zip to deploy (relative to the workspace). Set one of source, zip-file and image-uri. It must be a regular file and a valid zip holding files; an entry that would unpack outside the function's directory is refused, and so is a symbolic link unless symlinks is preserve and the link stays inside the zip.",
    reference: 'A ready `.zip` to deploy, relative to the workspace.',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['lambda:GetFunction', 'lambda:UpdateFunctionCode'],
  },
  {
    name: 'image-uri',
    group: 'essentials',
    description:
      'A container image in ECR to deploy to an Image function, as <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag> or @sha256:<digest>. Only an image named by digest is skipped as unchanged. Set one of source, zip-file and image-uri.',
    reference:
      'A container image in ECR, `<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>` or `@sha256:<digest>`, for an Image function. See [Container images](#container-images).',
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
      '.gitignore patterns relative to source, one per line: only what they match is packaged (default, every file). As in .gitignore, a pattern without a slash matches at any depth (*.js), a leading slash anchors it to source (/dist), dir/ matches directories only and takes all inside them, * and ** match dot-names too (node_modules/** takes node_modules/.prisma), and !pattern takes back what an earlier line took.',
    reference:
      '`.gitignore` patterns relative to `source`, one per line: only what they match is packaged (by default, every file). See [Choosing the files](#choosing-the-files).',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'exclude',
    group: 'essentials',
    description:
      '.gitignore patterns relative to source, one per line, left out of the package, read as include is (*.map leaves out source maps at any depth, !pattern keeps one back); exclude applies after include. .git/ is always left out.',
    reference:
      '`.gitignore` patterns relative to `source`, one per line, left out of the package, after `include`. `*.map` leaves out source maps at any depth.',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 's3-bucket',
    group: 'essentials',
    description:
      "An S3 bucket in the function's region for the package. Used when the zip is 52,428,800 bytes or more (Lambda takes only smaller ones directly), or always with s3-upload always. Never created by the action.",
    reference:
      "A bucket in the function's region for the package; used when the zip is 52,428,800 bytes or more (Lambda takes only smaller ones directly), or always with `s3-upload: always`. Never created by the action.",
    required: false,
    where: { step: true, manifest: true },
    permissions: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload', 's3:ListBucket'],
  },
  {
    name: 'alias',
    group: 'essentials',
    description:
      'Alias to point at the new version; created when missing. Letters, digits, - and _, not all digits, at most 128.',
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
    description:
      "The AWS region of the function. Default, the region in function-name's ARN, else AWS_REGION.",
    reference: "The function's region.",
    shownDefault: "the ARN's region, `AWS_REGION`",
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'dry-run',
    group: 'essentials',
    description:
      'true to build the package, read the function and print the plan (code, settings, version, alias routing, URL) without changing anything.',
    reference:
      'Build the package, read the function, and print and summarize the plan (code with both hashes, each setting old → new, version, alias routing, URL). Only read calls are made; outputs that would exist only after a change are left empty.',
    default: 'false',
    required: false,
    where: { step: true, manifest: 'whole-step' },
  },
] as const satisfies readonly InputSpec[];
