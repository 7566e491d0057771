import { describe, expect, it } from 'vitest';
import { readSearchState, typeFilter, writeSearchState } from '../../src/lib/search/query';
import { splitExcerpt } from '../../src/lib/search/excerpt';
import { isPageType } from '../../src/lib/page-types';

describe('search URL state', () => {
  it('reads the query and known types, dropping unknown ones, in canonical order', () => {
    expect(readSearchState('?q=%20ZeRO-3%20&type=guide&type=bogus&type=framework')).toEqual({
      q: 'ZeRO-3',
      types: ['framework', 'guide'],
    });
    expect(readSearchState('')).toEqual({ q: '', types: [] });
  });

  it('writes a deep link that reads back the same', () => {
    const search = writeSearchState({ q: 'パイプライン並列', types: ['guide', 'framework'] });
    expect(search).toBe(
      '?q=%E3%83%91%E3%82%A4%E3%83%97%E3%83%A9%E3%82%A4%E3%83%B3%E4%B8%A6%E5%88%97&type=framework&type=guide',
    );
    expect(readSearchState(search)).toEqual({ q: 'パイプライン並列', types: ['framework', 'guide'] });
    expect(writeSearchState({ q: '  ', types: [] })).toBe('');
  });

  it('turns chosen types into a Pagefind "any" filter, and none into no filter', () => {
    expect(typeFilter(['framework', 'feature'])).toEqual({ type: { any: ['framework', 'feature'] } });
    expect(typeFilter([])).toBeUndefined();
  });

  it('knows the page types', () => {
    expect(isPageType('comparison')).toBe(true);
    expect(isPageType('compare')).toBe(false);
  });
});

describe('splitExcerpt', () => {
  it("keeps page text as text and marks only the highlighted runs, undoing Pagefind's escaping", () => {
    // Pagefind escapes `<` and `>` in page text and leaves `&` alone.
    expect(splitExcerpt('Runs report to Weights & <mark>Biases</mark> or &lt;b&gt;MLflow&lt;/b&gt;')).toEqual([
      { text: 'Runs report to Weights & ', marked: false },
      { text: 'Biases', marked: true },
      { text: ' or <b>MLflow</b>', marked: false },
    ]);
  });

  it('shows a file path with angle brackets as written, inside or outside a mark', () => {
    expect(
      splitExcerpt('add an entry to <mark>content/evidence/&lt;framework&gt;.yaml</mark> in the repository'),
    ).toEqual([
      { text: 'add an entry to ', marked: false },
      { text: 'content/evidence/<framework>.yaml', marked: true },
      { text: ' in the repository', marked: false },
    ]);
    expect(splitExcerpt('dp_shard &gt;1; tp_size 1 &amp;')).toEqual([
      { text: 'dp_shard >1; tp_size 1 &amp;', marked: false },
    ]);
  });

  it('handles adjacent marks and Japanese text', () => {
    expect(splitExcerpt('<mark>パイプライン</mark><mark>並列</mark>です')).toEqual([
      { text: 'パイプライン', marked: true },
      { text: '並列', marked: true },
      { text: 'です', marked: false },
    ]);
  });
});
