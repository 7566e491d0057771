import type { Locale } from './i18n/locales';

/** The default link-preview image (public/og-image.png, made by scripts/make-og-image.sh). */
export const OG_IMAGE = { path: '/og-image.png', width: 1200, height: 630 } as const;

/** OpenGraph locale codes of the site's locales. */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_US', ja: 'ja_JP' };
