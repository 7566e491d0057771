// The strict Content-Security-Policy in every built page, and markup that needs nothing more:
// no inline event handlers, no style attributes, and a hash in the policy for every inline script
// and style element.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, isRedirectPage, listPages, loadPage } from '../helpers/dist';

// Astro's redirect stubs carry no script or style, only a meta refresh.
const pages = listPages().filter((path) => !isRedirectPage(path));

/** The policy of a page as directive -> sources. */
function policyOf(doc: Document): Map<string, string[]> {
  const meta = doc.querySelector('meta[http-equiv="content-security-policy"]');
  const content = meta?.getAttribute('content') ?? '';
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content-Security-Policy', () => {
  it.each(pages)('%s has the strict policy', (page) => {
    const doc = loadPage(page);
    const policy = policyOf(doc);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
    expect(policy.get('style-src')).toEqual(expect.arrayContaining(["'self'"]));
    for (const sources of policy.values()) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
    }
  });

  it.each(pages)('%s has the policy first in <head> (after <meta charset> only), and nothing after </html>', (page) => {
    const html = readFileSync(join(DIST, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
    const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
    const tags = [...head.matchAll(/<([a-z]+)\b[^>]*>/gi)].map((m) => m[0]);
    expect(tags[0]).toMatch(/^<meta charset=/i);
    expect(tags[1]).toMatch(/^<meta http-equiv="content-security-policy"/i);
    expect(html.trimEnd().endsWith('</html>'), `${page} ends with </html>`).toBe(true);
  });

  it.each(pages)('%s has a hash for every inline script and style', (page) => {
    const doc = loadPage(page);
    const policy = policyOf(doc);
    for (const script of doc.querySelectorAll('script:not([src])')) {
      if (script.getAttribute('type') === 'application/ld+json') continue;
      expect(policy.get('script-src'), `inline script on ${page}`).toContain(sha256(script.textContent ?? ''));
    }
    for (const style of doc.querySelectorAll('style')) {
      expect(policy.get('style-src'), `inline style on ${page}`).toContain(sha256(style.textContent ?? ''));
    }
  });

  it.each(pages)('%s has no inline event handler, style attribute or javascript: URL', (page) => {
    const file = join(DIST, page.endsWith('/') ? `${page}index.html` : page);
    const html = readFileSync(file, 'utf8');
    const doc = loadPage(page);
    const offenders: string[] = [];
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) offenders.push(`${el.tagName.toLowerCase()} ${attr.name}`);
        if (attr.name === 'style') offenders.push(`${el.tagName.toLowerCase()} style="${attr.value}"`);
        if ((attr.name === 'href' || attr.name === 'src') && /^\s*javascript:/i.test(attr.value))
          offenders.push(`${attr.name}=javascript:`);
      }
    }
    expect(offenders).toEqual([]);
    expect(html.length).toBeGreaterThan(0);
  });
});
