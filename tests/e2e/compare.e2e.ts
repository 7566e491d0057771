// The comparison filter and copy links in a real browser, against the built site served from dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

const DIST = join(process.cwd(), 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.xml': 'application/xml' };

let server: Server;
let browser: Browser;
let origin = '';

/** A static file server for dist/ on 127.0.0.1 (a free port). */
function serve(): Promise<Server> {
  const srv = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(DIST, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => srv.listen(0, '127.0.0.1', () => resolve(srv)));
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'compare/index.html'))) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  server = await serve();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
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
  page.$$eval('[data-table="parallelism"] th[data-column]', (ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.getAttribute('data-column')));

describe('<matrix-filter> on /compare/', () => {
  it('applies the state in the URL on load: shown frameworks, must-support features, the count', async () => {
    const page = await open('/compare/?fw=unsloth,deepspeed&must=ddp,moe');
    await page.waitForSelector('[data-filter-form]:not([hidden])');
    expect(await visibleColumns(page)).toEqual(['unsloth', 'deepspeed']);
    expect(await page.isHidden('td[data-framework="axolotl"][data-feature="ddp"]')).toBe(true);
    expect(await page.isHidden('li#note-parallelism-ddp-llamafactory')).toBe(true);
    expect(await page.isVisible('li#note-parallelism-ddp-unsloth')).toBe(true);
    expect(await page.isChecked('input[name="must"][value="moe"]')).toBe(true);
    expect(await page.isChecked('input[name="fw"][value="axolotl"]')).toBe(false);
    // Unsloth: DDP experimental, MoE partial; DeepSpeed: both full -> both count as supporting.
    expect(await page.textContent('[data-filter-status]')).toBe('2 of 2 frameworks support all selected features: Unsloth, DeepSpeed.');
    expect(await page.$$eval('th[data-meets]', (ths) => ths.map((th) => th.getAttribute('data-column')))).toContain('deepspeed');
    await page.context().close();
  });

  it('updates the URL as the reader changes the form, so the link reproduces the view', async () => {
    const page = await open('/ja/compare/');
    await page.waitForSelector('[data-filter-form]:not([hidden])');
    await page.click('#filter > summary');
    await page.check('input[name="must"][value="pipeline-parallelism"]');
    expect(new URL(page.url()).search).toBe('?must=pipeline-parallelism');
    expect(await page.textContent('[data-filter-status]')).toBe('選んだ機能すべてに対応しているのは、4つのうち1つです：DeepSpeed。');
    await page.uncheck('input[name="fw"][value="deepspeed"]');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?fw=unsloth,axolotl,llamafactory&must=pipeline-parallelism');
    expect(await page.textContent('[data-filter-status]')).toBe('選んだ機能すべてに対応するフレームワークはありません。');
    const reopened = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await reopened.waitForSelector('[data-filter-form]:not([hidden])');
    expect(await visibleColumns(reopened)).toEqual(['unsloth', 'axolotl', 'llamafactory']);
    await page.click('[data-filter-reset]');
    await page.waitForFunction(() => location.search === '');
    expect(await visibleColumns(page)).toEqual(['unsloth', 'axolotl', 'llamafactory', 'deepspeed']);
    await page.context().close();
    await reopened.context().close();
  });

  it('turns a row\'s # link into copy-link with a visible and a spoken confirmation', async () => {
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
    expect(await visibleColumns(page)).toEqual(['unsloth', 'axolotl', 'llamafactory', 'deepspeed']);
    await page.context().close();
  });
});

describe('phones (360 px)', () => {
  for (const path of ['/compare/', '/ja/compare/', '/compare/axolotl-vs-deepspeed/', '/ja/features/moe/', '/features/']) {
    it(`${path} does not overflow the page horizontally; wide tables scroll in their region`, async () => {
      const page = await open(path, { width: 360 });
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
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
  const axeSource = readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');
  for (const path of ['/compare/?must=moe', '/ja/compare/', '/compare/deepspeed-vs-unsloth/', '/features/', '/ja/features/tensor-parallelism/']) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${path} in ${scheme} mode has no violations`, async () => {
        const page = await open(path, { bypassCSP: true });
        await page.emulateMedia({ colorScheme: scheme });
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run({ include: ['main'] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(violations).toEqual([]);
        await page.context().close();
      });
    }
  }
});
