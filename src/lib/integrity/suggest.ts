/** Edit distance between two short strings (for "did you mean" hints). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** A hint naming the closest known id, or listing the known ids when none is close. */
export function suggestId(unknown: string, known: Iterable<string>): string {
  const ids = [...known];
  const best = ids.map((id) => ({ id, d: distance(unknown, id) })).sort((x, y) => x.d - y.d)[0];
  if (best && best.d <= Math.max(2, Math.floor(unknown.length / 3))) return `Did you mean "${best.id}"?`;
  return `Known ids: ${ids.join(', ')}.`;
}
