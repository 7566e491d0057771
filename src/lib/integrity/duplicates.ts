import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';

/** Names and positions that must be unique across files, and ids that must be unique inside a list. */
export function checkDuplicates(content: ParsedContent): Problem[] {
  const problems: Problem[] = [];
  for (const key of ['name', 'order'] as const) {
    const seen = new Map<string, string>();
    for (const framework of content.frameworks) {
      const value = String(framework.data[key]);
      const first = seen.get(value);
      if (first) {
        problems.push({
          file: framework.file,
          entry: framework.id,
          field: key,
          message: `duplicate ${key} ${JSON.stringify(value)}, also used in ${first}`,
        });
      } else seen.set(value, framework.file);
    }
  }
  for (const framework of content.frameworks) {
    const ids = new Set<string>();
    framework.data.uniqueFeatures.forEach((item, i) => {
      if (ids.has(item.id))
        problems.push({
          file: framework.file,
          entry: framework.id,
          field: `uniqueFeatures[${i}].id`,
          message: `duplicate id "${item.id}"`,
        });
      ids.add(item.id);
    });
  }
  return problems;
}
