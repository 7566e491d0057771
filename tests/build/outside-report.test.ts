// Frameworks the report does not cover (`inReport: false`), on the built site: every cell marked
// "not covered by the report" and linked to a source on the framework's own hosts, a page and a
// column like the others, pair pages with every framework, /choose/ naming them as outside its
// flowchart, and search finding them by their own terms. Everything is derived from the dataset.
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { listPairs } from '../../src/lib/view/pairs';
import { cellOf, listPages, loadPage } from '../helpers/dist';
import { openIndex, query, restoreFetch } from '../helpers/pagefind';

afterAll(restoreFetch);

const dataset = buildDataset(readContent(process.cwd()));
const outside = dataset.frameworks.filter((f) => !f.inReport);
const LOCALES = [
  ['en', ''],
  ['ja', '/ja'],
] as const;

/** Terms of a framework's own vocabulary (class and command names) that must find its page. */
const OWN_TERMS: Record<string, string[]> = {
  trl: ['SFTTrainer', 'GRPOTrainer', 'DPOTrainer', 'trl sft', 'vllm-serve'],
};

describe('frameworks outside the report', () => {
  it('exist in the content, so the checks below run', () => {
    expect(outside.length).toBeGreaterThan(0);
  });

  for (const framework of outside) {
    const official = (url: string | null) =>
      url !== null && framework.officialUrls.some((prefix) => url.startsWith(prefix));

    for (const [lang, prefix] of LOCALES) {
      it(`${lang}: ${framework.id} has its page, a compare column and a sourced, not-covered cell for every feature`, () => {
        expect(listPages()).toContain(`${prefix}/frameworks/${framework.id}/`);
        const compare = loadPage(`${prefix}/compare/`);
        expect(compare.querySelector(`th[data-column="${framework.id}"]`)).not.toBeNull();
        for (const feature of dataset.features) {
          const cell = cellOf(compare, framework.id, feature.id);
          expect(cell.hasAttribute('data-not-covered'), feature.id).toBe(true);
          if (feature.kind === 'support') expect(cell.getAttribute('data-status'), feature.id).toBe('not-covered');
          const links = [...cell.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
          expect(links.some(official), `${framework.id} x ${feature.id}: ${links.join(' ')}`).toBe(true);
        }
      });

      it(`${lang}: every pair page with ${framework.id} exists`, () => {
        const pages = new Set(listPages());
        const pairs = listPairs(dataset).filter((p) => p.a === framework.id || p.b === framework.id);
        expect(pairs).toHaveLength(dataset.frameworks.length - 1);
        for (const pair of pairs) expect(pages.has(`${prefix}/compare/${pair.slug}/`), pair.slug).toBe(true);
      });

      it(`${lang}: /choose/ names ${framework.id} as outside the report's flowchart`, () => {
        const doc = loadPage(`${prefix}/choose/`);
        const inside = doc.querySelector('[data-flowchart-scope]')!.getAttribute('data-flowchart-scope')!.split(' ');
        expect(inside).toEqual(dataset.frameworks.filter((f) => f.inReport).map((f) => f.id));
        expect(
          doc.querySelector('[data-flowchart-outside]')!.getAttribute('data-flowchart-outside')!.split(' '),
        ).toContain(framework.id);
        expect(doc.querySelector('[data-flowchart-outside]')!.textContent).toContain(framework.name);
      });

      it(`${lang}: search finds ${framework.id}'s page first for its name and its own terms`, async () => {
        const index = await openIndex(lang);
        for (const term of [framework.name, ...(OWN_TERMS[framework.id] ?? [])]) {
          const results = await query(index, term);
          expect(results[0]?.url, term).toBe(`${prefix}/frameworks/${framework.id}/`);
        }
      });
    }
  }
});
