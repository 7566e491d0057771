import { describe, expect, it } from 'vitest';
import { buildSearchNames, findNamedFrameworks, normalizeName } from '../../src/lib/search/names';
import { orderResults, rankedSearch } from '../../src/lib/search/rank';
import { prepareQuery } from '../../src/lib/search/terms';
import { buildSearchMeta } from '../../src/lib/search/page-meta';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';

const names = {
  llamafactory: ['llamafactory', 'llama factory', 'llamaboard'],
  axolotl: ['axolotl', 'ring flash attention'],
  deepspeed: ['deepspeed', 'ディープスピード'],
};

describe('framework names in a query', () => {
  it('normalises case, width and separators', () => {
    expect(normalizeName('  LLaMA-Factory ')).toBe('llama factory');
    expect(normalizeName('ＤｅｅｐＳｐｅｅｄ')).toBe('deepspeed');
    expect(normalizeName('dp_shard')).toBe('dp shard');
  });

  it('finds whole names, in Latin and Japanese text, and not inside other words', () => {
    expect(findNamedFrameworks('LlamaBoard', names)).toEqual(['llamafactory']);
    expect(findNamedFrameworks('Llama-Factory web UI', names)).toEqual(['llamafactory']);
    expect(findNamedFrameworks('Axolotlのコンテキスト並列', names)).toEqual(['axolotl']);
    expect(findNamedFrameworks('Unsloth vs Axolotl and DeepSpeed', names)).toEqual(['axolotl', 'deepspeed']);
    expect(findNamedFrameworks('ディープスピードとは', names)).toEqual(['deepspeed']);
    expect(findNamedFrameworks('axolotls', names)).toEqual([]);
    expect(findNamedFrameworks('flash attention', names)).toEqual([]);
    expect(findNamedFrameworks('', names)).toEqual([]);
  });

  it('collects names, ids, aliases and unique-feature names from the dataset', () => {
    const dataset = buildDataset(readContent(process.cwd()));
    const built = buildSearchNames(dataset.frameworks, dataset.features);
    const labels = new Set(dataset.features.map((f) => normalizeName(f.label.en)));
    expect(Object.keys(built)).toEqual(dataset.frameworks.map((f) => f.id));
    for (const f of dataset.frameworks) {
      expect(built[f.id]).toContain(normalizeName(f.name));
      for (const u of f.uniqueFeatures) {
        // A unique feature named like a compared feature names the feature, not the framework.
        if (labels.has(normalizeName(u.name.en))) expect(built[f.id]).not.toContain(normalizeName(u.name.en));
        else expect(built[f.id]).toContain(normalizeName(u.name.en));
      }
      for (const alias of f.aliases?.ja ?? []) expect(built[f.id]).toContain(normalizeName(alias));
    }
  });
});

describe('re-ranking', () => {
  const r = (id: string, score: number) => ({ id, score });

  it("puts a named framework's page first, then lifts pages about it", () => {
    const results = [r('guide', 10), r('feature', 8), r('pair', 6), r('own', 3)];
    expect(orderResults(results, new Set(['own']), [new Set(['own', 'pair'])]).map((x) => x.id)).toEqual([
      'own',
      'guide',
      'pair',
      'feature',
    ]);
  });

  it('puts the page about every named framework (the pair page) before their own pages', () => {
    const results = [r('a', 9), r('b', 8), r('pair', 2), r('other', 7)];
    const order = orderResults(results, new Set(['a', 'b']), [new Set(['a', 'pair']), new Set(['b', 'pair'])]);
    expect(order.map((x) => x.id)).toEqual(['pair', 'a', 'b', 'other']);
  });

  it("keeps Pagefind's order when the query names no framework, and asks Pagefind which pages are about a named one", async () => {
    const calls: unknown[] = [];
    const search = async (term: string | null, options: { filters?: Record<string, unknown> }) => {
      calls.push([term, options.filters]);
      if (term === null)
        return {
          results: options.filters?.['type']
            ? [{ id: 'own', score: 0, data: async () => 'own' }]
            : [
                { id: 'own', score: 0, data: async () => 'own' },
                { id: 'pair', score: 0, data: async () => 'pair' },
              ],
        };
      return { results: [r('x', 9), r('pair', 5), r('own', 1)].map((x) => ({ ...x, data: async () => x.id })) };
    };
    expect((await rankedSearch('MoE', { search, names }))!.map((x) => x.id)).toEqual(['x', 'pair', 'own']);
    calls.length = 0;
    expect((await rankedSearch('Axolotl MoE', { search, names }))!.map((x) => x.id)).toEqual(['own', 'x', 'pair']);
    expect(calls).toEqual([
      ['Axolotl MoE', undefined],
      [null, { about: 'axolotl', type: 'framework' }],
      [null, { about: 'axolotl' }],
    ]);
  });
});

describe('Japanese query words', () => {
  it('keeps words the browser segmenter keeps, and shortens the katakana words it would shred', () => {
    expect(prepareQuery('パイプライン並列')).toBe('パイプライン並列');
    expect(prepareQuery('ロングコンテキスト')).toBe('ロングコンテキスト');
    expect(prepareQuery('研究機関のためのファインチューニング')).toBe('研究機関のためのファ');
    expect(prepareQuery('ZeRO-3')).toBe('ZeRO-3');
  });
});

describe('search metadata of a page', () => {
  const dataset = buildDataset(readContent(process.cwd()));

  it('gives framework pages their aliases and their own id, pair pages both ids, guides their recommendations', () => {
    const llamafactory = dataset.frameworks.find((f) => f.id === 'llamafactory')!;
    expect(buildSearchMeta(dataset, '/frameworks/llamafactory/', 'ja')).toEqual({
      aliases: ['llamafactory', ...(llamafactory.aliases?.ja ?? [])].join(' '),
      about: ['llamafactory'],
    });
    expect(buildSearchMeta(dataset, '/compare/axolotl-vs-deepspeed/', 'en')).toEqual({
      aliases: '',
      about: ['axolotl', 'deepspeed'],
    });
    const guide = dataset.useCases[0]!;
    expect(buildSearchMeta(dataset, `/guides/${guide.id}/`, 'en').about).toEqual([
      guide.first,
      ...(guide.alternative ? [guide.alternative.framework] : []),
    ]);
    expect(buildSearchMeta(dataset, '/about/', 'en')).toEqual({ aliases: '', about: [] });
  });

  it("gives feature pages their aliases in the page's language", () => {
    const feature = dataset.features.find((f) => f.aliases?.ja.length)!;
    expect(buildSearchMeta(dataset, `/features/${feature.id}/`, 'ja').aliases).toBe(feature.aliases!.ja.join(' '));
  });
});
