// Search in a real browser: the header dialog by keyboard, the /search/ page with deep links and
// filters, Japanese, no JavaScript, and a build under a base path. Needs `npm run build` first.
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir } from './static-server';
import { axeViolations, launchBrowser } from './helpers/browser';
import { BASE_OUT } from '../helpers/builds';

const DIST = join(process.cwd(), 'dist');
const BASE_DIST = join(process.cwd(), BASE_OUT);
let browser: Browser;
let server: Server;
let origin: string;
let mount: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'pagefind'))) throw new Error('run `npm run build` before the browser tests');
  if (!existsSync(join(BASE_DIST, 'pagefind')))
    throw new Error(`run the browser tests without SKIP_BUILD=1 to build ${BASE_OUT}/`);
  // One server: dist/ at the root, the base-path build at /llm-ft/ (a symlink in a temporary root).
  mount = mkdtempSync(join(tmpdir(), 'search-e2e-'));
  symlinkSync(BASE_DIST, join(mount, 'llm-ft'));
  ({ server, url: origin } = await serveDir(DIST));
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (mount) rmSync(mount, { recursive: true, force: true });
});

// `bypassCSP` only for the axe checks: axe is injected as an inline script, which the site's CSP refuses.
async function open(
  path: string,
  options: { javaScriptEnabled?: boolean; at?: string; bypassCSP?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  await page.goto(`${options.at ?? origin}${path}`);
  return page;
}

// Pagefind's files load on first use; on a busy machine that takes more than poll's default second.
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id ?? '');

