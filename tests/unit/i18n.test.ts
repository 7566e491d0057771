import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { useTranslations } from '../../src/i18n';

describe('UI strings', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(ja)]) expect(value.trim(), key).not.toBe('');
  });

  it('fill placeholders', () => {
    expect(useTranslations('en')('footer.dataAsOf', { date: 'December 19, 2025' })).toBe('Data as of December 19, 2025');
    expect(useTranslations('ja')('footer.dataAsOf', { date: '2025年12月19日' })).toBe('2025年12月19日時点のデータ');
  });

  it('make a missing Japanese key a type error', () => {
    const { 'site.name': removed, ...withoutSiteName } = ja;
    // @ts-expect-error: a dictionary without 'site.name' is not a complete Record<UiKey, string>.
    const incomplete: Record<keyof typeof en, string> = withoutSiteName;
    expect([removed, incomplete]).toHaveLength(2);
  });
});
