// Facts of the report on the guide, integrations, about and home pages, in both locales.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, listPages, loadPage } from '../helpers/dist';
import { frameworkIds, realDataset } from '../helpers/dataset';

const dataset = realDataset();

/** The report's "ユースケース別推奨": first choice, alternative (if any), and 一択. */
const RECOMMENDATIONS = {
  'individual-researchers': { first: 'unsloth', alternative: 'llamafactory', only: false },
  startups: { first: 'axolotl', alternative: 'llamafactory', only: false },
  'research-institutions': { first: 'axolotl', alternative: 'deepspeed', only: false },
  enterprises: { first: 'deepspeed', alternative: 'axolotl', only: false },
  moe: { first: 'deepspeed', alternative: undefined, only: true },
  'long-context': { first: 'axolotl', alternative: undefined, only: false },
  multimodal: { first: 'unsloth', alternative: undefined, only: false },
  'gui-required': { first: 'llamafactory', alternative: undefined, only: true },
} as const;
const NAMES = { unsloth: 'Unsloth', axolotl: 'Axolotl', llamafactory: 'LlamaFactory', deepspeed: 'DeepSpeed' } as const;
const LOCALES = [
  ['en', ''],
  ['ja', '/ja'],
] as const;

describe('guide pages', () => {
  describe.each(LOCALES)('%s', (locale, prefix) => {
    it.each(Object.entries(RECOMMENDATIONS))('%s names the report’s first choice and alternative', (id, rec) => {
      const doc = loadPage(`${prefix}/guides/${id}/`);
      expect(doc.documentElement.getAttribute('lang')).toBe(locale);
      const first = doc.querySelector('[data-first]')!;
      expect(first.getAttribute('data-first')).toBe(rec.first);
      expect(first.querySelector('a')?.getAttribute('href')).toBe(`${prefix}/frameworks/${rec.first}/`);
      expect(first.textContent).toContain(NAMES[rec.first]);
      expect(first.textContent!.includes(locale === 'ja' ? '一択' : 'only choice')).toBe(rec.only);
      const alternative = doc.querySelector('[data-alternative]');
      if (rec.alternative) {
        expect(alternative?.getAttribute('data-alternative')).toBe(rec.alternative);
        expect(alternative?.querySelector('a')?.getAttribute('href')).toBe(`${prefix}/frameworks/${rec.alternative}/`);
      } else {
        expect(alternative?.getAttribute('data-alternative')).toBe('');
        expect(alternative?.querySelector('a')).toBeNull();
      }
      // The MDX body renders, and its link components link in the page's locale.
      const prose = doc.querySelector('.prose')!;
      expect(prose.querySelector(`a[data-framework-link="${rec.first}"]`)?.getAttribute('href')).toBe(
        `${prefix}/frameworks/${rec.first}/`,
      );
    });

    it('lists every guide on the index with its first choice', () => {
      const doc = loadPage(`${prefix}/guides/`);
      for (const [id, rec] of Object.entries(RECOMMENDATIONS)) {
        const item = doc.querySelector(`[data-guide="${id}"]`)!;
        expect(item.querySelector('a')?.getAttribute('href')).toBe(`${prefix}/guides/${id}/`);
        expect(item.querySelector('[data-first]')?.textContent).toContain(NAMES[rec.first]);
      }
    });
  });

  it('shows the first choice’s cell for each feature the recommendation rests on', () => {
    const doc = loadPage('/guides/moe/');
    const cell = doc.querySelector('[data-framework="deepspeed"][data-feature="moe"]');
    expect(cell?.getAttribute('data-status')).toBe('full');
    const doc2 = loadPage('/ja/guides/gui-required/');
    expect(doc2.querySelector('[data-framework="llamafactory"][data-feature="gui"]')?.getAttribute('data-status')).toBe(
      'full',
    );
  });

  it('renders the English and Japanese reasons of the report', () => {
    expect(loadPage('/guides/enterprises/').querySelector('main')!.textContent).toContain(
      'A track record in production.',
    );
    expect(loadPage('/ja/guides/enterprises/').querySelector('main')!.textContent).toContain(
      '本番環境での実績があります。',
    );
  });
});

