// The benchmark's synthetic content is valid content (so its build measures the real site), and its
// query-cost method reads a Pagefind bundle's files.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, queryBytes } from '../../scripts/bench';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';

const FOLDER = 'bench-unit-test';
afterAll(() => rmSync(join(process.cwd(), '.tmp', FOLDER), { recursive: true, force: true }));

describe('bench', () => {
  it('generates N frameworks that pass every integrity rule, each with a cell for every feature', () => {
    const existing = buildDataset(readContent(process.cwd())).frameworks.length;
    const dir = generate(existing + 3, FOLDER);
    const dataset = buildDataset(readContent(process.cwd(), dir), dir);
    expect(dataset.frameworks).toHaveLength(existing + 3);
    expect(dataset.frameworks.map((f) => f.id)).toContain('synth-0003');
    for (const feature of dataset.features) expect(dataset.cells['synth-0003']?.[feature.id], feature.id).toBeDefined();
  });

  it('adds up the files one Pagefind query fetches', () => {
    const dir = join(process.cwd(), '.tmp', FOLDER, 'pagefind');
    mkdirSync(join(dir, 'index'), { recursive: true });
    mkdirSync(join(dir, 'fragment'), { recursive: true });
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_abc', wasm: 'en', page_count: 2 } } }));
    writeFileSync(join(dir, 'pagefind.en_abc.pf_meta'), Buffer.alloc(100));
    writeFileSync(join(dir, 'wasm.en.pagefind'), Buffer.alloc(1000));
    writeFileSync(join(dir, 'index', 'en_1.pf_index'), Buffer.alloc(300));
    writeFileSync(join(dir, 'index', 'en_2.pf_index'), Buffer.alloc(200));
    writeFileSync(join(dir, 'fragment', 'en_x.pf_fragment'), Buffer.alloc(50));
    const bytes = queryBytes(dir)!;
    // entry (gzip, a few dozen bytes) + meta 100 + wasm 1000 + largest chunk 300 + fragment 50
    expect(bytes).toBeGreaterThan(1450);
    expect(bytes).toBeLessThan(1450 + 200);
    expect(queryBytes(join(dir, 'missing'))).toBeUndefined();
  });
});
