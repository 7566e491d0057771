import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { ContentError } from '../../src/lib/problems';
import { findLinkComponents } from '../../src/lib/mdx-links';

const root = process.cwd();
const temps: string[] = [];

/** Copies content/ to a temporary project, lets a test break it, and returns the build error. */
function errorAfter(edit: (dir: string) => void): string {
  const project = mkdtempSync(join(tmpdir(), 'guides-'));
  temps.push(project);
  cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
  edit(join(project, 'content'));
  try {
    buildDataset(readContent(project));
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('the content was accepted');
}

function replaceIn(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('guides in the real content', () => {
  const dataset = buildDataset(readContent(root));

  it('has a guide for every use case in both locales, with matching file names', () => {
    const ids = dataset.useCases.map((u) => u.id).sort();
    for (const locale of ['en', 'ja']) {
      expect(dataset.guides.filter((g) => g.locale === locale).map((g) => g.slug).sort()).toEqual(ids);
    }
  });

  it('names the first choice and the alternative of its use case among its frameworks', () => {
    for (const guide of dataset.guides) {
      const useCase = dataset.useCases.find((u) => u.id === guide.slug)!;
      expect(guide.frameworks).toContain(useCase.first);
      if (useCase.alternative) expect(guide.frameworks).toContain(useCase.alternative.framework);
    }
  });

  it('keeps the redirects pointing at built pages', () => {
    expect(dataset.redirects.map((r) => [r.from, r.to])).toEqual([['/framework/', '/frameworks/'], ['/use-cases/', '/guides/']]);
  });
});

describe('findLinkComponents', () => {
  it('finds each link component with its id and line', () => {
    const body = 'Use <FrameworkLink id="unsloth" />.\n\nSee <FeatureLink id=\'moe\'/> and <GuideLink id={"moe"} />.';
    expect(findLinkComponents(body)).toEqual([
      { component: 'FrameworkLink', kind: 'framework', id: 'unsloth', line: 1 },
      { component: 'FeatureLink', kind: 'feature', id: 'moe', line: 3 },
      { component: 'GuideLink', kind: 'guide', id: 'moe', line: 3 },
    ]);
  });
});

describe('bad guides stop the build with a message naming file, entry and field', () => {
  it('an unknown framework id in the front matter', () => {
    const message = errorAfter((dir) => replaceIn(join(dir, 'guides/en/startups.mdx'), 'frameworks: [axolotl, llamafactory]', 'frameworks: [axolotl, llama-factory]'));
    expect(message).toBe(
      'Content check failed with 2 problems:\n\n' +
        'content/guides/en/startups.mdx -> en/startups -> frameworks[1]: unknown framework "llama-factory"\n' +
        '  Hint: Did you mean "llamafactory"?\n\n' +
        'content/guides/en/startups.mdx -> en/startups -> frameworks: does not name "llamafactory", the alternative of the use case "startups"\n' +
        '  Hint: A guide lists every framework its use case recommends.\n',
    );
  });

  it('an unknown id in a link component of the MDX body', () => {
    const message = errorAfter((dir) => replaceIn(join(dir, 'guides/ja/enterprises.mdx'), '<FeatureLink id="moe" />', '<FeatureLink id="moee" />'));
    expect(message).toBe(
      'Content check failed with 1 problem:\n\n' +
        'content/guides/ja/enterprises.mdx -> ja/enterprises -> <FeatureLink> (body line 4): unknown feature "moee"\n' +
        '  Hint: Did you mean "moe"?\n',
    );
  });

  it('a misspelt front matter field', () => {
    const message = errorAfter((dir) => replaceIn(join(dir, 'guides/en/moe.mdx'), 'description:', 'descripton:'));
    expect(message).toBe(
      'Content check failed with 2 problems:\n\n' +
        'content/guides/en/moe.mdx -> en/moe -> description: is required\n\n' +
        'content/guides/en/moe.mdx -> en/moe: unknown field "descripton"\n' +
        '  Hint: Check the spelling against the schema in src/schemas/.\n',
    );
  });

  it('a guide without its Japanese twin', () => {
    const message = errorAfter((dir) => rmSync(join(dir, 'guides/ja/multimodal.mdx')));
    expect(message).toBe(
      'Content check failed with 1 problem:\n\n' +
        'content/guides/ja/multimodal.mdx -> multimodal: the ja guide is missing\n' +
        '  Hint: Every use case in content/use-cases.yaml needs content/guides/{en,ja}/multimodal.mdx, with the same file name in each locale.\n',
    );
  });

  it('a guide whose file name is not a use case, and a redirect to a page that is not built', () => {
    const message = errorAfter((dir) => {
      cpSync(join(dir, 'guides/en/moe.mdx'), join(dir, 'guides/en/moes.mdx'));
      replaceIn(join(dir, 'redirects.yaml'), 'to: /guides/', 'to: /guide/');
    });
    expect(message).toBe(
      'Content check failed with 3 problems:\n\n' +
        'content/guides/en/moes.mdx -> en/moes -> (file name): unknown use case "moes"\n' +
        '  Hint: Did you mean "moe"?\n\n' +
        'content/guides/en/moes.mdx -> en/moes -> useCase: "moe" does not match the file name "moes"\n\n' +
        'content/redirects.yaml -> use-cases -> to: no page is built at "/guide/"\n' +
        '  Hint: Did you mean "/guides/"?\n',
    );
  });
});
