// The add-a-framework recipe (scripts/add-framework.ts, docs/adding-a-framework.md) applied to a
// copy of content/: the result passes every integrity rule, and the new framework gets a cell for
// every feature. tests/build/add-framework.test.ts builds the same copy and checks its pages.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addFramework } from '../../scripts/add-framework';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { ADDED_FRAMEWORK } from '../helpers/builds';

const root = mkdtempSync(join(tmpdir(), 'ft-recipe-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('adding a framework by the recipe', () => {
  const before = buildDataset(readContent(process.cwd()));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  addFramework(join(root, 'content'), ADDED_FRAMEWORK);
  const after = buildDataset(readContent(root));

  it('adds one framework, last in column order, and changes nothing else', () => {
    expect(after.frameworks.map((f) => f.id)).toEqual([...before.frameworks.map((f) => f.id), ADDED_FRAMEWORK.id]);
    expect(after.features).toEqual(before.features);
  });

  it('gives it the template framework cells, one per feature', () => {
    for (const feature of after.features) {
      // The same cell, evidence included, except that it names the new framework.
      const renamed = JSON.stringify(after.cells[ADDED_FRAMEWORK.id]?.[feature.id]).replaceAll(`"framework":"${ADDED_FRAMEWORK.id}"`, `"framework":"${ADDED_FRAMEWORK.template}"`);
      expect(JSON.parse(renamed), feature.id).toEqual(after.cells[ADDED_FRAMEWORK.template]![feature.id]);
    }
  });
});
