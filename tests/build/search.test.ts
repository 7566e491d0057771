// Real queries against the Pagefind index that `npm run build` writes, run with Pagefind's own
// search code (tests/helpers/pagefind.ts), in both languages and under a base path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, listPages, loadPage } from '../helpers/dist';
import { openIndex, query, restoreFetch } from '../helpers/pagefind';
import { BASE_OUT } from '../helpers/builds';
import { PAGE_TYPES } from '../../src/lib/page-types';
import { splitExcerpt } from '../../src/lib/search/excerpt';
import { measureQueryCost } from '../../scripts/search-cost';

afterAll(restoreFetch);

/** Pages rendered by the Base layout (redirect stubs, which only forward, are left out). */
const sitePages = () => listPages().filter((p) => !loadPage(p).querySelector('meta[http-equiv="refresh"]'));
/** Pages that mark content for the index. */
const indexedPages = () => sitePages().filter((p) => loadPage(p).querySelector('[data-pagefind-body]'));

describe('the search index', () => {
  it('is written by the build, one index per language', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ja']);
    const pages = indexedPages();
    expect(pages).toContain('/frameworks/deepspeed/');
    expect(pages).not.toContain('/search/');
    expect(pages).not.toContain('/ja/search/');
    expect(entry.languages.en.page_count).toBe(pages.filter((p) => !p.startsWith('/ja/')).length);
    expect(entry.languages.ja.page_count).toBe(pages.filter((p) => p.startsWith('/ja/')).length);
  });

  it('gives every page a valid type filter and a title, and indexes only <main>', () => {
    for (const path of sitePages()) {
      const doc = loadPage(path);
      const type = doc.querySelector('[data-pagefind-filter="type[content]"]')?.getAttribute('content');
      expect(PAGE_TYPES, path).toContain(type);
      expect(doc.documentElement.getAttribute('data-page-type'), path).toBe(type);
      expect(doc.querySelector('[data-pagefind-meta="title[content]"]')?.getAttribute('content'), path).toBeTruthy();
      const bodies = [...doc.querySelectorAll('[data-pagefind-body]')];
      // <main> only, or nothing at all for pages kept out of search (the search page itself).
      expect(
        bodies.map((b) => b.tagName),
        path,
      ).toEqual(/\/search\/$/.test(path) || bodies.length === 0 ? [] : ['MAIN']);
    }
  });
});

// Ranking expectations: the site has a page per feature and per pair of frameworks too, so the
// dedicated feature page may rightly come first for a feature's name ("ZeRO-3" -> FSDP / ZeRO-3).
// What must hold: the framework the term belongs to is the first framework page and near the top.
const firstFramework = (results: { url: string; meta: { type?: string } }[]) =>
  results.find((r) => r.meta.type === 'framework')?.url;
const rankOf = (results: { url: string }[], url: string) => results.findIndex((r) => r.url === url);

describe('English search', () => {
  it('finds DeepSpeed for ZeRO-3: the first framework page, in the top three, with section links to real headings', async () => {
    const results = await query(await openIndex('en'), 'ZeRO-3');
    expect(['/frameworks/deepspeed/', '/features/fsdp-zero3/']).toContain(results[0]?.url);
    expect(firstFramework(results)).toBe('/frameworks/deepspeed/');
    const rank = rankOf(results, '/frameworks/deepspeed/');
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);
    const deepspeed = results[rank]!;
    expect(deepspeed.meta).toMatchObject({ title: 'DeepSpeed', type: 'framework' });
    expect(deepspeed.excerpt).toMatch(/<mark>ZeRO-3<\/mark>/i);
    const anchored = deepspeed.sub_results.filter((sub) => sub.anchor);
    expect(anchored.length).toBeGreaterThan(0);
    const doc = loadPage('/frameworks/deepspeed/');
    for (const sub of anchored) {
      const id = decodeURIComponent(sub.url.split('#')[1]!);
      expect(doc.getElementById(id), sub.url).not.toBeNull();
    }
  });

  it('finds a framework by its name: its own page is the first framework page and in the top three', async () => {
    const index = await openIndex('en');
    for (const id of ['axolotl', 'unsloth', 'llamafactory', 'deepspeed']) {
      const name = { axolotl: 'Axolotl', unsloth: 'Unsloth', llamafactory: 'LlamaFactory', deepspeed: 'DeepSpeed' }[
        id
      ]!;
      const results = await query(index, name);
      expect(firstFramework(results), name).toBe(`/frameworks/${id}/`);
      expect(rankOf(results, `/frameworks/${id}/`), name).toBeLessThan(3);
    }
  });

  it('returns English pages only, never the search page', async () => {
    const results = await query(await openIndex('en'), 'DeepSpeed');
    expect(results.length).toBeGreaterThan(2);
    for (const r of results) expect(r.url).not.toMatch(/^\/ja\/|\/search\//);
  });

  it('filters by page type', async () => {
    const index = await openIndex('en');
    const unfiltered = await query(index, 'DeepSpeed');
    expect(unfiltered.some((r) => r.meta.type !== 'framework')).toBe(true);
    const frameworks = await query(index, 'DeepSpeed', { type: { any: ['framework'] } });
    expect(frameworks.length).toBeGreaterThan(0);
    for (const r of frameworks) expect(r.filters.type).toEqual(['framework']);
    expect(await query(index, 'DeepSpeed', { type: { any: ['flowchart'] } })).toHaveLength(
      unfiltered.filter((r) => r.meta.type === 'flowchart').length,
    );
  });
});

