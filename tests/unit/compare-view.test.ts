import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { buildComparePage } from '../../src/lib/view/compare-page';
import { buildPairPage, listPairs, MAX_FRAMEWORKS_WITH_PAIR_PAGES } from '../../src/lib/view/pairs';
import { buildFeaturePage } from '../../src/lib/view/feature-page';
import { buildMatrixTable } from '../../src/lib/view/matrix';

const dataset = buildDataset(readContent(process.cwd()));
const link = (route: string) => `/base${route}`;

describe('buildComparePage', () => {
  const page = buildComparePage(dataset, 'en', link);

  it("builds the four summary tables in the report's order, then the extra rows, then the rows beyond the report", () => {
    const beyond = dataset.features.filter(
      (f) => dataset.categories.find((c) => c.id === f.category)?.table === 'beyond-report',
    );
    expect(page.tables.map((t) => t.id)).toEqual([
      'parallelism',
      'features',
      'usability',
      'performance',
      'other',
      ...(beyond.length ? ['beyond-report'] : []),
    ]);
    expect(page.tables.find((t) => t.id === 'beyond-report')?.rows.map((r) => r.id) ?? []).toEqual(
      beyond.map((f) => f.id),
    );
    expect(page.tables[0]!.rows.map((r) => r.id)).toEqual([
      'ddp',
      'fsdp-zero2',
      'fsdp-zero3',
      'tensor-parallelism',
      'pipeline-parallelism',
      'context-parallelism',
      '3d-parallelism',
      'hsdp',
      'multi-node',
    ]);
    expect(page.tables[4]!.rows.map((r) => r.id)).toEqual(['model-parallelism', 'zero-1', 'zero-offload']);
  });

  it('puts columns in framework order and links rows to feature pages', () => {
    expect(page.columns.map((c) => c.id)).toEqual(
      [...dataset.frameworks].sort((a, b) => a.order - b.order).map((f) => f.id),
    );
    expect(page.tables[0]!.rows[0]!.href).toBe('/base/features/ddp/');
  });

  it('numbers a note per cell that has a note or sources, and ties marker and note together', () => {
    const table = page.tables[0]!;
    const withNotes = table.rows.flatMap((r) => r.cells).filter((c) => c.note);
    expect(withNotes.map((c) => c.note!.marker)).toEqual(table.notes.map((n) => n.marker));
    expect(table.notes.map((n) => n.marker)).toEqual(table.notes.map((_, i) => i + 1));
    const unslothDdp = table.rows[0]!.cells[0]!;
    const note = table.notes.find((n) => n.noteId === unslothDdp.note!.noteId)!;
    expect(note.text).toContain('batch size is limited to 1');
    expect(note.refId).toBe(unslothDdp.note!.refId);
  });

  it('offers only support features as must-support choices', () => {
    const ids = page.mustChoices.map((c) => c.id);
    expect(ids).toContain('moe');
    expect(ids).not.toContain('quantization');
    expect(ids).not.toContain('learning-curve');
  });
});

