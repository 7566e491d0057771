// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// SITE_URL and BASE_PATH let the same build be deployed anywhere (see README, "Deploying").
const site = process.env.SITE_URL ?? 'https://llm-ft-guide.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  integrations: [mdx(), sitemap(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
});