describe('the search dialog', () => {
  it('opens with /, finds DeepSpeed, moves with arrows and follows a result with Enter', async () => {
    const page = await open('/');
    await page.keyboard.press('/');
    const dialog = page.locator('search-trigger dialog');
    await poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await focused(page)).toBe('search-dialog-input');
    await page.keyboard.type('DeepSpeed');
    const first = dialog.locator('[data-results] a.search-hit').first();
    await poll(() => first.getAttribute('href')).toBe('/frameworks/deepspeed/');
    expect(await dialog.locator('[data-results] mark').count()).toBeGreaterThan(0);
    await poll(() => dialog.locator('[data-status]').textContent()).toMatch(/results? for “DeepSpeed”/);

    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('/frameworks/deepspeed/');
    await page.keyboard.press('ArrowDown');
    const second = await focused(page);
    expect(second).toMatch(/^\/frameworks\/deepspeed\/#/);
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('/frameworks/deepspeed/');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('search-dialog-input');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(`${origin}/frameworks/deepspeed/`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('DeepSpeed');
    await page.context().close();
  });

  it('opens with Ctrl+K and Cmd+K, traps focus, closes with Escape and returns focus to the trigger', async () => {
    const page = await open('/frameworks/');
    const dialog = page.locator('search-trigger dialog');
    const isOpen = () => dialog.evaluate((d: HTMLDialogElement) => d.open);
    await page.keyboard.press('Control+k');
    await poll(isOpen).toBe(true);
    await page.keyboard.type('LoRA');
    await page.keyboard.press('Escape');
    await poll(isOpen).toBe(false);
    await page.keyboard.press('Meta+k');
    await poll(isOpen).toBe(true);
    await page.keyboard.press('Escape');

    const trigger = page.locator('search-trigger > a');
    expect(await trigger.getAttribute('role')).toBe('button');
    expect(await trigger.getAttribute('aria-haspopup')).toBe('dialog');
    await trigger.focus();
    await page.keyboard.press('Space');
    await poll(isOpen).toBe(true);
    await page.keyboard.press('Escape');
    await poll(isOpen).toBe(false);
    await trigger.focus();
    await page.keyboard.press('Enter');
    await poll(isOpen).toBe(true);
    // The page behind a modal dialog is inert: Tab reaches the dialog's controls (and the browser's
    // own UI, which a native modal allows), never a link or field of the page.
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return !el || el === document.body
          ? 'browser'
          : el.closest('dialog')
            ? `dialog:${el.tagName}`
            : `page:${el.tagName}`;
      });
      expect(where).not.toMatch(/^page:/);
      reached.add(where);
    }
    expect(reached).toContain('dialog:INPUT');
    expect(reached).toContain('dialog:BUTTON');
    await page.keyboard.press('Escape');
    await poll(isOpen).toBe(false);
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('search-trigger') !== null && document.activeElement?.tagName,
      ),
    ).toBe('A');
    await page.context().close();
  });

  it('searches the Japanese index on Japanese pages', async () => {
    const page = await open('/ja/');
    await page.keyboard.press('/');
    await page.keyboard.type('パイプライン並列');
    const links = page.locator('search-trigger [data-results] a.search-hit');
    await poll(() => links.count())
      .toBeGreaterThan(0)
      .catch(async (e) => {
        throw new Error(
          `${e} status=${await page.locator('search-trigger [data-status]').textContent()} value=${await page.inputValue('#search-dialog-input')}`,
        );
      });
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/ja\//);
    // Enter in the field submits the dialog's GET form: every result on the search page.
    await Promise.all([page.waitForURL(/\/ja\/search\/\?q=/), page.keyboard.press('Enter')]);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=パイプライン並列');
    await poll(() => page.locator('search-page [data-results] a.search-hit').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('the search page', () => {
  it('runs the ?q= deep link, and keeps the query and filters in the URL', async () => {
    const page = await open('/search/?q=DeepSpeed');
    const results = page.locator('search-page [data-results] > li');
    await poll(() => results.count()).toBeGreaterThan(2);
    expect(await page.inputValue('#search-page-input')).toBe('DeepSpeed');
    await page.getByLabel('Framework', { exact: true }).check();
    const unfiltered = await results.count();
    await poll(() => new URL(page.url()).search).toBe('?q=DeepSpeed&type=framework');
    await poll(() => results.count()).toBeLessThan(unfiltered);
    expect(await results.count()).toBeGreaterThan(0);
    const badges = results.locator('[data-type]');
    expect(await badges.count()).toBe(await results.count());
    for (const label of await badges.allTextContents()) expect(label).toBe('Framework');
    for (const type of await badges.evaluateAll((els) => els.map((e) => e.getAttribute('data-type'))))
      expect(type).toBe('framework');
    await page.fill('#search-page-input', 'ZeRO-3');
    await poll(() => new URL(page.url()).search).toBe('?q=ZeRO-3&type=framework');
    await poll(() => page.locator('search-page [data-results] a.search-hit').first().getAttribute('href')).toBe(
      '/frameworks/deepspeed/',
    );
    await page.context().close();
  });

  it('without JavaScript shows a plain GET form and says search needs JavaScript', async () => {
    const page = await open('/search/?q=DeepSpeed', { javaScriptEnabled: false });
    expect(await page.locator('main').textContent()).toContain('needs JavaScript');
    expect(await page.locator('search-page form').getAttribute('method')).toBe('get');
    expect(await page.locator('search-trigger > a').getAttribute('href')).toBe('/search/');
    await page.context().close();
  });
});

describe('excerpts', () => {
  // Queries whose excerpts used to show glued table cells ("Combinationdp_replicatedp_shard...") or
  // escaped markup ("content/evidence/&lt;framework&gt;.yaml"); one renderer serves the dialog and the page.
  const queries = ['dp_shard', 'content/evidence', 'tp_size', 'ZeRO-3'];
  const bad = /&(lt|gt|amp|quot|#\d+);|Combinationdp_replicate|dp_replicatedp_shard|Report[◐✓✕?]?(Partial|Full|None)/;

  async function excerpts(page: Page, scope: string): Promise<string[]> {
    const items = page.locator(`${scope} [data-results] > li > p`);
    await poll(() => items.count()).toBeGreaterThan(0);
    return items.allTextContents();
  }

  it('read as text in the dialog and on /search/, with only <mark> as markup', async () => {
    const page = await open('/');
    for (const q of queries) {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
      for (const text of await excerpts(page, 'search-page')) expect(text, q).not.toMatch(bad);
      const tags = await page
        .locator('search-page [data-results] > li > p *')
        .evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
      expect(
        tags.filter((t) => t !== 'MARK'),
        q,
      ).toEqual([]);
    }
    await page.goto(`${origin}/search/?q=content%2Fevidence`);
    expect((await excerpts(page, 'search-page')).join(' ')).toContain('content/evidence/<framework>.yaml');

    await page.goto(`${origin}/frameworks/`);
    await page.keyboard.press('/');
    for (const q of queries) {
      await page.fill('#search-dialog-input', q);
      await poll(() => page.locator('search-trigger [data-status]').textContent()).toContain(q);
      for (const text of await excerpts(page, 'search-trigger')) expect(text, q).not.toMatch(bad);
    }
    await page.context().close();
  });

  it('puts the page a query names first: LlamaBoard leads to LlamaFactory, in both languages', async () => {
    for (const [path, href] of [
      ['/search/?q=LlamaBoard', '/frameworks/llamafactory/'],
      ['/ja/search/?q=LlamaBoard', '/ja/frameworks/llamafactory/'],
    ]) {
      const page = await open(path!);
      await poll(() => page.locator('search-page [data-results] a.search-hit').first().getAttribute('href')).toBe(href);
      await page.context().close();
    }
  });
});

describe('accessibility', () => {
  const violations = (page: Page) => axeViolations(page);

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations (WCAG 2.2 AA) in ${scheme} mode: results page and open dialog`, async () => {
      const page = await open('/', { bypassCSP: true });
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/search/?q=DeepSpeed', '/ja/search/?q=%E4%B8%A6%E5%88%97&type=framework']) {
        await page.goto(origin + path);
        await poll(() => page.locator('search-page [data-results] mark').count()).toBeGreaterThan(0);
        expect(await violations(page), path).toEqual([]);
      }
      await page.goto(`${origin}/frameworks/`);
      await page.keyboard.press('/');
      await page.keyboard.type('ZeRO-3');
      await poll(() => page.locator('search-trigger [data-results] mark').count()).toBeGreaterThan(0);
      expect(await violations(page), 'dialog').toEqual([]);
      await page.context().close();
    });
  }
});

describe('without an index (as under astro dev)', () => {
  it('says that the index is missing instead of failing silently', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'search-e2e-noindex-'));
    for (const name of readdirSync(DIST)) if (name !== 'pagefind') symlinkSync(join(DIST, name), join(bare, name));
    const { server: bareServer, url } = await serveDir(bare);
    try {
      const page = await open('/search/?q=DeepSpeed', { at: url });
      await poll(() => page.locator('search-page [data-status]').textContent()).toMatch(
        /search index is not available/,
      );
      await page.context().close();
    } finally {
      bareServer.close();
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

describe('under a base path', () => {
  it('loads the index from /llm-ft/pagefind/ and links results under the base', async () => {
    const { server: baseServer, url } = await serveDir(mount);
    try {
      const page = await open('/llm-ft/search/?q=DeepSpeed', { at: url });
      const first = page.locator('search-page [data-results] a.search-hit').first();
      await poll(() => first.getAttribute('href')).toBe('/llm-ft/frameworks/deepspeed/');
      await page.context().close();
    } finally {
      baseServer.close();
    }
  });
});
