import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { listEdges, toGraphNodes } from '../flowchart/graph';

/** The flowchart has exactly one root: no answer leads back to it, and every other node has an answer leading to it. */
export function checkFlowchartRoot(content: ParsedContent): Problem[] {
  const flowchart = content.flowchart;
  if (!flowchart?.root) return [];
  const { file, root } = flowchart;
  const edges = listEdges(toGraphNodes(flowchart.nodes));
  const targets = new Set(edges.map((edge) => edge.to));
  const problems: Problem[] = edges
    .filter((edge) => edge.to === root)
    .map((edge) => ({
      file,
      entry: edge.from,
      field: `answers[${edge.index}].next`,
      message: `leads back to the root "${root}": nothing may point at the first question`,
      hint: 'Point the answer at a later question or at a result.',
    }));
  // An unknown root is reported by unknown-references; every node would look like a second root then.
  if (!flowchart.nodes.some((node) => node.id === root)) return problems;
  for (const node of flowchart.nodes) {
    if (node.id === root || targets.has(node.id)) continue;
    problems.push({
      file,
      entry: node.id,
      message: `is a second root: no answer leads to this ${node.data.type} (the root is "${root}")`,
      hint: 'Make an answer lead here, or remove the node.',
    });
  }
  return problems;
}
