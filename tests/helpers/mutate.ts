// Bad content made from the real content: copy content/ into a temporary project, apply one
// mutation, and build the dataset. Fixtures made this way cannot rot: they follow content/.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { readContent } from '../../src/content/read-content';
import { buildDataset, RULES } from '../../src/lib/dataset/build-dataset';
import { ContentError } from '../../src/lib/problems';

/** The build date the tests use, so that date rules do not depend on the day they run. */
export const TODAY = '2026-11-30';

/** Copies content/ into a fresh temporary project and returns the project root. */
export function copyContent(root = process.cwd()): string {
  const project = mkdtempSync(join(tmpdir(), 'ft-mutate-'));
  cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
  return project;
}

/** Replaces the first occurrence of `from` in a file; fails when the text is not there (the test would be stale). */
export function replaceIn(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (typeof from === 'string' ? !text.includes(from) : !from.test(text))
    throw new Error(`${String(from)} is not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

/** Edits a YAML file through the yaml Document API (comments and layout kept). */
export function editYaml(file: string, edit: (doc: Document) => void): void {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

/** The ContentError message of a project ('' when its content is valid). */
export function errorsOf(project: string): string {
  try {
    buildDataset(readContent(project), 'content', RULES, { today: TODAY });
    return '';
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
}

/** Copies content/, lets `edit` break it (given the content folder), and returns the error message. */
export function errorsAfter(edit: (content: string) => void): string {
  const project = copyContent();
  try {
    edit(join(project, 'content'));
    return errorsOf(project);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
