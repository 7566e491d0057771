// The one internal-link check: every `href` and `src` of every built page that points into the
// site must name a built file, and its #fragment an element of that page. It reads the files (no
// server, no network); `base` is the path the site is deployed under.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { listPages } from './dist';

const ORIGIN = 'https://site.invalid';
const LINKING = 'a[href], link[href], script[src], img[src], source[src], iframe[src], form[action]';

/** The file a site URL path names in a built folder (a folder path means its index.html). */
function fileOf(outDir: string, path: string): string | undefined {
  const file = join(outDir, path);
  if (path.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
}

/** Broken internal links of a built site as `page -> target (reason)`; [] when there are none. */
export function findBrokenLinks(outDir: string, base = '/'): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const doc = parseHTML(readFileSync(file, 'utf8')).document;
      ids.set(
        file,
        new Set(
          [...doc.querySelectorAll('[id], a[name]')].map(
            (el) => el.getAttribute('id') ?? el.getAttribute('name') ?? '',
          ),
        ),
      );
    }
    return ids.get(file)!;
  };
  const broken: string[] = [];
  for (const page of listPages(outDir)) {
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${page}`, ORIGIN);
    const doc = parseHTML(readFileSync(fileOf(outDir, page)!, 'utf8')).document;
    for (const el of doc.querySelectorAll(LINKING)) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
      const target = new URL(raw, pageUrl);
      if (target.origin !== ORIGIN) continue; // external, mailto:, data: ... are not the site's
      const path = decodeURIComponent(target.pathname);
      if (!path.startsWith(base)) {
        broken.push(`${page} -> ${raw} (outside the base ${base})`);
        continue;
      }
      const file = fileOf(outDir, `/${path.slice(base.length)}`);
      if (!file) broken.push(`${page} -> ${raw} (no such file)`);
      else if (target.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push(`${page} -> ${raw} (no element with that id)`);
      }
    }
  }
  return broken;
}
