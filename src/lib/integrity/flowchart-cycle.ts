import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { toGraphNodes, type GraphNode } from '../flowchart/graph';

/** The flowchart has no cycle; each cycle is reported once, with its chain (`a -> b -> a`). */
export function checkFlowchartCycle(content: ParsedContent): Problem[] {
  const flowchart = content.flowchart;
  if (!flowchart) return [];
  const nodes = toGraphNodes(flowchart.nodes);
  const byId = new Map<string, GraphNode>(nodes.map((node) => [node.id, node]));
  const done = new Set<string>();
  const reported = new Set<string>();
  const problems: Problem[] = [];
  const stack: string[] = [];

  const visit = (id: string) => {
    stack.push(id);
    byId.get(id)?.answers?.forEach((answer, index) => {
      if (!byId.has(answer.next) || done.has(answer.next)) return;
      const start = stack.indexOf(answer.next);
      if (start === -1) return visit(answer.next);
      const chain = [...stack.slice(start), answer.next];
      const key = [...new Set(chain)].sort().join(' ');
      if (reported.has(key)) return;
      reported.add(key);
      problems.push({
        file: flowchart.file,
        entry: id,
        field: `answers[${index}].next`,
        message: `closes a cycle: ${chain.join(' -> ')}`,
        hint: 'A flowchart only moves forward: point this answer at a later question or at a result.',
      });
    });
    stack.pop();
    done.add(id);
  };

  const order = [flowchart.root, ...nodes.map((node) => node.id)];
  for (const id of order) if (byId.has(id) && !done.has(id)) visit(id);
  return problems;
}
