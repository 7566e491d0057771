import { z } from 'astro/zod';
import { aliasesSchema, idSchema, isoDateSchema, localized, text, urlSchema } from './common';
import { claimSchema } from './basis';

/** A framework's own page data: everything but the prose (which lives in MDX per locale). */
export const frameworkSchema = z.strictObject({
  name: text(80).describe('Display name, the same in both languages'),
  order: z.number().int().describe('Position in lists and table columns'),
  inReport: z
    .boolean()
    .default(true)
    .describe('False for a framework the source report does not cover: its cells then come from evidence alone'),
  officialUrls: z
    .array(urlSchema)
    .min(1)
    .describe("URL prefixes of the framework's own docs, repository and blog: every evidence URL must start with one"),
  tagline: localized().describe('One line for cards and link previews'),
  aliases: aliasesSchema().optional(),
  repository: urlSchema.describe("Official source repository today (the report's own link is kept in references.yaml)"),
  docs: urlSchema.describe("Official documentation site today (the report's own link is kept in references.yaml)"),
  stars: z
    .strictObject({
      count: z.number().int().positive().describe('GitHub stars as stated in the report'),
      label: text(20).describe('The report\'s own rounding, e.g. "42k"'),
      asOf: isoDateSchema.describe('When the count was taken (the survey date)'),
    })
    .optional()
    .describe('Star count with its date; omitted where no sourced count exists (a framework outside the report)'),
  concept: localized().describe('The report\'s "basic concept" in one or two sentences'),
  uniqueFeatures: z
    .array(
      z.strictObject({
        id: idSchema,
        name: localized(),
        detail: localized(),
      }),
    )
    .min(1)
    .describe('The report\'s "unique features" list'),
  moe: z
    .strictObject({
      points: z.array(localized()).describe('Details of the MoE section'),
      forms: z
        .array(z.strictObject({ code: text(), label: localized() }))
        .optional()
        .describe('Parallelism forms for MoE training, where the report lists them'),
    })
    .describe("The report's MoE section (its status is the `moe` support cell)"),
  constraints: z.array(localized()).describe('Known constraints'),
  scenarios: z.array(localized()).min(1).describe('Where the report says it applies'),
  summary: z
    .strictObject({
      strengths: z.array(claimSchema()).min(1),
      weaknesses: z.array(claimSchema()).min(1),
      bestFor: z.array(claimSchema()).min(1),
    })
    .describe("The report's closing summary; each item declares the cells it rests on (`basis`)"),
});

export type Framework = z.infer<typeof frameworkSchema> & { id: string };
