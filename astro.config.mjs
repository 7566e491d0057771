// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { buildRedirectMap, readRedirects } from './src/lib/redirect-map.ts';
import { normalizeBasePath } from './src/lib/base-path.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { cspMetaFirst } from './src/integrations/csp-meta-first.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The inline pre-paint scripts (Base.astro: theme, data view) are not bundled, so Astro cannot hash them: hash them here.
/** @type {(file: string) => `sha256-${string}`} */
const hashScript = (file) =>
  `sha256-${createHash('sha256')
    .update(readFileSync(new URL(file, import.meta.url), 'utf8'))
    .digest('base64')}`;
const themeInitHash = hashScript('./src/scripts/theme-init.js');
const viewInitHash = hashScript('./src/scripts/view-init.js');

// SITE_URL and BASE_PATH let the same build be deployed anywhere (see README, "Deploying").
const site = process.env.SITE_URL ?? 'https://llm-ft-guide.example.org';
// BASE_PATH is normalised (`llm-ft` -> `/llm-ft/`) or refused with a message naming it.
const base = normalizeBasePath(process.env.BASE_PATH);
// Moved routes (content/redirects.yaml, checked against the built pages by the dataset).
const redirects = buildRedirectMap(
  readRedirects(fileURLToPath(new URL('.', import.meta.url)), process.env.CONTENT_DIR ?? 'content'),
  base,
);
const redirected = new Set(Object.keys(redirects));
// A build of other content (tests, the benchmark) keeps its content cache apart, so it never leaves
// entries from its folder behind for the next build of content/.
const contentDir = process.env.CONTENT_DIR;
const cacheDir =
  process.env.ASTRO_CACHE_DIR ??
  (contentDir ? `./node_modules/.astro-content/${contentDir.replace(/[^a-z0-9]+/gi, '-')}` : undefined);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  ...(cacheDir ? { cacheDir } : {}),
  redirects,
  integrations: [
    // First: bad content stops the build with every problem before any page is compiled.
    contentCheck(process.env.CONTENT_DIR ?? 'content'),
    mdx(),
    sitemap({
      // Lists each page's language versions as xhtml:link alternates.
      i18n: { defaultLocale: 'en', locales: { en: 'en', ja: 'ja' } },
      filter: (page) => !redirected.has(new URL(page).pathname.slice(new URL(base, site).pathname.length - 1)),
    }),
    cspMetaFirst(),
    pagefindIndex(),
  ],
  vite: { plugins: [tailwindcss()] },
  // Code blocks are highlighted by Prism, which marks tokens with classes (styled in global.css).
  // Shiki's default writes `style=` attributes, which the strict CSP below would block.
  markdown: { syntaxHighlight: 'prism' },
  security: {
    // A strict Content-Security-Policy, delivered as a <meta http-equiv> tag in every built page
    // (not in `astro dev`). Astro adds a hash for each script and style it emits; nothing inline
    // runs without one. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index
    // (it allows WebAssembly compilation only, not eval of JavaScript). See README, "Quality gates".
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash, viewInitHash] },
    },
  },
});
