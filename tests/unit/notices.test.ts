// Notices beside claims, checked against the dataset: every basis cell whose today value differs gets
// one, built from its winning evidence entry; no other cell does.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { buildNotices, guideBasis } from '../../src/lib/notices';
import { expandBasis } from '../../src/lib/basis';
import { readCellLayers } from '../../src/lib/layers';
import { isSupported } from '../../src/lib/compare/filter-state';

const dataset = buildDataset(readContent(process.cwd()));
const ids = dataset.frameworks.map((f) => f.id);
const word = (status: string) => `<${status}>`;

/** The cells of a basis that must carry a notice, from the cells themselves. */
function expectedCells(basis: readonly string[]): string[] {
  return expandBasis(basis, ids)
    .filter(({ framework, feature }) => {
      const layers = readCellLayers(dataset.cells[framework]![feature]!);
      if (!layers.winner) return false;
      return layers.covered || isSupported(layers.today.status) || Boolean(layers.today.level || layers.today.values);
    })
    .map(({ framework, feature }) => `${framework}/${feature}`);
}

const claims = [
  ...dataset.flowchart.nodes.flatMap((n) =>
    n.type === 'result' ? [{ where: `flowchart ${n.id}`, basis: n.basis }] : [],
  ),
  ...dataset.useCases.flatMap((u) => [
    { where: `use case ${u.id}`, basis: u.basis },
    ...u.reasons.map((r, i) => ({ where: `${u.id} reason ${i}`, basis: r.basis })),
  ]),
  ...dataset.frameworks.flatMap((f) =>
    (['strengths', 'weaknesses', 'bestFor'] as const).flatMap((part) =>
      f.summary[part].map((item, i) => ({ where: `${f.id} ${part}[${i}]`, basis: item.basis })),
    ),
  ),
  ...dataset.integrations.flatMap((it) =>
    it.constraints.map((c, i) => ({ where: `${it.id} constraints[${i}]`, basis: c.basis })),
  ),
];

describe('buildNotices', () => {
  it.each(claims.map((c) => [c.where, c.basis] as const))(
    '%s: one notice per basis cell that differs today',
    (_where, basis) => {
      for (const locale of ['en', 'ja'] as const) {
        const notices = buildNotices(dataset, basis, locale, word);
        expect(notices.map((n) => n.cell)).toEqual(expectedCells(basis));
        for (const notice of notices) {
          const [framework, feature] = notice.cell.split('/') as [string, string];
          const winner = readCellLayers(dataset.cells[framework]![feature]!).winner!;
          expect(notice).toMatchObject({
            date: winner.date,
            url: winner.url,
            summary: winner.summary[locale],
            title: winner.title,
          });
          expect(notice.today).not.toBe(notice.report);
        }
      }
    },
  );

  it('flags the stale claims the report makes: pipeline parallelism, MoE, context parallelism', () => {
    const result = (id: string) => dataset.flowchart.nodes.find((n) => n.id === id)!;
    const pipeline = result('use-deepspeed-pipeline');
    if (pipeline.type !== 'result') throw new Error('not a result');
    const cells = buildNotices(dataset, pipeline.basis, 'en', word).map((n) => n.cell);
    expect(cells).toEqual(expectedCells(['pipeline-parallelism']));
    expect(cells.length).toBeGreaterThan(0);
    const axolotl = dataset.frameworks.find((f) => f.id === 'axolotl')!;
    const weakness = axolotl.summary.weaknesses.find((w) => w.basis.includes('axolotl/moe'))!;
    expect(buildNotices(dataset, weakness.basis, 'ja', word).map((n) => n.cell)).toEqual(
      expectedCells(['axolotl/moe']),
    );
  });

  it('labels a notice by its source date against the survey date', () => {
    const all = claims.flatMap((c) => buildNotices(dataset, c.basis, 'en', word));
    for (const notice of all) {
      if (notice.age === 'newer') expect(notice.date >= dataset.report.surveyDate).toBe(true);
      else expect(notice.age === 'not-covered' || notice.date < dataset.report.surveyDate).toBe(true);
    }
  });

  it("covers a guide's prose through its front matter cells", () => {
    expect(guideBasis({ frameworks: ['a', 'b'], features: ['moe'] })).toEqual(['a/moe', 'b/moe']);
  });
});
