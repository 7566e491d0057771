import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';

/** The problems for ids that appear twice in one list (`frameworks: [a, b, a]`). */
function repeats(list: readonly string[], at: Omit<Problem, 'message' | 'field'>, field: string): Problem[] {
  return list.flatMap((id, i) =>
    list.indexOf(id) < i
      ? [
          {
            ...at,
            field: `${field}[${i}]`,
            message: `"${id}" is listed twice (also at ${field}[${list.indexOf(id)}])`,
            hint: 'Remove the repeated entry.',
          },
        ]
      : [],
  );
}

/** A list of ids names each id once: a repeated framework, feature or value is a mistake, not emphasis. */
export function checkUniqueLists(content: ParsedContent): Problem[] {
  const problems: Problem[] = [];
  for (const node of content.flowchart?.nodes ?? []) {
    const at = { file: content.flowchart!.file, entry: node.id };
    if (node.data.type === 'result') problems.push(...repeats(node.data.frameworks, at, 'frameworks'));
    else problems.push(...repeats(node.data.features, at, 'features'));
  }
  for (const useCase of content.useCases)
    problems.push(...repeats(useCase.data.features, { file: useCase.file, entry: useCase.id }, 'features'));
  for (const guide of content.guides) {
    const at = { file: guide.file, entry: guide.id };
    problems.push(...repeats(guide.data.frameworks, at, 'frameworks'), ...repeats(guide.data.features, at, 'features'));
  }
  for (const item of content.integrations)
    problems.push(...repeats(item.data.frameworks, { file: item.file, entry: item.id }, 'frameworks'));
  for (const cell of content.support)
    if (cell.data.values) problems.push(...repeats(cell.data.values, { file: cell.file, entry: cell.id }, 'values'));
  for (const item of content.evidence)
    if (item.data.values) problems.push(...repeats(item.data.values, { file: item.file, entry: item.id }, 'values'));
  for (const framework of content.frameworks)
    problems.push(
      ...repeats(framework.data.officialUrls, { file: framework.file, entry: framework.id }, 'officialUrls'),
    );
  return problems;
}
