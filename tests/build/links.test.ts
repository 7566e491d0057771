// Zero broken internal links and #fragments over every built page, for the site at `/` (dist/), under
// a base path (dist-base/) and with a framework added by the recipe (dist-added/).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { listPages } from '../helpers/dist';
import { ADDED_OUT, BASE_OUT, BASE_PATH } from '../helpers/builds';
import { findBrokenLinks } from '../helpers/links';

describe('links and fragments', () => {
  it.each([
    ['dist', '/'],
    [BASE_OUT, BASE_PATH],
    [ADDED_OUT, '/'],
  ])('%s/ served at %s has no broken internal link or #fragment', (folder, base) => {
    const out = join(process.cwd(), folder);
    expect(listPages(out).length).toBeGreaterThan(0);
    expect(findBrokenLinks(out, base)).toEqual([]);
  });
});

describe('the link check itself', () => {
  it('reports a missing page and a missing #fragment (so a pass above means something)', () => {
    expect(findBrokenLinks(join(process.cwd(), 'tests/fixtures/links'))).toEqual([
      '/ -> #missing (no element with that id)',
      '/ -> /nowhere/ (no such file)',
    ]);
  });

  it('reports a link that leaves the base path', () => {
    expect(findBrokenLinks(join(process.cwd(), 'tests/fixtures/links'), '/docs/')).toContain(
      '/ -> /nowhere/ (outside the base /docs/)',
    );
  });
});
