// Bytes a first visit to each built page downloads, gzip-compressed: the HTML itself, the scripts
// it loads eagerly (inline scripts, `<script src>`, and their static `import`s transitively; dynamic
// `import()` such as Pagefind's UI loads on demand and is not counted), and its stylesheets (and
// inline `<style>`). `npm run measure` builds the site, times the build and prints the table;
// tests/build/budgets.test.ts reuses these functions.
//
// Run with `node scripts/measure.ts` (Node 22.18+ strips the types) or `--no-build` to measure dist/ as is.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface PageBytes {
  /** Site path such as `/ja/frameworks/unsloth/`. */
  path: string;
  /** `<html data-page-type>`. */
  type: string;
  html: number;
  /** The HTML file's own size, uncompressed: what a parser and a search indexer read. */
  rawHtml: number;
  js: number;
  css: number;
  /** The built files counted (site-relative), for messages. */
  files: string[];
}

const KB = 1024;

/**
 * Budgets per page type: gzip bytes for html, js and css, and uncompressed bytes for rawHtml (gzip
 * hides repetition, so a page can grow tenfold in markup at little gzip cost); `*` applies to types
 * without their own row.
 */
export const BUDGETS: Record<string, { html: number; js: number; css: number; rawHtml: number }> = {
  // Both data layers are in the HTML (CSS shows one per view) and every evidence entry is shown where
  // its cell is read, so framework and comparison pages carry their sources in full.
  '*': { html: 36 * KB, js: 10 * KB, css: 15 * KB, rawHtml: 300 * KB },
  framework: { html: 24 * KB, js: 10 * KB, css: 15 * KB, rawHtml: 200 * KB },
  other: { html: 14 * KB, js: 10 * KB, css: 15 * KB, rawHtml: 120 * KB },
};

export const budgetFor = (type: string) => BUDGETS[type] ?? BUDGETS['*']!;

const gz = (data: string | Buffer) => gzipSync(data).length;

/** Every built HTML file under `dist` as a site path (without the base). */
export function listHtml(dist: string, dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : listHtml(dist, path);
    if (!name.endsWith('.html')) return [];
    const rel = `/${relative(dist, path).split('\\').join('/')}`;
    return [rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel];
  });
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Maps a URL in a page (absolute path with the base, or relative) to a file in dist. */
function fileOf(dist: string, base: string, pagePath: string, url: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined; // another origin: not ours to count
  const clean = url.split(/[?#]/)[0]!;
  const site = clean.startsWith('/') ? clean : posix.join(posix.dirname(`${pagePath}x`), clean);
  const rel = site.startsWith(base) ? site.slice(base.length) : site.replace(/^\//, '');
  const file = join(dist, rel);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** A module and its static imports, transitively (dynamic `import()` excluded). */
function moduleGraph(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...source.matchAll(/\bimport\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g),
    ...source.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g),
  ].map((m) => m[1]!);
  for (const spec of specifiers) {
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    const target = spec.startsWith('/') ? undefined : join(dirname(file), spec);
    if (target && existsSync(target)) moduleGraph(target, seen);
  }
}

export function measurePage(dist: string, path: string, base = '/'): PageBytes {
  const htmlFile = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(htmlFile, 'utf8');
  const type = /<html[^>]*\sdata-page-type="([^"]*)"/.exec(html)?.[1] ?? 'unknown';
  const files: string[] = [];
  let jsBytes = 0;
  let cssBytes = 0;

  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attrs = '', body = ''] = m;
    const kind = attr(attrs, 'type');
    if (kind && !/^(module|text\/javascript|application\/javascript)$/i.test(kind)) continue; // JSON data etc.
    const src = attr(attrs, 'src');
    if (!src) {
      jsBytes += gz(body);
      continue;
    }
    const file = fileOf(dist, base, path, src);
    if (file) moduleGraph(file, scripts);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = attr(tag, 'rel')?.toLowerCase() ?? '';
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.split(/\s+/).includes('stylesheet')) {
      const file = fileOf(dist, base, path, href);
      if (file) {
        cssBytes += gz(readFileSync(file));
        files.push(relative(dist, file));
      }
    } else if (rel.split(/\s+/).includes('modulepreload')) {
      const file = fileOf(dist, base, path, href);
      if (file) moduleGraph(file, scripts);
    }
  }
  for (const file of scripts) {
    jsBytes += gz(readFileSync(file));
    files.push(relative(dist, file));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) cssBytes += gz(m[1] ?? '');
  return { path, type, html: gz(html), rawHtml: Buffer.byteLength(html), js: jsBytes, css: cssBytes, files };
}

export function measureSite(dist: string, base = '/'): PageBytes[] {
  // Astro's redirect stubs (a meta refresh, no styles or scripts) are not pages a reader stays on.
  const isStub = (path: string) =>
    /http-equiv="refresh"/i.test(readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8'));
  return listHtml(dist)
    .filter((path) => !isStub(path))
    .sort()
    .map((path) => measurePage(dist, path, base));
}

/** Pages over their type's budget, as messages. */
export function overBudget(rows: PageBytes[]): string[] {
  return rows.flatMap((row) => {
    const budget = budgetFor(row.type);
    return [
      ...(['html', 'js', 'css'] as const)
        .filter((k) => row[k] > budget[k])
        .map(
          (k) =>
            `${row.path} (${row.type}): ${k} ${row[k]} B gzip > budget ${budget[k]} B (${row.files.join(', ') || 'inline only'})`,
        ),
      ...(row.rawHtml > budget.rawHtml
        ? [`${row.path} (${row.type}): html ${row.rawHtml} B uncompressed > budget ${budget.rawHtml} B`]
        : []),
    ];
  });
}

const kb = (n: number) => (n / 1024).toFixed(1);

export function formatTable(rows: PageBytes[]): string {
  const lines = [
    '| page | type | HTML KB | raw HTML KB | JS KB | CSS KB |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows)
    lines.push(`| ${r.path} | ${r.type} | ${kb(r.html)} | ${kb(r.rawHtml)} | ${kb(r.js)} | ${kb(r.css)} |`);
  return lines.join('\n');
}

/** Largest bytes per page type against the budget. */
export function formatSummary(rows: PageBytes[]): string {
  const types = [...new Set(rows.map((r) => r.type))].sort();
  const lines = [
    '| page type | pages | max HTML KB (budget) | max raw HTML KB (budget) | max JS KB (budget) | max CSS KB (budget) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const type of types) {
    const of = rows.filter((r) => r.type === type);
    const max = (k: 'html' | 'rawHtml' | 'js' | 'css') => Math.max(...of.map((r) => r[k]));
    const b = budgetFor(type);
    lines.push(
      `| ${type} | ${of.length} | ${kb(max('html'))} (${kb(b.html)}) | ${kb(max('rawHtml'))} (${kb(b.rawHtml)}) | ${kb(max('js'))} (${kb(b.js)}) | ${kb(max('css'))} (${kb(b.css)}) |`,
    );
  }
  return lines.join('\n');
}

function main(): void {
  const dist = join(process.cwd(), process.env.OUT_DIR ?? 'dist');
  const base = process.env.BASE_PATH ?? '/';
  if (!process.argv.includes('--no-build')) {
    const start = performance.now();
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`build (npm run build): ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  const rows = measureSite(dist, base);
  console.log(`\n${rows.length} pages, gzip bytes of a first visit:\n`);
  console.log(formatTable(rows));
  console.log(`\nPer page type:\n`);
  console.log(formatSummary(rows));
  const over = overBudget(rows);
  if (over.length) {
    console.log(`\nOver budget:\n  ${over.join('\n  ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
