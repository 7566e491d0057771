import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { listEdges, reachableFrom, toGraphNodes } from '../flowchart/graph';

/** Every node can be reached from the root (nodes that nothing points at are reported as second roots instead). */
export function checkFlowchartReachable(content: ParsedContent): Problem[] {
  const flowchart = content.flowchart;
  if (!flowchart) return [];
  const nodes = toGraphNodes(flowchart.nodes);
  if (!nodes.some((node) => node.id === flowchart.root)) return [];
  const reachable = new Set(reachableFrom(flowchart.root, nodes));
  const targets = new Set(listEdges(nodes).map((edge) => edge.to));
  return flowchart.nodes
    .filter((node) => !reachable.has(node.id) && targets.has(node.id))
    .map((node) => ({
      file: flowchart.file,
      entry: node.id,
      message: `cannot be reached from the root "${flowchart.root}": only unreachable nodes lead here`,
      hint: 'Make an answer on a path from the root lead here, or remove the node.',
    }));
}
