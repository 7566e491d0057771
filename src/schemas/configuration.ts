import { z } from 'astro/zod';
import { idSchema, localized, text } from './common';

const sizeSchema = z.enum(['1', '>1']);

/** One row of a framework's parallelism configuration matrix (Axolotl's dp_replicate / dp_shard / tp_size / cp_size). */
export const configurationSchema = z.strictObject({
  framework: idSchema,
  label: text().describe('The combination, e.g. "FSDP+TP"'),
  dp_replicate: sizeSchema,
  dp_shard: sizeSchema,
  tp_size: sizeSchema,
  cp_size: sizeSchema,
  supported: z.boolean(),
  note: localized().optional(),
});

export const configurationsFileSchema = z.record(idSchema, configurationSchema);
export type Configuration = z.infer<typeof configurationSchema> & { id: string };
