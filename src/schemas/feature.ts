import { z } from 'astro/zod';
import { aliasesSchema, idSchema, localized } from './common';

export const CATEGORIES = [
  'parallelism',
  'moe',
  'interface',
  'quantization',
  'long-context',
  'training',
  'modalities',
  'usability',
  'performance',
  'beyond-report',
] as const;

/** How a feature's cells are expressed: a support status, a level on an ordered scale, or a set of options. */
export const FEATURE_KINDS = ['support', 'rating', 'options'] as const;

const choiceSchema = z.strictObject({ label: localized() });

/** A compared feature (a row in the comparison tables). */
export const featureSchema = z
  .strictObject({
    category: z.enum(CATEGORIES),
    kind: z.enum(FEATURE_KINDS).default('support'),
    summary: z.boolean().describe("True when the row is in one of the report's summary tables"),
    inReport: z
      .boolean()
      .default(true)
      .describe('False for a row the source report does not cover: its cells then come from evidence alone'),
    label: localized().describe('Row header'),
    description: localized().describe('What the feature is, in a sentence or two'),
    aliases: aliasesSchema().optional(),
    levels: z.record(idSchema, choiceSchema).optional().describe('Ordered scale for rating features, lowest first'),
    options: z.record(idSchema, choiceSchema).optional().describe('Allowed values for options features'),
  })
  .superRefine((feature, ctx) => {
    if (feature.kind === 'rating' && !feature.levels) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: 'a rating feature needs its levels' });
    }
    if (feature.kind === 'options' && !feature.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'an options feature needs its options' });
    }
  });

/** A feature category: a group of rows with a heading. */
export const categorySchema = z.strictObject({
  table: z
    .enum(['parallelism', 'features', 'usability', 'performance', 'beyond-report'])
    .describe('Which summary table of the report, or `beyond-report` for rows the report does not cover'),
  label: localized(),
  description: localized(),
});

export type Feature = z.infer<typeof featureSchema> & { id: string };
export type Category = z.infer<typeof categorySchema> & { id: (typeof CATEGORIES)[number] };
