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
    // The budgets live in scripts/measure.ts (BUDGETS); the test reads them, it does not copy them.
    const budget = budgetFor(row.type);
    expect(row.js, 'JS gzip bytes').toBeLessThanOrEqual(budget.js);
    expect(row.css, 'CSS gzip bytes').toBeLessThanOrEqual(budget.css);
    expect(row.html, 'HTML gzip bytes').toBeLessThanOrEqual(budget.html);
    expect(row.rawHtml, 'raw HTML bytes').toBeLessThanOrEqual(budget.rawHtml);
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
      const limit = budgetFor('framework').js;
      const overweight = overBudget([{ ...row, type: 'framework', js: limit + 1 }]);
      expect(overweight).toHaveLength(1);
      expect(overweight[0]).toContain(`js ${limit + 1} B gzip > budget ${limit} B`);
      expect(overBudget([{ ...row, type: 'framework', js: limit }])).toEqual([]);
      // Raw HTML has its own budget: repetitive markup compresses well but still weighs on parsing.
      expect(row.rawHtml).toBe(Buffer.byteLength(readFileSync(join(dir, 'index.html'), 'utf8')));
      const rawLimit = budgetFor('other').rawHtml;
      expect(overBudget([{ ...row, type: 'other', rawHtml: rawLimit + 1 }])).toEqual([
        `/ (other): html ${rawLimit + 1} B uncompressed > budget ${rawLimit} B`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
