// The names a query can use for a framework: its name, its id, its aliases and the names of its
// own features (content/frameworks/<id>.yaml), in both languages. The search UI loads them as
// `search/names.json` and re-ranks when a query names a framework (see ./rank.ts).
import type { Framework } from '../../schemas/framework';
import type { Feature } from '../../schemas/feature';

/** Framework id -> normalised names, e.g. `{ llamafactory: ['llamafactory', 'llama factory', 'llamaboard', ...] }`. */
export type SearchNames = Record<string, string[]>;

/** Lower case, NFKC (full-width letters become ASCII), and one space for runs of spaces, `-` and `_`. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_]+/g, ' ')
    .trim();
}

/** Collects every framework's names from the dataset, normalised and without duplicates. A unique
 * feature named like a compared feature (Axolotl's "Curriculum learning") is left out: that query
 * is about the feature, whose page must not be pushed down. */
export function buildSearchNames(frameworks: readonly Framework[], features: readonly Feature[] = []): SearchNames {
  const featureLabels = new Set(features.flatMap((f) => [f.label.en, f.label.ja]).map(normalizeName));
  return Object.fromEntries(
    frameworks.map((f) => {
      const own = [f.name, f.id, ...(f.aliases?.en ?? []), ...(f.aliases?.ja ?? [])].map(normalizeName);
      const parts = f.uniqueFeatures
        .flatMap((u) => [u.name.en, u.name.ja])
        .map(normalizeName)
        .filter((name) => !featureLabels.has(name));
      return [f.id, [...new Set([...own, ...parts].filter(Boolean))]];
    }),
  );
}

const LATIN = /[a-z0-9]/;

/** True when `name` occurs in `query` as whole words (Latin names need a non-alphanumeric on both sides;
 * Japanese names need none, as Japanese has no spaces: `axolotlの` names Axolotl). */
function occursIn(query: string, name: string): boolean {
  for (let at = query.indexOf(name); at !== -1; at = query.indexOf(name, at + 1)) {
    const before = query[at - 1] ?? ' ';
    const after = query[at + name.length] ?? ' ';
    const latinStart = LATIN.test(name[0]!);
    const latinEnd = LATIN.test(name[name.length - 1]!);
    if ((!latinStart || !LATIN.test(before)) && (!latinEnd || !LATIN.test(after))) return true;
  }
  return false;
}

/** The ids of the frameworks a query names, in the order of `names`. */
export function findNamedFrameworks(query: string, names: SearchNames): string[] {
  const q = normalizeName(query);
  if (!q) return [];
  return Object.entries(names)
    .filter(([, list]) => list.some((name) => occursIn(q, name)))
    .map(([id]) => id);
}
