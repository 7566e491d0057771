import type { Evidence } from '../schemas/evidence';
import { STATUSES, type Status } from '../schemas/status';

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
