// Running Pagefind's own browser search (dist/pagefind/pagefind.js) in Node against a built site.
// pagefind.js expects a browser: it reads `document.currentScript` and `<html lang>` (to pick the
// language index) and fetches its files. The shim gives it a `document` with the page's lang and a
// `fetch` that serves the files from the output directory, so tests query the real index.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEARCH_OPTIONS } from '../../src/lib/search/ranking';
import { rankedSearch, type RawResult } from '../../src/lib/search/rank';
import type { SearchNames } from '../../src/lib/search/names';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; element: string };
}
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
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: RawResult<ResultData>[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}
interface PagefindModule {
  createInstance(options: { basePath: string } & typeof SEARCH_OPTIONS): Instance;
}
/** An index with the framework names the UI loads beside it (`<outDir>/search/names.json`). */
export type SearchIndex = Instance & { names: SearchNames };

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
export async function openIndex(
  lang: string,
  { outDir = join(process.cwd(), 'dist'), base = '/' } = {},
): Promise<SearchIndex> {
  installFetch(outDir, base);
  Object.assign(globalThis, {
    document: {
      currentScript: null,
      querySelector: (s: string) => (s === 'html' ? { getAttribute: () => lang } : null),
    },
  });
  const url = pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
  const instance = pagefind.createInstance({ basePath: `${base}pagefind/`, ...SEARCH_OPTIONS });
  const names = JSON.parse(await readFile(join(outDir, 'search', 'names.json'), 'utf8')) as SearchNames;
  return Object.assign(instance, { names });
}

/** Runs a query ranked exactly as the search UI ranks it (src/lib/search/rank.ts); resolves every
 * result's data, best first. A null term lists the pages the filters select. */
export async function query(
  index: SearchIndex,
  term: string | null,
  filters?: Record<string, unknown>,
): Promise<ResultData[]> {
  const search = (t: string | null, options: { filters?: Record<string, unknown> }) => index.search(t, options);
  const found =
    term === null
      ? (await search(null, filters ? { filters } : {})).results
      : await rankedSearch(term, { search, ...(filters ? { filters } : {}), names: index.names });
  return Promise.all((found ?? []).map((r) => r.data()));
}

/** The ranked URLs of a query (loads only the first `limit` results' data). */
export async function rankedUrls(index: SearchIndex, term: string, limit = 10): Promise<string[]> {
  const search = (t: string | null, options: { filters?: Record<string, unknown> }) => index.search(t, options);
  const found = (await rankedSearch(term, { search, names: index.names })) ?? [];
  return Promise.all(found.slice(0, limit).map(async (r) => (await r.data()).url));
}

/** Puts the real fetch back (call in afterAll). */
export function restoreFetch(): void {
  globalThis.fetch = realFetch;
  Reflect.deleteProperty(globalThis, 'document');
}
