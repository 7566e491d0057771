import type { Feature } from '../schemas/feature';
import type { Status } from '../schemas/status';
import type { SupportCell } from '../schemas/support';
import type { Dataset } from './dataset/types';
import type { Locale } from './i18n/locales';
import { joinList } from './format';
import { findCurrentEvidence } from './evidence';
import type { Evidence } from '../schemas/evidence';

/** What a cell shows, already in one locale: the only input StatusCell needs. */
export interface CellView {
  framework: string;
  feature: string;
  kind: Feature['kind'];
  status?: Status;
  estimated: boolean;
  /** Level id or option ids, for `data-level` / `data-values`. */
  valueIds?: string;
  /** Visible value for rating and options features. */
  value?: string;
  detail?: string;
  note?: string;
  /** The report says nothing about this cell. */
  silent: boolean;
  /** Newer public evidence about the cell, newest first. */
  evidence: EvidenceView[];
  /** The evidence whose status differs from the report's, shown beside it. */
  current?: EvidenceView;
  /** Sources besides the report itself. */
  sources: { url: string; title: string }[];
}

/** One evidence entry in one locale. */
export interface EvidenceView {
  id: string;
  verdict: Evidence['verdict'];
  status?: Status;
  date: string;
  dateKind: Evidence['dateKind'];
  url: string;
  title: string;
  summary: string;
}

function viewEvidence(entry: Evidence, locale: Locale): EvidenceView {
  const view: EvidenceView = {
    id: `${entry.framework}-${entry.id}`,
    verdict: entry.verdict,
    date: entry.date,
    dateKind: entry.dateKind,
    url: entry.url,
    title: entry.title,
    summary: entry.summary[locale],
  };
  if (entry.status) view.status = entry.status;
  return view;
}

/** Turns a support cell into what a reader sees in a locale. */
export function viewCell(cell: SupportCell, feature: Feature, locale: Locale): CellView {
  const view: CellView = {
    framework: cell.framework,
    feature: cell.feature,
    kind: feature.kind,
    estimated: cell.estimated,
    silent: !cell.report.summary && !cell.report.detail,
    evidence: cell.evidence.map((entry) => viewEvidence(entry, locale)),
    sources: cell.sources,
  };
  const current = findCurrentEvidence(cell.status, cell.evidence);
  if (current) view.current = viewEvidence(current, locale);
  if (cell.status) view.status = cell.status;
  if (cell.level) {
    view.valueIds = cell.level;
    view.value = feature.levels?.[cell.level]?.label[locale] ?? cell.level;
  }
  if (cell.values) {
    view.valueIds = cell.values.join(' ');
    const labels = cell.values.map((id) => feature.options?.[id]?.label[locale] ?? id);
    view.value = joinList(labels, locale) + (cell.more ? (locale === 'ja' ? '等' : ', etc.') : '');
  }
  if (cell.detail) view.detail = cell.detail[locale];
  if (cell.note) view.note = cell.note[locale];
  return view;
}

/** The cell of a framework for a feature, which integrity checks guarantee exists. */
export function getCell(dataset: Dataset, framework: string, feature: string): SupportCell {
  const cell = dataset.cells[framework]?.[feature];
  if (!cell) throw new Error(`no cell for ${framework} x ${feature}`);
  return cell;
}
