import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { RESERVED_PREFIXES, listRoutes } from '../site-routes';
import { suggestId } from './suggest';

/** A redirect points at a page the site builds, and does not replace one (in any locale) or a reserved path. */
export function checkRedirects(content: ParsedContent): Problem[] {
  const routes = new Set(
    listRoutes({
      frameworks: content.frameworks.map((f) => f.id),
      features: content.features.map((f) => f.id),
      useCases: content.useCases.map((u) => u.id),
    }),
  );
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const redirect of content.redirects) {
    const at = { file: redirect.file, entry: redirect.id };
    const { from, to } = redirect.data;
    if (!routes.has(to))
      problems.push({ ...at, field: 'to', message: `no page is built at "${to}"`, hint: suggestId(to, routes) });
    if (routes.has(from)) {
      problems.push({
        ...at,
        field: 'from',
        message: `"${from}" is a page the site builds; the redirect would replace it in every locale`,
        hint: 'Redirect only routes that no longer exist.',
      });
    }
    const reserved = RESERVED_PREFIXES.find((prefix) => from.startsWith(prefix));
    if (reserved)
      problems.push({
        ...at,
        field: 'from',
        message: `"${from}" lies under ${reserved}, which the site serves itself`,
        hint: 'Write routes without the locale prefix; redirects apply to every locale.',
      });
    const earlier = seen.get(from);
    if (earlier) problems.push({ ...at, field: 'from', message: `"${from}" is already redirected by "${earlier}"` });
    seen.set(from, redirect.id);
  }
  return problems;
}
