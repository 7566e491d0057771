// Builds the site once per test run (the build tests read dist/). Set SKIP_BUILD=1 to reuse an
// existing dist/ while iterating on tests.
import { execFileSync } from 'node:child_process';

export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
