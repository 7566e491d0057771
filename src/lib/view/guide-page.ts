import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';
import { getCell, viewCell, type CellView } from '../cells';
import { routes, type LinkTo } from '../routes';

/** A framework named by a guide, with where it links. */
export interface FrameworkRef { id: string; name: string; href: string }

/** What a guide page shows besides its MDX body. */
export interface GuidePage {
  id: string;
  kind: 'persona' | 'purpose';
  label: string;
  first: FrameworkRef;
  only: boolean;
  /** Each reason links to the feature it rests on, or to the first choice's page. */
  reasons: { text: string; href: string }[];
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
    reasons: useCase.reasons.map((r) => ({
      text: r[locale],
      href: link(r.feature ? routes.feature(r.feature) : routes.framework(useCase.first)),
    })),
    basis: useCase.features.map((featureId) => {
      const feature = dataset.features.find((f) => f.id === featureId)!;
      return {
        id: featureId,
        label: feature.label[locale],
        href: link(routes.feature(featureId)),
        cell: viewCell(getCell(dataset, useCase.first, featureId), feature, locale),
      };
    }),
  };
  if (useCase.alternative) page.alternative = { ...ref(useCase.alternative.framework), when: useCase.alternative.when[locale] };
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
