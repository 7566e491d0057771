import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { prepareForIndex } from '../../src/integrations/search-html';

const page = (main: string, type = 'framework') =>
  `<!doctype html><html lang="en" data-page-type="${type}"><head><title>t</title></head><body><header>h</header><main data-pagefind-body>${main}</main></body></html>`;
const mainText = (html: string) =>
  (parseHTML(html).document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('prepareForIndex', () => {
  it('turns each table row into one sentence that names its columns, keeping row ids', () => {
    const html = prepareForIndex(
      page(`<table><caption>Supported combinations</caption><thead><tr><th>Combination</th><th><code>dp_shard</code></th><th>Status</th></tr></thead>
      <tbody><tr id="config-fsdp"><th scope="row">FSDP</th><td><code>&gt;1</code></td><td data-status="full"><span class="status"><span aria-hidden="true">✓</span>Supported</span></td></tr></tbody></table>`),
    );
    const doc = parseHTML(html).document;
    expect(doc.querySelector('table')).toBeNull();
    // Pagefind ends a sentence after each block (the caption's <p>, the row's <div>).
    expect(doc.querySelector('main p')?.textContent).toBe('Supported combinations');
    // The ✓ stays in the HTML, marked aria-hidden, which the index leaves out (src/integrations/pagefind.ts).
    expect(doc.getElementById('config-fsdp')?.textContent?.replace(/\s+/g, ' ')).toBe(
      'FSDP: dp_shard >1; Status ✓Supported.',
    );
  });

  it('separates terms from definitions and status words from each other', () => {
    const html = prepareForIndex(
      page(
        '<dl><div><dt>YAML-based configuration</dt><dd>Experiments are easy to reproduce</dd></div></dl><p data-status="partial"><span>Report</span><span>Partial</span></p>',
      ),
    );
    expect(mainText(html)).toBe('YAML-based configuration: Experiments are easy to reproduce. Report Partial');
  });

  it('leaves pages without data-pagefind-body as they are', () => {
    const html = '<html lang="en"><body><table><tr><td>x</td></tr></table></body></html>';
    expect(prepareForIndex(html)).toBe(html);
  });
});
