import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { listRoutes } from '../site-routes';
import { suggestId } from './suggest';

/** A redirect points at a page the site builds, and does not shadow one. */
export function checkRedirects(content: ParsedContent): Problem[] {
  const routes = new Set(listRoutes(content));
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const redirect of content.redirects) {
    const at = { file: redirect.file, entry: redirect.id };
    const { from, to } = redirect.data;
    if (!routes.has(to)) problems.push({ ...at, field: 'to', message: `no page is built at "${to}"`, hint: suggestId(to, routes) });
    if (routes.has(from)) problems.push({ ...at, field: 'from', message: `"${from}" is a page the site builds; a redirect would hide it` });
    const earlier = seen.get(from);
    if (earlier) problems.push({ ...at, field: 'from', message: `"${from}" is already redirected by "${earlier}"` });
    seen.set(from, redirect.id);
  }
  return problems;
}
