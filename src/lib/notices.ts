// Notices beside a claim: for each cell of the claim's basis whose today value differs from the
// report's, what the winning evidence shows, for which framework, dated and linked. Built from the
// evidence entry (status or value, summary, source), never hand-written.
import type { Feature } from '../schemas/feature';
import type { Dataset } from './dataset/types';
import type { Locale } from './i18n/locales';
import { expandBasis } from './basis';
import { joinList } from './format';
import { labelEvidence, readCellLayers, type EvidenceAge, type LayerValue } from './layers';
import { isSupported } from './compare/filter-state';

/** One notice, already in one locale. */
export interface Notice {
  /** `<framework>/<feature>`: stable, for tests and anchors. */
  cell: string;
  framework: string;
  feature: string;
  age: EvidenceAge;
  date: string;
  today: string;
  report: string;
  summary: string;
  url: string;
  title: string;
}

/** Words for statuses in the page's language (the caller passes its translations). */
export type StatusWord = (status: NonNullable<LayerValue['status']>) => string;

/** A layer value as words: a status, a level's label, or the options' labels, with the detail. */
export function describeValue(value: LayerValue, feature: Feature, locale: Locale, statusWord: StatusWord): string {
  const text = value.status
    ? statusWord(value.status)
    : value.level
      ? (feature.levels?.[value.level]?.label[locale] ?? value.level)
      : value.values
        ? joinList(
            value.values.map((id) => feature.options?.[id]?.label[locale] ?? id),
            locale,
          )
        : statusWord('not-covered');
  if (!value.detail) return text;
  return locale === 'ja' ? `${text}（${value.detail.ja}）` : `${text} (${value.detail.en})`;
}

/**
 * The notices for a basis: one per cell whose today value differs from the report's. A cell the
 * report does not cover counts only where its evidence shows support or a value (an unknown or none
 * about a framework outside the report says nothing against the claim).
 */
export function buildNotices(
  dataset: Dataset,
  basis: readonly string[],
  locale: Locale,
  statusWord: StatusWord,
): Notice[] {
  const names = new Map(dataset.frameworks.map((f) => [f.id, f.name]));
  const features = new Map(dataset.features.map((f) => [f.id, f]));
  return expandBasis(
    basis,
    dataset.frameworks.map((f) => f.id),
  ).flatMap(({ framework, feature }) => {
    const cell = dataset.cells[framework]?.[feature];
    const row = features.get(feature);
    if (!cell || !row) return [];
    const layers = readCellLayers(cell);
    const winner = layers.winner;
    if (!winner) return [];
    if (!layers.covered && !(isSupported(layers.today.status) || layers.today.level || layers.today.values)) return [];
    return [
      {
        cell: `${framework}/${feature}`,
        framework: names.get(framework) ?? framework,
        feature: row.label[locale],
        age: labelEvidence(winner, dataset.report.surveyDate),
        date: winner.date,
        today: describeValue(layers.today, row, locale, statusWord),
        report: describeValue(layers.report, row, locale, statusWord),
        summary: winner.summary[locale],
        url: winner.url,
        title: winner.title,
      },
    ];
  });
}

/** The basis of a guide's prose: every cell of its front matter's frameworks × features. */
export function guideBasis(guide: { frameworks: readonly string[]; features: readonly string[] }): string[] {
  return guide.frameworks.flatMap((framework) => guide.features.map((feature) => `${framework}/${feature}`));
}

/** A claim as a page shows it: its text and the notices of newer evidence on its basis. */
export interface Claim {
  text: string;
  notices: Notice[];
}

/** Builds a claim from a localized item that declares its basis. */
export function buildClaim(
  dataset: Dataset,
  item: { en: string; ja: string; basis: readonly string[] },
  locale: Locale,
  statusWord: StatusWord,
): Claim {
  return { text: item[locale], notices: buildNotices(dataset, item.basis, locale, statusWord) };
}
