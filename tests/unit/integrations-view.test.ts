import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { buildIntegrationsPage, viewIntegrationCell, viewIntegrationToday } from '../../src/lib/view/integrations';
import type { Integration } from '../../src/schemas/integration';

const dataset = buildDataset(readContent(process.cwd()));
const link = (route: string) => route;
const href = (id: string) => link(`/frameworks/${id}/`);

const base: Integration = {
  id: 'a-in-b',
  frameworks: ['unsloth'],
  label: { en: 'A in B', ja: 'B内のA' },
  status: 'full',
  report: '✅',
  note: { en: 'Works.', ja: '使えます。' },
  official: true,
  settings: [{ key: 'a_on', value: true }],
  constraints: [],
};
const today = {
  status: 'none' as const,
  date: '2026-04-21',
  dateKind: 'published' as const,
  url: 'https://example.org/commit/1',
  title: 'Commit 1',
  summary: { en: 'Removed.', ja: '削除されました。' },
  settings: [{ key: 'b_on', value: true }],
};

describe('viewIntegrationCell', () => {
  it("shows the report's status alone when there is no today layer", () => {
    const cell = viewIntegrationCell(base, 'en', '2025-12-19');
    expect(cell.status).toBe('full');
    expect(cell.today).toBeUndefined();
    expect(cell.evidence).toEqual([]);
  });

  it("puts today's status beside the report's as contradicting evidence where it differs", () => {
    const cell = viewIntegrationCell({ ...base, today }, 'ja', '2025-12-19');
    expect(cell.status).toBe('full');
    expect(cell.today).toMatchObject({
      status: 'none',
      entry: { verdict: 'contradicted', age: 'newer', date: '2026-04-21', summary: '削除されました。' },
    });
  });

  it('keeps a today layer with the same status as evidence only', () => {
    const cell = viewIntegrationCell({ ...base, today: { ...today, status: 'full' } }, 'en', '2025-12-19');
    expect(cell.today).toBeUndefined();
    expect(viewIntegrationToday({ ...base, today: { ...today, status: 'full' } }, 'en', '2025-12-19')?.verdict).toBe(
      'refined',
    );
  });
});

describe('buildIntegrationsPage', () => {
  it('features every combination with settings, marks removed ones and carries their replacement', () => {
    const page = buildIntegrationsPage(dataset, 'en', link);
    expect(page.featured.map((f) => f.id)).toEqual(
      dataset.integrations.filter((i) => i.settings.length).map((i) => i.id),
    );
    for (const item of page.featured) {
      const integration = dataset.integrations.find((i) => i.id === item.id)!;
      expect(item.removed).toBe(integration.today?.status === 'none');
      expect(item.today?.yaml?.split('\n').filter((l) => !l.startsWith('#'))).toEqual(
        integration.today?.settings.length
          ? integration.today.settings.map((s) => `${s.key}: ${String(s.value)}`)
          : undefined,
      );
    }
  });

  it("lists every combination, each with today's layer where the data has one", () => {
    const page = buildIntegrationsPage(dataset, 'ja', link);
    expect(page.rows.map((r) => r.id)).toEqual(dataset.integrations.map((i) => i.id));
    for (const row of page.rows) {
      const integration = dataset.integrations.find((i) => i.id === row.id)!;
      expect(row.today?.summary).toBe(integration.today?.summary.ja);
      expect(row.frameworks.map((f) => f.href)).toEqual(integration.frameworks.map(href));
    }
  });
});
