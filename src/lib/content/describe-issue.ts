import type { z } from 'astro/zod';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ja: 'Japanese' };

/** Turns a zod issue into a message and hint that a content editor can act on. */
export function describeIssue(issue: z.core.$ZodIssue): { message: string; hint?: string } {
  const last = issue.path.at(-1);
  const input = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'invalid_type' && input === undefined) {
    if (typeof last === 'string' && last in LANGUAGE_NAMES) {
      return {
        message: `the ${LANGUAGE_NAMES[last]} translation is missing`,
        hint: 'Every text needs both `en` and `ja`.',
      };
    }
    return { message: 'is required' };
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String).join(', ');
    return { message: `${JSON.stringify(input)} is not one of ${allowed}` };
  }
  if (issue.code === 'unrecognized_keys') {
    return {
      message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      hint: 'Check the spelling against the schema in src/schemas/.',
    };
  }
  return { message: issue.message };
}
