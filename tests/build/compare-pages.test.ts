import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellOf, DIST, listPages, loadPage } from '../helpers/dist';
import { frameworkIds, realDataset } from '../helpers/dataset';
import { findCurrentEvidence } from '../../src/lib/evidence';
import { valueIn, valueKey } from '../../src/lib/layers';
import type { LayerView } from '../../src/lib/layer-view';

const dataset = realDataset();

/** Every framework of the dataset, in column order. */
const FW = frameworkIds();
/** The report's columns: the rows below are the report's, so they name its frameworks. */
const REPORT_FW = ['unsloth', 'axolotl', 'llamafactory', 'deepspeed'] as const;
const ALL = FW;
type Row = readonly [string, string, string, string];

// The report's summary tables (総合比較表), typed here from the report, not read from content/.
// Marks: ✅ -> full, ✅ 実験的 -> experimental, ✅ 基本 (basic only) -> partial, ❌ -> none, ❓ -> unknown.
const STATUS: Record<string, Record<string, Row>> = {
  parallelism: {
    ddp: ['experimental', 'full', 'full', 'full'],
    'fsdp-zero2': ['none', 'full', 'full', 'full'],
    'fsdp-zero3': ['none', 'full', 'full', 'full'],
    'tensor-parallelism': ['none', 'full', 'unknown', 'full'],
    'pipeline-parallelism': ['none', 'none', 'unknown', 'full'],
    'context-parallelism': ['none', 'full', 'none', 'none'],
    '3d-parallelism': ['none', 'full', 'none', 'full'],
    hsdp: ['none', 'full', 'none', 'full'],
    'multi-node': ['none', 'full', 'full', 'full'],
  },
  features: {
    moe: ['partial', 'none', 'full', 'full'],
    gui: ['none', 'none', 'full', 'none'],
    'curriculum-learning': ['none', 'full', 'none', 'full'],
    'tts-vision': ['full', 'unknown', 'unknown', 'none'],
  },
};
// ✅ 推定 in the summary table; LlamaFactory's ❓ for TP and PP is "possibly via DeepSpeed" in its own table.
const ESTIMATED = ['llamafactory/moe', 'llamafactory/tensor-parallelism', 'llamafactory/pipeline-parallelism'];

// Qualitative rows: data-values (options, space-separated) or data-level (ratings).
const VALUES: Record<string, Record<string, Row>> = {
  features: {
    quantization: ['4bit 8bit 16bit fp8 dynamic-4bit', 'qat', '4bit 8bit 16bit', 'zeroquant'],
    'long-context': ['500k', 'via-context-parallelism', 'standard', 'sparse-attention'],
    rl: ['grpo fp8-rl', 'dpo ipo', 'standard', 'standard'],
  },
  usability: { 'config-method': ['python', 'yaml', 'gui cli', 'json python'] },
  performance: {
    speed: ['2x-faster', 'standard-to-fast', 'standard', 'fastest'],
    'max-model-size': ['up-to-24gb', 'tens-of-billions', 'tens-of-billions', 'trillion-plus'],
  },
};
const LEVELS: Record<string, Record<string, Row>> = {
  usability: {
    'learning-curve': ['low', 'medium', 'low', 'high'],
    documentation: ['good', 'extensive', 'extensive', 'very-extensive'],
    community: ['active', 'active', 'very-active', 'active'],
  },
  performance: {
    'vram-efficiency': ['highest', 'high', 'standard', 'highest'],
    scalability: ['low', 'high', 'high', 'highest'],
  },
};
/** Rows the report does not cover: their own table, every cell from evidence. */
const BEYOND = dataset.features.filter(
  (f) => dataset.categories.find((c) => c.id === f.category)?.table === 'beyond-report',
);
const TABLE_ROWS: Record<string, string[]> = {
  parallelism: Object.keys(STATUS.parallelism!),
  features: ['moe', 'gui', 'quantization', 'long-context', 'rl', 'curriculum-learning', 'tts-vision'],
  usability: ['learning-curve', 'config-method', 'documentation', 'community'],
  performance: ['speed', 'vram-efficiency', 'scalability', 'max-model-size'],
  other: ['model-parallelism', 'zero-1', 'zero-offload'],
  'beyond-report': BEYOND.map((f) => f.id),
};
/** Every pair of frameworks once, as `<a>-vs-<b>` with the ids in alphabetical order. */
const PAIRS = FW.flatMap((x, i) => FW.slice(i + 1).map((y) => [x, y].sort().join('-vs-')));
const FEATURE_COUNT = realDataset().features.length;
const LOCALES = [
  ['', 'en'],
  ['/ja', 'ja'],
] as const;

