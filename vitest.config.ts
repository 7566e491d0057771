import { defineConfig } from 'vitest/config';

// Four projects (docs/testing.md). `npm test` runs unit, content and build; `npm run test:e2e` runs
// browser. Only the build and browser projects build the site, once, in their global setup.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // Content and integrity rules over the real content and small fixtures; two tests run a
        // build of bad content to prove it stops `astro build`.
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 300_000 },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
