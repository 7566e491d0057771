import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';
import { buildColumns, buildMatrixTable, type LinkTo } from './matrix';
import { getCell } from '../cells';
import { valueIn, valueKey } from '../layers';
import { LAYER_VIEWS, type LayerView } from '../layer-view';

/** A pair of frameworks; `slug` is `<a>-vs-<b>` with the ids in alphabetical order. */
export interface Pair {
  slug: string;
  a: string;
  b: string;
  names: [string, string];
}

/**
 * Pair pages grow with the square of the number of frameworks (1,000 frameworks would be about half
 * a million pages per locale). Up to this many frameworks every pair gets a page; beyond it, none
 * do, and /compare/?fw=<a>,<b> (the column filter) shows the same side-by-side view.
 */
export const MAX_FRAMEWORKS_WITH_PAIR_PAGES = 12;

/** Every pair of frameworks, each once, ids sorted alphabetically within the pair. */
export function listPairs(dataset: Dataset): Pair[] {
  if (dataset.frameworks.length > MAX_FRAMEWORKS_WITH_PAIR_PAGES) return [];
  const ids = dataset.frameworks.map((f) => f.id);
  const name = (id: string) => dataset.frameworks.find((f) => f.id === id)?.name ?? id;
  return ids.flatMap((x, i) =>
    ids.slice(i + 1).map((y) => {
      const [a, b] = [x, y].sort() as [string, string];
      return { slug: `${a}-vs-${b}`, a, b, names: [name(a), name(b)] as [string, string] };
    }),
  );
}

/** True when the two frameworks' cells for a feature show different values in a view (notes aside). */
export function pairDiffers(dataset: Dataset, pair: Pair, featureId: string, view: LayerView): boolean {
  const [a, b] = [pair.a, pair.b].map((fw) => valueKey(valueIn(getCell(dataset, fw, featureId), view)));
  return a !== b;
}

/**
 * A pair page: every feature side by side, the rows where the two differ first, filed by the view
 * shown. A row whose filing depends on the view appears under both headings, each copy marked for
 * its view (CSS shows one), so no row ever sits under a heading its displayed values contradict,
 * with or without JavaScript.
 */
export function buildPairPage(dataset: Dataset, pair: Pair, locale: Locale, link: LinkTo) {
  const frameworks = [pair.a, pair.b];
  const group = (differ: boolean) => {
    const shownIn = (featureId: string) =>
      LAYER_VIEWS.filter((view) => pairDiffers(dataset, pair, featureId, view) === differ);
    const features = dataset.features.filter((f) => shownIn(f.id).length > 0);
    const only = (featureId: string) => {
      const views = shownIn(featureId);
      return views.length === 1 ? views[0] : undefined;
    };
    const count = Object.fromEntries(
      LAYER_VIEWS.map((view) => [view, features.filter((f) => shownIn(f.id).includes(view)).length]),
    ) as Record<LayerView, number>;
    return {
      table: buildMatrixTable(dataset, differ ? 'different' : 'same', features, frameworks, locale, link, only),
      count,
    };
  };
  const different = group(true);
  const same = group(false);
  return {
    pair,
    columns: buildColumns(dataset, link, frameworks),
    different: different.table,
    same: same.table,
    /** Rows per heading in each view. */
    counts: { different: different.count, same: same.count },
  };
}