describe('/compare/', () => {
  for (const [prefix, lang] of LOCALES) {
    describe(`in ${lang}`, () => {
      const doc = loadPage(`${prefix}/compare/`);
      const table = (id: string) => doc.querySelector(`[data-table="${id}"]`)!;

      it("has the four summary tables and the extra table, rows in the report's order, columns in framework order", () => {
        for (const [id, rows] of Object.entries(TABLE_ROWS)) {
          expect(
            [...table(id).querySelectorAll('tbody tr')].map((tr) => tr.id),
            id,
          ).toEqual(rows);
          expect(
            [...table(id).querySelectorAll('th[data-column]')].map((th) => th.getAttribute('data-column')),
          ).toEqual(ALL);
        }
      });

      it('shows each cell beyond the report as not covered, with the values of its evidence and the source', () => {
        expect(BEYOND.length).toBeGreaterThan(0);
        for (const feature of BEYOND) {
          for (const fw of dataset.frameworks.map((f) => f.id)) {
            const cell = cellOf(table('beyond-report'), fw, feature.id);
            expect(cell.hasAttribute('data-not-covered'), `${fw}/${feature.id}`).toBe(true);
            const current = findCurrentEvidence(dataset.cells[fw]![feature.id]!);
            expect(cell.getAttribute('data-current-values'), `${fw}/${feature.id}`).toBe(
              current?.values?.join(' ') ?? null,
            );
            if (current) expect(cell.querySelector(`a[href="${current.url}"]`), `${fw}/${feature.id}`).not.toBeNull();
          }
        }
      });

      it("shows every support cell of the summary tables with the report's status", () => {
        for (const [id, rows] of Object.entries(STATUS)) {
          for (const [feature, row] of Object.entries(rows)) {
            REPORT_FW.forEach((fw, i) => {
              const cell = cellOf(table(id), fw, feature);
              expect(cell.getAttribute('data-status'), `${fw} x ${feature}`).toBe(row[i]);
              expect(cell.hasAttribute('data-estimated'), `${fw} x ${feature} estimated`).toBe(
                ESTIMATED.includes(`${fw}/${feature}`),
              );
            });
          }
        }
      });

      it("shows every qualitative cell with the report's values and levels", () => {
        for (const [attr, expected] of [
          ['data-values', VALUES],
          ['data-level', LEVELS],
        ] as const) {
          for (const [id, rows] of Object.entries(expected)) {
            for (const [feature, row] of Object.entries(rows)) {
              REPORT_FW.forEach((fw, i) =>
                expect(cellOf(table(id), fw, feature).getAttribute(attr), `${fw} x ${feature}`).toBe(row[i]),
              );
            }
          }
        }
      });

      it('shows a status as an icon plus a word, and keeps the report\'s "etc." and qualifiers visible', () => {
        const ddp = cellOf(table('parallelism'), 'unsloth', 'ddp');
        expect(ddp.querySelector('.status-icon[aria-hidden="true"]')?.textContent).toBe('⚗');
        expect(ddp.textContent).toContain(lang === 'en' ? 'Experimental' : '実験的');
        expect(cellOf(table('features'), 'axolotl', 'rl').textContent).toContain(lang === 'en' ? 'etc.' : '等');
        expect(cellOf(table('performance'), 'unsloth', 'vram-efficiency').textContent).toContain('80%');
      });

      it('gives each row a stable id, a copy link to itself and a link to its feature page', () => {
        for (const tr of doc.querySelectorAll('[data-table] tbody tr')) {
          expect(tr.querySelector('a.copy-link')?.getAttribute('href')).toBe(`#${tr.id}`);
          expect(tr.querySelector('a.copy-link')?.getAttribute('aria-label')).toBeTruthy();
          expect(tr.querySelector('th a')?.getAttribute('href')).toBe(`${prefix}/features/${tr.id}/`);
        }
      });

      it('links each note marker to its note and back, without relying on title tooltips', () => {
        const refs = doc.querySelectorAll('a.note-ref');
        expect(refs.length).toBeGreaterThan(10);
        for (const ref of refs) {
          const note = doc.getElementById(ref.getAttribute('href')!.slice(1))!;
          expect(note.tagName).toBe('LI');
          expect(note.querySelector(`a[href="#${ref.id}"]`)).not.toBeNull();
          expect(ref.getAttribute('aria-label')).toBeTruthy();
        }
        const note = doc.getElementById(
          cellOf(table('parallelism'), 'unsloth', 'ddp').querySelector('a.note-ref')!.getAttribute('href')!.slice(1),
        );
        expect(note?.textContent).toContain(lang === 'en' ? 'batch size is limited to 1' : 'バッチサイズは1');
        expect(doc.querySelectorAll('[data-table] [title]').length).toBe(0);
      });

      it('scrolls every table inside a labelled, focusable region', () => {
        for (const t of doc.querySelectorAll('main table')) {
          const region = t.parentElement!;
          expect(region.getAttribute('role')).toBe('region');
          expect(region.getAttribute('tabindex')).toBe('0');
          expect(region.getAttribute('aria-label')).toBeTruthy();
        }
      });

      it("has the combinations table with the report's marks and today's status where it differs", () => {
        for (const integration of dataset.integrations) {
          const { id, status, today } = integration;
          const cell = doc.getElementById(id)?.querySelector('[data-status]');
          expect(cell?.getAttribute('data-status'), id).toBe(status);
          expect(cell?.getAttribute('data-current-status'), id).toBe(
            today && today.status !== status ? today.status : null,
          );
          expect(doc.getElementById(id)?.querySelector('a.copy-link')?.getAttribute('href'), id).toBe(`#${id}`);
        }
      });

      it('has a legend with every status as icon and word, and the estimated mark', () => {
        const legend = doc.getElementById('legend')!.parentElement!;
        expect([...legend.querySelectorAll('[data-status]')].map((el) => el.getAttribute('data-status'))).toEqual([
          'full',
          'partial',
          'experimental',
          'none',
          'unknown',
        ]);
        expect(legend.textContent).toContain(lang === 'en' ? 'estimated' : '推定');
      });

      it('wraps the tables in <matrix-filter> with a hidden form, a live status and a small module script', () => {
        const filter = doc.querySelector('matrix-filter')!;
        const form = filter.querySelector('[data-filter-form]')!;
        expect(form.hasAttribute('hidden')).toBe(true);
        expect([...form.querySelectorAll('input[name="fw"]')].map((i) => i.getAttribute('value'))).toEqual(ALL);
        expect([...form.querySelectorAll('input[name="must"]')].map((i) => i.getAttribute('value'))).toContain('moe');
        expect(form.querySelector('[aria-live="polite"]')).not.toBeNull();
        // The island is inline, or a module of its own where it shares code with the view switch.
        const scripts = [...doc.querySelectorAll('script[type="module"]')].map((s) =>
          s.getAttribute('src') ? readFileSync(join(DIST, s.getAttribute('src')!), 'utf8') : (s.textContent ?? ''),
        );
        const island = scripts.find((s) => s.includes('matrix-filter'));
        expect(island).toBeDefined();
        expect(island!.length).toBeLessThan(5_000);
      });

      it('links the six pair pages, and every link and fragment resolves', () => {
        for (const pair of PAIRS)
          expect(doc.querySelector(`a[href="${prefix}/compare/${pair}/"]`), pair).not.toBeNull();
      });

      it('is in the header navigation with the features index', () => {
        expect(doc.querySelector(`header a[href="${prefix}/compare/"][aria-current]`)).not.toBeNull();
        expect(doc.querySelector(`header a[href="${prefix}/features/"]`)).not.toBeNull();
      });
    });
  }
});

