import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';

/**
 * Ids that share a page as element ids (`/compare/` has a row per feature, a section per category and
 * a row per integration) must differ, or the page gets two elements with one id and a link lands on the wrong one.
 */
export function checkIdCollisions(content: ParsedContent): Problem[] {
  const owners = new Map<string, string>();
  for (const feature of content.features) owners.set(feature.id, `the feature in ${feature.file}`);
  for (const category of content.categories) if (!owners.has(category.id)) owners.set(category.id, `the category in ${category.file}`);
  const problems: Problem[] = [];
  for (const item of content.integrations) {
    const owner = owners.get(item.id);
    if (owner) problems.push({ file: item.file, entry: item.id, message: `the id "${item.id}" is already used by ${owner}; both would be id="${item.id}" on /compare/`, hint: 'Rename the integration (and add a redirect if its anchor was published).' });
  }
  return problems;
}
