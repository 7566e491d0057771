// Pure helpers of the content safety net: base path, CSP meta position, the route list, the
// redirects reader, and the one URL rule shared with the published JSON Schema.
import { mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeBasePath } from '../../src/lib/base-path';
import { moveCspMetaFirst } from '../../src/lib/csp-meta';
import { STATIC_ROUTES, listRoutes } from '../../src/lib/site-routes';
import { readRedirects } from '../../src/lib/redirect-map';
import { URL_PATTERN, urlSchema, text } from '../../src/schemas/common';
import { buildExportSchema } from '../../src/lib/export/build-export';

describe('normalizeBasePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['llm-ft', '/llm-ft/'],
    ['/llm-ft', '/llm-ft/'],
    ['llm-ft/', '/llm-ft/'],
    ['/a/b/', '/a/b/'],
  ])('%s -> %s', (input, expected) => expect(normalizeBasePath(input)).toBe(expected));

  it.each(['https://example.org/docs', '/a b/', '/../up/', '/docs?x=1'])('refuses %s, naming BASE_PATH', (input) => {
    expect(() => normalizeBasePath(input)).toThrow(
      `BASE_PATH ${JSON.stringify(input)} is not a path prefix such as /llm-ft/`,
    );
  });
});

describe('moveCspMetaFirst', () => {
  const csp = '<meta http-equiv="content-security-policy" content="default-src \'self\'">';
  it('puts the policy right after <meta charset>, before every script, style and link', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title><script>x()</script><link rel="stylesheet" href="/a.css">${csp}</head><body></body></html>`;
    expect(moveCspMetaFirst(html)).toBe(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${csp}<title>T</title><script>x()</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
    );
  });

  it('leaves a page without a policy (a redirect stub) as it is', () => {
    const html = '<!doctype html><html><head><meta http-equiv="refresh" content="0;url=/x/"></head></html>';
    expect(moveCspMetaFirst(html)).toBe(html);
  });
});

describe('the route list', () => {
  it('names every page file under src/pages/[...lang]/ that exists once per locale', () => {
    const base = join(process.cwd(), 'src/pages/[...lang]');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) =>
        statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
      );
    const staticPages = files(base)
      .map((file) => relative(base, file).split('\\').join('/'))
      .filter((file) => !file.includes('['))
      .map((file) => `/${file.replace(/(^|\/)index\.astro$/, '$1').replace(/\.astro$/, '/')}`);
    expect([...STATIC_ROUTES].sort()).toEqual(staticPages.sort());
  });

  it('adds a page per framework, feature, pair and use case', () => {
    expect(
      listRoutes({ frameworks: ['b', 'a'], features: ['f'], useCases: ['u'] }).slice(STATIC_ROUTES.length),
    ).toEqual(['/frameworks/b/', '/frameworks/a/', '/features/f/', '/compare/a-vs-b/', '/guides/u/']);
  });
});

describe('readRedirects (used by astro.config.mjs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  const write = (text: string) => {
    mkdirSync(join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content/redirects.yaml'), text);
  };

  it('returns no redirects for a file with a syntax error (the integrity pass reports it), instead of throwing', () => {
    write('a:\n  from: /x/\n  to: [/y/\n');
    expect(readRedirects(dir)).toEqual([]);
    write('a:\n  from: /x/\n  to: /y/\nb:\n  from: relative\n  to: /y/\n');
    expect(readRedirects(dir)).toEqual([{ from: '/x/', to: '/y/' }]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('one URL rule for the build and the published JSON Schema', () => {
  it('accepts https URLs and refuses http, spaces and non-URLs', () => {
    expect(urlSchema.safeParse('https://docs.unsloth.ai/basics/multi-gpu').success).toBe(true);
    for (const bad of [
      'http://docs.unsloth.ai/',
      'https://docs.unsloth.ai/a b',
      'https://',
      'docs.unsloth.ai',
      ' https://x.org/',
    ]) {
      expect(urlSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('is the pattern of every URL field in the JSON Schema', () => {
    const schema = JSON.stringify(buildExportSchema());
    const patterns = [...schema.matchAll(/"pattern":"([^"]*https[^"]*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
    expect(patterns.length).toBeGreaterThan(0);
    expect(new Set(patterns)).toEqual(new Set([URL_PATTERN.source]));
  });

  it('texts are trimmed, never blank, and bounded', () => {
    expect(text().safeParse('  Unsloth ').data).toBe('Unsloth');
    expect(text().safeParse('   ').success).toBe(false);
    expect(text(5).safeParse('123456').success).toBe(false);
  });
});
