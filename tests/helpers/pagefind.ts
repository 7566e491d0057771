// Running Pagefind's own browser search (dist/pagefind/pagefind.js) in Node against a built site.
// pagefind.js expects a browser: it reads `document.currentScript` and `<html lang>` (to pick the
// language index) and fetches its files. The shim gives it a `document` with the page's lang and a
// `fetch` that serves the files from the output directory, so tests query the real index.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEARCH_RANKING } from '../../src/lib/search/ranking';

export interface SubResult { title: string; url: string; excerpt: string; anchor?: { id: string; element: string } }
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
  /** The page's whole indexed text. */
  content: string;
}
interface Instance {
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: { data(): Promise<ResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}
interface PagefindModule { createInstance(options: { basePath: string; ranking: typeof SEARCH_RANKING }): Instance }

const realFetch = globalThis.fetch;

/** Serves `<base>pagefind/...` requests from `<outDir>/pagefind/...`; anything else is an error. */
function installFetch(outDir: string, base: string): void {
  const prefix = `${base}pagefind/`;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const path = String(input instanceof Request ? input.url : input).split('?')[0]!;
    if (!path.startsWith(prefix)) throw new Error(`unexpected fetch outside ${prefix}: ${path}`);
    try {
      return new Response(await readFile(join(outDir, 'pagefind', path.slice(prefix.length))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
}

/** A search instance over a built site's index for one language, as a page with `<html lang>` would get. */
export async function openIndex(lang: string, { outDir = join(process.cwd(), 'dist'), base = '/' } = {}): Promise<Instance> {
  installFetch(outDir, base);
  Object.assign(globalThis, {
    document: { currentScript: null, querySelector: (s: string) => (s === 'html' ? { getAttribute: () => lang } : null) },
  });
  const url = pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
  return pagefind.createInstance({ basePath: `${base}pagefind/`, ranking: SEARCH_RANKING });
}

/** Runs a query and resolves every result's data, best first. */
export async function query(index: Instance, term: string | null, filters?: Record<string, unknown>): Promise<ResultData[]> {
  const found = await index.search(term, filters ? { filters } : {});
  return Promise.all(found.results.map((r) => r.data()));
}

/** Puts the real fetch back (call in afterAll). */
export function restoreFetch(): void {
  globalThis.fetch = realFetch;
  Reflect.deleteProperty(globalThis, 'document');
}
