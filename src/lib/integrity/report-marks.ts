import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { statusFromMark } from '../report-marks';

/** A support cell's status and `estimated` follow the report's own marks (mapping in src/lib/report-marks.ts). */
export function checkReportMarks(content: ParsedContent): Problem[] {
  const problems: Problem[] = [];
  for (const cell of content.support) {
    const { status, estimated, report } = cell.data;
    if (!status) continue;
    for (const [where, mark] of [
      ['summary', report.summary],
      ['detail', report.detail],
    ] as const) {
      const read = mark ? statusFromMark(mark) : undefined;
      if (!mark || !read) continue;
      const at = { file: cell.file, entry: cell.id };
      if (read.status !== status) {
        problems.push({
          ...at,
          field: 'status',
          message: `"${status}" contradicts the report's mark "${mark}" (report.${where}), which means ${read.status}`,
          hint: "Keep the report's status here; newer facts go into content/evidence/.",
        });
      }
      if (read.estimated && !estimated) {
        problems.push({
          ...at,
          field: 'estimated',
          message: `must be true: the report's mark "${mark}" (report.${where}) says 推定`,
        });
      }
    }
  }
  return problems;
}
