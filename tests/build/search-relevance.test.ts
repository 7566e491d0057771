// The relevance set: real queries run against the built index with the UI's own ranking
// (tests/helpers/pagefind.ts -> src/lib/search/rank.ts). Hand-written cases live in
// tests/search/relevance.yaml; cases derived from the dataset are added here, so that new frameworks,
// features and guides are covered as soon as they exist. Prints hit@3 and MRR per language and
// fails under 95% hit@3 in either. See docs/search.md, "The relevance set".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { openIndex, rankedUrls, restoreFetch } from '../helpers/pagefind';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { localizedPath } from '../../src/lib/routes';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import { scoreCases, type RelevanceCase } from '../helpers/relevance';
import { useTranslations } from '../../src/i18n';

afterAll(restoreFetch);

const GOAL = 0.95;
const dataset = buildDataset(readContent(process.cwd()));
const written = parse(readFileSync(join(process.cwd(), 'tests/search/relevance.yaml'), 'utf8')) as Record<
  Locale,
  RelevanceCase[]
>;

/** Cases that follow from the content: names, labels and titles find their own page. */
function derivedCases(locale: Locale): RelevanceCase[] {
  const t = useTranslations(locale);
  const pairs = dataset.frameworks.flatMap((a, i) => dataset.frameworks.slice(i + 1).map((b) => [a, b] as const));
  return [
    ...dataset.frameworks.map((f) => ({
      q: f.name,
      top3: [`/frameworks/${f.id}/`],
      first: true,
      source: 'framework name',
    })),
    ...dataset.frameworks.flatMap((f) =>
      f.uniqueFeatures.map((u) => ({ q: u.name[locale], top3: [`/frameworks/${f.id}/`], source: 'unique feature' })),
    ),
    ...dataset.features.map((f) => ({ q: f.label[locale], top3: [`/features/${f.id}/`], source: 'feature label' })),
    ...dataset.guides
      .filter((g) => g.locale === locale)
      .map((g) => ({ q: g.title, top3: [`/guides/${g.slug}/`], source: 'guide title' })),
    ...pairs.map(([a, b]) => ({
      q: t('pair.title', { a: a.name, b: b.name }),
      top3: [`/compare/${[a.id, b.id].sort().join('-vs-')}/`],
      source: 'pair',
    })),
  ];
}

describe('search relevance', () => {
  for (const locale of LOCALES) {
    it(`${locale}: at least ${GOAL * 100}% of queries find their page(s) in the top 3`, async () => {
      const index = await openIndex(locale);
      const cases = [
        ...(written[locale] ?? []).map((c) => ({ ...c, source: 'relevance.yaml' })),
        ...derivedCases(locale),
      ];
      expect((written[locale] ?? []).length).toBeGreaterThanOrEqual(40);
      const scored = await scoreCases(
        cases,
        (q) => rankedUrls(index, q),
        (route) => localizedPath(locale, route),
      );
      console.log(`search relevance (${locale}): ${scored.summary}`);
      for (const miss of scored.misses) console.log(`  miss (${locale}) ${miss}`);
      expect(scored.hitAt3, `misses:\n${scored.misses.join('\n')}`).toBeGreaterThanOrEqual(GOAL);
    });
  }
});
