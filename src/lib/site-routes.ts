import { MAX_FRAMEWORKS_WITH_PAIR_PAGES } from './view/pairs';

/**
 * The pages under src/pages/[...lang]/ that exist once per locale (a test compares this list with
 * the page files, so a new page cannot be missing here).
 */
export const STATIC_ROUTES = [
  '/',
  '/about/',
  '/choose/',
  '/compare/',
  '/features/',
  '/frameworks/',
  '/guides/',
  '/integrations/',
  '/search/',
] as const;

/** Prefixes the site serves files under (assets, search index, data export, other locales): never a redirect source. */
export const RESERVED_PREFIXES = ['/_astro/', '/pagefind/', '/data/', '/ja/'] as const;

/** The ids the dynamic pages are built from (the same lists their getStaticPaths read). */
export interface RouteIds {
  frameworks: readonly string[];
  features: readonly string[];
  useCases: readonly string[];
}

/** Pair page slugs `<a>-vs-<b>` as /compare/<pair>/ builds them (see listPairs in view/pairs.ts). */
function pairRoutes(frameworks: readonly string[]): string[] {
  if (frameworks.length > MAX_FRAMEWORKS_WITH_PAIR_PAGES) return [];
  return frameworks.flatMap((x, i) => frameworks.slice(i + 1).map((y) => `/compare/${[x, y].sort().join('-vs-')}/`));
}

/** The locale-free route of every page the site builds (redirects may point here and may not start here). */
export function listRoutes(ids: RouteIds): string[] {
  return [
    ...STATIC_ROUTES,
    ...ids.frameworks.map((id) => `/frameworks/${id}/`),
    ...ids.features.map((id) => `/features/${id}/`),
    ...pairRoutes(ids.frameworks),
    ...ids.useCases.map((id) => `/guides/${id}/`),
  ];
}
