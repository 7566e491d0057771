import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{unit,content,build}/**/*.test.ts'],
    globalSetup: ['tests/build/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
