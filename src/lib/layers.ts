// A cell's two layers (the report's value and today's) and the one function that gives a cell's
// value in a view: every derived result (filters, pair pages, "who supports it", notices) uses it.
import type { Evidence } from '../schemas/evidence';
import type { Status } from '../schemas/status';
import type { SupportCell } from '../schemas/support';
import { findCurrentEvidence } from './evidence';
import type { LayerView } from './layer-view';

/** The report layer of a cell the report does not cover. */
export const NOT_COVERED = 'not-covered';

/** What one layer of a cell says: a status (support rows), a level or options (the other rows). */
export interface LayerValue {
  status?: Status | typeof NOT_COVERED;
  level?: string;
  values?: string[];
  estimated: boolean;
  detail?: { en: string; ja: string };
}

/** Both layers of a cell and the evidence entry today's value comes from (absent where today = report). */
export interface CellLayers {
  covered: boolean;
  report: LayerValue;
  today: LayerValue;
  winner?: Evidence;
}

/** The report's layer: its value and marks, or "not covered" where the report does not cover the cell. */
function readReport(cell: SupportCell): LayerValue {
  if (!cell.covered) return { status: NOT_COVERED, estimated: false };
  return {
    ...(cell.status ? { status: cell.status } : {}),
    ...(cell.level ? { level: cell.level } : {}),
    ...(cell.values ? { values: cell.values } : {}),
    ...(cell.detail ? { detail: cell.detail } : {}),
    estimated: cell.estimated,
  };
}

/** Splits a cell into its report and today layers. */
export function readCellLayers(cell: SupportCell): CellLayers {
  const covered = cell.covered;
  const report = readReport(cell);
  const winner = findCurrentEvidence(cell);
  if (!winner) return { covered, report, today: report };
  const today: LayerValue = {
    ...(winner.status
      ? { status: winner.status }
      : report.status && !winner.level && !winner.values
        ? { status: report.status }
        : {}),
    ...(winner.level ? { level: winner.level } : {}),
    ...(winner.values ? { values: winner.values } : {}),
    ...(winner.detail ? { detail: winner.detail } : {}),
    estimated: false,
  };
  return { covered, report, today, winner };
}

/** A cell's value in a view. */
export function valueIn(cell: SupportCell, view: LayerView): LayerValue {
  const layers = readCellLayers(cell);
  return view === 'report' ? layers.report : layers.today;
}

/** A cell's status in a view (undefined for rating and options rows). */
export function statusIn(cell: SupportCell, view: LayerView): LayerValue['status'] {
  return valueIn(cell, view).status;
}

/** A string that is equal for two layer values exactly when a reader sees the same thing (notes aside). */
export function valueKey(value: LayerValue): string {
  const what =
    value.status ??
    (value.level
      ? `level:${value.level}`
      : value.values
        ? `values:${[...value.values].sort().join(',')}`
        : NOT_COVERED);
  return value.estimated ? `${what}~estimated` : what;
}

/** How an evidence entry relates to the report in time and scope, for its label. */
export type EvidenceAge = 'newer' | 'missed' | 'earlier' | 'not-covered';

/**
 * "newer" only from the survey date on; an older source that refines or contradicts the report is
 * evidence the report missed, one that confirms it is an earlier source; `new` entries are about cells
 * the report does not cover.
 */
export function labelEvidence(entry: Pick<Evidence, 'date' | 'verdict'>, surveyDate: string): EvidenceAge {
  if (entry.verdict === 'new') return 'not-covered';
  if (entry.date >= surveyDate) return 'newer';
  return entry.verdict === 'confirmed' ? 'earlier' : 'missed';
}
