// The "as in the report" / "with newer evidence" switch in a real browser: URL state both ways.
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

const newerLink = '[data-framework="deepspeed"][data-feature="context-parallelism"] .current-status';

describe('<evidence-view>', () => {
  for (const path of ['/compare/', '/ja/features/context-parallelism/']) {
    it(`${path}: shows both statuses by default and only the report's with ?view=report`, async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}${path}`);
      await page.waitForSelector('evidence-view:not([hidden])');
      expect(await page.isVisible(newerLink)).toBe(true);

      await page.check('input[name="evidence-view"][value="report"]');
      expect(await page.isVisible(newerLink)).toBe(false);
      expect(new URL(page.url()).searchParams.get('view')).toBe('report');
      // The report's status stays on the cell in both views.
      expect(await page.getAttribute('[data-framework="deepspeed"][data-feature="context-parallelism"]', 'data-status')).toBe('none');

      await page.reload();
      expect(await page.isChecked('input[name="evidence-view"][value="report"]')).toBe(true);
      expect(await page.isVisible(newerLink)).toBe(false);

      await page.keyboard.press('Tab');
      await page.focus('input[name="evidence-view"][value="report"]');
      await page.keyboard.press('ArrowUp');
      expect(await page.isChecked('input[name="evidence-view"][value="current"]')).toBe(true);
      expect(new URL(page.url()).searchParams.has('view')).toBe(false);
      expect(await page.isVisible(newerLink)).toBe(true);
      await page.close();
    });
  }

  it('is absent without JavaScript, where both statuses show', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/compare/?view=report`);
    expect(await page.isVisible('evidence-view')).toBe(false);
    expect(await page.isVisible(newerLink)).toBe(true);
    await context.close();
  });
});
