/**
 * Pagefind ranking used by the search UI and by the tests' queries (src/lib/search/rank.ts).
 * Tuned against the relevance set (tests/search/relevance.yaml); see docs/search.md, "Ranking".
 */
export const SEARCH_RANKING = {
  // Pagefind favours short pages by default (0.75), which let short pair pages outrank a framework's own page.
  pageLength: 0.25,
  // Matches in the `aliases` meta field (other spellings of a page's subject) count like title matches.
  metaWeights: { title: 5, aliases: 5 },
} as const;

/** How much a result is lifted for each framework named in the query that the page is about. */
export const ABOUT_BOOST = 0.5;

/** Pagefind options shared by every caller (excerpt length in words; search on the main thread:
 * the index is small, and a worker would add one more script to every first query). */
export const SEARCH_OPTIONS = { excerptLength: 24, noWorker: true, ranking: SEARCH_RANKING } as const;
