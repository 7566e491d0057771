// Quality gates in a real browser over EVERY built page (discovered from dist/), in both locales:
// axe-core WCAG 2.2 AA in light and dark (system setting and the toggle's data-theme), no console
// errors (CSP violations included) or failed requests, keyboard flows of the page shell, complete
// content without JavaScript, and no horizontal overflow at 360 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { isRedirectPage, listPages } from '../helpers/dist';
import { axeViolations, openSite, watchProblems, type Site } from './helpers/browser';

// Astro's redirect stubs forward at once (meta refresh), which would navigate a shared page away
// from under the next test; the pages they lead to are checked themselves.
const pages = listPages().filter((path) => !isRedirectPage(path));
/** Controls that only exist once JavaScript runs (they enhance content that is complete without it). */
const ENHANCEMENTS = 'view-switch, [data-filter-form], [data-wizard], theme-toggle, copy-code button';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

// The colours are light-dark() pairs picked by `color-scheme`, which the system setting and the
// toggle's data-theme set alike: the site renders exactly two themes (the test below shows that the
// toggle and the system setting give the same colours), so axe runs once in each. The dark run goes
// through the toggle, the light one through the system setting, so both paths are exercised.
const THEMES: { name: string; options: BrowserContextOptions; stored?: 'light' | 'dark' }[] = [
  { name: 'light (system)', options: { colorScheme: 'light' } },
  { name: 'dark (toggle data-theme)', options: { colorScheme: 'light' }, stored: 'dark' },
];

it.each(['light', 'dark'] as const)(
  'the toggle and the system setting render %s mode with the same colours',
  async (theme) => {
    const colours = async (options: BrowserContextOptions, stored?: string) => {
      const page = await site.newPage(options);
      if (stored) await page.addInitScript((t) => localStorage.setItem('theme', t), stored);
      await page.goto(site.url('/compare/'));
      const result = await page.evaluate(() =>
        [...document.querySelectorAll('body, header, main a, [data-status], th, code')].slice(0, 200).map((el) => {
          const style = getComputedStyle(el);
          return `${style.color} ${style.backgroundColor} ${style.borderTopColor}`;
        }),
      );
      await page.context().close();
      return result;
    };
    const other = theme === 'light' ? 'dark' : 'light';
    expect(await colours({ colorScheme: other }, theme)).toEqual(await colours({ colorScheme: theme }));
  },
);

it('discovers the built pages in both locales', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/ja/');
  expect(pages.filter((p) => p.startsWith('/ja/')).length).toBe(pages.filter((p) => !p.startsWith('/ja/')).length);
});

describe.each(THEMES)('axe-core WCAG 2.2 AA, $name', ({ options, stored }) => {
  let page: Page;
  beforeAll(async () => {
    // axe is injected as an inline script: this context alone bypasses the CSP to allow that (the
    // CSP itself is exercised by the console checks below, which do not bypass it).
    page = await site.newPage({ ...options, bypassCSP: true });
    if (stored) await page.addInitScript((theme) => localStorage.setItem('theme', theme), stored);
  });

  it.each(pages)('%s has zero violations', async (path) => {
    await page.goto(site.url(path));
    if (stored) expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(stored);
    const violations = await axeViolations(page);
    if (violations.length) console.error(`axe violations on ${path}:\n  ${violations.join('\n  ')}`);
    expect(violations).toEqual([]);
  });
});

