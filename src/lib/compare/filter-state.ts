import type { Status } from '../../schemas/status';

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
export function isSupported(status: Status | undefined): boolean {
  return status !== undefined && SUPPORTED_STATUSES.includes(status);
}

const listParam = (params: URLSearchParams, name: string): string[] =>
  (params.get(name) ?? '').split(',').map((id) => id.trim()).filter(Boolean);

/** Reads `?fw=a,b&must=x,y`, dropping unknown ids and keeping the known order; no `fw` means all frameworks. */
export function parseFilterState(search: string, frameworks: readonly string[], features: readonly string[]): FilterState {
  const params = new URLSearchParams(search);
  const fw = new Set(listParam(params, 'fw'));
  const must = new Set(listParam(params, 'must'));
  const shown = frameworks.filter((id) => fw.has(id));
  return {
    frameworks: params.has('fw') && shown.length > 0 ? shown : [...frameworks],
    must: features.filter((id) => must.has(id)),
  };
}

/** Writes the state as a query string (`?fw=...&must=...`), leaving out what equals the default; '' when nothing is set. */
export function serializeFilterState(state: FilterState, frameworks: readonly string[]): string {
  const params: string[] = [];
  const all = frameworks.every((id) => state.frameworks.includes(id));
  if (!all) params.push(`fw=${state.frameworks.join(',')}`);
  if (state.must.length) params.push(`must=${state.must.join(',')}`);
  return params.length ? `?${params.join('&')}` : '';
}

/** The frameworks (in the given order) whose cells support every feature in `must`. */
export function findFrameworksMeeting(
  statuses: Record<string, Record<string, Status | undefined>>,
  frameworks: readonly string[],
  must: readonly string[],
): string[] {
  return frameworks.filter((fw) => must.every((feature) => isSupported(statuses[fw]?.[feature])));
}
