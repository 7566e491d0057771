// Checks that Chromium is installed (a missing browser fails in a second with the install command),
// then builds what the browser tests serve (SKIP_BUILD=1 reuses the builds of `npm test`).
import { assertChromium } from './helpers/browser';
import { buildBase, buildSite } from '../helpers/builds';

export default function setup() {
  assertChromium();
  if (process.env.SKIP_BUILD === '1') return;
  buildSite();
  buildBase();
}
