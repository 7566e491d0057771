// ESLint flat config: typescript-eslint's recommended rules for TypeScript, eslint-plugin-astro's for
// .astro files. Formatting is Prettier's job (prettier.config.js), not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', '.tmp/', '.tmp-*/', 'node_modules/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a value that is destructured away on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Inlined in every page's <head> (hashed by the CSP), written as small as it can be: a failing
    // localStorage (blocked storage) is ignored on purpose.
    files: ['src/scripts/theme-init.js'],
    rules: { 'no-empty': 'off', '@typescript-eslint/no-unused-vars': 'off' },
  },
);
