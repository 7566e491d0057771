import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';

const root = process.cwd();
/** The framework ids as editors create them: one YAML file per framework. */
const frameworkFiles = readdirSync(join(root, 'content', 'frameworks'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));

describe('the real content', () => {
  const dataset = buildDataset(readContent(root));

  it('builds a dataset with one framework per file, in column order', () => {
    expect(dataset.frameworks.map((f) => f.id).sort()).toEqual([...frameworkFiles].sort());
    const orders = dataset.frameworks.map((f) => f.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('has a cell for every framework and feature', () => {
    expect(dataset.features.length).toBeGreaterThan(0);
    for (const framework of dataset.frameworks) {
      for (const feature of dataset.features) expect(dataset.cells[framework.id]?.[feature.id], `${framework.id} x ${feature.id}`).toBeDefined();
    }
  });
});
