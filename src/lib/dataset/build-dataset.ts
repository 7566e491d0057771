import { ContentError, type Problem } from '../problems';
import type { RawContent } from '../content/sources';
import { parseContent } from './parse-content';
import type { ParsedContent } from './parsed';
import type { Dataset } from './types';
import type { Category } from '../../schemas/feature';
import { sortEvidence } from '../evidence';
import { checkUnknownReferences } from '../integrity/unknown-references';
import { checkMissingCells } from '../integrity/missing-cells';
import { checkCellValues } from '../integrity/cell-values';
import { checkDuplicates } from '../integrity/duplicates';
import { checkProseParity } from '../integrity/prose-parity';
import { checkEvidenceFit } from '../integrity/evidence-fit';
import { checkCoverage } from '../integrity/coverage';
import { checkFlowchartRoot } from '../integrity/flowchart-root';
import { checkFlowchartReachable } from '../integrity/flowchart-reachable';
import { checkFlowchartCycle } from '../integrity/flowchart-cycle';
import { checkFlowchartDeadEnd } from '../integrity/flowchart-dead-end';
import { checkGuides } from '../integrity/guides';
import { checkRedirects } from '../integrity/redirects';
import { checkBasis } from '../integrity/basis';
import { checkRequiredCollections } from '../integrity/required-collections';
import { checkReportMarks } from '../integrity/report-marks';
import { checkEvidenceDate } from '../integrity/evidence-date';
import { checkEvidenceVerdict } from '../integrity/evidence-verdict';
import { checkEvidenceUrl } from '../integrity/evidence-url';
import { checkGuideRecommendations } from '../integrity/guide-recommendations';
import { checkUniqueLists } from '../integrity/unique-lists';
import { checkFlowchartChoices } from '../integrity/flowchart-choices';
import { checkUseCaseAlternative } from '../integrity/use-case-alternative';
import { checkIdCollisions } from '../integrity/id-collisions';
import { checkMdxBodies } from '../integrity/mdx-bodies';

/** What a rule may know besides the content: the build date (evidence cannot be newer). */
export interface RuleContext {
  /** The build date, YYYY-MM-DD (UTC). */
  today: string;
}

/** An integrity rule: reads the parsed content and returns what is wrong with it. */
export type Rule = (content: ParsedContent, contentDir: string, context: RuleContext) => Problem[];

/** The rules every build runs; later features add theirs here. */
export const RULES: Rule[] = [
  checkUnknownReferences,
  checkMissingCells,
  checkCellValues,
  checkDuplicates,
  checkProseParity,
  checkEvidenceFit,
  checkCoverage,
  checkFlowchartRoot,
  checkFlowchartReachable,
  checkFlowchartCycle,
  checkFlowchartDeadEnd,
  checkGuides,
  checkRedirects,
  checkBasis,
  checkRequiredCollections,
  checkReportMarks,
  checkEvidenceDate,
  checkEvidenceVerdict,
  checkEvidenceUrl,
  checkGuideRecommendations,
  checkUniqueLists,
  checkFlowchartChoices,
  checkUseCaseAlternative,
  checkIdCollisions,
  checkMdxBodies,
];

/** The report-layer fields of a cell the report does not cover: no value, no report text. */
const NOT_COVERED = { estimated: false, more: false, report: {}, sources: [] };

function assemble(content: ParsedContent): Dataset {
  const frameworks = content.frameworks.map((f) => ({ id: f.id, ...f.data })).sort((a, b) => a.order - b.order);
  const evidence = content.evidence.map((e) => ({ id: e.id, framework: e.framework, ...e.data }));
  const features = content.features.map((f) => ({ id: f.id, ...f.data }));
  const support = new Map(content.support.map((cell) => [`${cell.framework}/${cell.id}`, cell.data]));
  const cells: Dataset['cells'] = {};
  for (const framework of frameworks) {
    const row: Dataset['cells'][string] = (cells[framework.id] = {});
    for (const feature of features) {
      const covered = framework.inReport && feature.inReport;
      const data = covered ? support.get(`${framework.id}/${feature.id}`) : NOT_COVERED;
      if (!data) continue;
      const about = evidence.filter((e) => e.framework === framework.id && e.feature === feature.id);
      row[feature.id] = {
        ...data,
        framework: framework.id,
        feature: feature.id,
        covered,
        evidence: sortEvidence(about),
      };
    }
  }
  return {
    report: content.report[0]!.data,
    frameworks,
    categories: content.categories.map((c) => ({ ...c.data, id: c.id as Category['id'] })),
    features,
    cells,
    evidence,
    flowchart: {
      root: content.flowchart?.root ?? '',
      nodes: (content.flowchart?.nodes ?? []).map((n) => ({ id: n.id, ...n.data })),
    },
    useCases: content.useCases.map((u) => ({ id: u.id, ...u.data })),
    integrations: content.integrations.map((i) => ({ id: i.id, ...i.data })),
    configurations: content.configurations.map((c) => ({ id: c.id, ...c.data })),
    references: content.references.map((r) => ({ id: r.id, ...r.data })),
    guides: content.guides.map((g) => ({ ...g.data, locale: g.locale, slug: g.slug })),
    redirects: content.redirects.map((r) => ({ id: r.id, ...r.data })),
  };
}

/**
 * Validates raw content against the schemas, runs every integrity rule, and returns the dataset.
 * Throws one ContentError that lists every problem, so a single build shows every mistake.
 */
export function buildDataset(
  raw: RawContent,
  contentDir = 'content',
  rules: Rule[] = RULES,
  context: RuleContext = { today: new Date().toISOString().slice(0, 10) },
): Dataset {
  const problems: Problem[] = [];
  const content = parseContent(raw, problems);
  if (content.entryCounts.report !== 1 && !content.unreadSources.has('report')) {
    problems.push({
      file: `${contentDir}/report.yaml`,
      entry: 'report',
      message: 'exactly one report entry is required',
    });
  }
  for (const rule of rules) problems.push(...rule(content, contentDir, context));
  if (problems.length) throw new ContentError(problems);
  return assemble(content);
}
