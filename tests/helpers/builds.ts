// The one place that builds the site for tests. Each configuration is built once per run by the
// build project's global setup (tests/build/global-setup.ts) and read by every test that needs it:
//
//   dist/          the site as deployed at `/`
//   dist-base/     the same site under a base path and another site URL
//   dist-xss/      content whose text fields hold markup and script (it must come out escaped)
//   dist-added/    content with one more framework, added by the editors' recipe
//
// Tests that must build something else (bad content that has to stop the build) call `tryBuild`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { addFramework } from '../../scripts/add-framework';

export const BASE_PATH = '/llm-ft/';
/** The site URL of the base-path build (another host than the default, so both are checked). */
export const BASE_SITE = 'https://docs.example.com';
export const BASE_OUT = 'dist-base';
export const XSS_OUT = 'dist-xss';
/** The fixture content folder for the escaping build, relative to the project root. */
export const XSS_CONTENT = '.tmp/xss/content';
/** What the fixture puts into a cell's note (both locales) and the framework's summary. */
export const XSS_PAYLOAD = '<img src=x onerror=alert(1)><script>alert(1)</script>';
export const XSS_FRAMEWORK = 'unsloth';
export const XSS_FEATURE = 'ddp';
/** The build of content with one framework added by the recipe (see docs/adding-a-framework.md). */
export const ADDED_OUT = 'dist-added';
export const ADDED_CONTENT = '.tmp/added/content';
export const ADDED_FRAMEWORK = { template: 'unsloth', id: 'recipe-check', name: 'Recipe Check' } as const;

const LOCK = join(process.cwd(), '.tmp', 'astro-build.lock');

/** Builds share Astro's cache folders, so two test files never build at the same time. */
function withLock<T>(run: () => T): T {
  mkdirSync(join(process.cwd(), '.tmp'), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${LOCK}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Runs `npm run build` (every post-build step, e.g. Pagefind, included) with extra environment
 * variables (CONTENT_DIR, OUT_DIR, BASE_PATH, SITE_URL); returns the exit status and all output.
 * Vite's own variables that Vitest puts into process.env are removed, since Astro would read them.
 */
export function tryBuild(env: Record<string, string>, root = process.cwd()): { status: number | null; output: string } {
  const { BASE_URL, MODE, DEV, PROD, SSR, ...inherited } = process.env;
  const cache =
    env['OUT_DIR'] && !env['ASTRO_CACHE_DIR']
      ? { ASTRO_CACHE_DIR: `.tmp/astro-cache/${env['OUT_DIR'].replace(/[^\w-]/g, '_')}` }
      : {};
  const result = withLock(() =>
    spawnSync('npm', ['run', 'build', '--silent'], {
      cwd: root,
      env: { ...inherited, ...cache, ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Builds and throws with the build's output when it fails. */
export function build(env: Record<string, string>, root = process.cwd()): void {
  const { status, output } = tryBuild(env, root);
  if (status !== 0) throw new Error(`build with ${JSON.stringify(env)} failed:\n${output}`);
}

/** Copies content/ into `dir` (relative to the root), replacing what was there; returns its absolute path. */
export function copyContent(dir: string, root = process.cwd()): string {
  const target = join(root, dir);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(root, 'content'), target, { recursive: true });
  return target;
}

/** Copies content/ and writes the payload into one cell's note. */
export function writeXssFixture(root = process.cwd()): void {
  const dir = copyContent(XSS_CONTENT, root);
  const file = join(dir, 'support', `${XSS_FRAMEWORK}.yaml`);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.setIn([XSS_FEATURE, 'note'], { en: XSS_PAYLOAD, ja: XSS_PAYLOAD });
  writeFileSync(file, doc.toString());
}

/** Copies content/ and applies the add-a-framework recipe once. */
export function writeAddedFixture(root = process.cwd()): void {
  addFramework(copyContent(ADDED_CONTENT, root), ADDED_FRAMEWORK);
}

export function buildSite(root = process.cwd()): void {
  build({}, root);
}

export function buildBase(root = process.cwd()): void {
  build({ BASE_PATH, SITE_URL: BASE_SITE, OUT_DIR: BASE_OUT }, root);
}

export function buildXss(root = process.cwd()): void {
  writeXssFixture(root);
  build({ CONTENT_DIR: XSS_CONTENT, OUT_DIR: XSS_OUT }, root);
}

export function buildAdded(root = process.cwd()): void {
  writeAddedFixture(root);
  build({ CONTENT_DIR: ADDED_CONTENT, OUT_DIR: ADDED_OUT }, root);
}

/** Every configuration the build and browser tests read, one after the other (they share a cache). */
export function buildAll(root = process.cwd()): void {
  buildSite(root);
  buildBase(root);
  buildXss(root);
  buildAdded(root);
}
