import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';

/**
 * Evidence must fit the cell it is about: a status only for support features (and then required).
 * Whether its verdict fits its value is evidence-verdict.ts.
 */
export function checkEvidenceFit(content: ParsedContent): Problem[] {
  const features = new Map(content.features.map((f) => [f.id, f.data]));
  const problems: Problem[] = [];
  for (const item of content.evidence) {
    const feature = features.get(item.data.feature);
    if (!feature) continue;
    const at = { file: item.file, entry: item.id, field: 'status' };
    if (feature.kind === 'support' && !item.data.status) {
      problems.push({ ...at, message: `is required: "${item.data.feature}" is a support feature` });
    }
    if (feature.kind !== 'support' && item.data.status) {
      problems.push({ ...at, message: `does not apply: "${item.data.feature}" is a ${feature.kind} feature`, hint: 'Say what the source shows in the summary.' });
    }
  }
  return problems;
}
