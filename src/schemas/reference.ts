import { z } from 'astro/zod';
import { idSchema, isoDateSchema, localized, text, urlSchema } from './common';

/** A link in the report's reference list. */
export const referenceSchema = z.strictObject({
  kind: z.enum(['repository', 'docs', 'article']),
  framework: idSchema.optional(),
  title: text(),
  url: urlSchema.describe('The link as the report gives it'),
  unofficial: z.boolean().default(false).describe("The report's link is not the framework's own site (e.g. a mirror)"),
  current: urlSchema
    .optional()
    .describe("The official address today, where the report's link has moved or is unofficial"),
});

/** Facts about the source report itself. */
export const reportMetaSchema = z.strictObject({
  title: localized(),
  surveyDate: isoDateSchema,
  author: text(),
  version: text(),
  basedOn: z.strictObject({ title: text(), url: urlSchema }),
});

export const referencesFileSchema = z.record(idSchema, referenceSchema);
export type Reference = z.infer<typeof referenceSchema> & { id: string };
export type ReportMeta = z.infer<typeof reportMetaSchema>;
