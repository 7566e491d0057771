// The search page's state in its URL: `?q=<terms>&type=<page type>&type=...` (a stable deep link).
import { PAGE_TYPES, isPageType, type PageType } from '../page-types';

export interface SearchState {
  q: string;
  types: PageType[];
}

/** Reads the query and the type filters from a URL search string; unknown types are dropped. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const wanted = new Set(params.getAll('type').filter(isPageType));
  return { q: (params.get('q') ?? '').trim(), types: PAGE_TYPES.filter((type) => wanted.has(type)) };
}

/** Writes the state as a URL search string (`''` when empty), types in their canonical order. */
export function writeSearchState({ q, types }: SearchState): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  for (const type of PAGE_TYPES.filter((t) => types.includes(t))) params.append('type', type);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter option for the chosen types: any of them, or no filter when none is chosen. */
export function typeFilter(types: readonly PageType[]): { type: { any: PageType[] } } | undefined {
  return types.length > 0 ? { type: { any: [...types] } } : undefined;
}
