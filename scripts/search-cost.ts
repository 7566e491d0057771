// What one search query costs a reader: every byte the search UI fetches for it, and the time to
// its first results, cold (nothing loaded) and warm (Pagefind loaded, as for the second query).
// `npm run search-cost [-- <dist> [query ...]]` prints a table; `scripts/bench.ts` calls
// `measureQueryCost` for its "bytes per query" column. Method (docs/search.md, "Cost"):
// - The UI's own JavaScript: the page's module script that defines <search-trigger> and every chunk
//   it loads on first use (static imports, dynamic `import()` and Vite's preload list), transitively.
// - Pagefind: the real query runs in Node with Pagefind's own pagefind.js and the UI's own ranking
//   (src/lib/search/rank.ts, loaded through Vite), with the UI's options, through a `fetch` that
//   records every file: pagefind.js, the entry, the language's metadata, the WebAssembly, the index
//   chunks and filter chunks the query needs, search/names.json, and the fragment of each result the
//   dialog shows (the first 8).
// - Bytes on the wire: text files (JS, JSON) as gzip would serve them; Pagefind's binary files
//   (.pf_*, wasm), which Pagefind already gzips, as stored.
// Times run in Node (no network) until the results the UI shows have their data: cold includes
// loading and compiling the WebAssembly; "next query" is the median of other queries on the loaded
// instance (new chunks and fragments to read); warm is the median of the same query repeated.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface FetchedFile {
  file: string;
  kind: 'ui' | 'pagefind' | 'index' | 'fragment' | 'filter' | 'names';
  bytes: number;
  wire: number;
}
export interface QueryCost {
  lang: string;
  query: string;
  /** Results the UI shows (fragments loaded). */
  shown: number;
  files: FetchedFile[];
  /** Sum of stored bytes, and of bytes on the wire. */
  bytes: number;
  wire: number;
  /** First query: nothing loaded. */
  coldMs: number;
  /** Median of other queries once Pagefind is loaded (their chunks and fragments still to load). */
  nextMs: number;
  /** Median of the same query again: everything loaded (typing refines a query the reader just ran). */
  warmMs: number;
}

const ROOT = process.cwd();
const COMPRESSED = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;
const wireOf = (file: string, data: Buffer) => (COMPRESSED.test(file) ? data.length : gzipSync(data).length);
const kindOf = (file: string): FetchedFile['kind'] =>
  file.includes('/fragment/')
    ? 'fragment'
    : file.includes('/index/')
      ? 'index'
      : file.includes('/filter/')
        ? 'filter'
        : file.endsWith('names.json')
          ? 'names'
          : 'pagefind';

