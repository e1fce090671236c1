import { defineConfig } from 'vitest/config';

// Every project runs src/ as TypeScript, and packaging starts the deflate worker: compiled
// from the same source once per run, in .tmp/ (see the global setup).
const deflateWorker = {
  globalSetup: ['__tests__/support/deflate-worker-global-setup.ts'],
  setupFiles: ['__tests__/support/deflate-worker-setup.ts'],
};

// A worker runs file after file (isolate: false) instead of starting afresh for each: loading
// Node, vitest and node_modules (the AWS SDK) again took about 2 s of a busy core per file.
// Each file still gets its own src/ and __tests__/ modules (fresh-modules-setup.ts).
const reusedWorkers = {
  isolate: false,
  setupFiles: [...deflateWorker.setupFiles, '__tests__/support/fresh-modules-setup.ts'],
};

export default defineConfig({
  test: {
    // Four files at once on a 2-core runner: one file's waits on moto and the proxy leave a
    // core to another's work. Most of the suite's CPU (about 75 %) is the action's own
    // processes (dist/index.js under Node 24), so more files at once gain little more.
    maxWorkers: 4,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['__tests__/unit/**/*.test.ts'],
          ...deflateWorker,
          ...reusedWorkers,
          // @actions/github reads GITHUB_* when it loads: through vitest rather than Node, so that
          // a test that stubs them and calls vi.resetModules() loads it again, reading them.
          server: { deps: { inline: [/@actions\/github/] } },
          // Some units deflate tens of MiB: seconds on a busy 2-core machine, not a target.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'aws',
          include: ['__tests__/integration/**/*.test.ts', '__tests__/e2e/**/*.test.ts'],
          globalSetup: ['__tests__/support/moto-global-setup.ts', ...deflateWorker.globalSetup],
          ...reusedWorkers,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // Faults injected through the proxy: throttling, 5xx, conflicts, resets, slow S3,
          // concurrent deploys. Its own moto, so its waits never slow the other suites' calls.
          name: 'faults',
          include: ['__tests__/faults/**/*.test.ts'],
          globalSetup: ['__tests__/support/moto-global-setup.ts', ...deflateWorker.globalSetup],
          ...reusedWorkers,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
