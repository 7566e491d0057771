// The dataset of the real content/, as the build sees it: tests derive their expectations from it
// (which frameworks, features and pairs exist) instead of today's counts.
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import type { Dataset } from '../../src/lib/dataset/types';

let cached: Dataset | undefined;

/** The validated dataset of content/ (built once per test file). */
export function realDataset(): Dataset {
  cached ??= buildDataset(readContent(process.cwd()));
  return cached;
}

/** The framework ids in column order. */
export function frameworkIds(): string[] {
  return realDataset().frameworks.map((f) => f.id);
}
