import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';
import type { Integration } from '../../schemas/integration';
import { routes, type LinkTo } from '../routes';

/** Writes integration settings as YAML text, each comment on the line above its key. */
export function formatSettings(settings: Integration['settings'], locale: Locale): string {
  return settings
    .flatMap((s) => [...(s.comment ? [`# ${s.comment[locale]}`] : []), `${s.key}: ${typeof s.value === 'string' ? JSON.stringify(s.value) : String(s.value)}`])
    .join('\n');
}

/** The integrations page: the featured integration with settings, then every combination. */
export function buildIntegrationsPage(dataset: Dataset, locale: Locale, link: LinkTo) {
  const name = (id: string) => dataset.frameworks.find((f) => f.id === id)?.name ?? id;
  const rows = dataset.integrations.map((i) => ({
    id: i.id,
    label: i.label[locale],
    status: i.status,
    official: i.official,
    note: i.note[locale],
    frameworks: i.frameworks.map((id) => ({ id, name: name(id), href: link(routes.framework(id)) })),
    yaml: i.settings.length ? formatSettings(i.settings, locale) : undefined,
    constraints: i.constraints.map((c) => c[locale]),
  }));
  return { featured: rows.filter((r) => r.yaml), rows };
}
