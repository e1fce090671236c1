// The benchmark's entry for our S3 upload: stages a file in S3 the way the action does
// (createS3Client, then stagePackageInS3: HeadBucket, HeadObject, a streamed multipart Upload)
// and prints the result as one line of JSON on stdout; progress messages go to stderr.
// scripts/bench-upload.mjs bundles it with ncc, like dist/index.js, so that timing it
// includes process start and module loading. The file's sha256, which the action has from
// packaging, is computed here first (streamed) and reported as hashSeconds.
//
//   AWS_ENDPOINT_URL=http://127.0.0.1:PORT node .tmp/bench-uploader/index.js <zip-path> <bucket> <key>
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createS3Client, stagePackageInS3, type S3Target } from '../../src/aws/s3-package-store.js';
import type { Logger } from '../../src/logger.js';

const REGION = 'us-east-1';

const [zipPath, bucket, key] = process.argv.slice(2);
if (zipPath === undefined || bucket === undefined || key === undefined) {
  console.error('usage: upload-cli <zip-path> <bucket> <key>');
  process.exit(2);
}

const log: Logger = {
  info: (message) => {
    console.error(message);
  },
  warning: (message) => {
    console.error(`warning: ${message}`);
  },
};

async function sha256Base64(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('base64');
}

const client = createS3Client(REGION);
try {
  const hashStarted = performance.now();
  // Not an object literal at the call, so the contract's fields the store does not (yet)
  // declare are allowed.
  const pkg = {
    path: zipPath,
    size: (await stat(zipPath)).size,
    sha256: await sha256Base64(zipPath),
  };
  const hashSeconds = (performance.now() - hashStarted) / 1000;
  const target: S3Target = { bucket, key, expectedOwner: undefined, region: REGION };
  const staged = await stagePackageInS3(client, target, pkg, log);
  const result = {
    seconds: staged.seconds,
    uploaded: staged.uploaded,
    uri: staged.uri,
    versionId: staged.versionId ?? null,
    size: pkg.size,
    hashSeconds,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
} finally {
  client.destroy();
}
