/**
 * Pagefind ranking used by the search UI and by the tests' queries (src/lib/search/rank.ts), in the
 * form of Pagefind 1.6's `ranking` option. Chosen with a grid search over the relevance set
 * (tests/search/relevance.yaml): see docs/search.md, "Ranking".
 */
export const SEARCH_RANKING = {
  // Pagefind favours short pages by default (0.75), which let short pair pages outrank a framework's
  // own page; 0 and 0.25 did best (0.25 best in Japanese).
  pageLength: 0.25,
  // Pagefind's defaults: lower values (0.5, 0.8) lost framework-name queries.
  termFrequency: 1,
  termSaturation: 1.4,
  termSimilarity: 1,
  // A match in the page title counts 5x (Pagefind's default); so does a match in the `aliases` meta
  // field (other spellings of a page's subject, from the content's `aliases`). 2 and 10 did worse.
  metaWeights: { title: 5, aliases: 5 },
} as const;

/** How much a result is lifted for each framework named in the query that the page is about. */
export const ABOUT_BOOST = 0.5;

/** Pagefind options shared by every caller: excerpt length in words, and search on the main thread
 * (the index is small; a worker would add one more script, 12 KB, to the first query). */
export const SEARCH_OPTIONS = { excerptLength: 24, noWorker: true, ranking: SEARCH_RANKING } as const;
