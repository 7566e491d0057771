import type { Dataset } from '../dataset/types';
import type { Feature } from '../../schemas/feature';
import type { Locale } from '../i18n/locales';
import { getCell, viewCell, type CellView } from '../cells';
import type { LayerView } from '../layer-view';

/** Builds an href for a locale-free route (pages pass `link` bound to their locale). */
export type { LinkTo } from '../routes';
import { routes, type LinkTo } from '../routes';

/** A footnote marker in a cell and the ids that tie it to its note below the table. */
export interface NoteRef {
  marker: number;
  noteId: string;
  refId: string;
}

/** One cell of a comparison table. */
export interface MatrixCell {
  view: CellView;
  note?: NoteRef;
}

/** A note below a table: the cell's explanation and its sources, with a link back to the cell. */
export interface MatrixNote extends NoteRef {
  frameworkId: string;
  framework: string;
  feature: string;
  text: string;
  sources: { url: string; title: string }[];
  /** Shown in this view only (its row is). */
  only?: LayerView;
}

/** A row: the feature (linked to its page) and one cell per framework column. */
export interface MatrixRow {
  /** The feature id (`data-row`). */
  id: string;
  /** The row's element id: the feature id, or `<feature>-report` for a row shown in the report view only. */
  anchor: string;
  /** Shown in this view only (a pair page files the row under another heading in the other view). */
  only?: LayerView;
  label: string;
  href: string;
  cells: MatrixCell[];
}

export interface MatrixTable {
  id: string;
  rows: MatrixRow[];
  notes: MatrixNote[];
}

/** A framework column header. */
export interface FrameworkColumn {
  id: string;
  name: string;
  href: string;
}

/** Framework columns: all in `order`, or the given ids in the given order. */
export function buildColumns(dataset: Dataset, link: LinkTo, only?: readonly string[]): FrameworkColumn[] {
  const ids = only ?? dataset.frameworks.map((f) => f.id);
  return ids.map((id) => ({
    id,
    name: dataset.frameworks.find((f) => f.id === id)?.name ?? id,
    href: link(routes.framework(id)),
  }));
}

/**
 * Builds a table of features x frameworks from the dataset's cells, numbering the notes in reading
 * order. `only` marks rows (and their notes) that belong to one view.
 */
export function buildMatrixTable(
  dataset: Dataset,
  id: string,
  features: readonly Feature[],
  frameworks: readonly string[],
  locale: Locale,
  link: LinkTo,
  only: (featureId: string) => LayerView | undefined = () => undefined,
): MatrixTable {
  const notes: MatrixNote[] = [];
  const names = new Map(dataset.frameworks.map((f) => [f.id, f.name]));
  const rows = features.map((feature) => ({
    id: feature.id,
    anchor: only(feature.id) === 'report' ? `${feature.id}-report` : feature.id,
    ...(only(feature.id) ? { only: only(feature.id)! } : {}),
    label: feature.label[locale],
    href: link(routes.feature(feature.id)),
    cells: frameworks.map((fw): MatrixCell => {
      const cell = getCell(dataset, fw, feature.id);
      const view = viewCell(cell, feature, locale, dataset.report.surveyDate);
      if (!view.note && cell.sources.length === 0) return { view };
      const ref = {
        marker: notes.length + 1,
        noteId: `note-${id}-${feature.id}-${fw}`,
        refId: `ref-${id}-${feature.id}-${fw}`,
      };
      const shownIn = only(feature.id);
      notes.push({
        ...ref,
        frameworkId: fw,
        framework: names.get(fw) ?? fw,
        feature: feature.label[locale],
        text: view.note ?? '',
        sources: cell.sources,
        ...(shownIn ? { only: shownIn } : {}),
      });
      return { view, note: ref };
    }),
  }));
  return { id, rows, notes };
}
