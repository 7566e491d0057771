import type { Category, Feature } from '../../schemas/feature';
import type { Framework } from '../../schemas/framework';
import type { SupportCell } from '../../schemas/support';
import type { Evidence } from '../../schemas/evidence';
import type { FlowchartNode } from '../../schemas/flowchart';
import type { UseCase } from '../../schemas/use-case';
import type { Integration } from '../../schemas/integration';
import type { Configuration } from '../../schemas/configuration';
import type { Reference, ReportMeta } from '../../schemas/reference';
import type { GuideFrontmatter } from '../../schemas/guide';
import type { Redirect } from '../../schemas/redirect';

/** A guide page's front matter with its locale and slug (= use-case id). */
export type Guide = GuideFrontmatter & { locale: string; slug: string };

/** The validated, cross-checked content: the one object every page reads. */
export interface Dataset {
  report: ReportMeta;
  frameworks: Framework[];
  categories: Category[];
  features: Feature[];
  /** cells[framework][feature] */
  cells: Record<string, Record<string, SupportCell>>;
  evidence: Evidence[];
  flowchart: { root: string; nodes: FlowchartNode[] };
  useCases: UseCase[];
  integrations: Integration[];
  configurations: Configuration[];
  references: Reference[];
  guides: Guide[];
  redirects: Redirect[];
}
