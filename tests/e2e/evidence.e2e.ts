// The "today" / "as in the report" switch in a real browser: URL state both ways, keyboard, no JS.
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveDir } from './static-server';
import { launchBrowser } from './helpers/browser';

let browser: Browser;
let server: Server;
let origin = '';

beforeAll(async () => {
  ({ server, url: origin } = await serveDir(join(process.cwd(), 'dist')));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const cell = '[data-framework="deepspeed"][data-feature="context-parallelism"]';
const todayBadge = `${cell} .status.only-today`;
const reportBadge = `${cell} .status.only-report`;

describe('<view-switch>', () => {
  for (const path of ['/compare/', '/ja/features/context-parallelism/']) {
    it(`${path}: today's status by default, the report's with ?view=report, kept on reload`, async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}${path}`);
      await page.waitForSelector('view-switch input');
      expect(await page.isVisible(todayBadge)).toBe(true);
      expect(await page.isVisible(reportBadge)).toBe(false);

      await page.check('input[name="layer-view"][value="report"]');
      expect(await page.isVisible(todayBadge)).toBe(false);
      expect(await page.isVisible(reportBadge)).toBe(true);
      expect(new URL(page.url()).searchParams.get('view')).toBe('report');
      // The report's status stays on the cell in both views.
      expect(await page.getAttribute(cell, 'data-status')).toBe('none');

      await page.reload();
      expect(await page.isChecked('input[name="layer-view"][value="report"]')).toBe(true);
      expect(await page.isVisible(reportBadge)).toBe(true);

      await page.focus('input[name="layer-view"][value="report"]');
      await page.keyboard.press('ArrowUp');
      expect(await page.isChecked('input[name="layer-view"][value="today"]')).toBe(true);
      expect(new URL(page.url()).searchParams.has('view')).toBe(false);
      expect(await page.isVisible(todayBadge)).toBe(true);
      await page.close();
    });
  }

  it('is absent without JavaScript, where the today view shows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/compare/?view=report`);
    expect(await page.isVisible('view-switch')).toBe(false);
    expect(await page.isVisible(todayBadge)).toBe(true);
    expect(await page.isVisible(reportBadge)).toBe(false);
    await context.close();
  });
});
