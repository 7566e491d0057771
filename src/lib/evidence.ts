import type { Evidence } from '../schemas/evidence';
import { STATUSES, type Status } from '../schemas/status';
import type { Dataset } from './dataset/types';

const VERDICT_WEIGHT = { contradicted: 2, refined: 1, confirmed: 0 } as const;

/** Evidence entries for one cell, newest first. */
export function sortEvidence(entries: Evidence[]): Evidence[] {
  return [...entries].sort((a, b) => b.date.localeCompare(a.date) || VERDICT_WEIGHT[b.verdict] - VERDICT_WEIGHT[a.verdict]);
}

/**
 * The status newer evidence shows where it differs from the report's, or undefined where the
 * evidence agrees (or has no status). A contradiction outranks a refinement, then the newer source,
 * then the stronger status.
 */
export function findCurrentEvidence(reportStatus: Status | undefined, entries: Evidence[]): Evidence | undefined {
  return entries
    .filter((e) => e.status && e.verdict !== 'confirmed' && e.status !== reportStatus)
    .sort(
      (a, b) =>
        VERDICT_WEIGHT[b.verdict] - VERDICT_WEIGHT[a.verdict] ||
        b.date.localeCompare(a.date) ||
        STATUSES.indexOf(a.status!) - STATUSES.indexOf(b.status!),
    )[0];
}

/** How many evidence entries there are per verdict, and how many cells show a different status now. */
export function countEvidence(dataset: Dataset) {
  const by = (verdict: Evidence['verdict']) => dataset.evidence.filter((e) => e.verdict === verdict).length;
  const cells = Object.values(dataset.cells).flatMap((row) => Object.values(row));
  return {
    total: dataset.evidence.length,
    confirmed: by('confirmed'),
    refined: by('refined'),
    contradicted: by('contradicted'),
    changed: cells.filter((cell) => findCurrentEvidence(cell.status, cell.evidence)).length,
  };
}
