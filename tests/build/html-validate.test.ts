// Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST, isRedirectPage, listPages } from '../helpers/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const fileOf = (page: string) => join(DIST, page.endsWith('/') ? `${page}index.html` : page);

describe('html-validate', () => {
  // Astro writes the redirect stubs itself (content/redirects.yaml); they are not our markup.
  const pages = listPages().filter((path) => !isRedirectPage(path));

  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s has no errors', async (page) => {
    const report = await validator.validateFile(fileOf(page));
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.ruleId} ${m.selector ?? ''}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });

  it('catches invalid markup (the config is live)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><main><div><p>x</div><button>y</button></main></body></html>',
      'inline.html',
    );
    expect(report.valid).toBe(false);
  });
});
