// Proves that bad content stops `astro build` itself, with the message naming file, entry and field.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build';

const root = process.cwd();
const dir = join(root, '.tmp', 'bad-build');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('astro build fails on an invalid status and names the cell', () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const file = join(dir, 'content', 'support', 'axolotl.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/pipeline-parallelism:\n {2}status: none/, 'pipeline-parallelism:\n  status: "yes"'));
  const result = astroBuild({ CONTENT_DIR: '.tmp/bad-build/content', OUT_DIR: '.tmp/bad-build/dist' });
  expect(result.status).not.toBe(0);
  expect(result.output).toContain(
    '.tmp/bad-build/content/support/axolotl.yaml -> pipeline-parallelism -> status: "yes" is not one of full, partial, experimental, none, unknown',
  );
}, 120_000);
