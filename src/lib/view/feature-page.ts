import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';
import { buildColumns } from './matrix';
import { routes, type LinkTo } from '../routes';
import { getCell, viewCell } from '../cells';
import { statusIn } from '../layers';
import { isSupported } from '../compare/filter-state';
import { LAYER_VIEWS, type LayerView } from '../layer-view';

/** "Who supports it" in one view: the frameworks whose cell counts as support, in column order. */
export interface WhoSupports {
  view: LayerView;
  names: string[];
  total: number;
}

/** Everything a feature page renders: what it is, who supports it and how, and where else it matters. */
export function buildFeaturePage(dataset: Dataset, featureId: string, locale: Locale, link: LinkTo) {
  const feature = dataset.features.find((f) => f.id === featureId);
  if (!feature) throw new Error(`unknown feature ${featureId}`);
  const category = dataset.categories.find((c) => c.id === feature.category);
  const guides = dataset.useCases
    .filter((u) => u.features.includes(featureId))
    .map((u) => ({ id: u.id, label: u.label[locale], href: link(routes.guide(u.id)) }));
  const questions = dataset.flowchart.nodes.flatMap((node) =>
    node.type === 'question' && node.features.includes(featureId)
      ? [{ id: node.id, label: node.question[locale], href: `${link(routes.choose)}#node-${node.id}` }]
      : [],
  );
  const who: WhoSupports[] =
    feature.kind === 'support'
      ? LAYER_VIEWS.map((view) => {
          // The report view counts only the frameworks whose cell the report covers.
          const shown = dataset.frameworks.filter((f) => view === 'today' || getCell(dataset, f.id, featureId).covered);
          return {
            view,
            names: shown
              .filter((f) => isSupported(statusIn(getCell(dataset, f.id, featureId), view)))
              .map((f) => f.name),
            total: shown.length,
          };
        })
      : [];
  return {
    /** Support rows only: who supports the feature, per view (the page shows the one in view). */
    who,
    feature: {
      id: feature.id,
      label: feature.label[locale],
      description: feature.description[locale],
      summary: feature.summary,
    },
    category: category ? { id: category.id, label: category.label[locale] } : undefined,
    rows: buildColumns(dataset, link).map((framework) => {
      const cell = getCell(dataset, framework.id, featureId);
      return { framework, view: viewCell(cell, feature, locale, dataset.report.surveyDate), sources: cell.sources };
    }),
    guides,
    questions,
  };
}

/** The feature index: features grouped by category, in content order. */
export function buildFeatureIndex(dataset: Dataset, locale: Locale, link: LinkTo) {
  return dataset.categories
    .map((category) => ({
      id: category.id,
      label: category.label[locale],
      features: dataset.features
        .filter((f) => f.category === category.id)
        .map((f) => ({
          id: f.id,
          label: f.label[locale],
          description: f.description[locale],
          href: link(routes.feature(f.id)),
        })),
    }))
    .filter((group) => group.features.length > 0);
}
