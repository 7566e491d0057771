import { defineConfig } from 'vitest/config';

// End-to-end tests in headless Chromium over the built site (`npm run test:e2e`).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
