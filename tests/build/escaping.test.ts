// Text from content files is text: markup and script put into a cell's note (fixture build
// dist-xss/, see tests/helpers/builds.ts) come out escaped, not as elements.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cellOf, listPages, loadPage } from '../helpers/dist';
import { XSS_FEATURE, XSS_FRAMEWORK, XSS_OUT, XSS_PAYLOAD } from '../helpers/builds';

const root = join(process.cwd(), XSS_OUT);
const load = (page: string) => loadPage(`../${XSS_OUT}${page}`);

describe('escaping of content text', () => {
  it.each(['', '/ja'])('shows the payload as text on %s/frameworks/unsloth/', (prefix) => {
    const doc = load(`${prefix}/frameworks/${XSS_FRAMEWORK}/`);
    const row = cellOf(doc, XSS_FRAMEWORK, XSS_FEATURE).closest('tr');
    expect(row).not.toBeNull();
    expect(row!.textContent).toContain(XSS_PAYLOAD);
    expect(row!.querySelector('img, script')).toBeNull();
  });

  it('puts no payload element into any page of the fixture build', () => {
    const pages = listPages(root);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const doc = load(page);
      expect(doc.querySelector('img[onerror], [onerror]'), page).toBeNull();
      const scripts = Array.from(doc.querySelectorAll('script')).map((s) => s.textContent ?? '');
      expect(
        scripts.some((s) => s.includes('alert(1)')),
        page,
      ).toBe(false);
    }
  });
});
