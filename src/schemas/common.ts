import { z } from 'astro/zod';

/** A stable, kebab-case identifier: the file or entry name that other entries reference. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9 and single hyphens)' });

/** Text in both site languages; neither may be missing or empty. */
export const localized = () =>
  z.strictObject({
    en: z.string().trim().min(1).describe('English text'),
    ja: z.string().trim().min(1).describe('Japanese text'),
  });

/** Other names readers search for, per language (search aliases; see docs/search.md). */
export const aliasesSchema = () =>
  z
    .strictObject({
      en: z.array(z.string().trim().min(1)).default([]).describe('English spellings and synonyms'),
      ja: z.array(z.string().trim().min(1)).default([]).describe('Japanese spellings and synonyms (katakana variants)'),
    })
    .describe('Search aliases: other spellings and names a reader may type; indexed with the page, never shown');

/** An http(s) URL. */
export const urlSchema = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

/** A calendar date written as YYYY-MM-DD (YAML dates are accepted and normalised). */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ message: 'must be a date written as YYYY-MM-DD' }),
);

export type Localized = z.infer<ReturnType<typeof localized>>;
