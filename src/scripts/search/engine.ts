// Shared by the search dialog and the search page: loads Pagefind on first use, runs a query in
// the index of this page's language (Pagefind reads `<html lang>`), and renders results safely.
import { splitExcerpt } from '../../lib/search/excerpt';
import { typeFilter } from '../../lib/search/query';
import { SEARCH_OPTIONS } from '../../lib/search/ranking';
import { rankedSearch, type RawResult } from '../../lib/search/rank';
import type { SearchNames } from '../../lib/search/names';
import type { PageType } from '../../lib/page-types';
import type { SearchLabels } from '../../lib/search/labels';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string };
  sub_results: { title: string; url: string; anchor?: unknown }[];
}
type Found = { results: RawResult<PagefindResultData>[] };
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: object): Promise<Found>;
  debouncedSearch(term: string, options: object, ms: number): Promise<Found | null>;
}

/** Strings the UI shows, read from the element's `data-i18n` JSON. */
export type Labels = SearchLabels;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let loading: Promise<Pagefind> | undefined;
let names: Promise<SearchNames> | undefined;
let loaded = false;

/** True once Pagefind has loaded (no "loading" message needed any more). */
export const isLoaded = (): boolean => loaded;

/** Imports `<base>pagefind/pagefind.js` once; rejects where no index was built (astro dev). */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
    await pagefind.options({ basePath: `${base}pagefind/`, baseUrl: base, ...SEARCH_OPTIONS });
    loaded = true;
    return pagefind;
  });
  return loading;
}

/** Searches, waiting for typing to settle: the total and the first `limit` results, or null
 * when a newer query superseded this one. */
export async function search(
  q: string,
  types: readonly PageType[],
  limit: number,
): Promise<{ total: number; results: PagefindResultData[] } | null> {
  const pagefind = await loadPagefind();
  // Framework names for the re-ranking; without them (a failed fetch) results keep Pagefind's order.
  names ??= fetch(`${base}search/names.json`).then(
    (r) => (r.ok ? (r.json() as Promise<SearchNames>) : {}),
    () => ({}),
  );
  const filters = typeFilter(types);
  const found = await rankedSearch(q, {
    search: (term, options) => pagefind.debouncedSearch(term ?? '', options, 150),
    lookup: (term, options) => pagefind.search(term, options),
    ...(filters ? { filters } : {}),
    names: await names,
  });
  if (!found) return null;
  return { total: found.length, results: await Promise.all(found.slice(0, limit).map((r) => r.data())) };
}

/** Fills in `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Renders results as a list of links: title, type, excerpt with highlights, and section links. */
export function renderResults(list: HTMLElement, results: PagefindResultData[], labels: Labels): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = el('li', 'border-b border-border py-3');
      const title = el('a', 'search-hit font-semibold', result.meta.title ?? result.url);
      title.href = result.url;
      const type = labels.types[result.meta.type as PageType];
      item.append(title);
      if (type) {
        const badge = el('span', 'rounded bg-surface px-1.5 text-xs text-muted', type);
        badge.dataset.type = result.meta.type;
        item.append(' ', badge);
      }
      const excerpt = el('p', 'mt-1 text-sm text-muted');
      for (const part of splitExcerpt(result.excerpt)) {
        excerpt.append(
          part.marked ? el('mark', 'bg-accent/20 text-fg', part.text) : document.createTextNode(part.text),
        );
      }
      item.append(excerpt);
      const sections = result.sub_results.filter((sub) => sub.anchor).slice(0, 3);
      if (sections.length > 0) {
        const sublist = el('ul', 'mt-1 flex flex-wrap gap-x-4 text-sm');
        sublist.setAttribute('aria-label', labels.sections);
        for (const sub of sections) {
          const link = el('a', 'search-hit');
          link.href = sub.url;
          const marker = el('span', 'text-muted', '# ');
          marker.setAttribute('aria-hidden', 'true');
          link.append(marker, sub.title);
          const li = el('li', '');
          li.append(link);
          sublist.append(li);
        }
        item.append(sublist);
      }
      return item;
    }),
  );
}

/** The count or "no results" message for a finished query. */
export function describe(q: string, count: number, labels: Labels): string {
  if (count === 0) return format(labels.none, { q });
  return format(count === 1 ? labels.one : labels.other, { q, count });
}

/** Arrow keys move focus from the input through the result links and back (WAI-ARIA APG roving focus). */
export function handleArrows(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  event.preventDefault();
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]!.focus();
}
