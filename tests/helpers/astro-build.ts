// Runs an extra `astro build` (other content, another base path) from a test. Builds share the
// project's .astro/ folder, so they take turns through a lock directory; Vite's own variables that
// Vitest puts into process.env are removed, since Astro would read them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const LOCK = join(process.cwd(), '.tmp', 'astro-build.lock');

function acquire(): void {
  mkdirSync(join(process.cwd(), '.tmp'), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${LOCK}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
}

/** Builds the site with extra environment variables; returns the exit status and all output. */
export function astroBuild(env: Record<string, string>): { status: number | null; output: string } {
  const { BASE_URL, MODE, DEV, PROD, SSR, ...inherited } = process.env;
  acquire();
  try {
    const result = spawnSync('npx', ['astro', 'build'], {
      cwd: process.cwd(),
      env: { ...inherited, ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
