import { z } from 'astro/zod';
import { idSchema, isoDateSchema, localized, urlSchema } from './common';

/** A framework's own page data: everything but the prose (which lives in MDX per locale). */
export const frameworkSchema = z.strictObject({
  name: z.string().min(1).describe('Display name, the same in both languages'),
  order: z.number().int().describe('Position in lists and table columns'),
  inReport: z
    .boolean()
    .default(true)
    .describe('False for a framework the source report does not cover: its cells then come from evidence alone'),
  officialUrls: z
    .array(urlSchema)
    .min(1)
    .describe('URL prefixes of the framework\'s own docs, repository and blog: every evidence URL must start with one'),
  tagline: localized().describe('One line for cards and link previews'),
  repository: urlSchema.describe('Official source repository, as given in the report'),
  docs: urlSchema.describe('Documentation site, as given in the report'),
  stars: z
    .strictObject({
      count: z.number().int().positive().describe('GitHub stars as stated in the report'),
      label: z.string().describe('The report\'s own rounding, e.g. "42k"'),
      asOf: isoDateSchema.describe('When the count was taken (the survey date)'),
    })
    .describe('Star count with its date'),
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
        .array(z.strictObject({ code: z.string(), label: localized() }))
        .optional()
        .describe('Parallelism forms for MoE training, where the report lists them'),
    })
    .describe('The report\'s MoE section (its status is the `moe` support cell)'),
  constraints: z.array(localized()).describe('Known constraints'),
  scenarios: z.array(localized()).min(1).describe('Where the report says it applies'),
  summary: z
    .strictObject({
      strengths: z.array(localized()).min(1),
      weaknesses: z.array(localized()).min(1),
      bestFor: z.array(localized()).min(1),
    })
    .describe('The report\'s closing summary'),
});

export type Framework = z.infer<typeof frameworkSchema> & { id: string };
