import { z } from 'astro/zod';
import { idSchema, localized } from './common';
import { basisSchema } from './basis';

const answerSchema = z.strictObject({
  label: localized().describe('The answer as shown on the edge and on the button'),
  next: idSchema.describe('The node this answer leads to'),
});

/** A question node: a prompt and two or more answers. */
const questionSchema = z.strictObject({
  type: z.literal('question'),
  question: localized(),
  help: localized().optional(),
  features: z.array(idSchema).default([]).describe('Features this question is about (links feature pages to it)'),
  answers: z.array(answerSchema).min(2),
});

/** A result node: one or more recommended frameworks, with the reasons. */
const resultSchema = z.strictObject({
  type: z.literal('result'),
  frameworks: z.array(idSchema).min(1),
  basis: basisSchema.describe('The cells the result rests on (a notice shows where one differs today)'),
  only: z.boolean().default(false).describe('The report says this is the only choice (のみ)'),
  title: localized(),
  reasons: z.array(localized()).min(1),
  guide: idSchema.optional().describe('The use-case guide that expands on this result'),
});

export const flowchartNodeSchema = z.discriminatedUnion('type', [questionSchema, resultSchema]);

/** The whole flowchart: a root id and nodes keyed by id. */
export const flowchartSchema = z.strictObject({
  root: idSchema,
  nodes: z.record(idSchema, flowchartNodeSchema),
});

export type FlowchartNode = z.infer<typeof flowchartNodeSchema> & { id: string };
export type Flowchart = z.infer<typeof flowchartSchema>;
