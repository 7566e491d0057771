/** How cells are shown: exactly as in the report, or with newer evidence beside the report's status. */
export const EVIDENCE_VIEWS = ['current', 'report'] as const;
export type EvidenceView = (typeof EVIDENCE_VIEWS)[number];

/** Reads the view from a URL query (`?view=report`); anything else means the default, `current`. */
export function readEvidenceView(search: string): EvidenceView {
  return new URLSearchParams(search).get('view') === 'report' ? 'report' : 'current';
}

/** Writes the view into a URL query, keeping other parameters; the default is left out. */
export function writeEvidenceView(search: string, view: EvidenceView): string {
  const params = new URLSearchParams(search);
  if (view === 'report') params.set('view', 'report');
  else params.delete('view');
  const query = params.toString();
  return query ? `?${query}` : '';
}
