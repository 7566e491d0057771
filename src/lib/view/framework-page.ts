import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';
import { getCell, viewCell, type CellView } from '../cells';
import { buildClaim, type StatusWord } from '../notices';

/** One row of a framework's own tables: the feature's name and the cell. */
export interface FeatureRow {
  id: string;
  label: string;
  cell: CellView;
}

/** A group of a framework's other rows: one category with its rows. */
export interface FeatureGroup {
  id: string;
  label: string;
  rows: FeatureRow[];
}

/** Everything a framework page renders, computed once. */
export function buildFrameworkPage(
  dataset: Dataset,
  id: string,
  locale: Locale,
  statusWord: StatusWord = (status) => status,
) {
  const framework = dataset.frameworks.find((f) => f.id === id);
  if (!framework) throw new Error(`unknown framework ${id}`);
  const row = (featureId: string): FeatureRow => {
    const feature = dataset.features.find((f) => f.id === featureId)!;
    return {
      id: feature.id,
      label: feature.label[locale],
      cell: viewCell(getCell(dataset, id, feature.id), feature, locale, dataset.report.surveyDate),
    };
  };
  const parallelism = dataset.features.filter((f) => f.category === 'parallelism').map((f) => row(f.id));
  const tableOf = new Map(dataset.categories.map((c) => [c.id, c.table]));
  return {
    framework,
    /** Rows the report covers come first; rows it is silent on follow. */
    parallelism: [...parallelism.filter((r) => !r.cell.silent), ...parallelism.filter((r) => r.cell.silent)],
    moe: row('moe'),
    /** Every other compared row, by category, so every cell (and its evidence) is on the page. */
    others: dataset.categories
      .filter((c) => c.id !== 'parallelism' && c.table !== 'beyond-report')
      .map((c): FeatureGroup => ({
        id: c.id,
        label: c.label[locale],
        rows: dataset.features.filter((f) => f.category === c.id && f.id !== 'moe').map((f) => row(f.id)),
      }))
      .filter((group) => group.rows.length > 0),
    /** Rows the report does not cover (licence, hardware, RL methods...), from evidence alone. */
    beyondReport: dataset.features.filter((f) => tableOf.get(f.category) === 'beyond-report').map((f) => row(f.id)),
    configurations: dataset.configurations.filter((c) => c.framework === id),
    /** The report's closing summary, each item with the notices of newer evidence on its basis. */
    summary: {
      strengths: framework.summary.strengths.map((item) => buildClaim(dataset, item, locale, statusWord)),
      weaknesses: framework.summary.weaknesses.map((item) => buildClaim(dataset, item, locale, statusWord)),
      bestFor: framework.summary.bestFor.map((item) => buildClaim(dataset, item, locale, statusWord)),
    },
  };
}
