// Builds every configuration the build tests read, once per run (tests/helpers/builds.ts). Set
// SKIP_BUILD=1 to reuse existing builds while iterating on tests.
import { buildAll } from '../helpers/builds';

export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  buildAll();
}
