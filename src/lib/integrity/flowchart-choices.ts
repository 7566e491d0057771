import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';

/** A question's answers lead to different nodes, and a result marked `only` names a single framework. */
export function checkFlowchartChoices(content: ParsedContent): Problem[] {
  const flowchart = content.flowchart;
  if (!flowchart) return [];
  const problems: Problem[] = [];
  for (const node of flowchart.nodes) {
    const at = { file: flowchart.file, entry: node.id };
    if (node.data.type === 'result') {
      if (node.data.only && node.data.frameworks.length > 1) {
        problems.push({
          ...at,
          field: 'only',
          message: `is true, but the result names ${node.data.frameworks.length} frameworks (${node.data.frameworks.join(', ')})`,
          hint: '`only: true` means the report names a single choice: keep one framework or remove `only`.',
        });
      }
      continue;
    }
    const nexts = node.data.answers.map((answer) => answer.next);
    nexts.forEach((next, i) => {
      const first = nexts.indexOf(next);
      if (first < i) {
        problems.push({
          ...at,
          field: `answers[${i}].next`,
          message: `leads to "${next}" like answers[${first}]: the answers of a question must lead to different nodes`,
          hint: 'Merge the two answers, or point one at another node.',
        });
      }
    });
  }
  return problems;
}
