import { z } from 'astro/zod';
import { idSchema, localized } from './common';
import { claimSchema } from './basis';
import { statusSchema } from './status';

/** A combination of frameworks (the report's combinations table and the Unsloth-in-Axolotl section). */
export const integrationSchema = z.strictObject({
  frameworks: z.array(idSchema).min(1).describe('Frameworks involved'),
  label: localized(),
  status: statusSchema,
  report: z.string().describe('The report\'s mark, verbatim'),
  note: localized(),
  official: z.boolean().default(false).describe('The report says it is officially supported'),
  settings: z
    .array(z.strictObject({ key: z.string(), value: z.union([z.boolean(), z.string(), z.number()]), comment: localized().optional() }))
    .default([])
    .describe('Configuration keys, in order'),
  constraints: z.array(claimSchema()).default([]).describe('Each constraint with the cells it rests on (`basis`)'),
});

export const integrationsFileSchema = z.record(idSchema, integrationSchema);
export type Integration = z.infer<typeof integrationSchema> & { id: string };
