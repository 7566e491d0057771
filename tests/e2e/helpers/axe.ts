// The one axe-core helper. axe is injected as an inline script, which the site's CSP refuses, so it
// runs only in pages opened with `bypassCSP: true` (the CSP itself is exercised by the quality
// suite's console checks, which never bypass it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.2 AA, the bar of every page (DESIGN.md). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe on the page as it is now (after any interaction) and returns one line per violating
 * node; `include` scopes the run to a selector (e.g. `main`). The page must bypass the CSP.
 */
export async function axeViolations(page: Page, { include }: { include?: string } = {}): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(
    async ({ tags, scope }) => {
      type Axe = { run: (context: object, options: object) => Promise<{ violations: Violation[] }> };
      const axe = (window as unknown as { axe: Axe }).axe;
      const result = await axe.run(scope ? { include: [scope] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }));
    },
    { tags: AXE_TAGS, scope: include },
  );
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) ${JSON.stringify(n.target)}: ${v.help}`));
}
