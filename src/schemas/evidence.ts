import { z } from 'astro/zod';
import { idSchema, isoDateSchema, localized, text, urlSchema } from './common';
import { statusSchema } from './status';

/** How an entry relates to the report's cell; `new` is for cells the report does not cover. */
export const VERDICTS = ['confirmed', 'refined', 'contradicted', 'new'] as const;

/**
 * Public evidence about one cell, beside the report. It carries today's value in the field that fits
 * the feature's kind: `status` (support), `level` (rating) or `values` (options); it may carry none
 * where the source is silent on a rating or options row.
 */
export const evidenceSchema = z.strictObject({
  feature: idSchema.describe('The feature the evidence is about'),
  status: statusSchema.optional().describe('The status the evidence shows (support features only)'),
  level: idSchema
    .optional()
    .describe("The level the evidence shows (rating features only): one of the feature's levels"),
  values: z
    .array(idSchema)
    .min(1)
    .optional()
    .describe("The options the evidence shows (options features only): some of the feature's options"),
  detail: localized().optional().describe('A short qualifier shown next to the value'),
  verdict: z.enum(VERDICTS).describe("Relative to the report's cell; `new` where the report does not cover the cell"),
  date: isoDateSchema.describe('Date of the source, or of the look-up'),
  dateKind: z.enum(['published', 'checked']).describe("Whether `date` is the source's date or the look-up date"),
  url: urlSchema,
  title: text().describe('Short English title of the source'),
  summary: localized().describe('One sentence on what the source shows'),
});

/** A framework's evidence file: evidence id -> entry. */
export const evidenceFileSchema = z.record(idSchema, evidenceSchema);

export type Evidence = z.infer<typeof evidenceSchema> & { id: string; framework: string };
export type Verdict = (typeof VERDICTS)[number];
