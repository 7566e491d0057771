import { z } from 'astro/zod';
import { idSchema, isoDateSchema, localized, text, urlSchema } from './common';
import { statusSchema } from './status';

/** Public evidence newer than (or beside) the report for one cell. */
export const evidenceSchema = z.strictObject({
  feature: idSchema.describe('The feature the evidence is about'),
  status: statusSchema.optional().describe('The status the evidence shows (support features only)'),
  verdict: z.enum(['confirmed', 'refined', 'contradicted']).describe('Relative to the report\'s cell'),
  date: isoDateSchema.describe('Date of the source, or of the look-up'),
  dateKind: z.enum(['published', 'checked']).describe('Whether `date` is the source\'s date or the look-up date'),
  url: urlSchema,
  title: text().describe('Short English title of the source'),
  summary: localized().describe('One sentence on what the source shows'),
});

/** A framework's evidence file: evidence id -> entry. */
export const evidenceFileSchema = z.record(idSchema, evidenceSchema);

export type Evidence = z.infer<typeof evidenceSchema> & { id: string; framework: string };
