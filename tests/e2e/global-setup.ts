// Builds dist/ once before the e2e run (SKIP_BUILD=1 reuses it), after checking that Chromium is
// installed, so a missing browser fails in a second with the install command.
import { assertChromium } from './helpers/browser';
import { build } from '../helpers/builds';

export default function setup() {
  assertChromium();
  if (process.env.SKIP_BUILD === '1') return;
  build({});
}
