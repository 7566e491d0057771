// Proves that a bad flowchart stops `astro build` itself (not only buildDataset in a test), with the
// message. The bad flowchart is the real one with one answer mutated (so the fixture cannot drift
// from content/): a question C that only question Q leads to gets its last answer pointed back at Q.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { copyContent, tryBuild } from '../helpers/builds';

type Node = { type: 'question'; answers: { next: string }[] } | { type: 'result' };
interface Flowchart { root: string; nodes: Record<string, Node> }

/** Picks Q -> C (both questions, C reached from Q alone) and the answer of C to point back at Q. */
function pickCycle({ nodes }: Flowchart) {
  const parents = new Map<string, string[]>();
  for (const [id, node] of Object.entries(nodes)) {
    if (node.type === 'question') for (const a of node.answers) parents.set(a.next, [...(parents.get(a.next) ?? []), id]);
  }
  for (const [q, node] of Object.entries(nodes)) {
    if (node.type !== 'question') continue;
    for (const { next: c } of node.answers) {
      const child = nodes[c];
      if (child?.type !== 'question' || parents.get(c)?.length !== 1) continue;
      const index = child.answers.length - 1;
      const lost = child.answers[index]!.next;
      if (lost === q) continue;
      return { q, c, index, lost, lostIsOrphan: parents.get(lost)?.length === 1 };
    }
  }
  throw new Error('the real flowchart has no question reached from exactly one other question');
}

const root = process.cwd();
mkdirSync(join(root, '.tmp'), { recursive: true });
const tmp = mkdtempSync(join(root, '.tmp', 'flowchart-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('astro build with a flowchart that has a cycle', () => {
  it('fails and names the node, the field and the chain', () => {
    const dir = relative(root, join(tmp, 'content'));
    const file = join(copyContent(dir), 'flowchart.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const flowchart = doc.toJS() as Flowchart;
    const { q, c, index, lost, lostIsOrphan } = pickCycle(flowchart);
    doc.setIn(['nodes', c, 'answers', index, 'next'], q);
    writeFileSync(file, doc.toString());

    const { status, output } = tryBuild({ CONTENT_DIR: dir, OUT_DIR: join(relative(root, tmp), 'dist') });
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/flowchart.yaml -> ${c} -> answers[${index}].next: closes a cycle: ${q} -> ${c} -> ${q}`);
    if (lostIsOrphan) {
      const type = flowchart.nodes[lost]!.type;
      expect(output).toContain(`${dir}/flowchart.yaml -> ${lost}: is a second root: no answer leads to this ${type} (the root is "${flowchart.root}")`);
    }
  });
});
