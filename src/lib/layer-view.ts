/**
 * Which layer of the data the reader looks at: `today` (the report, overruled where cited evidence
 * differs; the default) or `report` (exactly as in the report). Every derived result takes it as input.
 */
export const LAYER_VIEWS = ['today', 'report'] as const;
export type LayerView = (typeof LAYER_VIEWS)[number];

/** The default view: what static HTML renders and what a page without `?view=` shows. */
export const DEFAULT_LAYER_VIEW: LayerView = 'today';

/** The query parameter that carries the view. */
export const LAYER_VIEW_PARAM = 'view';

/** Reads the view from a URL query (`?view=report`); anything else means the default, `today`. */
export function readLayerView(search: string): LayerView {
  return new URLSearchParams(search).get(LAYER_VIEW_PARAM) === 'report' ? 'report' : 'today';
}

/** Writes the view into a URL query, keeping other parameters; the default is left out. */
export function writeLayerView(search: string, view: LayerView): string {
  const params = new URLSearchParams(search);
  if (view === 'report') params.set(LAYER_VIEW_PARAM, 'report');
  else params.delete(LAYER_VIEW_PARAM);
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** The event the view switch dispatches on `document` when the reader changes the view. */
export const LAYER_VIEW_CHANGE = 'layer-view-change';
