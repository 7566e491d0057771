// Pagefind excerpts are the page's plain text with `<mark>` around matched words; the text itself
// is not HTML-escaped. Splitting on the mark tags lets the UI build the DOM with text nodes only.

export interface ExcerptPart { text: string; marked: boolean }

/** Splits an excerpt into text runs, marking the runs Pagefind highlighted. */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: piece, marked });
  }
  return parts;
}