describe.each([
  { name: 'light', options: { colorScheme: 'light' } as BrowserContextOptions },
  { name: 'dark via toggle', options: { colorScheme: 'light' } as BrowserContextOptions, stored: 'dark' },
])('no console errors, CSP violations or failed requests ($name)', ({ options, stored }) => {
  it.each(pages)('%s loads cleanly under the CSP', async (path) => {
    const page = await site.newPage(options);
    if (stored) await page.addInitScript((theme) => localStorage.setItem('theme', theme), stored);
    const { problems } = watchProblems(page);
    await page.goto(site.url(path), { waitUntil: 'networkidle' });
    // The CSP is really in force (not bypassed): an inline script without a hash is refused.
    const inlineRan = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    if (stored) expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(stored);
    const expected = problems.filter((p) => !p.includes('Content Security Policy') || !p.includes("'unsafe-inline'"));
    // The probe above causes exactly one expected CSP report; everything else is a failure.
    expect(problems.length - expected.length).toBe(1);
    expect(expected).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript the content is complete', () => {
  let withJs: Page;
  let withoutJs: Page;
  beforeAll(async () => {
    withJs = await site.newPage();
    withoutJs = await site.newPage({ javaScriptEnabled: false });
  });

  it.each(pages)('%s has the same main text and tables', async (path) => {
    const measure = async (page: Page) => {
      await page.goto(site.url(path));
      return page.evaluate((enhancements) => {
        const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
        for (const control of main.querySelectorAll(enhancements)) control.remove();
        document.body.append(main);
        const text = main.innerText.replace(/\s+/g, ' ').trim().length;
        main.remove();
        return { text, tables: main.querySelectorAll('table').length };
      }, ENHANCEMENTS);
    };
    const js = await measure(withJs);
    const noJs = await measure(withoutJs);
    expect(noJs.text).toBeGreaterThan(0);
    expect(noJs.text).toBeGreaterThanOrEqual(js.text);
    expect(noJs.tables).toBe(js.tables);
  });
});

describe('360 px wide', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.newPage({ viewport: { width: 360, height: 740 } });
  });

  it.each(pages)('%s does not overflow horizontally', async (path) => {
    await page.goto(site.url(path));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
});

describe('keyboard flows of the page shell', () => {
  /** Presses Tab until `predicate` holds for the focused element; returns whether it did. */
  async function tabUntil(page: Page, predicate: () => boolean, max = 60): Promise<boolean> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(predicate)) return true;
    }
    return false;
  }
  const inMain = () => document.activeElement?.closest('main') != null;
  const onThemeToggle = () => document.activeElement?.closest('theme-toggle') != null;
  const onLanguageSwitch = () => document.activeElement?.matches('a[hreflang]') === true;

  it.each(['/', '/ja/frameworks/unsloth/'])(
    'the skip link is the first stop and moves focus to main (%s)',
    async (path) => {
      const page = await site.newPage();
      const { problems } = watchProblems(page);
      await page.goto(site.url(path));
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => ({
        href: document.activeElement?.getAttribute('href'),
        visible: (document.activeElement as HTMLElement).getBoundingClientRect().width > 1,
      }));
      expect(first).toEqual({ href: '#main', visible: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The next Tab continues inside main.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
      expect(problems).toEqual([]);
    },
  );

  it.each(pages)('Tab order reaches the main content (%s)', async (path) => {
    const page = await site.newPage();
    await page.goto(site.url(path));
    const reached = await tabUntil(page, inMain);
    await page.context().close();
    expect(reached).toBe(true);
  });

  it.each(['/', '/ja/'])('the theme toggle works by keyboard and the choice persists (%s)', async (path) => {
    const page = await site.newPage({ colorScheme: 'light' });
    const { problems } = watchProblems(page);
    await page.goto(site.url(path));
    expect(await tabUntil(page, onThemeToggle)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('false');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);
    // Space toggles back.
    expect(await tabUntil(page, onThemeToggle)).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.goto(site.url(path === '/' ? '/frameworks/' : '/ja/frameworks/'));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(problems).toEqual([]);
  });

  it.each(pages)('the language switch goes to the twin page (%s)', async (path) => {
    const page = await site.newPage();
    await page.goto(site.url(path));
    const lang = await page.evaluate(() => document.documentElement.lang);
    expect(await tabUntil(page, onLanguageSwitch)).toBe(true);
    await Promise.all([page.waitForURL((u) => u.href !== site.url(path)), page.keyboard.press('Enter')]);
    // A 404 page has no twin of its own: its switch leads to the other language's home page.
    const notFound = /404/.test(path);
    const twin = notFound
      ? lang === 'ja'
        ? '/'
        : '/ja/'
      : lang === 'ja'
        ? path.replace(/^\/ja\//, '/')
        : `/ja${path}`;
    expect(new URL(page.url()).pathname).toBe(twin);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'ja' ? 'en' : 'ja');
    await page.context().close();
  });
});