describe('pair pages', () => {
  // In each view, a row is shown unless it is marked for the other view only; a cell displays the
  // element of its view (data-shows: the comparable value), and the heading must match what it shows.
  const shownIn = (el: Element, view: LayerView) =>
    !el.classList.contains(view === 'today' ? 'only-report' : 'only-today');
  const displayed = (cell: Element, view: LayerView) =>
    [...cell.querySelectorAll('[data-shows]')]
      .filter((el) => shownIn(el, view))
      .map((el) => el.getAttribute('data-shows'));
  for (const [prefix, lang] of LOCALES) {
    for (const slug of PAIRS) {
      it(`${lang} ${slug}: in each view every feature once, under the heading its displayed values match`, () => {
        const path = `${prefix}/compare/${slug}/`;
        const doc = loadPage(path);
        const [a, b] = slug.split('-vs-') as [string, string];
        const groups = [...doc.querySelectorAll('[data-group]')].map((g) => g.getAttribute('data-group'));
        expect(groups).toEqual(['different', 'same']);
        for (const view of ['today', 'report'] as const) {
          const rows = (group: string) =>
            [...doc.querySelectorAll(`[data-group="${group}"] tbody tr`)].filter((tr) => shownIn(tr, view));
          const features = [...rows('different'), ...rows('same')].map((tr) => tr.getAttribute('data-row'));
          expect(features.sort(), view).toEqual(dataset.features.map((f) => f.id).sort());
          for (const group of ['different', 'same']) {
            for (const tr of rows(group)) {
              const feature = tr.getAttribute('data-row')!;
              const [x, y] = [a, b].map((fw) => displayed(cellOf(tr, fw, feature), view)) as [
                (string | null)[],
                (string | null)[],
              ];
              // One displayed value per cell, and it is the cell's value in this view.
              expect(x, `${view} ${feature}`).toEqual([valueKey(valueIn(dataset.cells[a]![feature]!, view))]);
              expect(y, `${view} ${feature}`).toEqual([valueKey(valueIn(dataset.cells[b]![feature]!, view))]);
              expect(x[0] !== y[0], `${view} ${feature} filed under "${group}"`).toBe(group === 'different');
            }
          }
          const count = [...doc.querySelectorAll('[data-group="different"] h2 [data-count]')].filter((el) =>
            shownIn(el, view),
          );
          expect(count.map((el) => el.textContent)).toEqual([`(${rows('different').length})`]);
        }
        expect(doc.querySelector(`main a[href="${prefix}/frameworks/${a}/"]`)).not.toBeNull();
        expect(doc.querySelector(`main a[href="${prefix}/frameworks/${b}/"]`)).not.toBeNull();
      });
    }
  }

  it("puts DeepSpeed's pipeline parallelism among its differences from Axolotl", () => {
    const doc = loadPage('/compare/axolotl-vs-deepspeed/');
    const row = doc.querySelector('[data-group="different"] tr#pipeline-parallelism')!;
    expect(cellOf(row, 'axolotl', 'pipeline-parallelism').getAttribute('data-status')).toBe('none');
    expect(cellOf(row, 'deepspeed', 'pipeline-parallelism').getAttribute('data-status')).toBe('full');
    expect(doc.querySelector('[data-group="same"] tr#ddp')).not.toBeNull();
  });
});

