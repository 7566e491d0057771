// Every evidence entry of the published export is shown where its cell is read: on its framework
// page and on its feature page, in both languages, with its summary and its source link.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, loadPage } from '../helpers/dist';

interface Entry {
  id: string;
  url: string;
  summary: { en: string; ja: string };
}
const support = JSON.parse(readFileSync(join(DIST, 'data/v1/support.json'), 'utf8')) as {
  cells: { framework: string; feature: string; evidence: Entry[] }[];
};
const entries = support.cells.flatMap((cell) =>
  cell.evidence.map((entry) => ({ ...entry, framework: cell.framework, feature: cell.feature })),
);

describe('every evidence entry of the export is on its pages', () => {
  it('the export has entries to check', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  for (const [prefix, lang] of [
    ['', 'en'],
    ['/ja', 'ja'],
  ] as const) {
    for (const page of ['frameworks', 'features'] as const) {
      it(`${lang}: on the ${page === 'frameworks' ? 'framework' : 'feature'} page, with summary and source link`, () => {
        const missing: string[] = [];
        for (const entry of entries) {
          const doc = loadPage(`${prefix}/${page}/${page === 'frameworks' ? entry.framework : entry.feature}/`);
          const item = doc.querySelector(
            `[data-sources-for="${entry.framework}/${entry.feature}"] li[data-evidence="${entry.framework}-${entry.id}"]`,
          );
          const ok =
            item &&
            item.textContent?.includes(entry.summary[lang].replaceAll('`', '')) &&
            [...item.querySelectorAll('a')].some((a) => a.getAttribute('href') === entry.url);
          if (!ok) missing.push(`${entry.framework}/${entry.feature}: ${entry.id}`);
        }
        expect(missing).toEqual([]);
      });
    }
  }
});
