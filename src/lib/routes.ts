import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n/locales';

/**
 * The locale-free route of every page the site builds: the one place a page's path is spelled out.
 * Pages turn a route into an href with `link(locale, route)` (src/data/site.ts); view models receive
 * that as a `LinkTo` and call it with these routes, so no other module writes `/frameworks/${id}/`.
 */
export const routes = {
  home: '/',
  frameworks: '/frameworks/',
  framework: (id: string) => `/frameworks/${id}/`,
  compare: '/compare/',
  pair: (slug: string) => `/compare/${slug}/`,
  features: '/features/',
  feature: (id: string) => `/features/${id}/`,
  choose: '/choose/',
  guides: '/guides/',
  guide: (id: string) => `/guides/${id}/`,
  integrations: '/integrations/',
  about: '/about/',
  search: '/search/',
} as const;

/** Turns a locale-free route into the href of the page being built (locale prefix and base added). */
export type LinkTo = (route: string) => string;

/** Route params for a page that exists in every locale: the default locale has no prefix. */
export function localeParams(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({
    params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
    props: { locale },
  }));
}

/** The site-relative path of a route (`/frameworks/unsloth/`) in a locale (`/ja/frameworks/unsloth/`). */
export function localizedPath(locale: Locale, route: string): string {
  const clean = route.startsWith('/') ? route : `/${route}`;
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean}`;
}

/** Prefixes a site-relative path with the deployment base (`/` or `/docs/`). */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Builds the href of a route in a locale under a base. */
export function href(base: string, locale: Locale, route: string): string {
  return withBase(base, localizedPath(locale, route));
}

/** Splits a site-relative path into its locale and the locale-free route. */
export function parsePath(path: string): { locale: Locale; route: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  const maybe = match?.[1];
  if (maybe && maybe !== DEFAULT_LOCALE && (LOCALES as readonly string[]).includes(maybe)) {
    return { locale: maybe as Locale, route: match?.[2] ?? '/' };
  }
  return { locale: DEFAULT_LOCALE, route: path };
}

/** The locale of a page from its URL path under a base (`/docs/ja/guides/` -> `ja`). */
export function localeOfPath(base: string, pathname: string): Locale {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return parsePath(pathname.startsWith(trimmed) ? pathname.slice(trimmed.length) || '/' : pathname).locale;
}
