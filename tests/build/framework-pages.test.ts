import { describe, expect, it } from 'vitest';
import { cellOf, isRedirectPage, listPages, loadPage } from '../helpers/dist';
import { frameworkIds, realDataset } from '../helpers/dataset';

const dataset = realDataset();

describe('framework pages', () => {
  it('exist for every framework in both locales', () => {
    const pages = listPages();
    for (const id of frameworkIds()) {
      expect(pages).toContain(`/frameworks/${id}/`);
      expect(pages).toContain(`/ja/frameworks/${id}/`);
    }
  });

  for (const [prefix, lang] of [
    ['', 'en'],
    ['/ja', 'ja'],
  ] as const) {
    describe(`in ${lang}`, () => {
      it('sets the document language', () => {
        expect(loadPage(`${prefix}/frameworks/deepspeed/`).documentElement.getAttribute('lang')).toBe(lang);
      });

      it('marks DeepSpeed pipeline parallelism full, Axolotl none, Unsloth DDP experimental', () => {
        expect(
          cellOf(loadPage(`${prefix}/frameworks/deepspeed/`), 'deepspeed', 'pipeline-parallelism').getAttribute(
            'data-status',
          ),
        ).toBe('full');
        expect(
          cellOf(loadPage(`${prefix}/frameworks/axolotl/`), 'axolotl', 'pipeline-parallelism').getAttribute(
            'data-status',
          ),
        ).toBe('none');
        expect(cellOf(loadPage(`${prefix}/frameworks/unsloth/`), 'unsloth', 'ddp').getAttribute('data-status')).toBe(
          'experimental',
        );
      });

      it('marks LlamaFactory tensor parallelism unknown and estimated, as the report does', () => {
        const cell = cellOf(loadPage(`${prefix}/frameworks/llamafactory/`), 'llamafactory', 'tensor-parallelism');
        expect(cell.getAttribute('data-status')).toBe('unknown');
        expect(cell.hasAttribute('data-estimated')).toBe(true);
      });

      it('renders a status as an icon plus a visible word, with the note beside it', () => {
        const doc = loadPage(`${prefix}/frameworks/unsloth/`);
        const cell = cellOf(doc, 'unsloth', 'ddp');
        expect(cell.querySelector('[aria-hidden="true"]')?.textContent).toBe('⚗');
        expect(cell.textContent).toContain(lang === 'en' ? 'Experimental' : '実験的');
        const note = cell.closest('tr')?.querySelector('td:last-child')?.textContent ?? '';
        expect(note).toContain(lang === 'en' ? 'batch size is limited to 1' : 'バッチサイズは1');
      });

      it('shows the rows beyond the report, each cell not covered by the report and filled from evidence', () => {
        const beyond = dataset.features.filter(
          (f) => dataset.categories.find((c) => c.id === f.category)?.table === 'beyond-report',
        );
        for (const framework of dataset.frameworks) {
          const section = loadPage(`${prefix}/frameworks/${framework.id}/`)
            .querySelector('#beyond-report')
            ?.closest('section');
          expect([...(section?.querySelectorAll('tbody tr') ?? [])].map((tr) => tr.id)).toEqual(
            beyond.map((f) => `row-${f.id}`),
          );
          for (const feature of beyond) {
            expect(
              cellOf(section!, framework.id, feature.id).hasAttribute('data-not-covered'),
              `${framework.id}/${feature.id}`,
            ).toBe(true);
          }
        }
      });

      it('shows the MoE status, unique features, summary and official links with the star count and its date', () => {
        const doc = loadPage(`${prefix}/frameworks/deepspeed/`);
        expect(cellOf(doc.querySelector('#moe')!.parentElement!, 'deepspeed', 'moe').getAttribute('data-status')).toBe(
          'full',
        );
        expect(doc.querySelector('#unique-one-bit-optimizers')?.textContent).toContain('26');
        const deepspeed = dataset.frameworks.find((f) => f.id === 'deepspeed')!;
        const links = doc.querySelector('article > ul[aria-label]');
        expect(links?.querySelector(`a[href="${deepspeed.repository}"]`)).not.toBeNull();
        expect(links?.querySelector(`a[href="${deepspeed.docs}"]`)).not.toBeNull();
        const stars = doc.querySelector('[data-stars]');
        expect(stars?.getAttribute('data-stars')).toBe('39000');
        expect(stars?.textContent).toContain(lang === 'en' ? 'December 19, 2025' : '2025年12月19日');
        expect(doc.querySelector('#summary')?.parentElement?.textContent).toContain(
          lang === 'en' ? 'Steep learning curve' : '学習曲線が急',
        );
      });

      it("shows Axolotl's configuration matrix with DDP+TP/CP unsupported", () => {
        const row = loadPage(`${prefix}/frameworks/axolotl/`).querySelector('#config-ddp-tp-cp');
        expect(row?.querySelector('[data-status]')?.getAttribute('data-status')).toBe('none');
      });

      it('links to the same page in the other locale and footers the survey date', () => {
        const doc = loadPage(`${prefix}/frameworks/unsloth/`);
        const other = lang === 'en' ? '/ja/frameworks/unsloth/' : '/frameworks/unsloth/';
        expect(doc.querySelector(`header a[hreflang="${lang === 'en' ? 'ja' : 'en'}"]`)?.getAttribute('href')).toBe(
          other,
        );
        expect(doc.querySelector('footer')?.textContent).toContain(
          lang === 'en' ? 'Data as of December 19, 2025' : '2025年12月19日時点のデータ',
        );
      });
    });
  }
});

describe('every page', () => {
  it('has a skip link to the main content, and header links that resolve to built pages', () => {
    const pages = new Set(listPages());
    for (const path of [...pages].filter((page) => !isRedirectPage(page))) {
      const doc = loadPage(path);
      expect(doc.querySelector('a[href="#main"]'), path).not.toBeNull();
      expect(doc.querySelector('main#main'), path).not.toBeNull();
      for (const a of doc.querySelectorAll('header a[href^="/"]')) {
        expect(pages.has(a.getAttribute('href')!), `${path} links to ${a.getAttribute('href')}`).toBe(true);
      }
    }
  });
});
