/** The site's locales; the first is the default and lives at the site root. */
export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** True when a string is one of the site's locales. */
export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}
