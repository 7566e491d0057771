import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../format';
import { buildNotices } from '../notices';

/** The card's pointer to the notices on the framework's strengths and best-for items, where there are any. */
function countNotices(dataset: Dataset, framework: Dataset['frameworks'][number], locale: Locale): number {
  return [...framework.summary.strengths, ...framework.summary.bestFor].filter(
    (item) => buildNotices(dataset, item.basis, locale, (s) => s).length > 0,
  ).length;
}
import { routes, type LinkTo } from '../routes';

/** Card data for every framework, in table order; the caller supplies the link builder and wording. */
export function buildFrameworkCards(
  dataset: Dataset,
  locale: Locale,
  options: {
    link: LinkTo;
    stars: (count: string, date: string) => string;
    text: 'tagline' | 'concept';
    /** Where the summary with its notices is read, and the line saying how many items have one. */
    notices?: { href: (id: string) => string; line: (count: number) => string };
  },
) {
  const noticeLine = (f: Dataset['frameworks'][number]) => {
    const count = options.notices ? countNotices(dataset, f, locale) : 0;
    return options.notices && count > 0
      ? { notices: { text: options.notices.line(count), href: options.notices.href(f.id) } }
      : {};
  };
  return dataset.frameworks.map((f) => ({
    id: f.id,
    name: f.name,
    inReport: f.inReport,
    href: options.link(routes.framework(f.id)),
    tagline: f[options.text][locale],
    stars: f.stars ? options.stars(f.stars.label, formatDate(f.stars.asOf, locale)) : undefined,
    strengths: f.summary.strengths.map((s) => s[locale]),
    bestFor: f.summary.bestFor.map((s) => s[locale]),
    ...noticeLine(f),
  }));
}
