// The comparison filter and copy links in a real browser, against the built site served from dist/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../helpers/serve';
import { DIST } from '../helpers/dist';
import { frameworkIds } from '../helpers/dataset';
import { axeViolations, launchBrowser } from './helpers/browser';

let server: StaticServer;
let browser: Browser;
let origin = '';
/** Every framework of the dataset, in column order. */
const FW = frameworkIds();

beforeAll(async () => {
  server = await serveStatic(DIST);
  origin = server.origin;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// `bypassCSP` only for the axe checks: axe is injected as an inline script, which the site's CSP refuses.
async function open(path: string, options: { width?: number; js?: boolean; bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.js ?? true,
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  return page;
}

const visibleColumns = (page: Page) =>
  page.$$eval('[data-table="parallelism"] th[data-column]', (ths) =>
    ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.getAttribute('data-column')),
  );

describe('<matrix-filter> on /compare/', () => {
  it('applies the state in the URL on load: shown frameworks, must-support features, the count', async () => {
    // The report's statuses (?view=report): the expectations below are the report's.
    const page = await open('/compare/?fw=unsloth,deepspeed&must=ddp,moe&view=report');
    await page.waitForSelector('[data-filter-form]:not([hidden])');
    expect(await visibleColumns(page)).toEqual(['unsloth', 'deepspeed']);
    expect(await page.isHidden('td[data-framework="axolotl"][data-feature="ddp"]')).toBe(true);
    expect(await page.isHidden('li#note-parallelism-ddp-llamafactory')).toBe(true);
    expect(await page.isVisible('li#note-parallelism-ddp-unsloth')).toBe(true);
    expect(await page.isChecked('input[name="must"][value="moe"]')).toBe(true);
    expect(await page.isChecked('input[name="fw"][value="axolotl"]')).toBe(false);
    // Unsloth: DDP experimental, MoE partial; DeepSpeed: both full -> both count as supporting.
    expect(await page.textContent('[data-filter-status]')).toBe(
      '2 of 2 frameworks support all selected features: Unsloth, DeepSpeed.',
    );
    expect(await page.$$eval('th[data-meets]', (ths) => ths.map((th) => th.getAttribute('data-column')))).toContain(
      'deepspeed',
    );
    await page.context().close();
  });

  it('updates the URL as the reader changes the form, so the link reproduces the view', async () => {
    const page = await open('/ja/compare/?view=report');
    await page.waitForSelector('[data-filter-form]:not([hidden])');
    await page.click('#filter > summary');
    await page.check('input[name="must"][value="pipeline-parallelism"]');
    expect(new URL(page.url()).search).toBe('?view=report&must=pipeline-parallelism');
    expect(await page.textContent('[data-filter-status]')).toMatch(
      /^選んだ機能すべてに対応しているのは、\d+つのうち1つです：DeepSpeed。$/,
    );
    await page.uncheck('input[name="fw"][value="deepspeed"]');
    const rest = FW.filter((id) => id !== 'deepspeed');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe(
      `?view=report&fw=${rest.join(',')}&must=pipeline-parallelism`,
    );
    expect(await page.textContent('[data-filter-status]')).toBe(
      '選んだ機能すべてに対応するフレームワークはありません。',
    );
    const reopened = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await reopened.waitForSelector('[data-filter-form]:not([hidden])');
    expect(await visibleColumns(reopened)).toEqual(rest);
    await page.click('[data-filter-reset]');
    await page.waitForFunction(() => location.search === '?view=report');
    expect(await visibleColumns(page)).toEqual(FW);
    await page.context().close();
    await reopened.context().close();
  });

  it("turns a row's # link into copy-link with a visible and a spoken confirmation", async () => {
    const page = await open('/compare/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.waitForSelector('[data-filter-form]:not([hidden])');
    await page.focus('tr#moe a.copy-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('heading-link-status')?.textContent !== '');
    expect(await page.textContent('#heading-link-status')).toBe('Link copied to the clipboard');
    expect(await page.getAttribute('tr#moe a.copy-link', 'data-copied')).toBe('Copied');
    expect(await page.evaluate(() => document.querySelector('tr#moe')?.matches(':target'))).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/compare/#moe`);
    expect(new URL(page.url()).hash).toBe('#moe');
    await page.context().close();
  });

  it('shows every table and hides the inert form without JavaScript', async () => {
    const page = await open('/compare/?fw=unsloth', { js: false });
    expect(await page.isHidden('[data-filter-form]')).toBe(true);
    expect(await visibleColumns(page)).toEqual(FW);
    await page.context().close();
  });
});

describe('phones (360 px)', () => {
  for (const path of [
    '/compare/',
    '/ja/compare/',
    '/compare/axolotl-vs-deepspeed/',
    '/ja/features/moe/',
    '/features/',
  ]) {
    it(`${path} does not overflow the page horizontally; wide tables scroll in their region`, async () => {
      const page = await open(path, { width: 360 });
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
      await page.context().close();
    });
  }

  it('keeps the feature column in view while a table scrolls sideways', async () => {
    const page = await open('/compare/', { width: 360 });
    const region = page.locator('[data-table="parallelism"]').locator('xpath=..');
    await region.evaluate((el) => (el.scrollLeft = 400));
    const left = await page.locator('tr#ddp th[scope="row"]').evaluate((th) => th.getBoundingClientRect().left);
    const regionLeft = await region.evaluate((el) => el.getBoundingClientRect().left);
    expect(Math.abs(left - regionLeft)).toBeLessThan(2);
    await page.context().close();
  });
});

// Scoped to <main>: the shared header and footer are checked by the site-wide a11y suite.
describe('accessibility of the page content (axe-core, WCAG 2.2 AA)', () => {
  // Every built page is checked as loaded by the quality suite; this adds the filtered state.
  for (const path of ['/compare/?must=moe']) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${path} in ${scheme} mode has no violations`, async () => {
        const page = await open(path, { bypassCSP: true });
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await axeViolations(page, { include: 'main' });
        expect(violations).toEqual([]);
        await page.context().close();
      });
    }
  }
});