describe('integrations page', () => {
  const cellOfRow = (doc: Document, id: string) => doc.querySelector(`tr[data-integration="${id}"] [data-status]`)!;

  it.each(LOCALES)(
    "%s: each combination carries the report's status, and today's with its source where it differs",
    (locale, prefix) => {
      const doc = loadPage(`${prefix}/integrations/`);
      for (const integration of dataset.integrations) {
        const cell = cellOfRow(doc, integration.id);
        expect(cell.getAttribute('data-status'), integration.id).toBe(integration.status);
        const today = integration.today;
        expect(cell.getAttribute('data-current-status'), integration.id).toBe(
          today && today.status !== integration.status ? today.status : null,
        );
        const row = doc.querySelector(`tr[data-integration="${integration.id}"]`)!;
        if (today) {
          expect(row.querySelector('[data-integration-today]')?.textContent).toContain(
            today.summary[locale].replaceAll('`', ''),
          );
          expect(row.querySelector(`[data-integration-today] a[href="${today.url}"]`)).not.toBeNull();
        }
      }
      const none = cellOfRow(doc, 'llamafactory-unsloth');
      expect(none.querySelector('.status-icon')?.textContent).toBe('✕');
      expect(none.textContent).toContain(locale === 'ja' ? '未対応' : 'None');
    },
  );

  it.each(LOCALES)(
    "%s: keeps the report's Unsloth settings without a copy button, marked removed, with the error and the replacement",
    (_locale, prefix) => {
      const doc = loadPage(`${prefix}/integrations/`);
      const section = doc.querySelector('section[data-integration="unsloth-in-axolotl"]')!;
      const integration = dataset.integrations.find((i) => i.id === 'unsloth-in-axolotl')!;
      expect(section.querySelector('[data-removed]')).not.toBeNull();
      expect(section.querySelector('[data-settings="report"] button')).toBeNull();
      expect(section.querySelector('[data-error]')?.textContent).toBe(integration.today!.error!.message);
      expect(section.querySelector(`a[href="${integration.today!.error!.source.url}"]`)).not.toBeNull();
      const replacement = section
        .querySelector('[data-settings="today"] pre')!
        .textContent!.split('\n')
        .filter((l) => !l.startsWith('#'));
      expect(replacement).toEqual(integration.today!.settings.map((s) => `${s.key}: ${String(s.value)}`));
      expect(section.querySelector('[data-settings="today"] button[hidden]')).toBeTruthy();
      expect(section.querySelector(`a[href="${integration.today!.settingsSource!.url}"]`)).not.toBeNull();
    },
  );

  it.each(LOCALES)('%s: shows the Unsloth settings as highlighted YAML and the five constraints', (locale, prefix) => {
    const doc = loadPage(`${prefix}/integrations/`);
    const pre = doc.querySelector('[data-settings="report"] pre.language-yaml')!;
    const lines = pre.textContent!.split('\n');
    expect(lines.slice(1)).toEqual([
      'unsloth_lora_mlp: true',
      'unsloth_lora_qkv: true',
      'unsloth_lora_o: true',
      'unsloth_cross_entropy_loss: true',
      'unsloth_rms_norm: true',
      'unsloth_rope: true',
    ]);
    expect(lines[0]).toBe(locale === 'ja' ? '# Unslothの最適化を有効にする' : "# Enable Unsloth's optimizations");
    expect(pre.querySelectorAll('.token.key').length).toBe(6);
    const section = doc.querySelector('[data-integration="unsloth-in-axolotl"]')!;
    expect(section.querySelectorAll('#unsloth-in-axolotl-constraints + a.heading-link + ul li').length).toBe(5);
  });

  it('highlights without inline style attributes (strict CSP)', () => {
    for (const page of listPages()) {
      const html = readFileSync(page.endsWith('/') ? join(DIST, page, 'index.html') : join(DIST, page), 'utf8');
      expect(html, page).not.toMatch(/\sstyle=/);
    }
  });
});

