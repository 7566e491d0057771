import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { toGraphNodes } from '../flowchart/graph';

/** Every question leads on to a result: a question whose answers reach no result is a dead end. */
export function checkFlowchartDeadEnd(content: ParsedContent): Problem[] {
  const flowchart = content.flowchart;
  if (!flowchart) return [];
  const nodes = toGraphNodes(flowchart.nodes);
  const ids = new Set(nodes.map((node) => node.id));
  // A node finishes when it is a result or one of its answers leads to a node that finishes.
  const finishes = new Set(nodes.filter((node) => !node.answers).map((node) => node.id));
  for (let changed = true; changed;) {
    changed = false;
    for (const node of nodes) {
      if (!finishes.has(node.id) && node.answers?.some((answer) => finishes.has(answer.next))) {
        finishes.add(node.id);
        changed = true;
      }
    }
  }
  return nodes
    .filter((node) => !finishes.has(node.id))
    .map((node) => {
      const nowhere = node.answers?.every((answer) => !ids.has(answer.next));
      return {
        file: flowchart.file,
        entry: node.id,
        field: 'answers',
        message: nowhere
          ? 'is a dead end: none of its answers leads to a node that exists'
          : 'is a dead end: no path from this question ends in a result',
        hint: 'Make at least one answer lead, directly or through later questions, to a result node.',
      };
    });
}
