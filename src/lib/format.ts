import type { Localized } from '../schemas/common';
import type { Locale } from './i18n/locales';

/** Picks the text of a locale. */
export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}

/** Formats an ISO date (YYYY-MM-DD) for a locale, without time-zone drift. */
export function formatDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** Joins list items the way each language does (", " or "、"). */
export function joinList(items: string[], locale: Locale): string {
  return items.join(locale === 'ja' ? '、' : ', ');
}

/**
 * Fills `{name}` placeholders from `values`: UI strings on the server (`useTranslations`) and the
 * comparison filter island use it. A placeholder without a value stays visible instead of vanishing.
 * The search engine (src/scripts/search/engine.ts) keeps a two-line copy on purpose: a module shared
 * between its lazily loaded chunk and the filter island would split into a chunk of its own, and the
 * island could no longer be inlined into the page.
 */
export function fillPlaceholders(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
