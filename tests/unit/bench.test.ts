// The benchmark's synthetic content is valid content (so its build measures the real site). Its
// query cost comes from scripts/search-cost.ts, tested against the real build in tests/build/search.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../scripts/bench';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';

const FOLDER = 'bench-unit-test';
afterAll(() => rmSync(join(process.cwd(), '.tmp', FOLDER), { recursive: true, force: true }));

describe('bench', () => {
  it('generates N frameworks that pass every integrity rule, each with a cell for every feature', () => {
    const dir = generate(7, FOLDER);
    const dataset = buildDataset(readContent(process.cwd(), dir), dir);
    expect(dataset.frameworks).toHaveLength(7);
    expect(dataset.frameworks.map((f) => f.id)).toContain('synth-0003');
    for (const feature of dataset.features) expect(dataset.cells['synth-0003']?.[feature.id], feature.id).toBeDefined();
  });
});
