import { z } from 'astro/zod';
import { idSchema, localized, text, urlSchema } from './common';
import { statusSchema } from './status';
import type { Evidence } from './evidence';

/** The report's own wording for a cell, kept verbatim so that the mapping to a status can be checked. */
const reportCellSchema = z
  .strictObject({
    summary: text().optional().describe('The cell as written in the summary table (総合比較表)'),
    detail: text().optional().describe("The cell as written in the framework's own table"),
  })
  .describe('Verbatim report text; leave both out where the report is silent');

/** One framework x feature cell. Which value field it needs depends on the feature's kind. */
export const supportCellSchema = z
  .strictObject({
    status: statusSchema.optional().describe('For support features'),
    estimated: z.boolean().default(false).describe('The report marks it 推定 or "possibly via"'),
    level: idSchema.optional().describe("For rating features: one of the feature's levels"),
    values: z.array(idSchema).min(1).optional().describe("For options features: the feature's options that apply"),
    more: z.boolean().default(false).describe('The report ends the list with 等 ("and others")'),
    detail: localized().optional().describe('A short qualifier shown next to the value'),
    note: localized().optional().describe('Explanation; required for partial, experimental, estimated or unknown'),
    report: reportCellSchema.default({}),
    sources: z
      .array(z.strictObject({ url: urlSchema, title: text() }))
      .default([])
      .describe('Sources besides the report itself'),
  })
  .superRefine((cell, ctx) => {
    const needsNote =
      cell.estimated || cell.status === 'partial' || cell.status === 'experimental' || cell.status === 'unknown';
    if (needsNote && !cell.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `${cell.estimated ? 'an estimated' : cell.status === 'unknown' ? 'an unknown' : cell.status === 'experimental' ? 'an experimental' : 'a partial'} cell needs a note`,
      });
    }
    if (!cell.report.summary && !cell.report.detail && !cell.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'a cell the report is silent on needs a note saying so',
      });
    }
  });

/** A framework's support file: feature id -> cell. */
export const supportFileSchema = z.record(idSchema, supportCellSchema);

/**
 * A cell as the dataset holds it: the validated data, its place, whether the report covers it, and
 * the evidence about it (newest first). A cell the report does not cover (its framework or its
 * feature has `inReport: false`) has no support-file entry and no report value: evidence alone
 * gives its value.
 */
export type SupportCell = z.infer<typeof supportCellSchema> & {
  framework: string;
  feature: string;
  covered: boolean;
  evidence: Evidence[];
};
