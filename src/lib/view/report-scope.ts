/**
 * Splits frameworks into those the source report compares and those the site adds from their own
 * sources (`inReport: false`), keeping the order given. The flowchart and the report's wording
 * ("the report's N frameworks") count the first group, never a fixed number.
 */
export function splitByReport<T extends { inReport?: boolean }>(
  frameworks: readonly T[],
): { report: T[]; others: T[] } {
  return {
    report: frameworks.filter((f) => f.inReport !== false),
    others: frameworks.filter((f) => f.inReport === false),
  };
}
