// Scaling benchmark: builds the site with N frameworks (default 10, 100 and 1,000; pass sizes as
// arguments, e.g. `npm run bench -- 10 100`) and prints build time, pages per second, the Pagefind
// index size and the bytes one search query fetches (measured by scripts/search-cost.ts).
//
// For each N it copies content/ to .tmp/bench-N/content and adds synthetic frameworks up to N (each
// a copy of Unsloth's files under a new id, by the recipe in scripts/add-framework.ts), then runs
// `npm run build` (Pagefind included) with CONTENT_DIR / OUT_DIR / ASTRO_CACHE_DIR in .tmp/bench-N.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureQueryCost } from './search-cost.ts';
import { addFramework } from './add-framework.ts';

const ROOT = process.cwd();
const TEMPLATE = 'unsloth';

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const st = statSync(path);
    return sum + (st.isDirectory() ? dirBytes(path) : st.size);
  }, 0);
}

function countHtml(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sum + countHtml(path);
    return sum + (name.endsWith('.html') ? 1 : 0);
  }, 0);
}

/** Writes .tmp/bench-N/content with N frameworks in total; returns its path relative to ROOT. */
export function generate(n: number, folder = `bench-${n}`): string {
  const rel = join('.tmp', folder, 'content');
  const content = join(ROOT, rel);
  rmSync(join(ROOT, '.tmp', folder), { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const existing = readdirSync(join(content, 'frameworks')).filter((f) => f.endsWith('.yaml')).length;
  for (let i = 1; i <= n - existing; i++) {
    const number = String(i).padStart(4, '0');
    addFramework(content, { template: TEMPLATE, id: `synth-${number}`, name: `Synth ${number}`, order: 100 + i });
  }
  return rel;
}

interface Row {
  frameworks: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  pagefindBytes: number | undefined;
  queryBytes: number | undefined;
}

export async function run(n: number): Promise<Row> {
  const content = generate(n);
  const out = join('.tmp', `bench-${n}`, 'dist');
  const start = performance.now();
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: join('.tmp', `bench-${n}`, 'cache') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const seconds = (performance.now() - start) / 1000;
  const pages = countHtml(join(ROOT, out));
  const pagefind = join(ROOT, out, 'pagefind');
  return {
    frameworks: n,
    pages,
    seconds,
    pagesPerSecond: pages / seconds,
    pagefindBytes: existsSync(pagefind) ? dirBytes(pagefind) : undefined,
    // Everything the search UI fetches for one query (scripts/search-cost.ts), on the wire.
    queryBytes: existsSync(join(pagefind, 'pagefind-entry.json'))
      ? (await measureQueryCost(join(ROOT, out))).wire
      : undefined,
  };
}

const kb = (n: number | undefined) => (n === undefined ? 'n/a (no dist/pagefind)' : `${(n / 1024).toFixed(1)} KB`);

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 4);
  const rows: Row[] = [];
  console.log('| frameworks | pages | build s | pages/s | Pagefind index | bytes per query |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const n of sizes.length ? sizes : [10, 100, 1000]) {
    const row = await run(n);
    rows.push(row);
    console.log(
      `| ${row.frameworks} | ${row.pages} | ${row.seconds.toFixed(1)} | ${row.pagesPerSecond.toFixed(1)} | ${kb(row.pagefindBytes)} | ${kb(row.queryBytes)} |`,
    );
    if (!process.argv.includes('--keep')) rmSync(join(ROOT, '.tmp', `bench-${n}`), { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
