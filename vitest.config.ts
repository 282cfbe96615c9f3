import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // onnxruntime-node's native sessions are safest in child processes, not worker threads.
    pool: 'forks',
    setupFiles: ['test/helpers/deny-network.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
