// The flowchart's graph rules, run through the real reader, schemas and rules on small charts.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { ContentError } from '../../src/lib/problems';

const real = readContent(process.cwd());

const q = (yes: string, no: string) => ({
  type: 'question',
  question: { en: 'Q?', ja: '質問？' },
  answers: [
    { label: { en: 'Yes', ja: 'はい' }, next: yes },
    { label: { en: 'No', ja: 'いいえ' }, next: no },
  ],
});
const r = (framework: string) => ({
  type: 'result',
  frameworks: [framework],
  basis: [],
  title: { en: framework, ja: framework },
  reasons: [{ en: 'Because.', ja: '理由です。' }],
});

/** Builds the real dataset with content/flowchart.yaml replaced, and returns the error text (or '' when it builds). */
function errorOf(chart: { root: string; nodes: Record<string, unknown> }): string {
  const raw = { ...real, yaml: { ...real.yaml, flowchart: [{ file: 'content/flowchart.yaml', value: chart }] } };
  try {
    buildDataset(raw);
    return '';
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.message;
  }
}

const good = { first: q('use-unsloth', 'second'), 'use-unsloth': r('unsloth'), second: q('use-deepspeed', 'use-axolotl'), 'use-deepspeed': r('deepspeed'), 'use-axolotl': r('axolotl') };

describe('flowchart graph rules', () => {
  it('accept the real flowchart and a small good one', () => {
    expect(buildDataset(real).flowchart.nodes.length).toBeGreaterThan(0);
    expect(errorOf({ root: 'first', nodes: good })).toBe('');
  });

  it('name an answer that leads back to the root', () => {
    expect(errorOf({ root: 'first', nodes: { ...good, second: q('use-deepspeed', 'first') } })).toBe(
      `Content check failed with 3 problems:

content/flowchart.yaml -> second -> answers[1].next: leads back to the root "first": nothing may point at the first question
  Hint: Point the answer at a later question or at a result.

content/flowchart.yaml -> use-axolotl: is a second root: no answer leads to this result (the root is "first")
  Hint: Make an answer lead here, or remove the node.

content/flowchart.yaml -> second -> answers[1].next: closes a cycle: first -> second -> first
  Hint: A flowchart only moves forward: point this answer at a later question or at a result.
`,
    );
  });

  it('name an unknown root once, without calling every other node a second root', () => {
    expect(errorOf({ root: 'frist', nodes: good })).toBe(
      `Content check failed with 1 problem:

content/flowchart.yaml -> root: unknown node "frist"
  Hint: Did you mean "first"?
`,
    );
  });

  it('name a node that nothing points at as a second root, and what only it reaches as unreachable', () => {
    const nodes = { ...good, orphan: q('use-llamafactory', 'use-axolotl'), 'use-llamafactory': r('llamafactory') };
    expect(errorOf({ root: 'first', nodes })).toBe(
      `Content check failed with 2 problems:

content/flowchart.yaml -> orphan: is a second root: no answer leads to this question (the root is "first")
  Hint: Make an answer lead here, or remove the node.

content/flowchart.yaml -> use-llamafactory: cannot be reached from the root "first": only unreachable nodes lead here
  Hint: Make an answer on a path from the root lead here, or remove the node.
`,
    );
  });

  it('print the chain of a cycle and call its questions dead ends (and name answers that lead to the same node)', () => {
    const nodes = { first: q('use-unsloth', 'a'), 'use-unsloth': r('unsloth'), a: q('b', 'b'), b: q('c', 'c'), c: q('a', 'a') };
    expect(errorOf({ root: 'first', nodes })).toBe(
      `Content check failed with 7 problems:

content/flowchart.yaml -> c -> answers[0].next: closes a cycle: a -> b -> c -> a
  Hint: A flowchart only moves forward: point this answer at a later question or at a result.

content/flowchart.yaml -> a -> answers: is a dead end: no path from this question ends in a result
  Hint: Make at least one answer lead, directly or through later questions, to a result node.

content/flowchart.yaml -> b -> answers: is a dead end: no path from this question ends in a result
  Hint: Make at least one answer lead, directly or through later questions, to a result node.

content/flowchart.yaml -> c -> answers: is a dead end: no path from this question ends in a result
  Hint: Make at least one answer lead, directly or through later questions, to a result node.

content/flowchart.yaml -> a -> answers[1].next: leads to "b" like answers[0]: the answers of a question must lead to different nodes
  Hint: Merge the two answers, or point one at another node.

content/flowchart.yaml -> b -> answers[1].next: leads to "c" like answers[0]: the answers of a question must lead to different nodes
  Hint: Merge the two answers, or point one at another node.

content/flowchart.yaml -> c -> answers[1].next: leads to "a" like answers[0]: the answers of a question must lead to different nodes
  Hint: Merge the two answers, or point one at another node.
`,
    );
  });

  it('call a question whose answers all lead to missing nodes a dead end, besides naming the unknown ids', () => {
    const deadEnd = { first: q('use-unsloth', 'stuck'), 'use-unsloth': r('unsloth'), stuck: q('nowhere', 'nothing') };
    expect(errorOf({ root: 'first', nodes: deadEnd })).toBe(
      `Content check failed with 3 problems:

content/flowchart.yaml -> stuck -> answers[0].next: unknown node "nowhere"
  Hint: Known ids: first, use-unsloth, stuck.

content/flowchart.yaml -> stuck -> answers[1].next: unknown node "nothing"
  Hint: Known ids: first, use-unsloth, stuck.

content/flowchart.yaml -> stuck -> answers: is a dead end: none of its answers leads to a node that exists
  Hint: Make at least one answer lead, directly or through later questions, to a result node.
`,
    );
  });

  it('reject a question with a single answer at the schema, and an unknown framework in a result', () => {
    const one = { ...good, second: { ...q('use-deepspeed', 'use-axolotl'), answers: [{ label: { en: 'Yes', ja: 'はい' }, next: 'use-deepspeed' }] } };
    expect(errorOf({ root: 'first', nodes: one })).toContain('content/flowchart.yaml -> second -> answers:');
    expect(errorOf({ root: 'first', nodes: { ...good, 'use-axolotl': r('axolotol') } })).toContain(
      'content/flowchart.yaml -> use-axolotl -> frameworks[0]: unknown framework "axolotol"\n  Hint: Did you mean "axolotl"?',
    );
  });
});
