import type { Evidence, Verdict } from '../schemas/evidence';
import { STATUSES } from '../schemas/status';
import type { SupportCell } from '../schemas/support';
import type { Dataset } from './dataset/types';

const VERDICT_WEIGHT: Record<Verdict, number> = { contradicted: 2, refined: 1, new: 1, confirmed: 0 };

/** The report-layer value fields of a cell that evidence is compared with. */
type CellValue = Pick<SupportCell, 'status' | 'level' | 'values'>;

/** Evidence entries for one cell, newest first. */
export function sortEvidence(entries: Evidence[]): Evidence[] {
  return [...entries].sort(
    (a, b) => b.date.localeCompare(a.date) || VERDICT_WEIGHT[b.verdict] - VERDICT_WEIGHT[a.verdict],
  );
}

/** Whether an entry shows a value (a status, a level or options) at all. */
export function showsValue(entry: Pick<Evidence, 'status' | 'level' | 'values'>): boolean {
  return entry.status !== undefined || entry.level !== undefined || entry.values !== undefined;
}

/** Whether an entry shows a value other than the cell's report value (any value differs from none). */
export function differsFromReport(entry: Pick<Evidence, 'status' | 'level' | 'values'>, cell: CellValue): boolean {
  if (entry.status !== undefined) return entry.status !== cell.status;
  if (entry.level !== undefined) return entry.level !== cell.level;
  if (entry.values !== undefined) {
    const report = new Set(cell.values ?? []);
    return entry.values.length !== report.size || entry.values.some((value) => !report.has(value));
  }
  return false;
}

/**
 * The entry whose value is the cell's value today, where it differs from the report's; undefined
 * where every entry agrees with the report (or shows no value). A contradiction outranks a
 * refinement or a new entry, then the newer source, then the stronger status.
 */
export function findCurrentEvidence(cell: CellValue & { evidence: Evidence[] }): Evidence | undefined {
  return cell.evidence
    .filter((e) => e.verdict !== 'confirmed' && differsFromReport(e, cell))
    .sort(
      (a, b) =>
        VERDICT_WEIGHT[b.verdict] - VERDICT_WEIGHT[a.verdict] ||
        b.date.localeCompare(a.date) ||
        STATUSES.indexOf(a.status ?? 'unknown') - STATUSES.indexOf(b.status ?? 'unknown'),
    )[0];
}

/** How many evidence entries there are per verdict, and how many cells show a different value now. */
export function countEvidence(dataset: Dataset) {
  const by = (verdict: Verdict) => dataset.evidence.filter((e) => e.verdict === verdict).length;
  const cells = Object.values(dataset.cells).flatMap((row) => Object.values(row));
  return {
    total: dataset.evidence.length,
    confirmed: by('confirmed'),
    refined: by('refined'),
    contradicted: by('contradicted'),
    new: by('new'),
    changed: cells.filter((cell) => cell.covered && findCurrentEvidence(cell)).length,
  };
}
