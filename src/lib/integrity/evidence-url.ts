import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';

/** Every evidence URL starts with one of its framework's official URL prefixes (`officialUrls`). */
export function checkEvidenceUrl(content: ParsedContent, contentDir: string): Problem[] {
  const prefixes = new Map(content.frameworks.map((f) => [f.id, f.data.officialUrls]));
  return content.evidence.flatMap((item): Problem[] => {
    const official = prefixes.get(item.framework);
    if (!official || official.some((prefix) => item.data.url.startsWith(prefix))) return [];
    return [
      {
        file: item.file,
        entry: item.id,
        field: 'url',
        message: `"${item.data.url}" is not on an official site of ${item.framework} (${official.join(', ')})`,
        hint: `Cite the framework's own docs, repository or blog; add a prefix to officialUrls in ${contentDir}/frameworks/${item.framework}.yaml only for a site the project runs.`,
      },
    ];
  });
}
