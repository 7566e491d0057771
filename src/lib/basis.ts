// A conclusion's basis: the cells it rests on. "<framework>/<feature>" names one cell; "<feature>" names
// the whole row (every framework), for claims such as "only X" or "the best" that every cell can overturn.

/** One entry of a basis, split into its parts; `framework` is absent for a whole row. */
export interface BasisRef {
  framework?: string;
  feature: string;
}

/** One cell a conclusion rests on. */
export interface BasisCell {
  framework: string;
  feature: string;
}

/** Splits a basis entry ("axolotl/moe" or "moe"). */
export function parseBasisRef(ref: string): BasisRef {
  const slash = ref.indexOf('/');
  return slash < 0 ? { feature: ref } : { framework: ref.slice(0, slash), feature: ref.slice(slash + 1) };
}

/** The cells of a basis, each once, in basis order; a whole row expands to every framework in `frameworks` order. */
export function expandBasis(basis: readonly string[], frameworks: readonly string[]): BasisCell[] {
  const seen = new Set<string>();
  const cells: BasisCell[] = [];
  for (const ref of basis.map(parseBasisRef)) {
    for (const framework of ref.framework ? [ref.framework] : frameworks) {
      const key = `${framework}/${ref.feature}`;
      if (seen.has(key)) continue;
      seen.add(key);
      cells.push({ framework, feature: ref.feature });
    }
  }
  return cells;
}
