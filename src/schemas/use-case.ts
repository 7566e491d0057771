import { z } from 'astro/zod';
import { aliasesSchema, idSchema, localized } from './common';
import { basisSchema, claimSchema } from './basis';

/** A use-case recommendation of the report: a persona or a special purpose. */
export const useCaseSchema = z.strictObject({
  kind: z.enum(['persona', 'purpose']),
  label: localized(),
  aliases: aliasesSchema().optional(),
  first: idSchema.describe('The first-choice framework'),
  only: z.boolean().default(false).describe('The report calls it the only choice (一択)'),
  basis: basisSchema.describe('The cells the recommendation (first choice, "only") rests on'),
  reasons: z
    .array(claimSchema())
    .default([])
    .describe('Each reason with its basis; it links to the feature of its first basis entry, else to the first choice'),
  features: z.array(idSchema).default([]).describe('Features the reasons rest on'),
  alternative: z
    .strictObject({ framework: idSchema, when: localized() })
    .optional()
    .describe('The alternative and when to take it'),
});

export const useCasesFileSchema = z.record(idSchema, useCaseSchema);
export type UseCase = z.infer<typeof useCaseSchema> & { id: string };
