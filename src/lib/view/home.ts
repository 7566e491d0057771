import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';
import { routes, type LinkTo } from '../routes';
import { buildClaim, type StatusWord } from '../notices';

/** The summary rows of the home page: each framework's strengths, weaknesses and best use, each with its notices. */
export function buildSummaryRows(dataset: Dataset, locale: Locale, link: LinkTo, statusWord: StatusWord) {
  return dataset.frameworks.map((f) => ({
    id: f.id,
    name: f.name,
    href: link(routes.framework(f.id)),
    strengths: f.summary.strengths.map((s) => buildClaim(dataset, s, locale, statusWord)),
    weaknesses: f.summary.weaknesses.map((s) => buildClaim(dataset, s, locale, statusWord)),
    bestFor: f.summary.bestFor.map((s) => buildClaim(dataset, s, locale, statusWord)),
  }));
}

/** The home page's entry points: every header section except home, with its description key when it has one. */
export function buildEntryPoints<K extends string>(
  sections: readonly { key: K; route: string }[],
  descriptions: Partial<Record<string, string>>,
): { key: K; route: string; description?: string }[] {
  return sections
    .filter((s) => s.route !== '/')
    .map((s) => ({ ...s, ...(descriptions[s.route] ? { description: descriptions[s.route] } : {}) }));
}
