// The one browser launcher of the tests: Debian's Chromium driven by playwright-core, and the built
// site (dist/ by default) served by the one static server on a free 127.0.0.1 port. Any `tests/e2e/*.e2e.ts` file can use it:
//
//   const site = await openSite();           // in beforeAll
//   const page = await site.newPage();       // a fresh context (options: colorScheme, javaScriptEnabled…)
//   await page.goto(site.url('/ja/'));
//   await site.close();                      // in afterAll
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../helpers/serve.ts';

export { axeViolations, AXE_TAGS } from './axe.ts';

/** Where Chromium lives; override with CHROMIUM_PATH. Installed by `apt-get install -y chromium`. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` ` +
        '(or set CHROMIUM_PATH). The e2e tests never download a browser.',
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface Site {
  browser: Browser;
  server: StaticServer;
  /** The absolute URL of a site path such as `/ja/frameworks/unsloth/`. */
  url(path: string): string;
  /** A new page in a new context (each context has its own storage). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Launches Chromium and serves a built folder (relative to the project root) at `base`. */
export async function openSite(folder = 'dist', base = '/'): Promise<Site> {
  const root = join(process.cwd(), folder);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${folder}/ is not built: run \`npm run build\` first`);
  const server = await serveStatic(root, base);
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const newContext = async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    contexts.push(context);
    return context;
  };
  return {
    browser,
    server,
    url: (path) => new URL(path.replace(/^\//, ''), server.url).href,
    newContext,
    newPage: async (options) => (await newContext(options)).newPage(),
    close: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

/** Problems a page reports while it is used: console errors (CSP violations included), uncaught
 * exceptions, failed requests and HTTP errors. Read `problems` after the actions. */
export function watchProblems(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught ${err.name} on ${page.url()}: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? '?'})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { problems };
}
