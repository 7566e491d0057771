// The strings the search scripts show, built once on the server and handed over as `data-i18n` JSON.
import { PAGE_TYPES, type PageType } from '../page-types';

/** The UI string keys this module reads; the caller's translator (src/i18n) must know them all. */
type SearchLabelKey =
  | 'search.loading'
  | 'search.noIndex'
  | 'search.count.one'
  | 'search.count.other'
  | 'search.none'
  | 'search.sections'
  | `search.type.${PageType}`;

export interface SearchLabels {
  loading: string;
  noIndex: string;
  one: string;
  other: string;
  none: string;
  sections: string;
  types: Record<PageType, string>;
}

/** Collects the search UI's strings in one locale. */
export function buildSearchLabels(t: (key: SearchLabelKey) => string): SearchLabels {
  return {
    loading: t('search.loading'),
    noIndex: t('search.noIndex'),
    one: t('search.count.one'),
    other: t('search.count.other'),
    none: t('search.none'),
    sections: t('search.sections'),
    types: Object.fromEntries(PAGE_TYPES.map((type) => [type, t(`search.type.${type}`)])) as Record<PageType, string>,
  };
}
