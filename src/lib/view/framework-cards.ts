import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../format';
import { routes, type LinkTo } from '../routes';

/** Card data for every framework, in table order; the caller supplies the link builder and wording. */
export function buildFrameworkCards(
  dataset: Dataset,
  locale: Locale,
  options: { link: LinkTo; stars: (count: string, date: string) => string; text: 'tagline' | 'concept' },
) {
  return dataset.frameworks.map((f) => ({
    id: f.id,
    name: f.name,
    inReport: f.inReport,
    href: options.link(routes.framework(f.id)),
    tagline: f[options.text][locale],
    stars: f.stars ? options.stars(f.stars.label, formatDate(f.stars.asOf, locale)) : undefined,
    strengths: f.summary.strengths.map((s) => s[locale]),
    bestFor: f.summary.bestFor.map((s) => s[locale]),
  }));
}
