import { z } from 'astro/zod';
import { idSchema, isoDateSchema, localized, MAX_LENGTH, text, urlSchema } from './common';
import { claimSchema } from './basis';
import { statusSchema } from './status';

/** Configuration keys in order, written out as YAML on the page. */
const settingsSchema = z
  .array(
    z.strictObject({ key: text(), value: z.union([z.boolean(), text(), z.number()]), comment: localized().optional() }),
  )
  .default([])
  .describe('Configuration keys, in order');

/** A cited page: its address and a short English title. */
const sourceSchema = z.strictObject({ url: urlSchema, title: text().describe('Short English title of the source') });

/**
 * What the combination is today, from the frameworks' own sources: its status, when that became so and
 * where it says so, and (where the report's settings no longer work) what to write instead.
 */
const todaySchema = z.strictObject({
  status: statusSchema.describe('The status today'),
  date: isoDateSchema.describe('Date of the source (e.g. the commit that removed it), or of the look-up'),
  dateKind: z.enum(['published', 'checked']).describe("Whether `date` is the source's date or the look-up date"),
  url: urlSchema,
  title: text().describe('Short English title of the source'),
  summary: localized().describe('One or two sentences: what changed, or how it works today'),
  settings: settingsSchema.describe('What to write today (the replacement keys, or the option that turns it on)'),
  settingsSource: sourceSchema.optional().describe('The page that documents `settings`'),
  error: z
    .strictObject({
      message: text(MAX_LENGTH.long).describe('Verbatim, as the framework prints it'),
      source: sourceSchema,
    })
    .optional()
    .describe("The error the framework gives today for the report's settings"),
});

/** A combination of frameworks (the report's combinations table and the Unsloth-in-Axolotl section). */
export const integrationSchema = z.strictObject({
  frameworks: z.array(idSchema).min(1).describe('Frameworks involved'),
  label: localized(),
  status: statusSchema.describe("The report's status"),
  report: text().describe("The report's mark, verbatim"),
  note: localized().describe('What the report says'),
  official: z.boolean().default(false).describe('The report says it is officially supported'),
  settings: settingsSchema.describe("The report's configuration keys, in order"),
  constraints: z
    .array(claimSchema())
    .default([])
    .describe("The report's constraints, each with the cells it rests on (`basis`)"),
  today: todaySchema.optional().describe('Where the combination differs today from what the report says'),
});

export const integrationsFileSchema = z.record(idSchema, integrationSchema);
export type Integration = z.infer<typeof integrationSchema> & { id: string };
export type IntegrationToday = NonNullable<Integration['today']>;
