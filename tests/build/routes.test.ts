// The route list the redirect rule uses (src/lib/site-routes.ts) is exactly the set of pages the
// build writes, so a redirect can neither replace a page nor point at one that is missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { listRoutes } from '../../src/lib/site-routes';
import { parsePath } from '../../src/lib/routes';
import { DIST, listPages } from '../helpers/dist';

describe('built pages', () => {
  it('are the routes of listRoutes in every locale, besides redirect stubs and 404 pages', () => {
    const dataset = buildDataset(readContent(process.cwd()));
    const routes = listRoutes({
      frameworks: dataset.frameworks.map((f) => f.id),
      features: dataset.features.map((f) => f.id),
      useCases: dataset.useCases.map((u) => u.id),
    });
    const stub = (page: string) => /http-equiv="refresh"/i.test(readFileSync(join(DIST, `${page}index.html`), 'utf8'));
    const built = listPages()
      .filter((page) => page.endsWith('/') && !/(^|\/)404\/$/.test(page) && !stub(page))
      .map((page) => parsePath(page));
    for (const locale of ['en', 'ja'] as const) {
      expect(
        built
          .filter((p) => p.locale === locale)
          .map((p) => p.route)
          .sort(),
        locale,
      ).toEqual([...routes].sort());
    }
  });
});
