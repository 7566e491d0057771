import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';
import { getCell, viewCell, type CellView } from '../cells';

/** One row of a framework's own tables: the feature's name and the cell. */
export interface FeatureRow {
  id: string;
  label: string;
  cell: CellView;
}

/** Everything a framework page renders, computed once. */
export function buildFrameworkPage(dataset: Dataset, id: string, locale: Locale) {
  const framework = dataset.frameworks.find((f) => f.id === id);
  if (!framework) throw new Error(`unknown framework ${id}`);
  const row = (featureId: string): FeatureRow => {
    const feature = dataset.features.find((f) => f.id === featureId)!;
    return { id: feature.id, label: feature.label[locale], cell: viewCell(getCell(dataset, id, feature.id), feature, locale) };
  };
  const parallelism = dataset.features.filter((f) => f.category === 'parallelism').map((f) => row(f.id));
  return {
    framework,
    /** Rows the report covers come first; rows it is silent on follow. */
    parallelism: [...parallelism.filter((r) => !r.cell.silent), ...parallelism.filter((r) => r.cell.silent)],
    moe: row('moe'),
    configurations: dataset.configurations.filter((c) => c.framework === id),
  };
}

