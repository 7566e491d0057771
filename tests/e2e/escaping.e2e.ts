// A search query holding markup and script is shown as text: no element is created from it and no
// script runs (an alert would open a dialog), on the search page and in the header's search dialog.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchProblems, type Site } from './helpers/browser';

const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(1)</script>';

describe('escaping of search terms', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('renders a query with markup as text', async () => {
    for (const path of ['/search/', '/ja/search/']) {
      const page = await site.newPage();
      const { problems } = watchProblems(page);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      // Through the URL (shareable queries) and through typing.
      await page.goto(`${site.url(path)}?q=${encodeURIComponent(PAYLOAD)}`, { waitUntil: 'networkidle' });
      // The query from the URL is shown back in the field as a value, not as markup.
      expect(await page.inputValue('#search-page-input')).toBe(PAYLOAD);
      const input = page.locator('#search-page-input');
      await input.fill(`${PAYLOAD} DeepSpeed`);
      await page.waitForTimeout(1500);
      // And in the header dialog.
      await page.keyboard.press('Escape');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('/');
      await page.keyboard.type(PAYLOAD);
      await page.waitForTimeout(1500);
      const injected = await page.evaluate(() => document.querySelectorAll('img[src="x"], [onerror]').length);
      expect(injected).toBe(0);
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });
});
