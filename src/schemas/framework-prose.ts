import { z } from 'astro/zod';
import { text } from './common';

/** The front matter of a framework's prose page (`content/frameworks/<locale>/<id>.mdx`). */
export const frameworkProseSchema = z.strictObject({
  title: text().describe('Page title'),
  description: text(200).describe('One sentence for search results and link previews'),
});

export type FrameworkProse = z.infer<typeof frameworkProseSchema>;
