// Zero broken internal links and #fragments, checked by linkinator over every built page, both for
// the site at `/` (dist/) and for the same site built under a base path (dist-base/ at /llm-ft/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { listPages } from '../helpers/dist';
import { serveStatic, type StaticServer } from '../helpers/serve';
import { BASE_OUT, BASE_PATH } from '../helpers/builds';

interface Broken {
  url: string;
  parent: string | undefined;
  status: number | undefined;
  reason: string;
}

/** Checks every page of a built folder served at `base`; returns broken links and the count checked. */
async function checkSite(folder: string, base: string): Promise<{ broken: Broken[]; checked: number; pages: number }> {
  const server: StaticServer = await serveStatic(join(process.cwd(), folder), base);
  try {
    const pages = listPages(join(process.cwd(), folder));
    const checker = new LinkChecker();
    const result = await checker.check({
      path: pages.map((page) => new URL(page.slice(1), server.url).href),
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      timeout: 10_000,
      // Only this site: external links are not fetched (tests run without network).
      linksToSkip: async (link) => !link.startsWith(server.origin),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => ({
        url: l.url,
        parent: l.parent,
        status: l.status,
        reason: (l.failureDetails ?? []).map((d) => (d instanceof Error ? d.message : JSON.stringify(d))).join('; '),
      }));
    const checked = result.links.filter((l) => l.state === LinkState.OK).length;
    return { broken, checked, pages: pages.length };
  } finally {
    await server.close();
  }
}

describe('links and fragments', () => {
  it('has no broken internal link or #fragment in dist/', async () => {
    const { broken, checked, pages } = await checkSite('dist', '/');
    expect(pages).toBeGreaterThan(0);
    expect(checked).toBeGreaterThanOrEqual(pages);
    expect(broken).toEqual([]);
  });

  it(`has no broken internal link or #fragment under the base path ${BASE_PATH}`, async () => {
    const { broken, checked, pages } = await checkSite(BASE_OUT, BASE_PATH);
    expect(pages).toBeGreaterThan(0);
    expect(checked).toBeGreaterThanOrEqual(pages);
    expect(broken).toEqual([]);
  });
});

describe('the link checker itself', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(join(process.cwd(), 'tests/fixtures/links'), '/');
  });
  afterAll(() => server.close());

  it('reports a missing page and a missing #fragment (so a pass above means something)', async () => {
    const result = await new LinkChecker().check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      linksToSkip: async (link) => !link.startsWith(server.origin),
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => new URL(l.url).pathname + new URL(l.url).hash);
    expect(broken.sort()).toEqual(['/#missing', '/nowhere/']);
  });
});
