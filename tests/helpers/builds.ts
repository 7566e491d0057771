// The extra builds the build tests read besides dist/: the site under a base path, and a build of
// content whose text fields hold markup and script (to show it comes out escaped).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

export const BASE_PATH = '/llm-ft/';
export const BASE_OUT = 'dist-base';
export const XSS_OUT = 'dist-xss';
/** The fixture content folder for the escaping build, relative to the project root. */
export const XSS_CONTENT = '.tmp/xss/content';
/** What the fixture puts into a cell's note (both locales) and the framework's summary. */
export const XSS_PAYLOAD = '<img src=x onerror=alert(1)><script>alert(1)</script>';
export const XSS_FRAMEWORK = 'unsloth';
export const XSS_FEATURE = 'ddp';

/** Runs `npm run build` (so every post-build step, e.g. Pagefind, is included) with extra env. */
export function build(env: Record<string, string>, root = process.cwd()): void {
  if (env['OUT_DIR'] && !env['ASTRO_CACHE_DIR']) env = { ...env, ASTRO_CACHE_DIR: `.tmp/astro-cache/${env['OUT_DIR'].replace(/[^\w-]/g, '_')}` };
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Copies content/ and writes the payload into one cell's note. */
export function writeXssFixture(root = process.cwd()): void {
  const dir = join(root, XSS_CONTENT);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'content'), dir, { recursive: true });
  const file = join(dir, 'support', `${XSS_FRAMEWORK}.yaml`);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.setIn([XSS_FEATURE, 'note'], { en: XSS_PAYLOAD, ja: XSS_PAYLOAD });
  writeFileSync(file, doc.toString());
}

export function buildBase(root = process.cwd()): void {
  build({ BASE_PATH, OUT_DIR: BASE_OUT }, root);
}

export function buildXss(root = process.cwd()): void {
  writeXssFixture(root);
  build({ CONTENT_DIR: XSS_CONTENT, OUT_DIR: XSS_OUT }, root);
}