describe('pairs', () => {
  it('lists every pair once with ids in alphabetical order', () => {
    const ids = dataset.frameworks.map((f) => f.id);
    const pairs = listPairs(dataset).map((p) => p.slug);
    expect(pairs).toHaveLength((ids.length * (ids.length - 1)) / 2);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const slug of pairs) {
      const [a, b] = slug.split('-vs-') as [string, string];
      expect([a, b], slug).toEqual([a, b].sort());
      expect(ids, slug).toEqual(expect.arrayContaining([a, b]));
    }
    expect(pairs).toContain('axolotl-vs-deepspeed');
  });

  it('files every feature once per view, under the heading its values in that view match, cells in slug order', () => {
    for (const pair of listPairs(dataset)) {
      const page = buildPairPage(dataset, pair, 'en', link);
      expect(page.columns.map((c) => c.id)).toEqual([pair.a, pair.b]);
      for (const view of ['today', 'report'] as const) {
        const shown = (rows: typeof page.different.rows) => rows.filter((r) => !r.only || r.only === view);
        const different = shown(page.different.rows);
        const same = shown(page.same.rows);
        expect(different.length + same.length, `${pair.slug} ${view}`).toBe(dataset.features.length);
        expect([page.counts.different[view], page.counts.same[view]]).toEqual([different.length, same.length]);
        const key = (row: (typeof different)[number], i: number) =>
          view === 'today' ? row.cells[i]!.view.shows.today : row.cells[i]!.view.shows.report;
        for (const row of different) expect(key(row, 0), `${pair.slug} ${view} ${row.id}`).not.toBe(key(row, 1));
        for (const row of same) expect(key(row, 0), `${pair.slug} ${view} ${row.id}`).toBe(key(row, 1));
      }
    }
  });

  it('gives a row filed differently in the report view its own id, so ids stay unique', () => {
    for (const pair of listPairs(dataset)) {
      const page = buildPairPage(dataset, pair, 'en', link);
      const ids = [...page.different.rows, ...page.same.rows].map((r) => r.anchor);
      expect(new Set(ids).size, pair.slug).toBe(ids.length);
      for (const row of [...page.different.rows, ...page.same.rows])
        expect(row.anchor).toBe(row.only === 'report' ? `${row.id}-report` : row.id);
    }
  });
});

describe('buildFeaturePage', () => {
  it("lists every framework's cell, the guides and the flowchart questions that use the feature", () => {
    const page = buildFeaturePage(dataset, 'moe', 'en', link);
    expect(page.questions.map((q) => q.href)).toContain('/base/choose/#node-moe');
    expect(page.guides.map((g) => g.href)).toEqual(['/base/guides/enterprises/', '/base/guides/moe/']);
    expect(page.rows.map((r) => r.framework.id)).toEqual(dataset.frameworks.map((f) => f.id));
    const status = Object.fromEntries(page.rows.map((r) => [r.framework.id, r.view.status]));
    expect(status).toMatchObject({ unsloth: 'partial', axolotl: 'none', llamafactory: 'full', deepspeed: 'full' });
    expect(page.rows.find((r) => r.framework.id === 'llamafactory')!.view.estimated).toBe(true);
  });
});

describe('buildMatrixTable', () => {
  it('gives a cell with sources but no note a numbered note carrying the sources', () => {
    const copy = structuredClone(dataset);
    const cell = copy.cells.deepspeed!.ddp!;
    expect(cell.note).toBeUndefined();
    cell.sources = [{ url: 'https://www.deepspeed.ai/', title: 'DeepSpeed docs' }];
    const table = buildMatrixTable(
      copy,
      't',
      [copy.features.find((f) => f.id === 'ddp')!],
      ['unsloth', 'deepspeed'],
      'ja',
      link,
    );
    expect(table.notes.map((n) => [n.marker, n.frameworkId, n.framework, n.sources.length])).toEqual([
      [1, 'unsloth', 'Unsloth', 0],
      [2, 'deepspeed', 'DeepSpeed', 1],
    ]);
    expect(table.rows[0]!.cells[1]!.note).toEqual({
      marker: 2,
      noteId: 'note-t-ddp-deepspeed',
      refId: 'ref-t-ddp-deepspeed',
    });
    expect(table.notes[1]!.feature).toBe('DDP（データ並列）');
  });
});

describe('pair pages at scale', () => {
  it('stop past MAX_FRAMEWORKS_WITH_PAIR_PAGES frameworks, so the page count stays linear', () => {
    const dataset = buildDataset(readContent(process.cwd()));
    expect(listPairs(dataset).length).toBeGreaterThan(0);
    const many = {
      ...dataset,
      frameworks: Array.from({ length: MAX_FRAMEWORKS_WITH_PAIR_PAGES + 1 }, (_, i) => ({
        ...dataset.frameworks[0]!,
        id: `fw-${i}`,
      })),
    };
    expect(listPairs(many)).toEqual([]);
  });
});
