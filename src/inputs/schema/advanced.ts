// Advanced: packaging details, S3, and how long the action waits.
import type { InputSpec } from './types.js';

export const ADVANCED = [
  {
    name: 'symlinks',
    group: 'advanced',
    description:
      'auto (default), follow, preserve or error: what to do with symbolic links in source.',
    reference:
      '`auto` (default): a link pointing inside `source` is stored as a link, as `zip -y` stores it, so a pnpm `node_modules` deploys and runs. `follow`: a link inside `source` is packaged as the file it points to (refused for a pnpm tree, whose packages would lose their dependencies). `preserve`: every link is kept as a link, a link to a directory too. `error`: any link fails the step. A link pointing outside `source`, dangling or looping fails the step. With `zip-file`, `auto` and `preserve` accept link entries that stay inside the zip. See [Symbolic links](docs/choosing-files.md#symbolic-links).',
    default: 'auto',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 's3-key-prefix',
    group: 'advanced',
    description: 'The S3 key prefix of packages in s3-bucket.',
    reference:
      'Key prefix: the key is `<prefix><function-name>/<sha256-hex>.zip` (a fleet: `<prefix>packages/<sha256-hex>.zip`, one object per package and region), so the same bytes get the same key and are not uploaded twice. See [Packages in S3](docs/many-functions.md#packages-in-s3).',
    default: 'lambda-deploy/',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 's3-upload',
    group: 'advanced',
    description: 'auto (only at 50 MiB or more), always or never.',
    reference:
      '`auto`: through S3 only at 52,428,800 bytes or more. `always`. `never`: fail when that large.',
    default: 'auto',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 's3-bucket-owner',
    group: 'advanced',
    description: "The 12-digit account expected to own s3-bucket. Default, the function's account.",
    reference: 'The 12-digit account expected to own `s3-bucket`, sent as `ExpectedBucketOwner`.',
    shownDefault: "the function's account",
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'skip-unchanged',
    group: 'advanced',
    description: "true to leave the code alone when the package's SHA-256 equals the function's.",
    reference:
      "When the package's SHA-256 equals the function's `CodeSha256`, leave the code alone (output `deployed` is then `false`). A `source` tree whose fingerprint the function records with the code it runs (tag `lambda-deploy:code-fingerprint`) is not even built, nor a `layer-source` tree whose layer version it records (tag `lambda-deploy:layer-fingerprint`): see [Speed](docs/speed.md#an-unchanged-tree-is-not-built-again). `false` updates it anyway.",
    default: 'true',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'wait-timeout',
    group: 'advanced',
    description: 'Seconds to wait for Lambda to finish an update, 1 to 21600.',
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
      'Seconds a request to AWS or GitHub may take, 1 to 3600, plus 1 s per 64 KiB sent.',
    reference:
      'Seconds (1 to 3600) a request to AWS or GitHub may take in all (to connect, and for its answer to arrive whole), plus 1 s for each 64 KiB it sends, so a large upload on a slow link still works; an answer that trickles is cut off. It is then retried; after 6 attempts the step fails naming the call.',
    default: '60',
    required: false,
    where: { step: true, manifest: true },
  },
] as const satisfies readonly InputSpec[];
