import type { ParsedContent } from './dataset/parsed';
import { SECTIONS } from './navigation';
import { routes } from './routes';

/** Pages with a fixed route that the header's SECTIONS may not list. */
const STATIC_ROUTES = [routes.home, routes.frameworks, routes.guides, routes.integrations, routes.about];

/** The locale-free routes of every content page the site builds (redirect targets must be one). */
export function listRoutes(content: Pick<ParsedContent, 'frameworks' | 'useCases'>): string[] {
  return [
    ...new Set([...STATIC_ROUTES, ...SECTIONS.map((s) => s.route)]),
    ...content.frameworks.map((f) => routes.framework(f.id)),
    ...content.useCases.map((u) => routes.guide(u.id)),
  ];
}
