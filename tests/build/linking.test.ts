// Linking: canonical URLs, hreflang pairs, OpenGraph/Twitter metadata, the sitemap, heading ids
// and their copy links, the 404 pages and the redirects (internal links: links.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BASE_OUT } from '../helpers/builds';
import { SECTIONS } from '../../src/lib/navigation';
import { DIST, isRedirectPage, listPages, loadPage } from '../helpers/dist';

const SITE = 'https://llm-ft-guide.example.org';
const redirects = Object.values(
  parse(readFileSync('content/redirects.yaml', 'utf8')) as Record<string, { from: string; to: string }>,
);
const isNotFound = (path: string) => /(^|\/)404(\.html|\/)$/.test(path);
const pages = listPages().filter((path) => !isRedirectPage(path));
const contentPages = pages.filter((path) => !isNotFound(path));
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

describe('page metadata', () => {
  it('covers every header section in both locales', () => {
    for (const path of SECTIONS.map((section) => section.route)) {
      expect(contentPages).toContain(path);
      expect(contentPages).toContain(`/ja${path}`);
    }
  });

  it.each(contentPages)('%s has a canonical URL and hreflang alternates that point at each other', (path) => {
    const doc = loadPage(path);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBe(`${SITE}${path}`);
    const alternates = Object.fromEntries(
      [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang'),
        l.getAttribute('href'),
      ]),
    );
    expect(Object.keys(alternates).sort()).toEqual(['en', 'ja', 'x-default']);
    expect(alternates['x-default']).toBe(alternates.en);
    const own = doc.documentElement.getAttribute('lang')!;
    expect(alternates[own]).toBe(canonical);
    const twinPath = new URL(alternates[own === 'en' ? 'ja' : 'en']!).pathname;
    const twin = loadPage(twinPath);
    expect(twin.querySelector(`link[rel="alternate"][hreflang="${own}"]`)?.getAttribute('href')).toBe(canonical);
    expect(twin.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      alternates[own === 'en' ? 'ja' : 'en'],
    );
  });

  it.each(pages)('%s has OpenGraph and Twitter tags with absolute URLs', (path) => {
    const doc = loadPage(path);
    const lang = doc.documentElement.getAttribute('lang');
    expect(meta(doc, 'og:title')).toBe(doc.querySelector('title')?.textContent);
    expect(meta(doc, 'og:description')).toBe(meta(doc, 'description'));
    expect(meta(doc, 'og:description')?.length).toBeGreaterThan(10);
    expect(meta(doc, 'og:site_name')).toBeTruthy();
    expect(meta(doc, 'og:locale')).toBe(lang === 'ja' ? 'ja_JP' : 'en_US');
    expect(meta(doc, 'og:locale:alternate')).toBe(lang === 'ja' ? 'en_US' : 'ja_JP');
    if (!isNotFound(path)) expect(meta(doc, 'og:url')).toBe(`${SITE}${path}`);
    expect(meta(doc, 'og:image')).toBe(`${SITE}/og-image.png`);
    expect(meta(doc, 'og:image:alt')).toBeTruthy();
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(meta(doc, 'twitter:title')).toBe(meta(doc, 'og:title'));
    expect(meta(doc, 'twitter:image')).toBe(meta(doc, 'og:image'));
  });

  it('ships the OpenGraph image as a 1200x630 PNG', () => {
    const png = readFileSync(join(DIST, 'og-image.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('sitemap', () => {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(m[1]!)![1]!,
    alternates: Object.fromEntries([...m[1]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => [a[1], a[2]])),
  }));

  it('lists every built page except the 404 pages and redirects, and nothing else', () => {
    expect(urls.map((u) => u.loc).sort()).toEqual(contentPages.map((p) => `${SITE}${p}`).sort());
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
  });

  it('lists both language versions of every page', () => {
    for (const url of urls) {
      const path = new URL(url.loc).pathname;
      const route = path.startsWith('/ja/') ? path.slice(3) : path;
      expect(url.alternates).toEqual({ en: `${SITE}${route}`, ja: `${SITE}/ja${route}` });
    }
  });
});

