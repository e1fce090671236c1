// Starts moto, the AWS emulator, on a free loopback port. Shared by the tests and the demo.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export const MOTO_MISSING =
  'moto is not installed: the local AWS emulator is needed. Install it with: pip install "moto[server]"';

const READY_TIMEOUT_MS = 30_000;

/** @returns {Promise<number>} */
function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @returns {{ command: string, args: string[] }} */
function motoCommand() {
  if (spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status === 0) {
    return { command: 'moto_server', args: [] };
  }
  if (spawnSync('python3', ['-c', 'import moto.server'], { stdio: 'ignore' }).status === 0) {
    return { command: 'python3', args: ['-m', 'moto.server'] };
  }
  throw new Error(MOTO_MISSING);
}

/**
 * @returns {Promise<{ endpoint: string, stop: () => Promise<void> }>}
 */
export async function startMoto() {
  const { command, args } = motoCommand();
  const port = await freeLoopbackPort();
  const child = spawn(command, [...args, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: 'true' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + String(chunk)).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto exited before it was ready:\n${stderr}`);
    try {
      const response = await fetch(`${endpoint}/moto-api/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `moto did not answer on ${endpoint} within ${READY_TIMEOUT_MS} ms:\n${stderr}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    endpoint,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Creates an IAM role Lambda functions can be given, through moto's IAM query API
 * (moto reads the service from the signature's scope and does not check the signature).
 * @returns {Promise<string>} the role's ARN
 */
export async function createLambdaRole(endpoint, roleName) {
  const trust = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ],
  };
  const response = await fetch(`${endpoint}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization:
        'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: new URLSearchParams({
      Action: 'CreateRole',
      Version: '2010-05-08',
      RoleName: roleName,
      AssumeRolePolicyDocument: JSON.stringify(trust),
    }),
  });
  const body = await response.text();
  const arn = /<Arn>([^<]+)<\/Arn>/.exec(body)?.[1];
  if (!response.ok || arn === undefined) {
    throw new Error(`Could not create IAM role ${roleName} in moto: ${response.status} ${body}`);
  }
  return arn;
}
