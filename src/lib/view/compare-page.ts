import type { Dataset } from '../dataset/types';
import type { Feature } from '../../schemas/feature';
import type { Locale } from '../i18n/locales';
import { buildCombinationRows } from './integrations';
import { buildColumns, buildMatrixTable, type LinkTo } from './matrix';
import { listPairs } from './pairs';
import { routes } from '../routes';

/** The report's four summary tables, in its order. */
export const SUMMARY_TABLES = ['parallelism', 'features', 'usability', 'performance'] as const;

/** Everything /compare/ renders, computed once. */
export function buildComparePage(dataset: Dataset, locale: Locale, link: LinkTo) {
  const frameworks = dataset.frameworks.map((f) => f.id);
  const tableOf = new Map(dataset.categories.map((c) => [c.id, c.table]));
  const summary = SUMMARY_TABLES.map((table) =>
    buildMatrixTable(
      dataset,
      table,
      dataset.features.filter((f) => f.summary && tableOf.get(f.category) === table),
      frameworks,
      locale,
      link,
    ),
  );
  const beyond = (f: Feature) => tableOf.get(f.category) === 'beyond-report';
  const extra = buildMatrixTable(
    dataset,
    'other',
    dataset.features.filter((f) => !f.summary && !beyond(f)),
    frameworks,
    locale,
    link,
  );
  // Rows the report does not cover (licence, hardware, RL methods...): their own table, after the report's.
  const later = buildMatrixTable(dataset, 'beyond-report', dataset.features.filter(beyond), frameworks, locale, link);
  const integrations = buildCombinationRows(dataset, locale, link);
  return {
    columns: buildColumns(dataset, link),
    tables: [...summary, extra, ...(later.rows.length ? [later] : [])],
    integrations,
    pairs: listPairs(dataset).map((pair) => ({ ...pair, href: link(routes.pair(pair.slug)) })),
    /** Support features offered as "must support" choices. */
    mustChoices: dataset.features
      .filter((f) => f.kind === 'support')
      .map((f) => ({ id: f.id, label: f.label[locale] })),
  };
}

export type ComparePage = ReturnType<typeof buildComparePage>;
