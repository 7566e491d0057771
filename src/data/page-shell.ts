// What every page's shell shows that comes from content, and what MDX prose's link components show.
// The layout and the MDX components render these view models; they never read the dataset (MDX
// renders its components without page props, so they ask here by id and page URL).
import { getDataset } from './dataset';
import { link, pageLocale } from './site';
import { routes } from '../lib/routes';
import type { LinkKind } from '../lib/mdx-links';
import type { Locale } from '../lib/i18n/locales';
import { buildSearchMeta, type SearchMeta } from '../lib/search/page-meta';

/** The footer's facts: the survey date (ISO), the report it is based on, and the frameworks' official links. */
export async function getFooterData() {
  const { report, frameworks } = await getDataset();
  return {
    surveyDate: report.surveyDate,
    basedOn: report.basedOn,
    /** Each framework's official repository and docs, linked from every footer. */
    frameworks: frameworks.map(({ id, name, repository, docs }) => ({ id, name, repository, docs })),
  };
}

/** The text and href of `<FrameworkLink>`, `<FeatureLink>` or `<GuideLink>` with `id` on the page at `url`. */
export async function getProseLink(kind: LinkKind, id: string, url: URL): Promise<{ text: string; href: string }> {
  const dataset = await getDataset();
  const locale = pageLocale(url);
  const targets: Record<LinkKind, () => { text: string; route: string } | undefined> = {
    framework: () =>
      dataset.frameworks.filter((f) => f.id === id).map((f) => ({ text: f.name, route: routes.framework(id) }))[0],
    feature: () =>
      dataset.features.filter((f) => f.id === id).map((f) => ({ text: f.label[locale], route: routes.feature(id) }))[0],
    guide: () =>
      dataset.useCases.filter((u) => u.id === id).map((u) => ({ text: u.label[locale], route: routes.guide(id) }))[0],
  };
  const found = targets[kind]();
  // The guides integrity rule reports unknown ids with file and line first; this is the backstop.
  if (!found)
    throw new Error(`unknown ${kind} "${id}" in a <${kind[0]!.toUpperCase()}${kind.slice(1)}Link> on ${url.pathname}`);
  return { text: found.text, href: link(locale, found.route) };
}

/** The search metadata of the page at a locale-free route (aliases, the frameworks it is about). */
export async function getSearchMeta(route: string, locale: Locale): Promise<SearchMeta> {
  return buildSearchMeta(await getDataset(), route, locale);
}
