// Advanced: packaging details, S3, and how long the action waits.
import type { InputSpec } from './types.js';

export const ADVANCED = [
  {
    name: 'symlinks',
    group: 'advanced',
    description:
      "auto (default): a symbolic link that points inside source is stored in the zip as a link (as zip -y does, so a pnpm node_modules deploys and runs), and one pointing outside, dangling or looping fails the step. follow: a link inside source is packaged as the file or directory it points to (refused for a pnpm tree, whose packages would lose their dependencies). preserve: every link is stored as a link, and one that would point outside once unpacked fails the step. error: any symbolic link fails the step. With zip-file, auto and preserve accept link entries that stay inside the zip.",
    reference:
      '`auto`: a link inside `source` is stored as a link (as `zip -y`; pnpm trees run). `follow`: packaged as the file it points to (refused for pnpm trees). `preserve`: every link kept as a link. `error`: any link fails.',
    default: 'auto',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 's3-key-prefix',
    group: 'advanced',
    description:
      'Key prefix in s3-bucket. The key is <prefix><function-name>/<sha256-hex>.zip, so the same bytes get the same key and are not uploaded twice.',
    reference: 'Key prefix: the key is `<prefix><function-name>/<sha256-hex>.zip`.',
    default: 'lambda-deploy/',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 's3-upload',
    group: 'advanced',
    description:
      'auto (through S3 only when the zip is 52,428,800 bytes or more, which Lambda refuses in the request), always, or never (fail when it is that large).',
    reference:
      '`auto`: through S3 only at 52,428,800 bytes or more. `always`. `never`: fail when that large.',
    default: 'auto',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 's3-bucket-owner',
    group: 'advanced',
    description:
      "The 12-digit account expected to own s3-bucket (sent as ExpectedBucketOwner). Default, the function's account.",
    reference: 'The 12-digit account expected to own `s3-bucket`, sent as `ExpectedBucketOwner`.',
    shownDefault: "the function's account",
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'skip-unchanged',
    group: 'advanced',
    description:
      "true to leave the code alone when the package's SHA-256 equals the function's CodeSha256 (then the output deployed is false); false to update it anyway.",
    reference:
      "When the package's SHA-256 equals the function's `CodeSha256`, leave the code alone (output `deployed` is then `false`). `false` updates it anyway.",
    default: 'true',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'wait-timeout',
    group: 'advanced',
    description:
      'Seconds to wait for Lambda to finish an update, 1 to 21600; bounds the request in flight too.',
    reference:
      "Seconds (1 to 21600) to wait for Lambda to finish an update, both one already under way before the deploy and the deploy's own. A request in flight when it runs out is ended too.",
    default: '600',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'request-timeout',
    group: 'advanced',
    description:
      'Seconds (1 to 3600) a request to AWS or GitHub may take, in all, before it is retried, plus 1 s for each 64 KiB it sends; an answer that trickles is cut off. After 6 attempts the step fails naming the call.',
    reference:
      'Seconds (1 to 3600) a request to AWS or GitHub may take in all (to connect, and for its answer to arrive whole), plus 1 s for each 64 KiB it sends, so a large upload on a slow link still works; an answer that trickles is cut off. It is then retried; after 6 attempts the step fails naming the call.',
    default: '60',
    required: false,
    where: { step: true, manifest: true },
  },
] as const satisfies readonly InputSpec[];
