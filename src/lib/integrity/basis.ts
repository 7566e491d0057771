import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { parseBasisRef } from '../basis';
import { suggestId } from './suggest';

/**
 * Every conclusion's basis names cells that exist: a known framework and a known feature
 * ("<framework>/<feature>"), or a known feature for a whole row ("<feature>").
 */
export function checkBasis(content: ParsedContent): Problem[] {
  const problems: Problem[] = [];
  const { frameworks, features } = content.declared;
  const check = (basis: readonly string[], at: { file: string; entry: string }, field: string) =>
    basis.forEach((ref, i) => {
      const { framework, feature } = parseBasisRef(ref);
      const where = { ...at, field: `${field}[${i}]` };
      if (framework !== undefined && !content.unreadSources.has('frameworks') && !frameworks.has(framework)) {
        problems.push({
          ...where,
          message: `unknown framework "${framework}" in "${ref}"`,
          hint: suggestId(framework, frameworks),
        });
      }
      // A features file that could not be read is its own problem: no follow-on "unknown feature".
      if (!content.unreadSources.has('features') && !features.has(feature))
        problems.push({
          ...where,
          message: `unknown feature "${feature}" in "${ref}"`,
          hint: suggestId(feature, features),
        });
    });

  for (const node of content.flowchart?.nodes ?? []) {
    if (node.data.type === 'result') check(node.data.basis, { file: content.flowchart!.file, entry: node.id }, 'basis');
  }
  for (const useCase of content.useCases) {
    const at = { file: useCase.file, entry: useCase.id };
    check(useCase.data.basis, at, 'basis');
    useCase.data.reasons.forEach((reason, i) => check(reason.basis, at, `reasons[${i}].basis`));
  }
  for (const framework of content.frameworks) {
    const at = { file: framework.file, entry: framework.id };
    for (const part of ['strengths', 'weaknesses', 'bestFor'] as const) {
      framework.data.summary[part].forEach((item, i) => check(item.basis, at, `summary.${part}[${i}].basis`));
    }
  }
  for (const integration of content.integrations) {
    integration.data.constraints.forEach((item, i) =>
      check(item.basis, { file: integration.file, entry: integration.id }, `constraints[${i}].basis`),
    );
  }
  return problems;
}
