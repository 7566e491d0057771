// Reading the built site in tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtml } from '../../scripts/measure';
import { parseHTML } from 'linkedom';

export const DIST = join(process.cwd(), 'dist');

/** Every built HTML page of a built site folder (dist/ by default) as a site path (`/ja/frameworks/unsloth/`). */
export function listPages(dir = DIST): string[] {
  return listHtml(dir);
}

/** The parsed document of a built page. */
export function loadPage(sitePath: string): Document {
  const file = sitePath.endsWith('/') ? join(DIST, sitePath, 'index.html') : join(DIST, sitePath);
  if (!existsSync(file)) throw new Error(`no built page at ${sitePath} (${file})`);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** The status cell of a framework x feature inside a document or element. */
export function cellOf(root: ParentNode, framework: string, feature: string): Element {
  const cell = root.querySelector(`[data-framework="${framework}"][data-feature="${feature}"]`);
  if (!cell) throw new Error(`no cell for ${framework} x ${feature}`);
  return cell;
}

/** True for the small pages Astro writes for `redirects` (a meta refresh, no layout). */
export function isRedirectPage(sitePath: string): boolean {
  return loadPage(sitePath).querySelector('meta[http-equiv="refresh"]') !== null;
}
