// Page-weight budgets per page type (scripts/measure.ts): first-visit JS, CSS and HTML, gzip, and the raw HTML size.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { budgetFor, measurePage, measureSite, overBudget } from '../../scripts/measure';
import { DIST } from '../helpers/dist';

describe('budgets over dist/', () => {
  const rows = measureSite(DIST);

  it('measures every built page with its type, CSS and the shell script', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.type, row.path).not.toBe('unknown');
      expect(row.css, row.path).toBeGreaterThan(0);
      expect(row.js, row.path).toBeGreaterThan(0);
    }
  });

  it.each(rows.map((r) => [r.path, r] as const))('%s is within its budget', (_path, row) => {
    expect(overBudget([row])).toEqual([]);
    expect(row.js).toBeLessThanOrEqual(10 * 1024);
    expect(row.css).toBeLessThanOrEqual(15 * 1024);
    expect(row.html).toBeLessThanOrEqual(budgetFor(row.type).html);
    expect(row.rawHtml).toBeLessThanOrEqual(budgetFor(row.type).rawHtml);
  });
});

describe('measurement', () => {
  it('counts static imports transitively, inline scripts and stylesheets, but not dynamic imports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'measure-'));
    try {
      mkdirSync(join(dir, '_astro'));
      const big = (n: number) => Array.from({ length: n }, (_, i) => `var v${i}=${i * 7919};`).join('');
      writeFileSync(join(dir, '_astro/a.js'), `import{x}from"./b.js";import("./lazy.js");${big(50)}`);
      writeFileSync(join(dir, '_astro/b.js'), `export const x=1;${big(50)}`);
      writeFileSync(join(dir, '_astro/lazy.js'), big(5000));
      writeFileSync(join(dir, '_astro/s.css'), 'body{color:red}');
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html><html data-page-type="t"><head><link rel="stylesheet" href="/base/_astro/s.css"><script type="module" src="/base/_astro/a.js"></script><script>var inline=1</script><script type="application/json">{"big":1}</script></head><body></body></html>',
      );
      const row = measurePage(dir, '/', '/base/');
      expect(row.type).toBe('t');
      expect(row.files.sort()).toEqual(['_astro/a.js', '_astro/b.js', '_astro/s.css']);
      expect(row.js).toBeGreaterThan(0);
      expect(row.js).toBeLessThan(5000); // lazy.js (tens of KB) is not in it
      const overweight = overBudget([{ ...row, type: 'framework', js: 11 * 1024 }]);
      expect(overweight).toHaveLength(1);
      expect(overweight[0]).toMatch(/js 11264 B gzip > budget 10240 B/);
      // Raw HTML has its own budget: repetitive markup compresses well but still weighs on parsing.
      expect(row.rawHtml).toBe(Buffer.byteLength(readFileSync(join(dir, 'index.html'), 'utf8')));
      expect(overBudget([{ ...row, type: 'other', rawHtml: 101 * 1024 }])).toEqual([`/ (other): html ${101 * 1024} B uncompressed > budget ${100 * 1024} B`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
