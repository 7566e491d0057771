// One ranking for the search dialog, the search page and the tests: Pagefind's own ranking (with
// the options in ./ranking.ts), then a re-rank when the query names a framework: that framework's
// page first, then pages about it (pair pages, guides that recommend it) lifted by ABOUT_BOOST.
import { findNamedFrameworks, type SearchNames } from './names';
import { ABOUT_BOOST } from './ranking';
import { prepareQuery } from './terms';

/** What this module needs of a Pagefind result (`pagefind.search(...).results[n]`). */
export interface RawResult<Data> {
  id: string;
  score: number;
  data(): Promise<Data>;
}
type Search<Data> = (
  term: string | null,
  options: { filters?: Record<string, unknown> },
) => Promise<{ results: RawResult<Data>[] } | null>;

export interface RankOptions<Data> {
  /** Pagefind's `search` (or `debouncedSearch`, which resolves null when a newer query superseded this one). */
  search: Search<Data>;
  /** Pagefind's plain `search`, for the filter look-ups (never debounced). */
  lookup?: Search<Data>;
  /** Pagefind filters the reader chose (the page type). */
  filters?: Record<string, unknown>;
  /** Framework names (search/names.json). */
  names: SearchNames;
}

/** Ids of the pages a filter selects. */
async function idsOf<Data>(lookup: Search<Data>, filters: Record<string, unknown>): Promise<Set<string>> {
  const found = await lookup(null, { filters });
  return new Set(found?.results.map((r) => r.id) ?? []);
}

/** Orders results: pages about every named framework (when the query names two or more, e.g. the
 * pair page), then the named frameworks' own pages, then the rest by score, lifted for each named
 * framework the page is about. */
export function orderResults<R extends { id: string; score: number }>(
  results: readonly R[],
  own: Set<string>,
  about: Set<string>[],
): R[] {
  const count = (r: R) => about.filter((set) => set.has(r.id)).length;
  const tier = (r: R) => (about.length > 1 && count(r) === about.length ? 0 : own.has(r.id) ? 1 : 2);
  const score = (r: R) => r.score * (1 + ABOUT_BOOST * count(r));
  return results
    .map((r, index) => ({ r, index, tier: tier(r), score: score(r) }))
    .sort((a, b) => a.tier - b.tier || b.score - a.score || a.index - b.index)
    .map(({ r }) => r);
}

/** Runs a query; resolves the ranked results (data not loaded), or null when superseded. */
export async function rankedSearch<Data>(
  q: string,
  { search, lookup = search, filters, names }: RankOptions<Data>,
): Promise<RawResult<Data>[] | null> {
  const found = await search(prepareQuery(q), filters ? { filters } : {});
  if (!found) return null;
  const named = findNamedFrameworks(q, names);
  if (named.length === 0) return found.results;
  const [own, ...about] = await Promise.all([
    Promise.all(named.map((id) => idsOf(lookup, { about: id, type: 'framework' }))).then(
      (sets) => new Set(sets.flatMap((s) => [...s])),
    ),
    ...named.map((id) => idsOf(lookup, { about: id })),
  ]);
  return orderResults(found.results, own!, about);
}
