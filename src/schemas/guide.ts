import { z } from 'astro/zod';
import { idSchema, text } from './common';

/** The front matter of a use-case guide (`content/guides/<locale>/<use-case>.mdx`). */
export const guideSchema = z.strictObject({
  title: text().describe('Page title'),
  description: text(200).describe('One sentence for search results and link previews'),
  useCase: idSchema.describe('The use case in content/use-cases.yaml; must equal the file name'),
  frameworks: z.array(idSchema).min(1).describe('Frameworks the guide discusses'),
  features: z.array(idSchema).default([]).describe('Features the guidance rests on'),
});

export type GuideFrontmatter = z.infer<typeof guideSchema>;
