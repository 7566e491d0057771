import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';

const root = process.cwd();

describe('the real content', () => {
  it('builds a dataset with every framework and feature', () => {
    const dataset = buildDataset(readContent(root));
    const files = readdirSync(join(root, 'content/frameworks')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));
    expect(dataset.frameworks.map((f) => f.id).sort()).toEqual(files.sort());
    const orders = dataset.frameworks.map((f) => f.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(dataset.features.length).toBeGreaterThan(20);
    expect(dataset.cells.deepspeed?.['pipeline-parallelism']?.status).toBe('full');
  });
});
