// Reading comfort in a real browser: sticky column headers in long matrices, the language switch
// keeping ?query and #fragment, a one-row header, visible copy feedback, the menu without
// JavaScript, and no layout shift while a page loads over a slow network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, listPages, isRedirectPage } from '../helpers/dist';
import { openSite, watchProblems, type Site } from './helpers/browser';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** The first built page under a section (`/features/` -> `/features/<first id>/`), from dist/. */
const firstUnder = (section: string) => {
  const dirs = readdirSync(join(DIST, section), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return `/${section}/${dirs[0]}/`;
};

/** The tallest matrix of /compare/, scrolled so that its middle row sits mid-viewport; returns what is seen. */
async function scrollIntoMiddleOfTallestMatrix(page: Page) {
  return page.evaluate(async () => {
    const tables = [...document.querySelectorAll<HTMLTableElement>('table.matrix-table')];
    const table = tables.sort((a, b) => b.offsetHeight - a.offsetHeight)[0]!;
    const rows = table.tBodies[0]!.rows;
    const middle = rows[Math.floor(rows.length / 2)]!;
    middle.scrollIntoView({ block: 'center' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const header = table.tHead!.rows[0]!.cells[1]!;
    const box = header.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      tableTop: table.getBoundingClientRect().top,
      headerTop: box.top,
      headerVisible: box.bottom > 0 && box.top < innerHeight && table.tHead!.contains(hit),
      middleRowBelowHeader: middle.getBoundingClientRect().top >= box.bottom - 1,
    };
  });
}

describe('sticky column headers', () => {
  it('keeps the framework names in view in the middle of a long matrix (1280 px)', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url('/compare/'));
    const seen = await scrollIntoMiddleOfTallestMatrix(page);
    expect(seen.tableTop).toBeLessThan(0); // the table's own top has scrolled away
    expect(seen.headerVisible).toBe(true);
    expect(Math.abs(seen.headerTop)).toBeLessThan(2); // stuck to the top of the viewport
    expect(seen.middleRowBelowHeader).toBe(true);
    await page.context().close();
  });

  it('keeps them in view inside the table region on a phone, with a sticky first column (360 px)', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(site.url('/ja/compare/'));
    const seen = await page.evaluate(async () => {
      const region = document.querySelector<HTMLElement>('.matrix-scroll')!;
      region.scrollIntoView({ block: 'start' });
      region.scrollTop = region.scrollHeight / 2;
      region.scrollLeft = region.scrollWidth;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const regionBox = region.getBoundingClientRect();
      const header = region.querySelector('thead th:last-child')!.getBoundingClientRect();
      const rowHeader = [...region.querySelectorAll('tbody th[scope="row"]')]
        .map((th) => th.getBoundingClientRect())
        .find((b) => b.top > header.bottom)!;
      return {
        scrolled: region.scrollTop > 0 && region.scrollLeft > 0,
        headerTop: header.top - regionBox.top,
        rowHeaderLeft: rowHeader.left - regionBox.left,
      };
    });
    expect(seen.scrolled).toBe(true);
    expect(Math.abs(seen.headerTop)).toBeLessThan(2);
    expect(Math.abs(seen.rowHeaderLeft)).toBeLessThan(2);
    await page.context().close();
  });

  it('lands a shared row link below the sticky header, highlighted', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    const id = await (async () => {
      await page.goto(site.url('/compare/'));
      return page.evaluate(() => [...document.querySelectorAll('table.matrix-table tbody tr[id]')].at(-1)!.id);
    })();
    await page.goto(site.url(`/compare/#${id}`));
    const seen = await page.evaluate((rowId) => {
      const row = document.getElementById(rowId) as HTMLTableRowElement;
      const header = row.closest('table')!.tHead!.getBoundingClientRect();
      return {
        below: row.getBoundingClientRect().top >= header.bottom - 1,
        background: getComputedStyle(row.cells[0]!).backgroundColor,
      };
    }, id);
    expect(seen.below).toBe(true);
    const plain = await page.evaluate(
      () => getComputedStyle(document.querySelector('table.matrix-table tbody tr:not(:target) th')!).backgroundColor,
    );
    expect(seen.background).not.toBe(plain);
    await page.context().close();
  });
});

describe('the language switch', () => {
  it('carries the query string and the fragment to the twin page', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/compare/?must=moe&view=report#pipeline-parallelism'));
    await Promise.all([page.waitForURL(/\/ja\/compare\//), page.click('header a[hreflang="ja"]')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/ja/compare/');
    expect(url.search).toBe('?must=moe&view=report');
    expect(url.hash).toBe('#pipeline-parallelism');
    // And back, with a fragment the reader reached after load.
    await page.evaluate(() => (location.hash = '#legend'));
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/ja/')), page.click('header a[hreflang="en"]')]);
    expect(new URL(page.url()).hash).toBe('#legend');
    expect(new URL(page.url()).search).toBe('?must=moe&view=report');
    await page.context().close();
  });

  it('is the plain twin path without JavaScript', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.url('/ja/choose/?path=gui#chart'));
    expect(await page.getAttribute('header a[hreflang="en"]', 'href')).toBe('/choose/');
    await page.context().close();
  });
});

