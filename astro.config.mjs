// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { buildRedirectMap, readRedirects } from './src/lib/redirect-map.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// SITE_URL and BASE_PATH let the same build be deployed anywhere (see README, "Deploying").
const site = process.env.SITE_URL ?? 'https://llm-ft-guide.example.org';
const base = process.env.BASE_PATH ?? '/';
// Moved routes (content/redirects.yaml, checked against the built pages by the dataset).
const redirects = buildRedirectMap(readRedirects(fileURLToPath(new URL('.', import.meta.url)), process.env.CONTENT_DIR ?? 'content'), base);
const redirected = new Set(Object.keys(redirects));
// A build of other content (tests, the benchmark) keeps its content cache apart, so it never leaves
// entries from its folder behind for the next build of content/.
const contentDir = process.env.CONTENT_DIR;
const cacheDir = contentDir ? `./node_modules/.astro-content/${contentDir.replace(/[^a-z0-9]+/gi, '-')}` : undefined;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  ...(cacheDir ? { cacheDir } : {}),
  redirects,
  integrations: [
    mdx(),
    sitemap({
      // Lists each page's language versions as xhtml:link alternates.
      i18n: { defaultLocale: 'en', locales: { en: 'en', ja: 'ja' } },
      filter: (page) => !redirected.has(new URL(page).pathname.slice(new URL(base, site).pathname.length - 1)),
    }),
    pagefindIndex(),
  ],
  vite: { plugins: [tailwindcss()] },
});
