import { STATUSES, type Status } from '../../schemas/status';
import type { CellView } from '../cells';

/** A cell view for a bare status, for legends and tables whose rows are not framework x feature cells. */
export function viewStatus(status: Status): CellView {
  return {
    framework: '',
    feature: '',
    kind: 'support',
    status,
    estimated: false,
    silent: false,
    covered: true,
    reportDate: '',
    evidence: [],
    shows: { report: status, today: status },
    sources: [],
  };
}

/** The legend's entries, in the statuses' order. */
export function buildLegend(): { status: Status; cell: CellView }[] {
  return STATUSES.map((status) => ({ status, cell: viewStatus(status) }));
}