describe('about page', () => {
  it.each(LOCALES)(
    '%s: gives the survey date, the status mapping, every reference and the JSON paths',
    (locale, prefix) => {
      const doc = loadPage(`${prefix}/about/`);
      expect(doc.querySelector('[data-survey-date]')?.getAttribute('data-survey-date')).toBe('2025-12-19');
      expect(doc.querySelector('[data-survey-date]')?.textContent).toContain(
        locale === 'ja' ? '2025年12月19日' : 'December 19, 2025',
      );
      const row = (status: string) => doc.querySelector(`#status-${status}`)!;
      expect(row('full').querySelector('[data-status="full"]')).toBeTruthy();
      expect(row('full').textContent).toContain('✅');
      expect(row('none').textContent).toContain('❌');
      expect(row('unknown').textContent).toContain('❓');
      expect(row('experimental').textContent).toContain('実験的');
      expect(row('partial').textContent).toContain('基本');
      const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      for (const ref of dataset.references) {
        expect(hrefs).toContain(ref.url);
        if (ref.current) expect(hrefs).toContain(ref.current);
        expect(doc.querySelector(`[data-reference="${ref.id}"]`)?.hasAttribute('data-unofficial')).toBe(ref.unofficial);
      }
      // The footer links each framework's official repository and docs, not the report's moved or unofficial links.
      const footer = [...doc.querySelectorAll('footer a')].map((a) => a.getAttribute('href'));
      for (const framework of dataset.frameworks)
        expect(footer).toEqual(expect.arrayContaining([framework.repository, framework.docs]));
      for (const ref of dataset.references.filter((r) => r.current)) expect(footer).not.toContain(ref.url);
      expect(doc.querySelector('#json-export')?.closest('section')?.querySelector('code')?.textContent).toBe(
        '/data/v1/',
      );
    },
  );
});

describe('home page', () => {
  it.each(LOCALES)('%s: links the sections and summarises each framework', (locale, prefix) => {
    const doc = loadPage(`${prefix}/`);
    const entries = [...doc.querySelectorAll('[data-entry] a')].map((a) => a.getAttribute('href'));
    expect(entries).toEqual(
      expect.arrayContaining(['/frameworks/', '/guides/', '/integrations/', '/about/'].map((r) => `${prefix}${r}`)),
    );
    const weakness = doc.querySelector('#summary-axolotl [data-summary="weaknesses"]')!.textContent;
    expect(weakness).toContain(locale === 'ja' ? 'MoE' : 'MoE');
    expect([...doc.querySelectorAll('tr[id^="summary-"]')].map((tr) => tr.id)).toEqual(
      frameworkIds().map((id) => `summary-${id}`),
    );
  });
});

describe('guide reasons', () => {
  it('link each reason to the feature it rests on, or to the first choice', () => {
    for (const [prefix] of [[''], ['/ja']]) {
      const links = [...loadPage(`${prefix}/guides/enterprises/`).querySelectorAll('[data-reasons] > li > a')].map(
        (a) => a.getAttribute('href'),
      );
      expect(links).toEqual([
        `${prefix}/features/scalability/`,
        `${prefix}/frameworks/deepspeed/`,
        `${prefix}/features/moe/`,
      ]);
      const research = [
        ...loadPage(`${prefix}/guides/research-institutions/`).querySelectorAll('[data-reasons] > li > a'),
      ].map((a) => a.getAttribute('href'));
      expect(research).toEqual([`${prefix}/features/config-method/`, `${prefix}/features/3d-parallelism/`]);
    }
  });
});
