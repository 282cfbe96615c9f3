import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // onnxruntime-node's native sessions are safest in child processes, not worker threads.
    pool: 'forks',
    // A test file per core: most tests wait on processes of their own (the CLI, servers, Redis,
    // Chromium), so vitest's default of one fewer (a single file at a time on 2 cores) leaves a
    // core idle for most of the run.
    maxWorkers: '100%',
    setupFiles: ['test/helpers/deny-network.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
