// A tiny HTTP proxy on loopback in front of the AWS emulator: clients are pointed at it
// (AWS_ENDPOINT_URL), it passes every request on to the emulator unchanged and the answer
// back, and records when each request arrived (performance.now() in this process, when its
// headers have been read), so that a benchmark can tell when a process made its first call.
import http from 'node:http';

/** Headers that belong to one connection, not to the request or answer passed on. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'expect', 'upgrade', 'te'];

/**
 * One request as it arrived, and when its answer had been handed back (`answered`).
 * @typedef {{ time: number, method: string, url: string, answered?: number }} Arrival
 */

/**
 * Starts the proxy on a free port of 127.0.0.1, passing requests on to `target` (an
 * http://127.0.0.1:PORT endpoint). `arrivals` grows with every request; `since(index)` gives
 * those from `arrivals[index]` on; `failures` lists requests the target could not answer.
 * With `timing` (lambda-timing.mjs), Lambda's update times are emulated on the way.
 * @param {string} target
 * @param {{ timing?: ReturnType<typeof import('./lambda-timing.mjs').lambdaTiming> }} [options]
 * @returns {Promise<{ endpoint: string, arrivals: Arrival[], since: (index: number) => Arrival[],
 *   failures: string[], stop: () => Promise<void> }>}
 */
export async function startRecordingProxy(target, { timing } = {}) {
  const upstream = new URL(target);
  if (upstream.protocol !== 'http:' || !['127.0.0.1', 'localhost'].includes(upstream.hostname)) {
    throw new Error(`the recording proxy forwards only to http on loopback, not ${target}`);
  }
  const agent = new http.Agent({ keepAlive: true });
  /** @type {Arrival[]} */
  const arrivals = [];
  /** @type {string[]} */
  const failures = [];

  const server = http.createServer((request, response) => {
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    const arrived = performance.now();
    /** @type {Arrival} */
    const arrival = { time: arrived, method, url };
    arrivals.push(arrival);
    response.once('finish', () => {
      arrival.answered = performance.now();
    });
    const headers = withoutHopByHop(request.headers);
    const refusal = timing?.before(method, url, arrived);
    if (refusal !== undefined) {
      request.resume();
      response.writeHead(refusal.status, refusal.headers);
      response.end(refusal.body);
      return;
    }
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method, path: url, headers, agent },
      (answer) => {
        const status = answer.statusCode ?? 502;
        const answerHeaders = withoutHopByHop(answer.headers);
        if (timing === undefined) {
          response.writeHead(status, answerHeaders);
          answer.pipe(response);
          return;
        }
        const chunks = [];
        answer.on('data', (chunk) => chunks.push(chunk));
        answer.once('end', () => {
          const body = Buffer.from(
            timing.after(
              method,
              url,
              status,
              Buffer.concat(chunks).toString('utf8'),
              performance.now(),
            ),
          );
          delete answerHeaders['content-length'];
          delete answerHeaders['transfer-encoding'];
          delete answerHeaders['x-amz-crc32'];
          response.writeHead(status, { ...answerHeaders, 'content-length': String(body.length) });
          response.end(body);
        });
      },
    );
    forward.once('error', (error) => {
      failures.push(`${method} ${url}: ${error.message}`);
      if (!response.headersSent) {
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(`recording proxy: ${error.message}`);
      } else {
        response.destroy();
      }
    });
    // A client that goes away mid-request: stop passing it on.
    response.once('close', () => {
      if (!response.writableFinished) forward.destroy();
    });
    request.pipe(forward);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    arrivals,
    since: (index) => arrivals.slice(index),
    failures,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

/** @param {http.IncomingHttpHeaders} headers */
function withoutHopByHop(headers) {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !HOP_BY_HOP.includes(name.toLowerCase())),
  );
}
