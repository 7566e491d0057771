import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';
import type { Integration } from '../../schemas/integration';
import { routes, type LinkTo } from '../routes';
import type { CellView, EvidenceEntryView } from '../cells';
import { viewStatus } from './legend';
import { labelEvidence } from '../layers';

/** Writes integration settings as YAML text, each comment on the line above its key. */
export function formatSettings(settings: Integration['settings'], locale: Locale): string {
  return settings
    .flatMap((s) => [
      ...(s.comment ? [`# ${s.comment[locale]}`] : []),
      `${s.key}: ${typeof s.value === 'string' ? JSON.stringify(s.value) : String(s.value)}`,
    ])
    .join('\n');
}

/** The today layer of a combination as one evidence entry: contradicted where its status differs from the report's. */
export function viewIntegrationToday(
  integration: Integration,
  locale: Locale,
  surveyDate: string,
): EvidenceEntryView | undefined {
  const today = integration.today;
  if (!today) return undefined;
  const verdict = today.status === integration.status ? 'refined' : 'contradicted';
  return {
    id: `integration-${integration.id}`,
    verdict,
    age: labelEvidence({ date: today.date, verdict }, surveyDate),
    status: today.status,
    date: today.date,
    dateKind: today.dateKind,
    url: today.url,
    title: today.title,
    summary: today.summary[locale],
  };
}

/** A combination's status as a cell view, so StatusCell shows the report's status and today's beside it. */
export function viewIntegrationCell(integration: Integration, locale: Locale, surveyDate: string): CellView {
  const cell = { ...viewStatus(integration.status), reportDate: surveyDate };
  const today = viewIntegrationToday(integration, locale, surveyDate);
  if (!today) return cell;
  const differs = today.status !== undefined && today.status !== integration.status;
  return {
    ...cell,
    evidence: [today],
    ...(differs
      ? { today: { status: today.status!, entry: today }, shows: { report: integration.status, today: today.status! } }
      : {}),
  };
}

/** One row per combination, for the tables on /integrations/ and /compare/. */
export function buildCombinationRows(dataset: Dataset, locale: Locale, link: LinkTo) {
  const name = (id: string) => dataset.frameworks.find((f) => f.id === id)?.name ?? id;
  return dataset.integrations.map((i) => ({
    id: i.id,
    label: i.label[locale],
    cell: viewIntegrationCell(i, locale, dataset.report.surveyDate),
    note: i.note[locale],
    today: viewIntegrationToday(i, locale, dataset.report.surveyDate),
    frameworks: i.frameworks.map((id) => ({ id, name: name(id), href: link(routes.framework(id)) })),
  }));
}

export type CombinationRow = ReturnType<typeof buildCombinationRows>[number];

/** The integrations page: each combination the report documents with settings (and what replaced them), then every combination. */
export function buildIntegrationsPage(dataset: Dataset, locale: Locale, link: LinkTo) {
  const rows = buildCombinationRows(dataset, locale, link);
  const featured = dataset.integrations
    .filter((i) => i.settings.length)
    .map((i) => {
      const today = i.today;
      return {
        id: i.id,
        label: i.label[locale],
        official: i.official,
        cell: viewIntegrationCell(i, locale, dataset.report.surveyDate),
        note: i.note[locale],
        yaml: formatSettings(i.settings, locale),
        /** The report's settings no longer work: no copy button, and a warning. */
        removed: today?.status === 'none',
        constraints: i.constraints.map((c) => c[locale]),
        today: today && {
          ...viewIntegrationToday(i, locale, dataset.report.surveyDate)!,
          yaml: today.settings.length ? formatSettings(today.settings, locale) : undefined,
          settingsSource: today.settingsSource,
          error: today.error,
        },
      };
    });
  return { featured, rows };
}
