import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { isCovered } from './coverage';

/** Every framework needs a cell for every feature the report covers for it, so no table has a silent gap. */
export function checkMissingCells(content: ParsedContent, contentDir: string): Problem[] {
  const present = content.declared.cells;
  return content.frameworks.flatMap((framework) =>
    content.unread.has(`${contentDir}/support/${framework.id}.yaml`)
      ? []
      : content.features
          .filter((feature) => isCovered(framework.data, feature.data))
          .filter((feature) => !present.has(`${framework.id}/${feature.id}`))
          .map((feature) => ({
            file: `${contentDir}/support/${framework.id}.yaml`,
            entry: feature.id,
            message: `framework "${framework.id}" has no cell for the compared feature "${feature.id}"`,
            hint: 'Add the cell; where the report is silent, use status unknown with a note saying so.',
          })),
  );
}
