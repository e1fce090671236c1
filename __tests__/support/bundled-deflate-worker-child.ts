// Run by Node 24 itself (which strips the types; no build step), the way the action runs:
// starts the deflate worker at the file: URL in argv[2] (dist/deflate-worker/index.js), sends
// it the DeflateRequests given as JSON in argv[3], one after another, and prints its answers
// as one line of JSON, each batch's buffer in base64, with the Node version.
import { Worker } from 'node:worker_threads';
import type {
  DeflatedFile,
  DeflateFailure,
  DeflateRequest,
  FromWorker,
} from '../../src/package/deflate-worker/messages.js';

export type ChildAnswer =
  | { readonly id: number; readonly error: DeflateFailure }
  | { readonly id: number; readonly results: readonly DeflatedFile[]; readonly batch: string };

export interface ChildOutput {
  readonly node: string;
  readonly answers: readonly ChildAnswer[];
}

const [script, requests] = process.argv.slice(2);
if (script === undefined || requests === undefined) {
  throw new Error('usage: bundled-deflate-worker-child.ts <worker-url> <requests-json>');
}

const worker = new Worker(new URL(script), { execArgv: [] });
const answers: ChildAnswer[] = [];
for (const request of JSON.parse(requests) as DeflateRequest[]) {
  const reply = await new Promise<FromWorker>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(request);
  });
  answers.push(
    reply.error === undefined && 'results' in reply
      ? { id: reply.id, results: reply.results, batch: Buffer.from(reply.batch).toString('base64') }
      : (reply as Extract<FromWorker, { error: object }>),
  );
}
await worker.terminate();
process.stdout.write(JSON.stringify({ node: process.version, answers } satisfies ChildOutput));
