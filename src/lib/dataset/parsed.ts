import type { Category, Feature } from '../../schemas/feature';
import type { Parsed } from '../content/parse';
import type { RawProse, YamlSource } from '../content/sources';
import type { FrameworkProse } from '../../schemas/framework-prose';
import type { z } from 'astro/zod';
import type { frameworkSchema } from '../../schemas/framework';
import type { supportCellSchema } from '../../schemas/support';
import type { evidenceSchema } from '../../schemas/evidence';
import type { flowchartNodeSchema } from '../../schemas/flowchart';
import type { useCaseSchema } from '../../schemas/use-case';
import type { integrationSchema } from '../../schemas/integration';
import type { configurationSchema } from '../../schemas/configuration';
import type { referenceSchema, reportMetaSchema } from '../../schemas/reference';
import type { GuideFrontmatter } from '../../schemas/guide';
import type { redirectSchema } from '../../schemas/redirect';

/** A guide page: its validated front matter, locale, slug (file name) and MDX body. */
export type ParsedGuide = Parsed<GuideFrontmatter> & { locale: string; slug: string; body: string };

/** An entry that belongs to a framework by its file name (support cells, evidence). */
export type PerFramework<T> = Parsed<T> & { framework: string };

/** All content after schema validation, still carrying file locations for the integrity rules. */
export interface ParsedContent {
  /** Ids declared by file or key, even where the entry itself failed validation (avoids cascades). */
  declared: { frameworks: Set<string>; features: Set<string>; cells: Set<string> };
  /** Files that could not be read at all (a YAML syntax error), already reported. */
  unread: Set<string>;
  /** Entries per kind of content before validation (an empty file has none). */
  entryCounts: Record<YamlSource, number>;
  /** Kinds of content with a file that could not be read: ids of that kind are not checked (no follow-on problems). */
  unreadSources: Set<YamlSource>;
  report: Parsed<z.output<typeof reportMetaSchema>>[];
  categories: Parsed<Omit<Category, 'id'>>[];
  features: Parsed<Omit<Feature, 'id'>>[];
  frameworks: Parsed<z.output<typeof frameworkSchema>>[];
  support: PerFramework<z.output<typeof supportCellSchema>>[];
  evidence: PerFramework<z.output<typeof evidenceSchema>>[];
  flowchart: { file: string; root: string; nodes: Parsed<z.output<typeof flowchartNodeSchema>>[] } | undefined;
  useCases: Parsed<z.output<typeof useCaseSchema>>[];
  integrations: Parsed<z.output<typeof integrationSchema>>[];
  configurations: Parsed<z.output<typeof configurationSchema>>[];
  references: Parsed<z.output<typeof referenceSchema>>[];
  redirects: Parsed<z.output<typeof redirectSchema>>[];
  prose: { frameworks: RawProse[]; guides: RawProse[] };
  frameworkProse: Parsed<FrameworkProse>[];
  guides: ParsedGuide[];
}
