import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';

/** A use case's alternative is another framework than its first choice, and an `only` choice has no alternative. */
export function checkUseCaseAlternative(content: ParsedContent): Problem[] {
  return content.useCases.flatMap((useCase): Problem[] => {
    const { first, alternative, only } = useCase.data;
    const at = { file: useCase.file, entry: useCase.id };
    if (alternative?.framework === first) {
      return [
        {
          ...at,
          field: 'alternative.framework',
          message: `"${first}" is also the first choice`,
          hint: 'Name another framework as the alternative, or remove the alternative.',
        },
      ];
    }
    if (alternative && only) {
      return [
        {
          ...at,
          field: 'alternative',
          message: `contradicts \`only: true\` (the report calls "${first}" the only choice)`,
          hint: 'Remove the alternative or `only`.',
        },
      ];
    }
    return [];
  });
}
