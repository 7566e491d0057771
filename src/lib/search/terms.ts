// Japanese queries: Pagefind splits a query into words with the browser's Intl.Segmenter, while the
// index was split by Pagefind's own segmenter at build time. For a katakana word missing from the
// browser's dictionary the two disagree: Intl.Segmenter shreds `ファインチューニング` into
// `ファ|インチ|ュ|ー|ニ|ン|グ`, and as every query word must match, a query with it finds nothing.
// Pagefind matches query words as prefixes, so keeping the first piece of such a word (`ファ`)
// still finds the indexed word. See docs/search.md, "Japanese queries".

const KATAKANA_RUN = /[\p{Script=Katakana}ー]{2,}/gu;

/** Rewrites the katakana words that Intl.Segmenter would shred to their first piece. */
export function prepareQuery(q: string): string {
  if (typeof Intl.Segmenter === 'undefined') return q;
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  return q.replace(KATAKANA_RUN, (run) => {
    const pieces = [...segmenter.segment(run)].map((s) => s.segment);
    return pieces.some((piece) => [...piece].length === 1) ? pieces[0]! : run;
  });
}
