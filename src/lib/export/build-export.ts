import { z } from 'astro/zod';
import type { Dataset } from '../dataset/types';
import { findCurrentEvidence } from '../evidence';
import { EXPORT_FILES, EXPORT_VERSION, type ExportFile } from '../../schemas/export';

/** The content of one export file, built from the dataset (the same cells every page reads). */
export function buildExportFile(dataset: Dataset, file: ExportFile): unknown {
  const header = { version: EXPORT_VERSION, surveyDate: dataset.report.surveyDate };
  if (file === 'frameworks') return { ...header, frameworks: dataset.frameworks };
  if (file === 'features') return { ...header, categories: dataset.categories, features: dataset.features };
  const cells = dataset.frameworks.flatMap((fw) =>
    dataset.features.map((feature) => {
      const full = dataset.cells[fw.id]![feature.id]!;
      const { framework, feature: featureId, evidence, ...cell } = full;
      const current = findCurrentEvidence(full);
      return {
        framework,
        feature: featureId,
        ...cell,
        ...(current?.status ? { currentStatus: current.status } : {}),
        ...(current?.level ? { currentLevel: current.level } : {}),
        ...(current?.values ? { currentValues: current.values } : {}),
        evidence: evidence.map(({ framework: _fw, feature: _feature, ...entry }) => entry),
      };
    }),
  );
  return { ...header, cells };
}

/** The JSON Schema of every export file, generated from the zod schemas, under `$defs.<file>`. */
export function buildExportSchema(): Record<string, unknown> {
  const defs = Object.fromEntries(
    Object.entries(EXPORT_FILES).map(([name, schema]) => {
      const { $schema: _, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
      return [name, json];
    }),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'LLM fine-tuning framework guide: data export v1',
    description: 'Pick the definition for a file: #/$defs/frameworks, #/$defs/features or #/$defs/support.',
    $defs: defs,
  };
}
