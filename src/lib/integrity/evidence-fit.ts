import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { isCovered } from './coverage';
import { suggestId } from './suggest';

/**
 * Evidence must fit the cell it is about: the value field of the feature's kind (a status is
 * required on support rows), known level and option ids, and verdict `new` exactly where the report
 * does not cover the cell (evidence-verdict.ts compares the value with the report's).
 */
export function checkEvidenceFit(content: ParsedContent): Problem[] {
  const features = new Map(content.features.map((f) => [f.id, f.data]));
  const frameworks = new Map(content.frameworks.map((f) => [f.id, f.data]));
  const problems: Problem[] = [];
  for (const item of content.evidence) {
    const { data } = item;
    const feature = features.get(data.feature);
    const framework = frameworks.get(item.framework);
    if (!feature) continue;
    const at = (field: string) => ({ file: item.file, entry: item.id, field });
    if (feature.kind === 'support' && !data.status) {
      problems.push({ ...at('status'), message: `is required: "${data.feature}" is a support feature` });
    }
    const misplaced = [
      ['status', data.status !== undefined && feature.kind !== 'support'],
      ['level', data.level !== undefined && feature.kind !== 'rating'],
      ['values', data.values !== undefined && feature.kind !== 'options'],
    ] as const;
    for (const [field, wrong] of misplaced) {
      if (wrong) {
        problems.push({
          ...at(field),
          message: `does not apply: "${data.feature}" is a ${feature.kind} feature`,
          hint:
            feature.kind === 'support' ? 'Use `status`.' : feature.kind === 'rating' ? 'Use `level`.' : 'Use `values`.',
        });
      }
    }
    if (feature.kind === 'rating' && data.level !== undefined) {
      const levels = Object.keys(feature.levels ?? {});
      if (!levels.includes(data.level)) {
        problems.push({
          ...at('level'),
          message: `"${data.level}" is not one of ${levels.join(', ')}`,
          hint: suggestId(data.level, levels),
        });
      }
    }
    if (feature.kind === 'options') {
      const options = Object.keys(feature.options ?? {});
      data.values?.forEach((value, i) => {
        if (!options.includes(value)) {
          problems.push({
            ...at(`values[${i}]`),
            message: `"${value}" is not one of ${options.join(', ')}`,
            hint: suggestId(value, options),
          });
        }
      });
    }
    if (!framework) continue;
    const covered = isCovered(framework, feature);
    if (!covered && data.verdict !== 'new') {
      problems.push({
        ...at('verdict'),
        message: `must be new: the report does not cover this cell, so there is nothing to confirm, refine or contradict`,
      });
    }
    if (covered && data.verdict === 'new') {
      problems.push({
        ...at('verdict'),
        message: 'new is only for cells the report does not cover',
        hint: 'Use confirmed, refined or contradicted.',
      });
    }
  }
  return problems;
}
