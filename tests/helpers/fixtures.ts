// Builds a content folder from the minimal valid fixture with a bad fixture laid over it.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { ContentError } from '../../src/lib/problems';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures');

/** Copies `minimal/` and then `<name>/` (if given) into a fresh temp root's `content/`; returns the root. */
export function fixtureRoot(name?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'ft-content-'));
  cpSync(join(FIXTURES, 'minimal'), join(root, 'content'), { recursive: true });
  if (name) cpSync(join(FIXTURES, name), join(root, 'content'), { recursive: true });
  return root;
}

/** Builds the dataset of a fixture; returns the ContentError message, or '' when the content is valid. */
export function buildErrors(name?: string): string {
  try {
    buildDataset(readContent(fixtureRoot(name)));
    return '';
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
}
