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
  /** False where the report does not cover the cell (its framework or feature): evidence alone gives its value. */
  covered: boolean;
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
  /** Level id or option ids the entry shows (qualitative rows), for `data-current-level` / `data-current-values`. */
  valueIds?: string;
  /** The level or options the entry shows, in the locale. */
  value?: string;
  detail?: string;
  date: string;
  dateKind: Evidence['dateKind'];
  url: string;
  title: string;
  summary: string;
}

function labelValue(feature: Feature, locale: Locale, level?: string, values?: string[], more = false): string | undefined {
  if (level) return feature.levels?.[level]?.label[locale] ?? level;
  if (!values) return undefined;
  const labels = values.map((id) => feature.options?.[id]?.label[locale] ?? id);
  return joinList(labels, locale) + (more ? (locale === 'ja' ? '等' : ', etc.') : '');
}

function viewEvidence(entry: Evidence, feature: Feature, locale: Locale): EvidenceView {
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
  const valueIds = entry.level ?? entry.values?.join(' ');
  const value = labelValue(feature, locale, entry.level, entry.values);
  if (valueIds && value) Object.assign(view, { valueIds, value });
  if (entry.detail) view.detail = entry.detail[locale];
  return view;
}

/** Turns a support cell into what a reader sees in a locale. */
export function viewCell(cell: SupportCell, feature: Feature, locale: Locale): CellView {
  const view: CellView = {
    framework: cell.framework,
    feature: cell.feature,
    kind: feature.kind,
    estimated: cell.estimated,
    silent: cell.covered && !cell.report.summary && !cell.report.detail,
    covered: cell.covered,
    evidence: cell.evidence.map((entry) => viewEvidence(entry, feature, locale)),
    sources: cell.sources,
  };
  const current = findCurrentEvidence(cell);
  if (current) view.current = viewEvidence(current, feature, locale);
  if (cell.status) view.status = cell.status;
  const valueIds = cell.level ?? cell.values?.join(' ');
  const value = labelValue(feature, locale, cell.level, cell.values, cell.more);
  if (valueIds && value) Object.assign(view, { valueIds, value });
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
