import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { differsFromReport, showsValue } from '../evidence';
import { isCovered } from './coverage';

/**
 * An entry's verdict agrees with the value it shows: a `confirmed` entry shows the report's own
 * value, a `contradicted` one (where it shows a value) another.
 */
export function checkEvidenceVerdict(content: ParsedContent): Problem[] {
  const features = new Map(content.features.map((f) => [f.id, f.data]));
  const frameworks = new Map(content.frameworks.map((f) => [f.id, f.data]));
  const cells = new Map(content.support.map((c) => [`${c.framework}/${c.id}`, c.data]));
  const problems: Problem[] = [];
  for (const item of content.evidence) {
    const { data } = item;
    const feature = features.get(data.feature);
    const framework = frameworks.get(item.framework);
    const cell = cells.get(`${item.framework}/${data.feature}`);
    if (
      (data.verdict !== 'contradicted' && data.verdict !== 'confirmed') ||
      !feature ||
      !framework ||
      !cell ||
      !isCovered(framework, feature)
    )
      continue;
    const field = feature.kind === 'support' ? 'status' : feature.kind === 'rating' ? 'level' : 'values';
    const at = { file: item.file, entry: item.id, field };
    // An entry without a value (allowed on rating and options rows where the source gives none)
    // contradicts in its summary; one with a value must show another value than the report's.
    const shown = data.status ?? data.level ?? data.values?.join(', ');
    // A report cell without a value is its own problem (cell-values.ts): nothing to compare with.
    const report = cell.status ?? cell.level ?? cell.values?.join(', ');
    if (data.verdict === 'confirmed' && report !== undefined && showsValue(data) && differsFromReport(data, cell)) {
      problems.push({
        ...at,
        message: `"${shown}" differs from the report's "${report}", so the verdict cannot be confirmed`,
        hint: 'Use refined or contradicted.',
      });
    }
    if (data.verdict === 'contradicted' && showsValue(data) && !differsFromReport(data, cell)) {
      problems.push({
        ...at,
        message: `"${shown}" is the report's own value, so the verdict cannot be contradicted`,
        hint: 'Show the value the source gives, or use confirmed or refined.',
      });
    }
  }
  return problems;
}
