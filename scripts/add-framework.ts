// The add-a-framework recipe as code: copies one framework's files under a new id in a content
// folder (its YAML, both MDX pages, and its support and evidence files where it has them). Used by
// the benchmark (synthetic frameworks) and by the test that proves the recipe needs no code or test
// edit (tests/build/add-framework.test.ts). docs/adding-a-framework.md is the editors' version.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface NewFramework {
  /** The framework to copy. */
  template: string;
  /** The new id (kebab-case, the file name). */
  id: string;
  /** The new display name. */
  name: string;
  /** Its column; after every existing framework when omitted. */
  order?: number;
}

/** Writes the new framework's files into `contentDir` (an absolute path to a copy of content/). */
export function addFramework(contentDir: string, { template, id, name, order = 1000 }: NewFramework): void {
  const at = (...parts: string[]) => join(contentDir, ...parts);
  const yaml = readFileSync(at('frameworks', `${template}.yaml`), 'utf8');
  writeFileSync(
    at('frameworks', `${id}.yaml`),
    yaml.replace(/^name: .*$/m, `name: ${name}`).replace(/^order: .*$/m, `order: ${order}`),
  );
  for (const locale of ['en', 'ja'] as const) {
    const prose = readFileSync(at('frameworks', locale, `${template}.mdx`), 'utf8');
    writeFileSync(at('frameworks', locale, `${id}.mdx`), prose.replace(/^title: .*$/m, `title: ${name}`));
  }
  for (const folder of ['support', 'evidence']) {
    if (existsSync(at(folder, `${template}.yaml`)))
      writeFileSync(at(folder, `${id}.yaml`), readFileSync(at(folder, `${template}.yaml`), 'utf8'));
  }
}