describe('headings', () => {
  // The search page has only its h1 until results arrive in the browser.
  it.each(pages.filter((p) => !/\/search\/$/.test(p)))(
    '%s: every h2 and h3 in main has a unique id and a copy link',
    (path) => {
      const doc = loadPage(path);
      // Headings inside hidden widgets (the flowchart's step-by-step panels) are not link targets.
      const headings = [...doc.querySelectorAll('main h2, main h3')].filter((h) => !h.closest('[hidden]'));
      expect(headings.length).toBeGreaterThan(0);
      const ids = headings.map((h) => h.getAttribute('id'));
      expect(ids.every(Boolean)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      expect(doc.querySelectorAll('[id]').length).toBe(
        new Set([...doc.querySelectorAll('[id]')].map((e) => e.id)).size,
      );
      for (const heading of headings) {
        const anchor = heading.nextElementSibling;
        expect(anchor?.matches(`a.heading-link[href="#${heading.id}"]`), `${path} #${heading.id}`).toBe(true);
        const label =
          doc.documentElement.getAttribute('lang') === 'ja' ? 'このセクションへのリンク：' : 'Link to section: ';
        expect(anchor!.textContent).toBe(`#${label}${heading.textContent!.trim()}`);
      }
    },
  );

  it('gives MDX headings ids and copy links too', () => {
    const doc = loadPage('/guides/startups/');
    expect(doc.querySelector('.prose h2#getting-started')?.textContent).toBe('Getting started');
    expect(doc.querySelector('.prose a.heading-link[href="#getting-started"]')).toBeTruthy();
  });
});

describe('404 pages', () => {
  it('are served at /404.html (English) and /ja/404/ (Japanese), not indexed, with links to the sections', () => {
    for (const [path, lang] of [
      ['/404.html', 'en'],
      ['/ja/404/', 'ja'],
    ] as const) {
      const doc = loadPage(path);
      expect(doc.documentElement.getAttribute('lang')).toBe(lang);
      expect(meta(doc, 'robots')).toBe('noindex');
      expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
      expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
      const links = [...doc.querySelectorAll('main a:not(.heading-link)')].map((a) => a.getAttribute('href'));
      const prefix = lang === 'ja' ? '/ja' : '';
      expect(links).toEqual(
        expect.arrayContaining([
          `${prefix}/`,
          `${prefix}/frameworks/`,
          `${prefix}/guides/`,
          `${prefix}/integrations/`,
          `${prefix}/about/`,
        ]),
      );
      const form = doc.querySelector('main form[role="search"]');
      expect(form).not.toBeNull();
      if (form) {
        expect(form.getAttribute('action')).toBe(`${prefix}/search/`);
        expect(form.getAttribute('method')).toBe('get');
        expect(form.querySelector('input[name="q"]')).toBeTruthy();
      }
    }
  });
});

describe('redirects', () => {
  it.each(redirects.flatMap((r) => ['', '/ja'].map((prefix) => [`${prefix}${r.from}`, `${prefix}${r.to}`])))(
    '%s redirects to %s, which is built',
    (from, to) => {
      const doc = loadPage(from);
      expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0;url=${to}`);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${to}`);
      expect(pages).toContain(to);
    },
  );
});

describe('under a base path', () => {
  const out = join(process.cwd(), BASE_OUT);
  const read = (path: string) => parseHTML(readFileSync(join(out, path), 'utf8')).document as unknown as Document;

  it('builds canonical, hreflang, OpenGraph and redirect URLs under the base', () => {
    const doc = read('ja/guides/moe/index.html');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://docs.example.com/llm-ft/ja/guides/moe/',
    );
    expect(doc.querySelector('link[hreflang="en"]')?.getAttribute('href')).toBe(
      'https://docs.example.com/llm-ft/guides/moe/',
    );
    expect(meta(doc, 'og:image')).toBe('https://docs.example.com/llm-ft/og-image.png');
    expect(doc.querySelector('a[data-framework-link="deepspeed"]')?.getAttribute('href')).toBe(
      '/llm-ft/ja/frameworks/deepspeed/',
    );
    expect(read('ja/framework/index.html').querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      '0;url=/llm-ft/ja/frameworks/',
    );
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://docs.example.com/llm-ft/ja/about/</loc>');
    expect(sitemap).not.toContain('/framework/<');
  });
});
