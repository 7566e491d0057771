import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { suggestId } from './suggest';

/** A cell's value must fit its feature's kind: a status, one of the levels, or some of the options, and nothing else. */
export function checkCellValues(content: ParsedContent): Problem[] {
  const features = new Map(content.features.map((f) => [f.id, f.data]));
  const problems: Problem[] = [];
  for (const cell of content.support) {
    const feature = features.get(cell.id);
    if (!feature) continue;
    const at = { file: cell.file, entry: cell.id };
    const { status, level, values, more } = cell.data;
    if (feature.kind !== 'rating' && level) {
      problems.push({
        ...at,
        field: 'level',
        message: `does not apply to the ${feature.kind} feature "${cell.id}"`,
        hint: feature.kind === 'support' ? 'Use `status`.' : 'Use `values`.',
      });
    }
    if (feature.kind !== 'options' && (values || more)) {
      problems.push({
        ...at,
        field: values ? 'values' : 'more',
        message: `does not apply to the ${feature.kind} feature "${cell.id}"`,
        hint: feature.kind === 'support' ? 'Use `status`.' : 'Use `level`.',
      });
    }
    if (feature.kind === 'support' && !status) {
      problems.push({ ...at, field: 'status', message: `is required for the support feature "${cell.id}"` });
    }
    if (feature.kind !== 'support' && status) {
      problems.push({
        ...at,
        field: 'status',
        message: `does not apply to the ${feature.kind} feature "${cell.id}"`,
        hint: feature.kind === 'rating' ? 'Use `level`.' : 'Use `values`.',
      });
    }
    if (feature.kind === 'rating') {
      const levels = Object.keys(feature.levels ?? {});
      if (!level) problems.push({ ...at, field: 'level', message: `is required; one of ${levels.join(', ')}` });
      else if (!levels.includes(level))
        problems.push({
          ...at,
          field: 'level',
          message: `"${level}" is not one of ${levels.join(', ')}`,
          hint: suggestId(level, levels),
        });
    }
    if (feature.kind === 'options') {
      const options = Object.keys(feature.options ?? {});
      if (!values) problems.push({ ...at, field: 'values', message: `is required; some of ${options.join(', ')}` });
      values?.forEach((value, i) => {
        if (!options.includes(value))
          problems.push({
            ...at,
            field: `values[${i}]`,
            message: `"${value}" is not one of ${options.join(', ')}`,
            hint: suggestId(value, options),
          });
      });
    }
  }
  return problems;
}
