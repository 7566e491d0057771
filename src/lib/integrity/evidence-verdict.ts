import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';

/** The value an entry or a cell shows, whichever field its row uses (status, level or values). */
function shownValue(data: { status?: string; level?: string; values?: string[] }): { field: string; value: string } | undefined {
  if (data.status) return { field: 'status', value: data.status };
  if (data.level) return { field: 'level', value: data.level };
  if (data.values?.length) return { field: 'values', value: [...data.values].sort().join(', ') };
  return undefined;
}

/**
 * A verdict must agree with the values: a `contradicted` entry shows a value that differs from the
 * report's cell, a `confirmed` one the same value.
 */
export function checkEvidenceVerdict(content: ParsedContent): Problem[] {
  const cells = new Map(content.support.map((c) => [`${c.framework}/${c.id}`, c.data as { status?: string; level?: string; values?: string[] }]));
  const problems: Problem[] = [];
  for (const item of content.evidence) {
    const cell = cells.get(`${item.framework}/${item.data.feature}`);
    const shown = shownValue(item.data as { status?: string; level?: string; values?: string[] });
    const report = cell && shownValue(cell);
    if (!shown || !report || shown.field !== report.field) continue;
    const at = { file: item.file, entry: item.id, field: shown.field };
    if (item.data.verdict === 'confirmed' && shown.value !== report.value) {
      problems.push({ ...at, message: `"${shown.value}" differs from the report's "${report.value}", so the verdict cannot be confirmed`, hint: 'Use refined or contradicted.' });
    }
    if (item.data.verdict === 'contradicted' && shown.value === report.value) {
      problems.push({ ...at, message: `"${shown.value}" is the report's own value, so the verdict cannot be contradicted`, hint: 'Show the value the source gives, or use confirmed or refined.' });
    }
  }
  return problems;
}
