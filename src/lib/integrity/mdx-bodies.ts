import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { checkMdxBody } from '../content/mdx-check';
import { LINK_COMPONENTS } from '../mdx-links';

/** The components each kind of page passes to its MDX (src/pages/[...lang]/guides/[id].astro, frameworks/[id].astro). */
const COMPONENTS = { guides: Object.keys(LINK_COMPONENTS), frameworks: [] as string[] } as const;

/**
 * Every MDX page compiles, and holds only Markdown and the site's components: syntax errors of all
 * pages are reported with file and line, beside every other problem of the run.
 */
export function checkMdxBodies(content: ParsedContent): Problem[] {
  return (['frameworks', 'guides'] as const).flatMap((kind) =>
    content.prose[kind].flatMap((page) =>
      checkMdxBody(page.body ?? '', {
        file: page.file,
        bodyLine: page.bodyLine ?? 1,
        components: COMPONENTS[kind],
      }).map((issue) => ({
        file: page.file,
        entry: page.id,
        message: issue.line ? `line ${issue.line}: ${issue.message}` : issue.message,
        hint: issue.hint,
      })),
    ),
  );
}
