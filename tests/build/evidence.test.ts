import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { cellOf, listPages, loadPage } from '../helpers/dist';
import { readCellLayers } from '../../src/lib/layers';

const dataset = buildDataset(readContent(process.cwd()));

describe('the evidence layer on built pages', () => {
  for (const [prefix, lang] of [
    ['', 'en'],
    ['/ja', 'ja'],
  ] as const) {
    it(`shows both layers where evidence contradicts the report, today's as the headline (${lang})`, () => {
      const cell = cellOf(loadPage(`${prefix}/frameworks/deepspeed/`), 'deepspeed', 'context-parallelism');
      expect(cell.getAttribute('data-status')).toBe('none');
      expect(cell.getAttribute('data-current-status')).toBe('full');
      expect(cell.querySelector('.status.only-today')?.getAttribute('data-badge')).toBe('full');
      expect(cell.querySelector('.status.only-report')?.getAttribute('data-badge')).toBe('none');
      expect(cell.querySelector('.layer-line.only-today')?.textContent).toBe(
        lang === 'en' ? 'Report (2025-12-19): None' : 'レポート（2025-12-19）：未対応',
      );
      expect(cell.querySelector('.layer-line.only-report')?.textContent).toMatch(
        lang === 'en' ? /^.+ \(\d{4}-\d\d-\d\d\): Full$/ : /^.+（\d{4}-\d\d-\d\d）：完全対応$/,
      );
      const line = cell.querySelector('.evidence-line')!;
      const winner = readCellLayers(dataset.cells.deepspeed!['context-parallelism']!).winner!;
      expect(line.textContent).toContain(winner.summary[lang].replaceAll('`', ''));
      expect(line.querySelector('a')?.getAttribute('href')).toBe(winner.url);
    });
  }

  it('keeps data-status equal to the report where the evidence agrees', () => {
    const cell = cellOf(loadPage('/frameworks/deepspeed/'), 'deepspeed', 'pipeline-parallelism');
    expect(cell.getAttribute('data-status')).toBe('full');
    expect(cell.hasAttribute('data-current-status')).toBe(false);
  });

  it('gives every rendered cell a source list: the report first where it covers the cell, evidence alone where not', () => {
    let checked = 0;
    for (const path of listPages()) {
      for (const sources of loadPage(path).querySelectorAll('[data-sources-for]')) {
        const key = sources.getAttribute('data-sources-for')!;
        const [framework, feature] = key.split('/') as [string, string];
        const covered = dataset.cells[framework]![feature]!.covered;
        expect(sources.querySelector('li[data-source="report"]') !== null, `${path} ${key}`).toBe(covered);
        if (!covered)
          expect(
            sources.querySelectorAll('li[data-verdict="new"] a[href^="https://"]').length,
            `${path} ${key}`,
          ).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("lists a cell's evidence with verdict and link", () => {
    const doc = loadPage('/frameworks/llamafactory/');
    const list = doc.querySelector('[data-sources-for="llamafactory/tensor-parallelism"]');
    const expected = dataset.cells.llamafactory!['tensor-parallelism']!.evidence.length;
    expect(expected).toBeGreaterThan(0);
    expect(list?.querySelectorAll('li[data-verdict]').length).toBe(expected);
  });
});

describe('the evidence data', () => {
  it('covers every cell of the two summary tables except the seven where nothing was found', () => {
    const tables = new Set(
      dataset.categories.filter((c) => ['parallelism', 'features'].includes(c.table)).map((c) => c.id),
    );
    const rows = dataset.features.filter((f) => f.summary && tables.has(f.category));
    expect(rows.length).toBe(16);
    const missing = dataset.frameworks.flatMap((fw) =>
      rows.filter((f) => dataset.cells[fw.id]![f.id]!.evidence.length === 0).map((f) => `${fw.id}/${f.id}`),
    );
    expect(missing.sort()).toEqual(
      [
        'unsloth/tensor-parallelism',
        'unsloth/pipeline-parallelism',
        'unsloth/3d-parallelism',
        'unsloth/hsdp',
        'unsloth/curriculum-learning',
        'llamafactory/curriculum-learning',
        'deepspeed/gui',
      ].sort(),
    );
  });
});

describe('the JSON export carries both layers', () => {
  it('keeps the report status and adds currentStatus and the evidence', async () => {
    const { readFileSync } = await import('node:fs');
    const support = JSON.parse(readFileSync('dist/data/v1/support.json', 'utf8')) as {
      cells: {
        framework: string;
        feature: string;
        status?: string;
        currentStatus?: string;
        evidence: { verdict: string; url: string }[];
      }[];
    };
    const cell = support.cells.find((c) => c.framework === 'deepspeed' && c.feature === 'context-parallelism');
    expect(cell?.status).toBe('none');
    expect(cell?.currentStatus).toBe('full');
    expect(cell?.evidence.some((e) => e.verdict === 'contradicted')).toBe(true);
    const agreeing = support.cells.find((c) => c.framework === 'deepspeed' && c.feature === 'pipeline-parallelism');
    expect(agreeing?.currentStatus).toBeUndefined();
  });
});
