// Notices of newer evidence beside the claims that rest on changed cells, in the static HTML (no
// JavaScript needed), in both languages. Expected notices come from the dataset: every claim's basis,
// expanded to cells, keeping the cells whose today value differs (buildNotices, unit-tested).
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { buildNotices, guideBasis } from '../../src/lib/notices';
import { loadPage } from '../helpers/dist';

const dataset = buildDataset(readContent(process.cwd()));
const cellsOf = (basis: readonly string[]) => buildNotices(dataset, basis, 'en', (s) => s).map((n) => n.cell);
const noticesIn = (root: Element | null) =>
  [...(root?.querySelectorAll('[data-notice]') ?? [])].map((li) => li.getAttribute('data-notice'));

describe('notices beside claims', () => {
  for (const [prefix, lang] of [
    ['', 'en'],
    ['/ja', 'ja'],
  ] as const) {
    it(`${lang}: every flowchart result carries the notices of its basis`, () => {
      const doc = loadPage(`${prefix}/choose/`);
      let total = 0;
      for (const node of dataset.flowchart.nodes) {
        if (node.type !== 'result') continue;
        const expected = cellsOf(node.basis);
        total += expected.length;
        expect(noticesIn(doc.getElementById(`node-${node.id}`)), node.id).toEqual(expected);
        expect(noticesIn(doc.querySelector(`[data-wizard] [data-step="${node.id}"]`)), `wizard ${node.id}`).toEqual(
          expected,
        );
      }
      expect(total).toBeGreaterThan(0);
      const notice = doc.querySelector('#node-use-deepspeed-pipeline [data-notice]');
      if (notice)
        expect(notice.textContent).toMatch(
          lang === 'en'
            ? /Pipeline parallelism: .+ \(report: .+\)\./
            : /パイプライン並列は「.+」です（レポートでは「.+」）。/,
        );
    });

    it(`${lang}: guides carry notices beside the recommendation, each reason, and for their prose`, () => {
      for (const useCase of dataset.useCases) {
        const doc = loadPage(`${prefix}/guides/${useCase.id}/`);
        const recommendation = doc.querySelector('[data-first]');
        expect(noticesIn(recommendation), useCase.id).toEqual(cellsOf(useCase.basis));
        const reasons = [...doc.querySelectorAll('[data-reasons] > li')];
        useCase.reasons.forEach((reason, i) =>
          expect(noticesIn(reasons[i] ?? null), `${useCase.id} reason ${i}`).toEqual(cellsOf(reason.basis)),
        );
        const guide = dataset.guides.find((g) => g.slug === useCase.id && g.locale === lang)!;
        const all = new Set(noticesIn(doc.querySelector('article')));
        for (const cell of cellsOf(guideBasis(guide))) expect(all.has(cell), `${useCase.id}: ${cell}`).toBe(true);
      }
    });

    it(`${lang}: the home page's summary and each framework page's summary carry the notices of every item`, () => {
      const home = loadPage(`${prefix}/`);
      for (const framework of dataset.frameworks) {
        for (const [part, key] of [
          ['strengths', 'strengths'],
          ['weaknesses', 'weaknesses'],
          ['bestFor', 'best-for'],
        ] as const) {
          const expected = framework.summary[part].flatMap((item) => cellsOf(item.basis));
          expect(
            noticesIn(home.querySelector(`#summary-${framework.id} [data-summary="${key}"]`)),
            `${framework.id} ${part}`,
          ).toEqual(expected);
        }
        const page = loadPage(`${prefix}/frameworks/${framework.id}/`);
        const expected = (['strengths', 'weaknesses', 'bestFor'] as const).flatMap((part) =>
          framework.summary[part].flatMap((item) => cellsOf(item.basis)),
        );
        expect(noticesIn(page.querySelector('section[aria-labelledby="summary"]')), framework.id).toEqual(expected);
      }
    });
  }

  it('shows every notice in the today view only, so the report view reads as the report', () => {
    for (const path of ['/choose/', '/guides/moe/', '/']) {
      for (const list of loadPage(path).querySelectorAll('[data-notices]'))
        expect(list.closest('.only-today'), path).not.toBeNull();
    }
  });
});

describe("the stale claims the report makes carry today's evidence", () => {
  it('the pipeline result, the MoE and long-context guides and Axolotl\'s "no MoE" on the home page', () => {
    const expectations = [
      { path: '/choose/', root: '#node-use-deepspeed-pipeline', basis: ['pipeline-parallelism'] },
      { path: '/guides/moe/', root: 'article', basis: ['moe'] },
      { path: '/guides/long-context/', root: 'article', basis: ['context-parallelism'] },
      { path: '/', root: '#summary-axolotl [data-summary="weaknesses"]', basis: ['axolotl/moe'] },
    ];
    for (const { path, root, basis } of expectations) {
      for (const prefix of ['', '/ja']) {
        const shown = new Set(noticesIn(loadPage(`${prefix}${path}`).querySelector(root)));
        for (const cell of cellsOf(basis)) expect(shown.has(cell), `${prefix}${path}: ${cell}`).toBe(true);
      }
    }
  });
});
