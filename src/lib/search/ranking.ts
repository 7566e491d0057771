/**
 * Pagefind ranking used by the search UI and by the tests' queries. Pagefind favours short pages by
 * default (pageLength 0.75), which let the short pair pages outrank a framework's own page for the
 * framework's name; a weaker length bias ranks pages by what they say about the term.
 */
export const SEARCH_RANKING = { pageLength: 0.25 } as const;
