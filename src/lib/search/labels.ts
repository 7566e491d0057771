// The strings the search scripts show, built once on the server and handed over as `data-i18n` JSON.
import type { Translate } from '../../i18n';
import { PAGE_TYPES, type PageType } from '../page-types';

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
export function buildSearchLabels(t: Translate): SearchLabels {
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
