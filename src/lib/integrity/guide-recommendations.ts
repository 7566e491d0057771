import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';

/** A guide names, in its front matter, the frameworks its use case recommends (first choice and alternative). */
export function checkGuideRecommendations(content: ParsedContent): Problem[] {
  const useCases = new Map(content.useCases.map((u) => [u.id, u.data]));
  const problems: Problem[] = [];
  for (const guide of content.guides) {
    const useCase = useCases.get(guide.slug);
    if (!useCase) continue;
    const recommended = [
      { id: useCase.first, role: 'the first choice' },
      ...(useCase.alternative ? [{ id: useCase.alternative.framework, role: 'the alternative' }] : []),
    ];
    for (const { id, role } of recommended) {
      if (guide.data.frameworks.includes(id) || !content.declared.frameworks.has(id)) continue;
      problems.push({
        file: guide.file,
        entry: guide.id,
        field: 'frameworks',
        message: `does not name "${id}", ${role} of the use case "${guide.slug}"`,
        hint: 'A guide lists every framework its use case recommends.',
      });
    }
  }
  return problems;
}