describe('the site header', () => {
  const header = (page: Page) =>
    page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('header.site-header')!;
      const links = [...el.querySelectorAll<HTMLElement>('nav a')].filter((a) => a.offsetParent !== null);
      return {
        height: el.offsetHeight,
        visibleNavLinks: links.length,
        linkTops: [...new Set(links.map((a) => Math.round(a.getBoundingClientRect().top)))],
      };
    });

  it.each([
    ['/', 1024],
    ['/ja/', 1024],
    ['/frameworks/', 1280],
    ['/ja/frameworks/', 1280],
  ] as const)('is one row with the whole navigation inline (%s at %i px)', async (path, width) => {
    const page = await site.newPage({ viewport: { width, height: 800 } });
    await page.goto(site.url(path));
    const seen = await header(page);
    expect(seen.visibleNavLinks).toBeGreaterThan(3);
    expect(seen.linkTops).toHaveLength(1);
    expect(seen.height).toBeLessThanOrEqual(64);
    expect(await page.isHidden('.site-menu-button')).toBe(true);
    await page.context().close();
  });

  it.each([
    ['/', 768],
    ['/ja/', 768],
    ['/compare/', 360],
    ['/ja/compare/', 360],
  ] as const)('is compact, with the navigation behind a menu button (%s at %i px)', async (path, width) => {
    const page = await site.newPage({ viewport: { width, height: 800 } });
    await page.goto(site.url(path));
    const seen = await header(page);
    expect(seen.visibleNavLinks).toBe(0);
    expect(seen.height).toBeLessThanOrEqual(56);
    expect(await page.isVisible('.site-menu-button')).toBe(true);
    await page.context().close();
  });

  it('opens the menu and follows a link without JavaScript, in tab order after its button', async () => {
    const page = await site.newPage({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    await page.goto(site.url('/ja/'));
    expect(await page.isHidden('#site-menu')).toBe(true);
    await page.focus('.site-menu-button');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('#site-menu')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#site-menu') != null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#site-menu')).toBe(true);
    await page.click('.site-menu-button');
    await Promise.all([page.waitForURL(/\/ja\/compare\/$/), page.click('#site-menu a[href$="/compare/"]')]);
    expect(new URL(page.url()).pathname).toBe('/ja/compare/');
    await page.context().close();
  });
});

describe('copy feedback', () => {
  it('shows "Copied" on a heading link, announces it, and moves to the heading', async () => {
    const page = await site.newPage();
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
    await page.goto(site.url(firstUnder('frameworks')));
    const link = page.locator('main a.heading-link').nth(1);
    const href = (await link.getAttribute('href'))!;
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => link.getAttribute('data-copied')).toBe('Copied');
    // Drawn next to the link, visibly: the badge is the link's ::after.
    const badge = await link.evaluate((a) => {
      const style = getComputedStyle(a, '::after');
      return { content: style.content, display: style.display, opacity: getComputedStyle(a).opacity };
    });
    expect(badge).toEqual({ content: '"Copied"', display: 'block', opacity: '1' });
    expect(await page.textContent('#heading-link-status')).toBe('Link copied to the clipboard');
    expect(new URL(page.url()).hash).toBe(href);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.context().close();
  });

  it('turns the code block\'s Copy button into "コピーしました" for a moment', async () => {
    const page = await site.newPage();
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
    await page.goto(site.url('/ja/integrations/'));
    // The first block with a copy button (settings that no longer work are shown without one).
    const block = page.locator('copy-code:has(button)').first();
    const button = block.locator('button');
    const label = await button.textContent();
    await button.click();
    await expect.poll(() => button.textContent()).toBe('コピーしました');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await block.locator('pre').textContent());
    await expect.poll(() => button.textContent(), { timeout: 5000 }).toBe(label);
    await page.context().close();
  });
});

describe('no layout shift on load over a slow network', () => {
  const pages = listPages().filter((path) => !isRedirectPage(path));
  const types = [
    '/',
    '/frameworks/',
    firstUnder('frameworks'),
    '/compare/',
    firstUnder('compare'),
    '/features/',
    firstUnder('features'),
    '/choose/',
    '/guides/',
    firstUnder('guides'),
    '/integrations/',
    '/about/',
    '/search/',
    '/404.html',
  ].filter((path) => pages.includes(path));

  it('covers every page type', () => {
    expect(types.length).toBeGreaterThanOrEqual(12);
  });

  describe.each([360, 1280])('%i px', (width) => {
    it.each(types.flatMap((path) => [path, `/ja${path}`]).filter((path) => pages.includes(path)))(
      '%s: cumulative layout shift 0',
      async (path) => {
        const page = await site.newPage({ viewport: { width, height: 800 } });
        const { problems } = watchProblems(page);
        const cdp = await page.context().newCDPSession(page);
        // "Slow 4G"-like: 150 ms latency, 1.6 Mbit/s down, plus a 4x slower CPU.
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 150,
          downloadThroughput: 200_000,
          uploadThroughput: 90_000,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.addInitScript(() => {
          const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
          w.__shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources?: { node?: Node }[];
            })[]) {
              if (entry.hadRecentInput) continue;
              const sources = (entry.sources ?? []).map((s) =>
                s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName),
              );
              w.__shifts.push({ value: entry.value, sources });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(site.url(path), { waitUntil: 'load' });
        await page.waitForTimeout(1000);
        const shifts = await page.evaluate(
          () => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts,
        );
        if (shifts.length) console.error(`layout shifts on ${path} at ${width} px: ${JSON.stringify(shifts)}`);
        expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBe(0);
        expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
        await page.context().close();
      },
    );
  });
});
