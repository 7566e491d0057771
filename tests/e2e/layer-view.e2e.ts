// The today / report views in a real browser: the filter's matches follow the view shown, both views
// survive a reload, `?view=` survives filter changes and links, and the pair pages file rows by the view.
// Expectations come from the published cells (dist/data/v1/support.json), never from a list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, watchProblems, type Site } from './helpers/browser';
import { findFrameworksMeeting, readCellStatus } from '../../src/lib/compare/filter-state';
import type { LayerView } from '../../src/lib/layer-view';

interface ExportedCell {
  framework: string;
  feature: string;
  status?: string;
  currentStatus?: string;
}
const support = JSON.parse(readFileSync(join(process.cwd(), 'dist/data/v1/support.json'), 'utf8')) as {
  cells: ExportedCell[];
};
const frameworks = JSON.parse(readFileSync(join(process.cwd(), 'dist/data/v1/frameworks.json'), 'utf8')) as {
  frameworks: { id: string; name: string }[];
};
const ids = frameworks.frameworks.map((f) => f.id);
const names = new Map(frameworks.frameworks.map((f) => [f.id, f.name]));

/** Which frameworks meet every `must` feature in a view, computed from the exported cells. */
function expected(must: string[], view: LayerView): string[] {
  const statuses: Record<string, Record<string, string | undefined>> = {};
  for (const cell of support.cells) (statuses[cell.framework] ??= {})[cell.feature] = readCellStatus(cell, view);
  return findFrameworksMeeting(statuses, ids, must);
}

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const meets = (page: Page) =>
  page.$$eval('[data-table="parallelism"] th[data-meets]', (ths) => ths.map((th) => th.getAttribute('data-column')));
const ready = (page: Page) => page.waitForSelector('[data-filter-form]:not([hidden])');

describe('the comparison filter follows the view', () => {
  for (const must of [['moe'], ['context-parallelism', 'moe'], ['pipeline-parallelism']]) {
    const query = `must=${must.join(',')}`;
    it(`?${query}: today's statuses by default, the report's with ?view=report, both after a reload`, async () => {
      const page = await site.newPage();
      const { problems } = watchProblems(page);
      await page.goto(site.url(`/compare/?${query}`));
      await ready(page);
      const today = expected(must, 'today');
      expect(await meets(page)).toEqual(today);
      if (today.length)
        expect(await page.textContent('[data-filter-status]')).toContain(today.map((id) => names.get(id)).join(', '));

      await page.check('input[name="layer-view"][value="report"]');
      expect(await meets(page)).toEqual(expected(must, 'report'));
      expect(new URL(page.url()).searchParams.get('view')).toBe('report');
      await page.reload();
      await ready(page);
      expect(await meets(page)).toEqual(expected(must, 'report'));
      expect(await page.isChecked('input[name="layer-view"][value="report"]')).toBe(true);

      await page.check('input[name="layer-view"][value="today"]');
      expect(await meets(page)).toEqual(today);
      await page.reload();
      await ready(page);
      expect(await meets(page)).toEqual(today);
      expect(problems).toEqual([]);
    });
  }

  it('keeps ?view=report when a filter changes and when a link to another page is followed', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/compare/?view=report'));
    await ready(page);
    await page.click('#filter > summary'); // the filter panel starts collapsed when the URL sets no filter
    await page.check('input[name="must"][value="moe"]');
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('report');
    expect(url.searchParams.get('must')).toBe('moe');
    expect(await meets(page)).toEqual(expected(['moe'], 'report'));
    await page.uncheck('input[name="fw"][value="unsloth"]');
    expect(new URL(page.url()).searchParams.get('view')).toBe('report');

    await page.click('section[aria-labelledby="pairs"] li a >> nth=0');
    await page.waitForURL(/\/compare\/.+-vs-.+\//);
    expect(new URL(page.url()).searchParams.get('view')).toBe('report');
    expect(await page.getAttribute('html', 'data-layer-view')).toBe('report');
    expect(await page.isChecked('input[name="layer-view"][value="report"]')).toBe(true);
  });

  it('shows the today view without JavaScript, whatever the URL says', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.url('/compare/?view=report&must=moe'));
    expect(await page.getAttribute('html', 'data-layer-view')).toBeNull();
    const changed = support.cells.find((c) => c.currentStatus && c.status && c.currentStatus !== c.status)!;
    const cell = `td[data-framework="${changed.framework}"][data-feature="${changed.feature}"]`;
    expect(await page.isVisible(`${cell} .status.only-today`)).toBe(true);
    expect(await page.isHidden(`${cell} .status.only-report`)).toBe(true);
  });
});

describe('cells: today is the headline in the today view, the report in the report view', () => {
  it('swaps the main badge and the small line, without moving the rest of the page', async () => {
    const changed = support.cells.find((c) => c.currentStatus && c.status && c.currentStatus !== c.status)!;
    const cell = `td[data-framework="${changed.framework}"][data-feature="${changed.feature}"]`;
    const page = await site.newPage();
    await page.goto(site.url('/compare/'));
    expect(await page.getAttribute(`${cell} .status:visible`, 'data-badge')).toBe(changed.currentStatus);
    expect(await page.isVisible(`${cell} .evidence-line`)).toBe(true);
    await page.goto(site.url('/compare/?view=report'));
    expect(await page.getAttribute(`${cell} .status:visible`, 'data-badge')).toBe(changed.status);
    expect(await page.isVisible(`${cell} .evidence-line`)).toBe(true);
    // The view is applied before first paint: the report view adds no layout shift to what the
    // page has in the today view (the header and the filter form are measured by the quality gates).
    const shiftOf = async (path: string) => {
      const fresh = await site.newPage();
      await fresh.goto(site.url(path));
      return fresh.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & {
                value: number;
                hadRecentInput: boolean;
              })[])
                if (!entry.hadRecentInput) total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 800);
          }),
      );
    };
    for (const path of ['/compare/', '/compare/axolotl-vs-llamafactory/', '/guides/moe/']) {
      expect(await shiftOf(`${path}?view=report`), path).toBeLessThanOrEqual((await shiftOf(path)) + 0.001);
    }
  });
});

describe('pair pages file each row under the heading its displayed statuses match', () => {
  for (const view of ['today', 'report'] as const) {
    it(`in the ${view} view`, async () => {
      const page = await site.newPage();
      await page.goto(site.url(`/compare/axolotl-vs-llamafactory/${view === 'report' ? '?view=report' : ''}`));
      const rows = await page.$$eval('section[data-group] tr[data-row]', (trs) =>
        trs
          .filter((tr) => (tr as HTMLElement).offsetParent !== null)
          .map((tr) => ({
            group: tr.closest('section')!.getAttribute('data-group'),
            shown: [...tr.querySelectorAll('td')].map((td) => {
              const badge = [...td.querySelectorAll<HTMLElement>('[data-shows]')].find(
                (el) => el.offsetParent !== null,
              );
              return badge?.getAttribute('data-shows') ?? '';
            }),
          })),
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows)
        expect(row.group, JSON.stringify(row)).toBe(row.shown[0] === row.shown[1] ? 'same' : 'different');
    });
  }
});
