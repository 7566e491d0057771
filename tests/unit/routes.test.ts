import { describe, expect, it } from 'vitest';
import { href, localeParams, localizedPath, parsePath, withBase } from '../../src/lib/routes';

describe('routes', () => {
  it('puts English at the root and Japanese under /ja/', () => {
    expect(localizedPath('en', '/frameworks/unsloth/')).toBe('/frameworks/unsloth/');
    expect(localizedPath('ja', '/frameworks/unsloth/')).toBe('/ja/frameworks/unsloth/');
    expect(localizedPath('ja', '/')).toBe('/ja/');
  });

  it('prefixes the deployment base exactly once', () => {
    expect(withBase('/', '/ja/')).toBe('/ja/');
    expect(withBase('/llm-ft/', '/ja/')).toBe('/llm-ft/ja/');
    expect(withBase('/llm-ft', '/')).toBe('/llm-ft/');
    expect(href('/llm-ft/', 'ja', '/frameworks/')).toBe('/llm-ft/ja/frameworks/');
  });

  it('parses a path back into locale and route', () => {
    expect(parsePath('/ja/frameworks/axolotl/')).toEqual({ locale: 'ja', route: '/frameworks/axolotl/' });
    expect(parsePath('/ja')).toEqual({ locale: 'ja', route: '/' });
    expect(parsePath('/frameworks/')).toEqual({ locale: 'en', route: '/frameworks/' });
    expect(parsePath('/jargon/')).toEqual({ locale: 'en', route: '/jargon/' });
  });

  it('gives one static path per locale, with no prefix for English', () => {
    expect(localeParams()).toEqual([
      { params: { lang: undefined }, props: { locale: 'en' } },
      { params: { lang: 'ja' }, props: { locale: 'ja' } },
    ]);
  });
});
