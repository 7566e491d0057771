import { z } from 'astro/zod';
import { idSchema, localized, text } from './common';
import { statusSchema } from './status';

/** A combination of frameworks (the report's combinations table and the Unsloth-in-Axolotl section). */
export const integrationSchema = z.strictObject({
  frameworks: z.array(idSchema).min(1).describe('Frameworks involved'),
  label: localized(),
  status: statusSchema,
  report: text().describe('The report\'s mark, verbatim'),
  note: localized(),
  official: z.boolean().default(false).describe('The report says it is officially supported'),
  settings: z
    .array(z.strictObject({ key: text(), value: z.union([z.boolean(), text(), z.number()]), comment: localized().optional() }))
    .default([])
    .describe('Configuration keys, in order'),
  constraints: z.array(localized()).default([]),
});

export const integrationsFileSchema = z.record(idSchema, integrationSchema);
export type Integration = z.infer<typeof integrationSchema> & { id: string };
