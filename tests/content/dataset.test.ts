import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';

const root = process.cwd();

describe('the real content', () => {
  it('builds a dataset with every framework and feature', () => {
    const dataset = buildDataset(readContent(root));
    expect(dataset.frameworks.map((f) => f.id)).toEqual(['unsloth', 'axolotl', 'llamafactory', 'deepspeed']);
    expect(dataset.features.length).toBeGreaterThan(20);
    expect(dataset.cells.deepspeed?.['pipeline-parallelism']?.status).toBe('full');
  });
});
