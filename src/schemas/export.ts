import { z } from 'astro/zod';
import { idSchema, isoDateSchema, localized } from './common';
import { frameworkSchema } from './framework';
import { categorySchema, featureSchema } from './feature';
import { supportCellSchema } from './support';
import { evidenceSchema } from './evidence';
import { statusSchema } from './status';

/** The export's major version: fields may be added within v1, never renamed or removed. */
export const EXPORT_VERSION = 1;

// The content schemas carry cross-field refinements (checked at build time); the export reuses
// their shapes, which is what a JSON Schema can express.
const header = {
  version: z.literal(EXPORT_VERSION).describe('Export format version (the /data/v1/ in the URL)'),
  surveyDate: isoDateSchema.describe('Date of the survey the data comes from (YYYY-MM-DD)'),
};

/** frameworks.json */
export const frameworksExportSchema = z.strictObject({
  ...header,
  frameworks: z
    .array(z.strictObject({ id: idSchema, ...frameworkSchema.shape }))
    .describe('Frameworks in column order'),
});

/** features.json */
export const featuresExportSchema = z.strictObject({
  ...header,
  categories: z
    .array(z.strictObject({ id: idSchema, ...categorySchema.shape }))
    .describe('Categories in display order'),
  features: z
    .array(z.strictObject({ id: idSchema, ...featureSchema.shape }))
    .describe("Features in row order; `summary` marks rows of the report's summary tables"),
});

/** support.json: every framework x feature cell. */
export const supportExportSchema = z.strictObject({
  ...header,
  cells: z
    .array(
      z.strictObject({
        framework: idSchema.describe('Framework id (frameworks.json)'),
        feature: idSchema.describe('Feature id (features.json)'),
        ...supportCellSchema.shape,
        note: localized().optional().describe('Explanation in English and Japanese'),
        currentStatus: statusSchema
          .optional()
          .describe(
            "Present where newer evidence shows another status than the report's `status` (which is kept as the report has it)",
          ),
        currentLevel: idSchema
          .optional()
          .describe("Present where evidence shows another level than the report's `level` (rating features)"),
        currentValues: z
          .array(idSchema)
          .optional()
          .describe("Present where evidence shows other options than the report's `values` (options features)"),
        covered: z
          .boolean()
          .describe(
            'False where the report does not cover the cell (its framework or feature): then only evidence gives its value',
          ),
        evidence: z
          .array(z.strictObject({ id: idSchema, ...evidenceSchema.omit({ feature: true }).shape }))
          .describe('Newer public evidence about the cell, newest first, with verdict, date, URL and summary'),
      }),
    )
    .describe('One cell per framework and feature, frameworks in column order, features in row order'),
});

/** The export files and the schema each follows. */
export const EXPORT_FILES = {
  frameworks: frameworksExportSchema,
  features: featuresExportSchema,
  support: supportExportSchema,
} as const;

export type ExportFile = keyof typeof EXPORT_FILES;
