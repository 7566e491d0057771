import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { differsFromReport, showsValue } from '../evidence';
import { isCovered } from './coverage';

/**
 * A `contradicted` entry that shows a value shows one that differs from the report's cell (a
 * `confirmed` one the same value: evidence-fit.ts checks that).
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
    if (data.verdict !== 'contradicted' || !feature || !framework || !cell || !isCovered(framework, feature)) continue;
    const field = feature.kind === 'support' ? 'status' : feature.kind === 'rating' ? 'level' : 'values';
    const at = { file: item.file, entry: item.id, field };
    // An entry without a value (allowed on rating and options rows where the source gives none)
    // contradicts in its summary; one with a value must show another value than the report's.
    if (showsValue(data) && !differsFromReport(data, cell)) {
      const shown = data.status ?? data.level ?? data.values?.join(', ');
      problems.push({ ...at, message: `"${shown}" is the report's own value, so the verdict cannot be contradicted`, hint: 'Show the value the source gives, or use confirmed or refined.' });
    }
  }
  return problems;
}
