import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { buildFlowchartView } from '../../src/lib/flowchart/view';

const dataset = buildDataset(readContent(process.cwd()));
const link = (route: string) => `/base${route}`;

describe('buildFlowchartView', () => {
  it('numbers the questions from the root and points each answer at a list item', () => {
    const view = buildFlowchartView(dataset, 'en', link);
    expect(view.questions.map((q) => q.id)).toEqual([
      'single-gpu',
      'gui',
      'complex-parallelism',
      'parallelism-kind',
      'moe',
      'model-size',
      'reproducible-team',
      'standard-distributed',
    ]);
    expect(view.questions[0]!.answers[1]).toEqual({
      label: 'No',
      next: 'gui',
      href: '#node-gui',
      nextNumber: 2,
      inline: false,
    });
    expect(view.nodeHref['use-deepspeed-pipeline']).toBe('/base/frameworks/deepspeed/');
    expect(view.nodeHref['use-compare']).toBeUndefined();
    expect(view.nodeHref['moe']).toBe('#node-moe');
  });

  it('links a result to its guide', () => {
    const view = buildFlowchartView(dataset, 'ja', link);
    expect(view.results['use-unsloth']!.guide).toEqual({
      label: '個人研究者・学生',
      href: '/base/guides/individual-researchers/',
    });
  });

  it('writes out a result reached by two answers once, under the first', () => {
    const shared = {
      ...dataset,
      flowchart: {
        ...dataset.flowchart,
        nodes: dataset.flowchart.nodes.map((n) =>
          n.id === 'gui' && n.type === 'question'
            ? { ...n, answers: [n.answers[0]!, { ...n.answers[1]!, next: 'use-unsloth' }] }
            : n,
        ),
      },
    };
    const view = buildFlowchartView(shared, 'en', link);
    const answers = view.questions.flatMap((q) => q.answers).filter((a) => a.next === 'use-unsloth');
    expect(answers.map((a) => a.inline)).toEqual([true, false]);
  });
});
