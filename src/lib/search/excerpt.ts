// Pagefind builds an excerpt from the page's plain text: it escapes `<` and `>` (as `&lt;` and
// `&gt;`, and nothing else: `&` stays as it is) and wraps matched words in `<mark>`. Splitting on the
// mark tags and undoing exactly that escaping gives text runs that the UI appends as text nodes:
// no markup from a page is ever interpreted, and no entity is ever shown literally.

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Undoes Pagefind's escaping of page text (`&lt;` -> `<`, `&gt;` -> `>`). */
export function unescapeExcerptText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Splits an excerpt into text runs, marking the runs Pagefind highlighted. */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: unescapeExcerptText(piece), marked });
  }
  return parts;
}
