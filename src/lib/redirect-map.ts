// Turns content/redirects.yaml into Astro's `redirects` map, for every locale. Used by
// astro.config.mjs, which runs before the dataset exists (the dataset validates the same file).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from './i18n/locales';
import { localizedPath, withBase } from './routes';
import { normalizeText, parseYamlText } from './content/yaml-text';

const ROUTE = /^\/([a-z0-9-]+\/)*$/;

/**
 * Reads `{ id: { from, to } }` from the redirects file with the content reader's rules. A file or
 * entry that cannot be read yields no redirect here (never a crash while Astro loads its config):
 * the integrity pass reports it with file, line, entry and field, and stops the build.
 */
export function readRedirects(root: string, contentDir = 'content'): { from: string; to: string }[] {
  const file = join(root, contentDir, 'redirects.yaml');
  if (!existsSync(file)) return [];
  const { value } = parseYamlText(normalizeText(readFileSync(file, 'utf8')));
  if (!value || typeof value !== 'object') return [];
  return Object.values(value as Record<string, { from?: unknown; to?: unknown } | null>).flatMap((r) =>
    typeof r?.from === 'string' && typeof r.to === 'string' && ROUTE.test(r.from) && ROUTE.test(r.to)
      ? [{ from: r.from, to: r.to }]
      : [],
  );
}

/**
 * `{ '/framework/': '/docs/frameworks/', '/ja/framework/': '/docs/ja/frameworks/' }` from locale-free
 * redirects: Astro adds the base to the source but not to the destination.
 */
export function buildRedirectMap(redirects: { from: string; to: string }[], base = '/'): Record<string, string> {
  return Object.fromEntries(
    redirects.flatMap((r) =>
      LOCALES.map((locale) => [localizedPath(locale, r.from), withBase(base, localizedPath(locale, r.to))] as const),
    ),
  );
}
