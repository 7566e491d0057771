// Turns content/redirects.yaml into Astro's `redirects` map, for every locale. Used by
// astro.config.mjs, which runs before the dataset exists (the dataset validates the same file).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LOCALES } from './i18n/locales';
import { localizedPath, withBase } from './routes';

/** Reads `{ id: { from, to } }` from the redirects file (missing file: no redirects). */
export function readRedirects(root: string, contentDir = 'content'): { from: string; to: string }[] {
  const file = join(root, contentDir, 'redirects.yaml');
  if (!existsSync(file)) return [];
  const value = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, { from?: unknown; to?: unknown }>;
  return Object.values(value).flatMap((r) => (typeof r?.from === 'string' && typeof r.to === 'string' ? [{ from: r.from, to: r.to }] : []));
}

/**
 * `{ '/framework/': '/docs/frameworks/', '/ja/framework/': '/docs/ja/frameworks/' }` from locale-free
 * redirects: Astro adds the base to the source but not to the destination.
 */
export function buildRedirectMap(redirects: { from: string; to: string }[], base = '/'): Record<string, string> {
  return Object.fromEntries(
    redirects.flatMap((r) => LOCALES.map((locale) => [localizedPath(locale, r.from), withBase(base, localizedPath(locale, r.to))] as const)),
  );
}
