import type { Feature } from '../schemas/feature';
import type { Status } from '../schemas/status';
import type { SupportCell } from '../schemas/support';
import type { Dataset } from './dataset/types';
import type { Locale } from './i18n/locales';
import { joinList } from './format';
import type { Evidence } from '../schemas/evidence';
import { labelEvidence, readCellLayers, valueKey, type EvidenceAge } from './layers';

/** What a cell shows, already in one locale: the only input StatusCell needs. Its own fields are the report's layer. */
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
  /** The report's survey date, for the "Report (date): ..." line. */
  reportDate: string;
  /** Evidence about the cell, newest first. */
  evidence: EvidenceEntryView[];
  /** Today's layer, where it differs from the report's (absent where today = report). */
  today?: TodayView;
  /** What each layer displays, as comparable keys (`data-shows`): equal keys mean the reader sees the same. */
  shows: { report: string; today: string };
  /** Sources besides the report itself. */
  sources: { url: string; title: string }[];
}

/** Today's value of a cell where it differs from the report's, with the evidence entry it comes from. */
export interface TodayView {
  status?: Status;
  /** Level id or option ids, for `data-current-level` / `data-current-values`. */
  valueIds?: string;
  value?: string;
  detail?: string;
  entry: EvidenceEntryView;
}

/** One evidence entry in one locale (not to be confused with the today / report view of the page). */
export interface EvidenceEntryView {
  id: string;
  verdict: Evidence['verdict'];
  /** Its label: newer evidence, evidence the report missed, an earlier source, or beyond the report. */
  age: EvidenceAge;
  status?: Status;
  /** Level id or option ids the entry shows (qualitative rows). */
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

function labelValue(
  feature: Feature,
  locale: Locale,
  level?: string,
  values?: string[],
  more = false,
): string | undefined {
  if (level) return feature.levels?.[level]?.label[locale] ?? level;
  if (!values) return undefined;
  const labels = values.map((id) => feature.options?.[id]?.label[locale] ?? id);
  return joinList(labels, locale) + (more ? (locale === 'ja' ? '等' : ', etc.') : '');
}

function viewEvidence(entry: Evidence, feature: Feature, locale: Locale, surveyDate: string): EvidenceEntryView {
  const view: EvidenceEntryView = {
    id: `${entry.framework}-${entry.id}`,
    verdict: entry.verdict,
    age: labelEvidence(entry, surveyDate),
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

/** Turns a support cell into what a reader sees in a locale: the report's layer, and today's where it differs. */
export function viewCell(cell: SupportCell, feature: Feature, locale: Locale, surveyDate: string): CellView {
  const layers = readCellLayers(cell);
  const view: CellView = {
    framework: cell.framework,
    feature: cell.feature,
    kind: feature.kind,
    estimated: cell.estimated,
    silent: cell.covered && !cell.report.summary && !cell.report.detail,
    covered: cell.covered,
    reportDate: surveyDate,
    evidence: cell.evidence.map((entry) => viewEvidence(entry, feature, locale, surveyDate)),
    shows: { report: valueKey(layers.report), today: valueKey(layers.today) },
    sources: cell.sources,
  };
  if (layers.winner) {
    const today: TodayView = { entry: viewEvidence(layers.winner, feature, locale, surveyDate) };
    if (layers.today.status && layers.today.status !== 'not-covered') today.status = layers.today.status;
    const valueIds = layers.today.level ?? layers.today.values?.join(' ');
    const value = labelValue(feature, locale, layers.today.level, layers.today.values);
    if (valueIds && value) Object.assign(today, { valueIds, value });
    if (layers.today.detail) today.detail = layers.today.detail[locale];
    view.today = today;
  }
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
