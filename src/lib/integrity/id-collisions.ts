import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';

/**
 * Ids that share a page as element ids must differ: `/compare/` has a row per feature and a row per
 * integration, and two elements with one id send a link to the wrong one.
 */
export function checkIdCollisions(content: ParsedContent): Problem[] {
  const owners = new Map<string, string>();
  for (const feature of content.features) owners.set(feature.id, `the feature in ${feature.file}`);
  const problems: Problem[] = [];
  for (const item of content.integrations) {
    const owner = owners.get(item.id);
    if (owner)
      problems.push({
        file: item.file,
        entry: item.id,
        message: `the id "${item.id}" is already used by ${owner}; both would be id="${item.id}" on /compare/`,
        hint: 'Rename the integration (and add a redirect if its anchor was published).',
      });
  }
  return problems;
}
