import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { buildComparePage } from '../../src/lib/view/compare-page';
import { buildPairPage, listPairs, MAX_FRAMEWORKS_WITH_PAIR_PAGES } from '../../src/lib/view/pairs';
import { buildFeaturePage } from '../../src/lib/view/feature-page';
import { buildMatrixTable, cellsDiffer } from '../../src/lib/view/matrix';

const dataset = buildDataset(readContent(process.cwd()));
const link = (route: string) => `/base${route}`;

describe('buildComparePage', () => {
  const page = buildComparePage(dataset, 'en', link);

  it('builds the four summary tables in the report\'s order, then the extra rows', () => {
    expect(page.tables.map((t) => t.id)).toEqual(['parallelism', 'features', 'usability', 'performance', 'other']);
    expect(page.tables[0]!.rows.map((r) => r.id)).toEqual([
      'ddp', 'fsdp-zero2', 'fsdp-zero3', 'tensor-parallelism', 'pipeline-parallelism', 'context-parallelism', '3d-parallelism', 'hsdp', 'multi-node',
    ]);
    expect(page.tables[4]!.rows.map((r) => r.id)).toEqual(['model-parallelism', 'zero-1', 'zero-offload']);
  });

  it('puts columns in framework order and links rows to feature pages', () => {
    expect(page.columns.map((c) => c.id)).toEqual(dataset.frameworks.map((f) => f.id));
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
  it('lists every pair of frameworks once, ids in alphabetical order within the slug', () => {
    const pairs = listPairs(dataset);
    const ids = dataset.frameworks.map((f) => f.id);
    expect(pairs).toHaveLength((ids.length * (ids.length - 1)) / 2);
    expect(new Set(pairs.map((p) => p.slug)).size).toBe(pairs.length);
    for (const p of pairs) {
      expect(p.a < p.b, p.slug).toBe(true);
      expect(p.slug).toBe(`${p.a}-vs-${p.b}`);
      expect(ids).toEqual(expect.arrayContaining([p.a, p.b]));
    }
    expect(pairs.map((p) => p.slug)).toContain('axolotl-vs-deepspeed');
  });

  it('splits every feature into differing and agreeing rows, cells in slug order', () => {
    const pair = listPairs(dataset).find((p) => p.slug === 'deepspeed-vs-llamafactory')!;
    const page = buildPairPage(dataset, pair, 'en', link);
    expect(page.columns.map((c) => c.id)).toEqual(['deepspeed', 'llamafactory']);
    expect(page.different.rows.length + page.same.rows.length).toBe(dataset.features.length);
    const pp = page.different.rows.find((r) => r.id === 'pipeline-parallelism')!;
    expect(pp.cells.map((c) => c.view.status)).toEqual(['full', 'unknown']);
    expect(page.same.rows.map((r) => r.id)).toContain('ddp');
    for (const row of page.different.rows) expect(cellsDiffer(row.cells[0]!.view, row.cells[1]!.view)).toBe(true);
  });
});

describe('buildFeaturePage', () => {
  it('lists guides and flowchart questions only when those sections exist', () => {
    const without = buildFeaturePage(dataset, 'moe', 'en', link, ['/', '/compare/']);
    expect(without.guides).toEqual([]);
    expect(without.questions).toEqual([]);
    const withAll = buildFeaturePage(dataset, 'moe', 'en', link, ['/guides/', '/choose/']);
    expect(withAll.questions.map((q) => q.href)).toContain('/base/choose/#node-moe');
    expect(withAll.guides.map((g) => g.href)).toEqual(['/base/guides/enterprises/', '/base/guides/moe/']);
    expect(withAll.rows.map((r) => r.framework.id)).toEqual(dataset.frameworks.map((f) => f.id));
    const status = Object.fromEntries(withAll.rows.map((r) => [r.framework.id, r.view.status]));
    expect(status).toMatchObject({ unsloth: 'partial', axolotl: 'none', llamafactory: 'full', deepspeed: 'full' });
    expect(withAll.rows.find((r) => r.framework.id === 'llamafactory')!.view.estimated).toBe(true);
  });
});

describe('buildMatrixTable', () => {
  it('gives a cell with sources but no note a numbered note carrying the sources', () => {
    const copy = structuredClone(dataset);
    const cell = copy.cells.deepspeed!.ddp!;
    expect(cell.note).toBeUndefined();
    cell.sources = [{ url: 'https://www.deepspeed.ai/', title: 'DeepSpeed docs' }];
    const table = buildMatrixTable(copy, 't', [copy.features.find((f) => f.id === 'ddp')!], ['unsloth', 'deepspeed'], 'ja', link);
    expect(table.notes.map((n) => [n.marker, n.frameworkId, n.framework, n.sources.length])).toEqual([[1, 'unsloth', 'Unsloth', 0], [2, 'deepspeed', 'DeepSpeed', 1]]);
    expect(table.rows[0]!.cells[1]!.note).toEqual({ marker: 2, noteId: 'note-t-ddp-deepspeed', refId: 'ref-t-ddp-deepspeed' });
    expect(table.notes[1]!.feature).toBe('DDP（データ並列）');
  });
});

describe('pair pages at scale', () => {
  it('stop past MAX_FRAMEWORKS_WITH_PAIR_PAGES frameworks, so the page count stays linear', () => {
    const dataset = buildDataset(readContent(process.cwd()));
    const n = dataset.frameworks.length;
    expect(listPairs(dataset)).toHaveLength((n * (n - 1)) / 2);
    const many = { ...dataset, frameworks: Array.from({ length: MAX_FRAMEWORKS_WITH_PAIR_PAGES + 1 }, (_, i) => ({ ...dataset.frameworks[0]!, id: `fw-${i}` })) };
    expect(listPairs(many)).toEqual([]);
  });
});
