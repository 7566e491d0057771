// Browser tests (Chromium through playwright-core) against a built dist/: `npm run build && npx vitest run --config vitest.e2e.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
