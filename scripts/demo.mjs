// npm run demo: deploys examples/hello to a local AWS emulator (moto) with the built
// action, twice, and prints each run's log, outputs and job summary.
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { ZipArchive } from 'archiver';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLambdaRole, startMoto } from './lib/moto-server.mjs';
import { runAction } from './lib/run-action.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FUNCTION_NAME = 'hello-demo';
const REGION = 'us-east-1';
const credentials = { accessKeyId: 'demo', secretAccessKey: 'demo' };

async function placeholderZip() {
  const archive = new ZipArchive();
  const chunks = [];
  archive.on('data', (chunk) => chunks.push(chunk));
  archive.append('exports.handler = async () => "not deployed yet";\n', { name: 'index.js' });
  await archive.finalize();
  return Buffer.concat(chunks);
}

/** The summary is HTML; show it as plain text lines. */
function summaryAsText(html) {
  return html
    .replace(/<h\d>(.*?)<\/h\d>/g, '## $1\n')
    .replace(/<\/t[hd]><t[hd]>/g, ' | ')
    .replace(/<\/tr>/g, '\n')
    .replace(/<li>/g, '- ')
    .replace(/<\/(li|p|ul|ol|table)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function section(title, body) {
  console.log(`\n=== ${title} ===\n${body.trim()}`);
}

const moto = await startMoto();
let failed = false;
try {
  console.log(`moto (local AWS emulator) is listening on ${moto.endpoint}`);
  const role = await createLambdaRole(moto.endpoint, 'lambda-deploy-demo');
  const lambda = new LambdaClient({ region: REGION, endpoint: moto.endpoint, credentials });
  await lambda.send(
    new CreateFunctionCommand({
      FunctionName: FUNCTION_NAME,
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: role,
      Code: { ZipFile: await placeholderZip() },
    }),
  );
  console.log(`Created function ${FUNCTION_NAME} with placeholder code`);

  for (const [attempt, expected] of [
    ['first deploy', 'true'],
    ['second deploy, same code', 'false'],
  ]) {
    const run = await runAction({
      inputs: { 'function-name': FUNCTION_NAME, source: 'examples/hello' },
      env: {
        AWS_ENDPOINT_URL: moto.endpoint,
        AWS_REGION: REGION,
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      },
      workspace: root,
    });
    section(`${attempt}: log (exit code ${run.exitCode})`, run.stdout + run.stderr);
    section(
      `${attempt}: outputs`,
      Object.entries(run.outputs)
        .map(([name, value]) => `${name}=${value}`)
        .join('\n'),
    );
    section(`${attempt}: job summary`, summaryAsText(run.summary));
    if (run.exitCode !== 0 || run.outputs.deployed !== expected) {
      console.error(`\nUnexpected: exit code ${run.exitCode}, deployed=${run.outputs.deployed}`);
      failed = true;
      break;
    }
  }
} finally {
  await moto.stop();
}
process.exitCode = failed ? 1 : 0;
