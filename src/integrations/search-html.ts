// What the search index reads: each built page's HTML, rewritten for Pagefind only (the served
// page is unchanged). Pagefind separates sentences at the end of `p`, `li`, `td`, `div`... but not
// of `th`, `dt`, `dd`, `caption` or `summary`, and runs table cells together; excerpts then read
// "Combinationdp_replicatedp_shard...". Here every table row becomes one sentence that names its
// columns ("FSDP: dp_replicate 1; dp_shard >1; ...; Status Supported."), and the other elements
// get the separators Pagefind would not add. See docs/search.md, "Excerpts".
import { parseHTML } from 'linkedom';

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const endsInWord = (el: Element) => /[\p{L}\p{N})]$/u.test(text(el));

/** Puts a space between element children that touch (`<span>Report</span><span>Partial</span>`). */
function spaceOutChildren(doc: Document, el: Element): void {
  for (const child of [...el.children]) {
    if (child.previousSibling && child.previousSibling.nodeType === 1) child.before(doc.createTextNode(' '));
    spaceOutChildren(doc, child);
  }
}

/** Replaces a table with one sentence per body row, each cell prefixed by its column header. */
function tableToSentences(doc: Document, table: Element): void {
  const headerRow = [...table.querySelectorAll('thead tr')].at(-1);
  const cellsOf = (row: Element) => [...row.children].filter((c) => c.tagName === 'TH' || c.tagName === 'TD');
  const headers = headerRow ? cellsOf(headerRow).map(text) : [];
  const out = doc.createElement('div');
  if (table.id) out.id = table.id;
  const caption = table.querySelector('caption');
  if (caption && text(caption)) {
    const p = doc.createElement('p');
    p.textContent = text(caption);
    out.append(p);
  }
  for (const row of [...table.querySelectorAll('tr')].filter((tr) => tr !== headerRow && !tr.closest('thead'))) {
    const sentence = doc.createElement('div');
    if (row.id) sentence.id = row.id;
    cellsOf(row).forEach((cell, index) => {
      spaceOutChildren(doc, cell);
      const part = doc.createElement('span');
      part.append(...cell.childNodes);
      const isRowHeader = cell.tagName === 'TH';
      const label = isRowHeader ? '' : (headers[index] ?? '');
      if (index > 0) sentence.append(doc.createTextNode(sentence.textContent?.trim().endsWith(':') ? ' ' : '; '));
      if (label) sentence.append(doc.createTextNode(`${label} `));
      sentence.append(part);
      if (isRowHeader) sentence.append(doc.createTextNode(':'));
    });
    if (endsInWord(sentence)) sentence.append(doc.createTextNode('.'));
    out.append(sentence);
  }
  table.replaceWith(out);
}

/** Rewrites one built page for the index; pages without `data-pagefind-body` are returned as they are. */
export function prepareForIndex(html: string): string {
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return html;
  for (const table of [...body.querySelectorAll('table')]) tableToSentences(document as unknown as Document, table);
  for (const el of [...body.querySelectorAll('[data-status]')]) spaceOutChildren(document as unknown as Document, el);
  for (const el of [...body.querySelectorAll('dt, dd, caption, summary, figcaption, th')]) {
    el.append(
      document.createTextNode(el.tagName === 'DT' ? (endsInWord(el) ? ': ' : ' ') : endsInWord(el) ? '. ' : ' '),
    );
  }
  return document.toString();
}
