import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';
import { getCell, viewCell, type CellView } from '../cells';
import { parseBasisRef } from '../basis';
import { buildNotices, guideBasis, type Notice, type StatusWord } from '../notices';
import { routes, type LinkTo } from '../routes';

/** A framework named by a guide, with where it links. */
export interface FrameworkRef {
  id: string;
  name: string;
  href: string;
}

/** What a guide page shows besides its MDX body. */
export interface GuidePage {
  id: string;
  kind: 'persona' | 'purpose';
  label: string;
  first: FrameworkRef;
  only: boolean;
  /** Newer evidence on the cells the recommendation rests on. */
  notices: Notice[];
  /** Each reason links to the feature of its first basis entry, or to the first choice's page, with its notices. */
  reasons: { text: string; href: string; notices: Notice[] }[];
  /** Newer evidence on the cells the guide's prose rests on (front matter frameworks x features). */
  proseNotices: Notice[];
  alternative?: FrameworkRef & { when: string };
  /** The features the recommendation rests on, with the first choice's cell for each. */
  basis: { id: string; label: string; href: string; cell: CellView }[];
}

/** Builds a guide's view from its use case. */
export function buildGuidePage(
  dataset: Dataset,
  id: string,
  locale: Locale,
  link: LinkTo,
  statusWord: StatusWord,
): GuidePage {
  const useCase = dataset.useCases.find((u) => u.id === id);
  if (!useCase) throw new Error(`no use case "${id}"`);
  const ref = (frameworkId: string): FrameworkRef => ({
    id: frameworkId,
    name: dataset.frameworks.find((f) => f.id === frameworkId)?.name ?? frameworkId,
    href: link(routes.framework(frameworkId)),
  });
  const page: GuidePage = {
    id,
    kind: useCase.kind,
    label: useCase.label[locale],
    first: ref(useCase.first),
    only: useCase.only,
    notices: buildNotices(dataset, useCase.basis, locale, statusWord),
    reasons: useCase.reasons.map((r) => {
      const feature = r.basis[0] ? parseBasisRef(r.basis[0]).feature : undefined;
      return {
        text: r[locale],
        href: link(feature ? routes.feature(feature) : routes.framework(useCase.first)),
        notices: buildNotices(dataset, r.basis, locale, statusWord),
      };
    }),
    proseNotices: [],
    basis: useCase.features.map((featureId) => {
      const feature = dataset.features.find((f) => f.id === featureId)!;
      return {
        id: featureId,
        label: feature.label[locale],
        href: link(routes.feature(featureId)),
        cell: viewCell(getCell(dataset, useCase.first, featureId), feature, locale, dataset.report.surveyDate),
      };
    }),
  };
  const guide = dataset.guides.find((g) => g.locale === locale && g.slug === id);
  if (guide) {
    // The prose's notices, less those already shown beside the recommendation or a reason.
    const shown = new Set([...page.notices, ...page.reasons.flatMap((r) => r.notices)].map((n) => n.cell));
    page.proseNotices = buildNotices(dataset, guideBasis(guide), locale, statusWord).filter((n) => !shown.has(n.cell));
  }
  if (useCase.alternative)
    page.alternative = { ...ref(useCase.alternative.framework), when: useCase.alternative.when[locale] };
  return page;
}

/** The use cases grouped for the guides index: personas first, then special purposes. */
export function groupGuides(dataset: Dataset, locale: Locale, link: LinkTo) {
  const item = (u: Dataset['useCases'][number]) => ({
    id: u.id,
    label: u.label[locale],
    href: link(routes.guide(u.id)),
    first: dataset.frameworks.find((f) => f.id === u.first)?.name ?? u.first,
    only: u.only,
    alternative: u.alternative ? dataset.frameworks.find((f) => f.id === u.alternative!.framework)?.name : undefined,
  });
  return {
    personas: dataset.useCases.filter((u) => u.kind === 'persona').map(item),
    purposes: dataset.useCases.filter((u) => u.kind === 'purpose').map(item),
  };
}