describe('feature pages', () => {
  const features = [...loadPage('/features/').querySelectorAll('main li[id]')].map((li) => li.id);

  it('the index lists every feature', () => {
    expect(features.length).toBe(FEATURE_COUNT);
  });

  for (const [prefix, lang] of LOCALES) {
    it(`${lang}: a page per feature with every framework's cell`, () => {
      const pages = new Set(listPages());
      for (const id of features) {
        const path = `${prefix}/features/${id}/`;
        expect(pages.has(path), path).toBe(true);
        const doc = loadPage(path);
        for (const fw of FW) {
          cellOf(doc, fw, id);
          expect(doc.querySelector(`main a[href="${prefix}/frameworks/${fw}/"]`), `${path} -> ${fw}`).not.toBeNull();
        }
      }
    });

    it(`${lang}: the MoE page says how each framework supports it`, () => {
      const doc = loadPage(`${prefix}/features/moe/`);
      expect(REPORT_FW.map((fw) => cellOf(doc, fw, 'moe').getAttribute('data-status'))).toEqual([
        'partial',
        'none',
        'full',
        'full',
      ]);
      expect(doc.querySelector('#support-axolotl')?.textContent).toContain('No MoE support');
      expect(doc.querySelector('h1')?.textContent).toBe(lang === 'en' ? 'MoE support' : 'MoE対応');
    });
  }

  it('links the guides and the flowchart', () => {
    const doc = loadPage('/features/moe/');
    expect(doc.querySelectorAll('main a[href^="/guides/"]').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('main a[href^="/choose/"]').length).toBeGreaterThan(0);
  });
});
