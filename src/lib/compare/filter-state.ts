import type { Status } from '../../schemas/status';
import type { LayerView } from '../layer-view';

/** What the comparison filter shows: which frameworks, and which features they must support. */
export interface FilterState {
  /** Frameworks shown, in column order; every framework when the URL does not say. */
  frameworks: string[];
  /** Support features every highlighted framework must support. */
  must: string[];
}

/** Statuses that count as "supports" for the must-support filter (estimated cells count by their status). */
export const SUPPORTED_STATUSES: readonly Status[] = ['full', 'partial', 'experimental'];

/** True when a status counts as support: full, partial or experimental. */
export function isSupported(status: string | undefined): boolean {
  return status !== undefined && (SUPPORTED_STATUSES as readonly string[]).includes(status);
}

const listParam = (params: URLSearchParams, name: string): string[] =>
  (params.get(name) ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);

/** Reads `?fw=a,b&must=x,y`, dropping unknown ids and keeping the known order; no `fw` means all frameworks. */
export function parseFilterState(
  search: string,
  frameworks: readonly string[],
  features: readonly string[],
): FilterState {
  const params = new URLSearchParams(search);
  const fw = new Set(listParam(params, 'fw'));
  const must = new Set(listParam(params, 'must'));
  const shown = frameworks.filter((id) => fw.has(id));
  return {
    frameworks: params.has('fw') && shown.length > 0 ? shown : [...frameworks],
    must: features.filter((id) => must.has(id)),
  };
}

/**
 * Writes the state as a query string (`?fw=...&must=...`), leaving out what equals the default; '' when
 * nothing is set. Other parameters of `search` (the view, `?view=report`) are kept.
 */
export function serializeFilterState(state: FilterState, frameworks: readonly string[], search = ''): string {
  const params = new URLSearchParams(search);
  params.delete('fw');
  params.delete('must');
  const all = frameworks.every((id) => state.frameworks.includes(id));
  if (!all) params.set('fw', state.frameworks.join(','));
  if (state.must.length) params.set('must', state.must.join(','));
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/**
 * A table cell's status in a view, from its `data-status` (the report's) and `data-current-status`
 * (today's, present only where it differs). `not-covered` (the report does not cover the cell) is
 * returned as is and never counts as support.
 */
export function readCellStatus(
  cell: { status?: string | undefined; currentStatus?: string | undefined },
  view: LayerView,
): string | undefined {
  return view === 'report' ? cell.status : (cell.currentStatus ?? cell.status);
}

/** The frameworks (in the given order) whose cells support every feature in `must`. */
export function findFrameworksMeeting(
  statuses: Record<string, Record<string, string | undefined>>,
  frameworks: readonly string[],
  must: readonly string[],
): string[] {
  return frameworks.filter((fw) => must.every((feature) => isSupported(statuses[fw]?.[feature])));
}
