import { z } from 'astro/zod';

/** A stable, kebab-case identifier: the file or entry name that other entries reference. */
export const idSchema = z
  .string()
  .max(80, { message: 'must be at most 80 characters' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9 and single hyphens)' });

/** Longest text of each kind, in characters: generous for today's content, small enough to catch a pasted file. */
export const MAX_LENGTH = { short: 200, long: 1000 } as const;

/**
 * A displayed string: trimmed, never blank (a name of spaces would give an empty heading), and
 * at most `max` characters.
 */
export const text = (max: number = MAX_LENGTH.short) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty or blank' })
    .max(max, { message: `must be at most ${max} characters` });

/** Text in both site languages; neither may be missing, blank or longer than `max` characters. */
export const localized = (max: number = MAX_LENGTH.long) =>
  z.strictObject({
    en: text(max).describe('English text'),
    ja: text(max).describe('Japanese text'),
  });

/** Other names readers search for, per language (search aliases; see docs/search.md). */
export const aliasesSchema = () =>
  z
    .strictObject({
      en: z.array(text()).default([]).describe('English spellings and synonyms'),
      ja: z.array(text()).default([]).describe('Japanese spellings and synonyms (katakana variants)'),
    })
    .describe('Search aliases: other spellings and names a reader may type; indexed with the page, never shown');

/**
 * The one URL rule, shared by the build and the published JSON Schema (as its `pattern`): https,
 * a host, and no whitespace anywhere.
 */
export const URL_PATTERN = /^https:\/\/[^\s/?#]+[^\s]*$/;

/** An https URL without spaces (see URL_PATTERN), at most 500 characters. */
export const urlSchema = z
  .string()
  .max(500, { message: 'must be at most 500 characters' })
  .regex(URL_PATTERN, { message: 'must be an https URL without spaces', abort: true })
  .refine((value) => URL.canParse(value), { message: 'must be an https URL without spaces' })
  .describe('An https URL without spaces');

/** A calendar date written as YYYY-MM-DD (YAML dates are accepted and normalised). */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ message: 'must be a date written as YYYY-MM-DD' }),
);

export type Localized = z.infer<ReturnType<typeof localized>>;
