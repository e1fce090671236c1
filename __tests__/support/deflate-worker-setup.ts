// Runs before each test file: its WorkerDeflaters start the deflate worker that
// deflate-worker-global-setup.ts compiled from src/ for this run.
import { inject } from 'vitest';
import { useDeflateWorkerScript } from '../../src/package/deflate-workers.js';

useDeflateWorkerScript(new URL(inject('deflateWorkerScript')));