describe('Japanese search', () => {
  it('segments Japanese: パイプライン並列 returns Japanese pages only, led by the feature page or a framework page', async () => {
    const results = await query(await openIndex('ja'), 'パイプライン並列');
    expect(results.length).toBeGreaterThan(4);
    for (const r of results) expect(r.url).toMatch(/^\/ja\//);
    expect(results[0]?.url).toMatch(/^\/ja\/(frameworks\/[a-z]+|features\/pipeline-parallelism)\/$/);
    expect(results[0]?.excerpt).toContain('<mark>');
    expect(rankOf(results, '/ja/frameworks/deepspeed/')).toBeGreaterThanOrEqual(0);
  });

  it('finds the Japanese DeepSpeed page for a word from its prose', async () => {
    const results = await query(await openIndex('ja'), 'オプティマイザ');
    // The ZeRO feature pages explain optimizer states too and may come first.
    expect(firstFramework(results)).toBe('/ja/frameworks/deepspeed/');
  });

  it('finds ZeRO-3 in Japanese too, on Japanese pages, DeepSpeed first among frameworks', async () => {
    const results = await query(await openIndex('ja'), 'ZeRO-3');
    for (const r of results) expect(r.url).toMatch(/^\/ja\//);
    expect(firstFramework(results)).toBe('/ja/frameworks/deepspeed/');
  });
});

describe('what is not indexed', () => {
  for (const [lang, prefix, footerText, word] of [
    ['en', '', 'Data as of', 'DeepSpeed'],
    ['ja', '/ja', '時点のデータ', 'DeepSpeed'],
  ] as const) {
    it(`keeps footer text out of every indexed page in ${lang} (${footerText})`, async () => {
      const doc = loadPage(`${prefix}/frameworks/deepspeed/`);
      expect(doc.querySelector('footer')?.textContent).toContain(footerText);
      for (const path of sitePages())
        expect(loadPage(path).querySelector('main')?.textContent ?? '', path).not.toContain(footerText);
      const results = await query(await openIndex(lang), word);
      expect(results.length).toBeGreaterThan(5);
      for (const r of results) expect(r.content, r.url).not.toContain(footerText);
    });
  }

  it("keeps the headings' copy-link labels out of the index", async () => {
    for (const r of await query(await openIndex('en'), 'DeepSpeed'))
      expect(r.content, r.url).not.toContain('Link to section');
  });

  it('finds nothing for header-only text (the skip link)', async () => {
    expect(loadPage('/').body.textContent).toContain('Skip to content');
    for (const path of sitePages())
      expect(loadPage(path).querySelector('main')?.textContent ?? '', path).not.toMatch(/skip/i);
    expect(await query(await openIndex('en'), 'Skip')).toEqual([]);
  });
});

describe('a build under a base path', () => {
  const outDir = join(process.cwd(), BASE_OUT);

  it('loads its index from <base>pagefind/ and returns URLs under the base', async () => {
    const results = await query(await openIndex('en', { outDir, base: '/llm-ft/' }), 'ZeRO-3');
    const deepspeed = results.find((r) => r.url === '/llm-ft/frameworks/deepspeed/');
    expect(deepspeed).toBeDefined();
    for (const r of results) expect(r.url).toMatch(/^\/llm-ft\//);
    for (const sub of deepspeed!.sub_results) expect(sub.url).toMatch(/^\/llm-ft\/frameworks\/deepspeed\//);
    const ja = await query(await openIndex('ja', { outDir, base: '/llm-ft/' }), 'パイプライン並列');
    for (const r of ja) expect(r.url).toMatch(/^\/llm-ft\/ja\//);
  });

  it('points the header search link at the base', () => {
    const html = readFileSync(join(outDir, 'ja/frameworks/deepspeed/index.html'), 'utf8');
    expect(html).toMatch(/<search-trigger[^>]*>\s*<a href="\/llm-ft\/ja\/search\/"/);
  });
});

describe('search entry points without JavaScript', () => {
  for (const [prefix, lang] of [
    ['', 'en'],
    ['/ja', 'ja'],
  ] as const) {
    it(`every ${lang} page's header links to ${prefix}/search/, with its dialog's form going there too`, () => {
      for (const path of sitePages().filter((p) => (lang === 'ja') === p.startsWith('/ja/'))) {
        const trigger = loadPage(path).querySelector('header search-trigger');
        expect(trigger?.querySelector(':scope > a')?.getAttribute('href'), path).toBe(`${prefix}/search/`);
        const form = trigger?.querySelector('dialog form');
        expect(form?.getAttribute('action'), path).toBe(`${prefix}/search/`);
        expect(form?.getAttribute('method'), path).toBe('get');
      }
    });

    it(`${prefix}/search/ is a GET form with a labelled q field, every type filter, and a no-JavaScript notice`, () => {
      const doc = loadPage(`${prefix}/search/`);
      const form = doc.querySelector('main search-page form')!;
      expect(form.getAttribute('method')).toBe('get');
      expect(form.hasAttribute('action')).toBe(false);
      const input = form.querySelector('input[name="q"]')!;
      expect(doc.querySelector(`label[for="${input.id}"]`)?.textContent?.trim()).toBeTruthy();
      const types = [...form.querySelectorAll('input[name="type"]')].map((box) => box.getAttribute('value'));
      expect(types).toEqual([...PAGE_TYPES]);
      expect(doc.querySelector('noscript')?.textContent).toMatch(
        lang === 'en' ? /needs JavaScript/ : /JavaScriptが必要です/,
      );
    });
  }
});

describe('excerpts', () => {
  // Queries whose excerpts used to show glued table cells or escaped markup.
  const queries = {
    en: ['dp_shard', 'content/evidence', 'tp_size', 'ZeRO-3', 'LlamaBoard'],
    ja: ['dp_shard', 'content/evidence', 'ZeRO-3'],
  };
  for (const [lang, list] of Object.entries(queries)) {
    it(`read as text in ${lang}: table rows as sentences, and nothing but <mark> and Pagefind's two escapes`, async () => {
      const index = await openIndex(lang);
      for (const q of list) {
        const results = await query(index, q);
        expect(results.length, q).toBeGreaterThan(0);
        for (const r of results.slice(0, 8)) {
          const rendered = splitExcerpt(r.excerpt)
            .map((part) => part.text)
            .join('');
          expect(rendered, `${q} ${r.url}`).not.toMatch(/&(lt|gt|amp|quot|#\d+);/);
          expect(r.excerpt.replace(/<\/?mark>/g, ''), `${q} ${r.url}`).not.toMatch(/</);
          expect(rendered, `${q} ${r.url}`).not.toMatch(
            /Combinationdp_replicate|dp_replicatedp_shard|Statusdp|Report[◐✓✕?]?(Partial|Full|None)/,
          );
        }
      }
      const about = (await query(index, 'content/evidence'))[0]!;
      expect(
        splitExcerpt(about.excerpt)
          .map((p) => p.text)
          .join(''),
      ).toContain('content/evidence/<framework>.yaml');
    });
  }
});

describe('the cost of one query (scripts/search-cost.ts)', () => {
  it('counts the UI scripts, Pagefind, its WebAssembly, the index chunks and one fragment per shown result', async () => {
    const cost = await measureQueryCost(DIST, { lang: 'en', query: 'ZeRO-3', warmQueries: ['DeepSpeed'] });
    const kinds = new Set(cost.files.map((f) => f.kind));
    for (const kind of ['ui', 'pagefind', 'names', 'index', 'fragment']) expect(kinds, kind).toContain(kind);
    const files = cost.files.map((f) => f.file);
    expect(files).toContain('pagefind/pagefind.js');
    expect(files.some((f) => /^pagefind\/wasm\.en\.pagefind$/.test(f))).toBe(true);
    expect(files.some((f) => /_astro\/dialog\..*\.js$/.test(f))).toBe(true);
    expect(files.some((f) => /_astro\/engine\..*\.js$/.test(f))).toBe(true);
    expect(files).not.toContain('pagefind/pagefind-worker.js');
    expect(cost.files.filter((f) => f.kind === 'fragment')).toHaveLength(8);
    expect(cost.wire).toBe(cost.files.reduce((sum, f) => sum + f.wire, 0));
    // The goal is 100 KB (docs/search.md has the measured figures); this guards against regressions.
    expect(cost.wire).toBeLessThan(125 * 1024);
  });
});
