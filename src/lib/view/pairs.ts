import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';
import { buildColumns, buildMatrixTable, cellsDiffer, type LinkTo } from './matrix';
import { getCell, viewCell } from '../cells';

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

/** A pair page: every feature side by side, the rows where the two differ first. */
export function buildPairPage(dataset: Dataset, pair: Pair, locale: Locale, link: LinkTo) {
  const frameworks = [pair.a, pair.b];
  const differs = (featureId: string) => {
    const feature = dataset.features.find((f) => f.id === featureId)!;
    const [a, b] = frameworks.map((fw) => viewCell(getCell(dataset, fw, featureId), feature, locale)) as [ReturnType<typeof viewCell>, ReturnType<typeof viewCell>];
    return cellsDiffer(a, b);
  };
  const different = dataset.features.filter((f) => differs(f.id));
  const same = dataset.features.filter((f) => !differs(f.id));
  return {
    pair,
    columns: buildColumns(dataset, link, frameworks),
    different: buildMatrixTable(dataset, 'different', different, frameworks, locale, link),
    same: buildMatrixTable(dataset, 'same', same, frameworks, locale, link),
  };
}
