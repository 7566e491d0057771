// What the search index learns about a page beyond its text: search aliases (a Pagefind meta field,
// weighted in ./ranking.ts) and the frameworks the page is about (a Pagefind filter, read by ./rank.ts).
// Derived from the page's route and the dataset, so every page gets it from the layout alone.
import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';

export interface SearchMeta {
  /** Other names of the page's subject, space-separated (empty when none). */
  aliases: string;
  /** Ids of the frameworks the page is about. */
  about: string[];
}

/** The search metadata of the page at a locale-free route. */
export function buildSearchMeta(dataset: Dataset, route: string, locale: Locale): SearchMeta {
  const [section, id] = route.split('/').filter(Boolean);
  const known = new Set(dataset.frameworks.map((f) => f.id));
  const framework = section === 'frameworks' ? dataset.frameworks.find((f) => f.id === id) : undefined;
  if (framework) {
    return { aliases: [framework.id, ...(framework.aliases?.[locale] ?? [])].join(' '), about: [framework.id] };
  }
  const feature = section === 'features' ? dataset.features.find((f) => f.id === id) : undefined;
  if (feature) return { aliases: (feature.aliases?.[locale] ?? []).join(' '), about: [] };
  if (section === 'compare' && id) return { aliases: '', about: id.split('-vs-').filter((part) => known.has(part)) };
  const useCase = section === 'guides' ? dataset.useCases.find((u) => u.id === id) : undefined;
  if (useCase)
    return {
      aliases: (useCase.aliases?.[locale] ?? []).join(' '),
      about: [useCase.first, ...(useCase.alternative ? [useCase.alternative.framework] : [])],
    };
  return { aliases: '', about: [] };
}
