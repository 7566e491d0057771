import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';

/**
 * Evidence must fit the cell it is about: a status only for support features (and then required),
 * and a "confirmed" entry must show the same status as the report's cell.
 */
export function checkEvidenceFit(content: ParsedContent): Problem[] {
  const features = new Map(content.features.map((f) => [f.id, f.data]));
  const cells = new Map(content.support.map((c) => [`${c.framework}/${c.id}`, c.data]));
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
    const cell = cells.get(`${item.framework}/${item.data.feature}`);
    if (item.data.verdict === 'confirmed' && item.data.status && cell?.status && item.data.status !== cell.status) {
      problems.push({
        ...at,
        message: `"${item.data.status}" differs from the report's "${cell.status}", so the verdict cannot be confirmed`,
        hint: 'Use refined or contradicted.',
      });
    }
  }
  return problems;
}
