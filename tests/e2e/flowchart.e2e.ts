// Walks the step-by-step flowchart by keyboard in Chromium, against the built site (run `npm run build` first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { serveDir } from './static-server';
import { axeViolations, launchBrowser } from './helpers/browser';

let browser: Browser;
let server: Server;
let base = '';

beforeAll(async () => {
  ({ server, url: base } = await serveDir('dist'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Presses Tab until the focused element matches `selector` (fails after 40 presses). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Answers the current question by keyboard: Tab to the answer button that leads to `next`, then Enter. */
async function answer(page: Page, next: string) {
  await tabTo(page, `[data-step]:not([hidden]) button[data-next="${next}"]`);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(`step-${next}`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const state = (page: Page, node: string) => page.getAttribute(`svg [data-node="${node}"]`, 'data-state');

describe('the step-by-step flowchart', () => {
  it('leads to Unsloth by keyboard, with the answer in the URL and the path highlighted', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${base}/choose/`);
    expect(await page.isVisible('[data-wizard]')).toBe(true);
    expect(await page.isVisible('[data-step="single-gpu"]')).toBe(true);
    await answer(page, 'use-unsloth');
    expect(new URL(page.url()).search).toBe('?path=use-unsloth');
    expect(await focusedText(page)).toContain('Unsloth');
    expect(await page.textContent('[data-live]')).toContain('Unsloth');
    const card = page.locator('[data-step="use-unsloth"]');
    expect(await card.textContent()).toContain('The fastest option and the leanest on memory.');
    expect(await card.locator('a[href="/frameworks/unsloth/"]').count()).toBe(1);
    expect(await state(page, 'use-unsloth')).toBe('current');
    expect(await state(page, 'single-gpu')).toBe('visited');
    expect(await page.getAttribute('path[data-edge="single-gpu>use-unsloth"]', 'data-taken')).toBe('');
    await page.close();
  });

  it('leads to DeepSpeed by keyboard through four questions, goes Back, and restores the path from the URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/ja/choose/`);
    await answer(page, 'gui');
    await answer(page, 'complex-parallelism');
    await answer(page, 'parallelism-kind');
    await answer(page, 'use-deepspeed-pipeline');
    expect(new URL(page.url()).search).toBe('?path=gui.complex-parallelism.parallelism-kind.use-deepspeed-pipeline');
    expect(await focusedText(page)).toContain('DeepSpeedのみ');
    expect(await page.locator('[data-step="use-deepspeed-pipeline"] a[href="/ja/frameworks/deepspeed/"]').count()).toBe(
      1,
    );
    expect(await page.getAttribute('path[data-edge="parallelism-kind>use-deepspeed-pipeline"]', 'data-taken')).toBe('');
    expect(await page.getAttribute('path[data-edge="single-gpu>use-unsloth"]', 'data-taken')).toBeNull();

    await tabTo(page, 'button[data-back]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-parallelism-kind');
    expect(new URL(page.url()).search).toBe('?path=gui.complex-parallelism.parallelism-kind');

    await page.reload();
    expect(await page.isVisible('[data-step="parallelism-kind"]')).toBe(true);
    expect(await state(page, 'parallelism-kind')).toBe('current');
    await page.goBack();
    expect(await page.isVisible('[data-step="use-deepspeed-pipeline"]')).toBe(true);
    await page.close();
  });

  it('jumps to a question when its node or an answer label is clicked in the SVG, and ignores a bad path', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/choose/?path=gui.nonsense`);
    expect(await page.isVisible('[data-step="gui"]')).toBe(true);
    await page.click('svg [data-node="moe"]');
    expect(new URL(page.url()).search).toBe('?path=gui.complex-parallelism.moe');
    expect(await page.isVisible('[data-step="moe"]')).toBe(true);
    await page.click('svg [data-edge-label="model-size>use-deepspeed-scale"]');
    expect(await page.isVisible('[data-step="use-deepspeed-scale"]')).toBe(true);
    await tabTo(page, 'button[data-restart]');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-single-gpu');
    await page.close();
  });

  it("without JavaScript shows the chart and the list, no wizard, and the chart's links work by keyboard", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/choose/`);
    expect(await page.isVisible('[data-wizard]')).toBe(false);
    expect(await page.isVisible('svg.fc')).toBe(true);
    expect(await page.isVisible('#node-use-deepspeed-pipeline')).toBe(true);
    await tabTo(page, '.fc-scroll');
    await tabTo(page, 'svg a[data-node="use-unsloth"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/frameworks/unsloth/`);
    await context.close();
  });

  it('shows the answers given as a trail; a crumb goes back to its question, and the result carries its notices', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${base}/choose/?path=gui.complex-parallelism.parallelism-kind.use-deepspeed-pipeline`);
    const crumbs = () =>
      page.$$eval('[data-trail] li[data-crumb]:not([hidden])', (lis) => lis.map((li) => li.getAttribute('data-crumb')));
    expect(await crumbs()).toEqual([
      'single-gpu>gui',
      'gui>complex-parallelism',
      'complex-parallelism>parallelism-kind',
      'parallelism-kind>use-deepspeed-pipeline',
    ]);
    expect(await page.getAttribute('[data-crumb="gui>complex-parallelism"] a', 'href')).toBe('/choose/?path=gui');
    // Server-rendered notices of the result's basis, in the wizard's panel.
    const notices = await page.$$eval('[data-step="use-deepspeed-pipeline"] [data-notice]', (lis) =>
      lis.map((li) => li.getAttribute('data-notice')),
    );
    const listed = await page.$$eval('#node-use-deepspeed-pipeline [data-notice]', (lis) =>
      lis.map((li) => li.getAttribute('data-notice')),
    );
    expect(notices).toEqual(listed);
    if (notices.length) expect(await page.isVisible('[data-step="use-deepspeed-pipeline"] [data-notice]')).toBe(true);

    await tabTo(page, '[data-crumb="gui>complex-parallelism"] a');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).search).toBe('?path=gui');
    expect(await page.isVisible('[data-step="complex-parallelism"]')).toBe(false);
    expect(await page.isVisible('[data-step="gui"]')).toBe(true);
    expect(await crumbs()).toEqual(['single-gpu>gui']);
    await page.goBack();
    expect(await crumbs()).toHaveLength(4);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations (WCAG 2.2 AA) in ${scheme} mode, before and after answering`, async () => {
      // axe is injected as an inline script, which the site's CSP refuses: only this page bypasses it.
      const page = await browser.newPage({ bypassCSP: true });
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of [
        '/choose/',
        '/ja/choose/?path=gui.complex-parallelism.parallelism-kind.use-axolotl-or-deepspeed-3d',
      ]) {
        await page.goto(base + path);
        expect(await axeViolations(page), path).toEqual([]);
      }
      await page.close();
    });
  }
});
