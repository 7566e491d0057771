// Deployment settings that pages need when they build URLs (the base path comes from astro.config).
import { href as buildHref, localeOfPath, type LinkTo } from '../lib/routes';
import type { Locale } from '../lib/i18n/locales';

export const BASE = import.meta.env.BASE_URL;

/** The href of a route in a locale, under the deployment base. */
export function link(locale: Locale, route: string): string {
  return buildHref(BASE, locale, route);
}

/** The link builder a page hands to the view models: route in, href of this locale out. */
export function linkTo(locale: Locale): LinkTo {
  return (route) => link(locale, route);
}

/** The locale of the page being rendered, for components that MDX renders without props. */
export function pageLocale(url: URL): Locale {
  return localeOfPath(BASE, url.pathname);
}
