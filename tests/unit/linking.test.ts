import { describe, expect, it } from 'vitest';
import { buildRedirectMap, readRedirects } from '../../src/lib/redirect-map';
import { localeOfPath } from '../../src/lib/routes';
import { formatSettings } from '../../src/lib/view/integrations';

describe('buildRedirectMap', () => {
  it('redirects every locale and puts the base on the destination only', () => {
    expect(buildRedirectMap([{ from: '/framework/', to: '/frameworks/' }], '/docs/')).toEqual({
      '/framework/': '/docs/frameworks/',
      '/ja/framework/': '/docs/ja/frameworks/',
    });
  });

  it('reads the real redirects file', () => {
    expect(readRedirects(process.cwd())).toContainEqual({ from: '/framework/', to: '/frameworks/' });
    expect(readRedirects(process.cwd(), 'no-such-dir')).toEqual([]);
  });
});

describe('localeOfPath', () => {
  it.each([
    ['/', '/ja/guides/', 'ja'],
    ['/', '/guides/', 'en'],
    ['/docs/', '/docs/ja/', 'ja'],
    ['/docs/', '/docs/', 'en'],
    ['/docs/', '/docs/jazz/', 'en'],
  ])('base %s, path %s -> %s', (base, path, locale) => {
    expect(localeOfPath(base, path)).toBe(locale);
  });
});

describe('formatSettings', () => {
  it('writes YAML with the comment of a key on the line above it', () => {
    const settings = [
      { key: 'a_flag', value: true, comment: { en: 'Turn it on', ja: '有効にする' } },
      { key: 'size', value: 2 },
      { key: 'name', value: 'x y' },
    ];
    expect(formatSettings(settings, 'ja')).toBe('# 有効にする\na_flag: true\nsize: 2\nname: "x y"');
  });
});
