const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;
const CHARSET_META = /^(<!doctype html>\s*<html[^>]*>\s*<head[^>]*>\s*)(<meta charset="[^"]*"\s*\/?>)?/i;

/**
 * Moves Astro's CSP `<meta>` (which Astro writes at the end of `<head>`) to the top of `<head>`, so
 * that the policy governs every script, style and link of the page, the inline theme script included.
 * Only `<meta charset>` stays before it: it must lie within the first 1024 bytes, which the policy
 * (about 1 KB of hashes) would push it out of.
 */
export function moveCspMetaFirst(html: string): string {
  const meta = CSP_META.exec(html)?.[0];
  const head = CHARSET_META.exec(html);
  if (!meta || !head) return html;
  const without = html.replace(meta, '');
  const at = head[0].length;
  return `${without.slice(0, at)}${meta}${without.slice(at)}`;
}
