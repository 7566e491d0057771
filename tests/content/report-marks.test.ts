import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { statusFromMark } from '../../src/lib/report-marks';

const dataset = buildDataset(readContent(process.cwd()));

describe('statusFromMark', () => {
  it.each([
    ['✅', 'full', false],
    ['✅ 完全対応', 'full', false],
    ['✅ 実験的', 'experimental', false],
    ['✅ 基本', 'partial', false],
    ['✅ 基本対応', 'partial', false],
    ['✅ 推定', 'full', true],
    ['✅ 対応（推定）', 'full', true],
    ['✅ 最高', 'full', false],
    ['❓', 'unknown', false],
    ['❓ 不明', 'unknown', false],
    ['❌', 'none', false],
    ['❌ 未対応', 'none', false],
  ])('%s -> %s', (mark, status, estimated) => {
    expect(statusFromMark(mark)).toEqual({ status, estimated });
  });

  it('does not read qualitative text as a status', () => {
    expect(statusFromMark('4/8/16bit')).toBeUndefined();
  });
});

describe('every support cell agrees with the report\'s own marks', () => {
  const cells = Object.values(dataset.cells).flatMap((row) => Object.values(row));
  const marked = cells.filter((cell) => cell.status && (cell.report.summary || cell.report.detail));

  it('covers the cells the report marks', () => {
    // 16 support features x 4 frameworks, less the 7 cells the report is silent on.
    expect(marked.length).toBe(57);
  });

  it.each(marked.map((cell) => [`${cell.framework} x ${cell.feature}`, cell] as const))('%s', (_, cell) => {
    for (const mark of [cell.report.summary, cell.report.detail].filter((m): m is string => Boolean(m))) {
      const read = statusFromMark(mark);
      expect(read?.status, mark).toBe(cell.status);
      if (read?.estimated) expect(cell.estimated, mark).toBe(true);
    }
  });

  it('keeps "possibly via DeepSpeed" as estimated on LlamaFactory tensor and pipeline parallelism', () => {
    expect(dataset.cells.llamafactory?.['tensor-parallelism']).toMatchObject({ status: 'unknown', estimated: true });
    expect(dataset.cells.llamafactory?.['pipeline-parallelism']).toMatchObject({ status: 'unknown', estimated: true });
  });

  it('notes "highest" on DeepSpeed MoE', () => {
    expect(dataset.cells.deepspeed?.moe?.note?.en).toMatch(/highest/);
  });
});
