import { idSchema } from '../../schemas/common';
import { categorySchema, featureSchema } from '../../schemas/feature';
import { frameworkSchema } from '../../schemas/framework';
import { supportCellSchema } from '../../schemas/support';
import { evidenceSchema } from '../../schemas/evidence';
import { flowchartNodeSchema } from '../../schemas/flowchart';
import { useCaseSchema } from '../../schemas/use-case';
import { integrationSchema } from '../../schemas/integration';
import { configurationSchema } from '../../schemas/configuration';
import { referenceSchema, reportMetaSchema } from '../../schemas/reference';
import { guideSchema } from '../../schemas/guide';
import { frameworkProseSchema } from '../../schemas/framework-prose';
import { redirectSchema } from '../../schemas/redirect';
import { parseRecordFile, parseSingleFile, parseProse } from '../content/parse';
import { fileId, type RawContent, type RawFile, type YamlSource } from '../content/sources';
import type { Problem } from '../problems';
import type { ParsedContent, ParsedGuide } from './parsed';
import type { z } from 'astro/zod';

function records<S extends z.ZodType>(files: RawFile[], schema: S, problems: Problem[]) {
  return files.flatMap((raw) => parseRecordFile(raw, schema, problems));
}

function perFramework<S extends z.ZodType>(files: RawFile[], schema: S, problems: Problem[]) {
  return files.flatMap((raw) =>
    parseRecordFile(raw, schema, problems).map((entry) => ({ ...entry, framework: fileId(raw.file) })),
  );
}

function parseFlowchart(files: RawFile[], problems: Problem[]): ParsedContent['flowchart'] {
  const raw = files[0];
  if (!raw) return undefined;
  if (raw.value === undefined) return (parseRecordFile(raw, flowchartNodeSchema, problems), undefined);
  const value = (raw.value ?? {}) as { root?: unknown; nodes?: unknown };
  const root = idSchema.safeParse(value.root);
  if (!root.success)
    problems.push({ file: raw.file, field: 'root', message: 'must name the first question by its id' });
  const nodes = parseRecordFile({ file: raw.file, value: value.nodes ?? {} }, flowchartNodeSchema, problems);
  return { file: raw.file, root: root.success ? root.data : '', nodes };
}

/** Entries a source holds before validation: files for frameworks, keys otherwise (flowchart: its nodes). */
function countEntries(source: YamlSource, files: RawFile[]): number {
  if (source === 'frameworks') return files.filter((f) => f.value !== undefined && f.value !== null).length;
  return files.reduce((sum, f) => {
    const value = (source === 'flowchart' ? (f.value as { nodes?: unknown } | null)?.nodes : f.value) ?? {};
    return sum + (typeof value === 'object' ? Object.keys(value).length : 1);
  }, 0);
}

/** Validates every raw file against its schema, collecting all problems instead of stopping. */
export function parseContent(raw: RawContent, problems: Problem[]): ParsedContent {
  const keys = (files: RawFile[]) =>
    files.flatMap((f) => (f.value && typeof f.value === 'object' ? Object.keys(f.value) : []));
  return {
    declared: {
      frameworks: new Set(raw.yaml.frameworks.map((f) => fileId(f.file))),
      features: new Set(keys(raw.yaml.features)),
      cells: new Set(raw.yaml.support.flatMap((f) => keys([f]).map((feature) => `${fileId(f.file)}/${feature}`))),
    },
    unread: new Set(
      Object.values(raw.yaml)
        .flat()
        .filter((f) => f.value === undefined)
        .map((f) => f.file),
    ),
    entryCounts: Object.fromEntries(
      (Object.keys(raw.yaml) as YamlSource[]).map((source) => [source, countEntries(source, raw.yaml[source])]),
    ) as Record<YamlSource, number>,
    unreadSources: new Set(
      (Object.keys(raw.yaml) as YamlSource[]).filter((source) => raw.yaml[source].some((f) => f.value === undefined)),
    ),
    report: records(raw.yaml.report, reportMetaSchema, problems),
    categories: records(raw.yaml.categories, categorySchema, problems),
    features: records(raw.yaml.features, featureSchema, problems),
    frameworks: raw.yaml.frameworks.flatMap((file) => parseSingleFile(file, frameworkSchema, problems)),
    support: perFramework(raw.yaml.support, supportCellSchema, problems),
    evidence: perFramework(raw.yaml.evidence, evidenceSchema, problems),
    flowchart: parseFlowchart(raw.yaml.flowchart, problems),
    useCases: records(raw.yaml.useCases, useCaseSchema, problems),
    integrations: records(raw.yaml.integrations, integrationSchema, problems),
    configurations: records(raw.yaml.configurations, configurationSchema, problems),
    references: records(raw.yaml.references, referenceSchema, problems),
    redirects: records(raw.yaml.redirects, redirectSchema, problems),
    prose: raw.prose,
    frameworkProse: raw.prose.frameworks.flatMap((page) => parseProse(page, frameworkProseSchema, problems)),
    guides: raw.prose.guides.flatMap((page): ParsedGuide[] => {
      const [locale = '', slug = ''] = page.id.split('/');
      return parseProse(page, guideSchema, problems).map((entry) => ({
        ...entry,
        locale,
        slug,
        body: page.body ?? '',
      }));
    }),
  };
}
