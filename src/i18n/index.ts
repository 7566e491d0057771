import { en, type UiKey } from './en';
import { ja } from './ja';
import type { Locale } from '../lib/i18n/locales';
import { fillPlaceholders } from '../lib/format';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, ja };

/** Returns a translator for a locale; `{name}` placeholders are filled from `values`. */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UiKey, values: Record<string, string | number> = {}) => fillPlaceholders(dictionary[key], values);
}

export type Translate = ReturnType<typeof useTranslations>;
export type { UiKey };
