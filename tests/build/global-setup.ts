// Builds the site once per test run (the build tests read dist/), then, one after the other (they
// share Astro's cache), the same site under a base path (dist-base/) and the escaping fixture
// (dist-xss/). Set SKIP_BUILD=1 to reuse existing builds while iterating on tests.
import { build, buildBase, buildXss } from '../helpers/builds';

export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  build({});
  buildBase();
  buildXss();
}
