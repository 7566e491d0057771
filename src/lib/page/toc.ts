// The "On this page" entries of a rendered page: its second-level headings that carry an id.

export interface TocEntry {
  id: string;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/** Turns a heading's inner HTML into its plain text (tags dropped, common entities decoded). */
export function headingText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lists the `<h2 id="…">` headings of an HTML fragment, in document order. */
export function extractToc(html: string): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const match of html.matchAll(/<h2\b([^>]*)>([\s\S]*?)<\/h2>/gi)) {
    const id = /\sid="([^"]+)"/.exec(match[1]!)?.[1];
    const text = headingText(match[2]!);
    if (id && text) entries.push({ id, text });
  }
  return entries;
}

/** Pages with at least this many sections get an "On this page" navigation. */
export const TOC_MIN_ENTRIES = 3;