/** The search UI's JavaScript files (site-relative) that a page loads eagerly or on first search. */
export function searchScripts(outDir: string, page: string): string[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/?([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(outDir, file))) return;
    seen.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    const relative = [...code.matchAll(/(?:from\s*|import\s*\(\s*)["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) =>
      posix.join(posix.dirname(file), m[1]!),
    );
    const preload = [...code.matchAll(/["'`](_astro\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!);
    for (const next of [...relative, ...preload]) visit(next);
  };
  for (const entry of entries) {
    const code = readFileSync(join(outDir, entry), 'utf8');
    if (code.includes('search-trigger')) visit(entry);
  }
  return [...seen];
}

interface Instance {
  search(
    term: string | null,
    options?: object,
  ): Promise<{ results: { id: string; score: number; data(): Promise<{ url: string }> }[] }>;
}

/** Measures one query in one language against a built site. */
export async function measureQueryCost(
  outDir: string,
  { lang = 'en', query = 'ZeRO-3', warmQueries = ['DeepSpeed', 'LoRA', 'dp_shard', 'pipeline'], shown = 8 } = {},
): Promise<QueryCost> {
  const { runnerImport } = await import('vite');
  const load = async <T>(path: string) =>
    (await runnerImport<T>(join(ROOT, path), { configFile: false, logLevel: 'silent' })).module;
  const { rankedSearch } = await load<typeof import('../src/lib/search/rank.ts')>('src/lib/search/rank.ts');
  const { SEARCH_OPTIONS } = await load<typeof import('../src/lib/search/ranking.ts')>('src/lib/search/ranking.ts');

  const fetched = new Map<string, FetchedFile>();
  const record = (file: string, kind: FetchedFile['kind'] = kindOf(file)) => {
    const data = readFileSync(join(outDir, file));
    if (!fetched.has(file)) fetched.set(file, { file, kind, bytes: data.length, wire: wireOf(file, data) });
    return data;
  };
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const path = String(input instanceof Request ? input.url : input)
      .split('?')[0]!
      .replace(/^\//, '');
    try {
      return new Response(record(path));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
  Object.assign(globalThis, {
    document: {
      currentScript: null,
      querySelector: (s: string) => (s === 'html' ? { getAttribute: () => lang } : null),
    },
  });
  try {
    const page = lang === 'en' ? 'index.html' : `${lang}/index.html`;
    for (const file of searchScripts(outDir, page)) record(file, 'ui');
    const started = performance.now();
    record('pagefind/pagefind.js');
    // A fresh module instance per measurement (the query string defeats the module cache): cold.
    const pagefind = (await import(
      `${pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href}?cost=${lang}-${Date.now()}`
    )) as { createInstance(o: object): Instance };
    const instance = pagefind.createInstance({ basePath: '/pagefind/', ...SEARCH_OPTIONS });
    // As in the UI: without names.json (an older build) results keep Pagefind's order.
    const namesResponse = await fetch('/search/names.json');
    const names = namesResponse.ok ? JSON.parse(await namesResponse.text()) : {};
    const run = async (q: string) => {
      const search = (term: string | null, options: object) => instance.search(term, options);
      const found = (await rankedSearch(q, { search, names })) ?? [];
      return Promise.all(found.slice(0, shown).map((r) => r.data()));
    };
    await run(query);
    const coldMs = performance.now() - started;
    const counted = [...fetched.values()];
    const timed = async (q: string) => {
      const t = performance.now();
      await run(q);
      return performance.now() - t;
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const next: number[] = [];
    for (const q of warmQueries) next.push(await timed(q));
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push(await timed(query));
    return {
      lang,
      query,
      shown,
      files: counted,
      bytes: counted.reduce((sum, f) => sum + f.bytes, 0),
      wire: counted.reduce((sum, f) => sum + f.wire, 0),
      coldMs,
      nextMs: median(next),
      warmMs: median(warm),
    };
  } finally {
    globalThis.fetch = realFetch;
    Reflect.deleteProperty(globalThis, 'document');
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** One Markdown row per measured query, plus the files of the first by kind. */
export function formatCosts(costs: QueryCost[]): string {
  const lines = [
    '| lang | query | files | stored | on the wire | cold ms | next query ms | warm ms |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const c of costs)
    lines.push(
      `| ${c.lang} | ${c.query} | ${c.files.length} | ${kb(c.bytes)} | ${kb(c.wire)} | ${c.coldMs.toFixed(0)} | ${c.nextMs.toFixed(1)} | ${c.warmMs.toFixed(1)} |`,
    );
  const first = costs[0];
  if (first) {
    lines.push('', `Files fetched for "${first.query}" (${first.lang}), on the wire:`);
    for (const kind of ['ui', 'pagefind', 'names', 'filter', 'index', 'fragment'] as const) {
      const files = first.files.filter((f) => f.kind === kind);
      if (files.length) lines.push(`- ${kind}: ${files.length} file(s), ${kb(files.reduce((s, f) => s + f.wire, 0))}`);
    }
  }
  return lines.join('\n');
}

/** Median and maximum of a list of numbers. */
const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
};

async function main(): Promise<void> {
  const [dist = join(ROOT, 'dist'), ...queries] = process.argv.slice(2);
  if (!existsSync(join(dist, 'pagefind', 'pagefind-entry.json')))
    throw new Error(`no Pagefind index in ${dist}: run npm run build first`);
  const isJapanese = (q: string) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(q);
  const cases = queries.length
    ? queries.map((q) => ({ lang: isJapanese(q) ? 'ja' : 'en', query: q }))
    : [
        { lang: 'en', query: 'ZeRO-3' },
        { lang: 'en', query: 'DeepSpeed' },
        { lang: 'en', query: 'Axolotl MoE' },
        { lang: 'ja', query: 'パイプライン並列' },
        { lang: 'ja', query: 'LlamaBoard' },
      ];
  const costs: QueryCost[] = [];
  for (const c of cases) costs.push(await measureQueryCost(dist, c));
  console.log(formatCosts(costs));
  if (queries.length) return;
  // Every query of the relevance set, each measured cold: the spread of a query's cost.
  const { parse } = await import('yaml');
  const set = parse(readFileSync(join(ROOT, 'tests/search/relevance.yaml'), 'utf8')) as Record<string, { q: string }[]>;
  for (const [lang, list] of Object.entries(set)) {
    const all: QueryCost[] = [];
    for (const { q } of list) all.push(await measureQueryCost(dist, { lang, query: q, warmQueries: [] }));
    const wire = spread(all.map((c) => c.wire));
    const cold = spread(all.map((c) => c.coldMs));
    console.log(
      `\n${lang}, ${all.length} queries of the relevance set: on the wire median ${kb(wire.median)}, max ${kb(wire.max)}; cold median ${cold.median.toFixed(0)} ms`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
