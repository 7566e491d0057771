import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';

/** Whether the report covers a cell: both its framework and its feature are in the report. */
export function isCovered(framework: { inReport: boolean }, feature: { inReport: boolean }): boolean {
  return framework.inReport && feature.inReport;
}

/**
 * Cells the report does not cover come from evidence alone: they have no support-file entry, and
 * each needs at least one evidence entry (one that says the sources are silent, where they are).
 */
export function checkCoverage(content: ParsedContent, contentDir: string): Problem[] {
  const features = new Map(content.features.map((f) => [f.id, f.data]));
  const frameworks = new Map(content.frameworks.map((f) => [f.id, f.data]));
  const problems: Problem[] = [];
  for (const cell of content.support) {
    const framework = frameworks.get(cell.framework);
    const feature = features.get(cell.id);
    if (!framework || !feature || isCovered(framework, feature)) continue;
    const which = framework.inReport ? `the feature "${cell.id}"` : `the framework "${cell.framework}"`;
    problems.push({
      file: cell.file,
      entry: cell.id,
      message: `the report does not cover ${which}, so this cell cannot have a report value`,
      hint: `Remove it and put what the sources show in ${contentDir}/evidence/${cell.framework}.yaml (verdict: new).`,
    });
  }
  const sourced = new Set(content.evidence.map((e) => `${e.framework}/${e.data.feature}`));
  for (const framework of content.frameworks) {
    if (content.unread.has(`${contentDir}/evidence/${framework.id}.yaml`)) continue;
    for (const feature of content.features) {
      if (isCovered(framework.data, feature.data) || sourced.has(`${framework.id}/${feature.id}`)) continue;
      problems.push({
        file: `${contentDir}/evidence/${framework.id}.yaml`,
        entry: feature.id,
        message: `the cell of "${framework.id}" for "${feature.id}" is not covered by the report and has no evidence`,
        hint: 'Add an entry with verdict new; where the sources are silent, say which page was checked.',
      });
    }
  }
  return problems;
}
