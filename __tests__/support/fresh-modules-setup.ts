// Runs before each test file. The workers are reused from file to file (isolate: false in
// vitest.config.ts: Node, vitest and node_modules load once per worker, not once per file),
// so after each file the module registry is emptied: the next file evaluates src/ and
// __tests__/ afresh, as in a worker of its own, and sees no module state (the secrets
// redact() knows, a singleton, a module-level cache) that an earlier file left behind.
// What lives outside modules is each file's to put back: spies on process.stdout, stubbed
// environment variables (vi.unstubAllEnvs), fake timers, servers and child processes.
import { afterAll, vi } from 'vitest';

afterAll(() => {
  vi.resetModules();
});
