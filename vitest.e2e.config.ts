import { defineConfig } from 'vitest/config';

// Browser tests (Debian Chromium through playwright-core) against a built dist/; not part of `npm test`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
