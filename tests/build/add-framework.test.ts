// The add-a-framework recipe end to end: dist-added/ is the site built from a copy of content/ with
// one framework added by scripts/add-framework.ts (global setup). Its pages appear from the data
// alone: its own page in both locales, a column in every table, a cell on every feature page, a pair
// page with every other framework, an entry in the data export and the sitemap; links are checked
// by links.test.ts over the same build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ADDED_FRAMEWORK, ADDED_OUT } from '../helpers/builds';
import { listPages } from '../helpers/dist';
import { frameworkIds, realDataset } from '../helpers/dataset';
import { MAX_FRAMEWORKS_WITH_PAIR_PAGES } from '../../src/lib/view/pairs';

const OUT = join(process.cwd(), ADDED_OUT);
const { id: added, name } = ADDED_FRAMEWORK;
const pages = new Set(listPages(OUT));
const load = (path: string) =>
  parseHTML(readFileSync(join(OUT, path, 'index.html'), 'utf8')).document as unknown as Document;
const cell = (doc: Document, feature: string) =>
  doc.querySelector(`[data-framework="${added}"][data-feature="${feature}"]`);

describe(`a framework added by the recipe (${added})`, () => {
  for (const prefix of ['', '/ja']) {
    it(`${prefix || '/'}: has its page with a cell for every feature it has a row for`, () => {
      expect(pages).toContain(`${prefix}/frameworks/${added}/`);
      const doc = load(`${prefix}/frameworks/${added}/`);
      expect(doc.querySelector('h1')?.textContent).toContain(name);
      expect(doc.querySelectorAll(`[data-framework="${added}"][data-feature]`).length).toBeGreaterThan(0);
    });

    it(`${prefix || '/'}: gets a column in every comparison table and a cell on every feature page`, () => {
      const compare = load(`${prefix}/compare/`);
      const tables = [...compare.querySelectorAll('[data-table]')];
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables)
        expect(table.querySelector(`th[data-column="${added}"]`), table.getAttribute('data-table')!).not.toBeNull();
      for (const feature of realDataset().features)
        expect(cell(load(`${prefix}/features/${feature.id}/`), feature.id), feature.id).not.toBeNull();
    });

    it(`${prefix || '/'}: is listed on the frameworks index and the home page`, () => {
      for (const path of [`${prefix}/frameworks/`, `${prefix}/`]) {
        expect(load(path).querySelector(`a[href="${prefix}/frameworks/${added}/"]`), path).not.toBeNull();
      }
    });

    it.runIf(frameworkIds().length < MAX_FRAMEWORKS_WITH_PAIR_PAGES)(
      `${prefix || '/'}: has a pair page with every other framework`,
      () => {
        for (const other of frameworkIds()) {
          const slug = [added, other].sort().join('-vs-');
          expect(pages, slug).toContain(`${prefix}/compare/${slug}/`);
        }
      },
    );
  }

  it('is in the data export and the sitemap', () => {
    const exported = JSON.parse(readFileSync(join(OUT, 'data/v1/frameworks.json'), 'utf8')) as {
      frameworks: { id: string }[];
    };
    expect(exported.frameworks.map((f) => f.id)).toEqual([...frameworkIds(), added]);
    expect(readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8')).toContain(`/ja/frameworks/${added}/</loc>`);
  });
});
