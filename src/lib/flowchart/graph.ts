// The flowchart as a plain directed graph, shared by the integrity rules, the layout and the views.

/** The part of a node the graph needs: its id and, for a question, where each answer leads. */
export interface GraphNode {
  id: string;
  answers?: readonly { next: string }[];
}

/** One answer as an edge: `index` is the answer's position in the question. */
export interface GraphEdge {
  from: string;
  to: string;
  index: number;
}

/** Every answer of every question as an edge, in file order. */
export function listEdges(nodes: readonly GraphNode[]): GraphEdge[] {
  return nodes.flatMap((node) =>
    (node.answers ?? []).map((answer, index) => ({ from: node.id, to: answer.next, index })),
  );
}

/** The ids reachable from `root` by following answers to nodes that exist, in breadth-first order. */
export function reachableFrom(root: string, nodes: readonly GraphNode[]): string[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  if (!byId.has(root)) return [];
  const seen = [root];
  for (let i = 0; i < seen.length; i++) {
    for (const answer of byId.get(seen[i]!)?.answers ?? []) {
      if (byId.has(answer.next) && !seen.includes(answer.next)) seen.push(answer.next);
    }
  }
  return seen;
}

/** Turns parsed entries (`{ id, data }`) into graph nodes. */
export function toGraphNodes(
  entries: readonly { id: string; data: { type: string; answers?: readonly { next: string }[] } }[],
): GraphNode[] {
  return entries.map((entry) =>
    entry.data.answers ? { id: entry.id, answers: entry.data.answers } : { id: entry.id },
  );
}
