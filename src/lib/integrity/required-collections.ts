import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { YAML_SOURCES, type YamlSource } from '../content/sources';

/** Content the site cannot do without (the report file has its own rule: exactly one entry): an empty file would silently remove tables and sections. */
export const REQUIRED_SOURCES: YamlSource[] = [
  'categories',
  'features',
  'frameworks',
  'support',
  'flowchart',
  'useCases',
  'integrations',
  'configurations',
  'references',
];

/**
 * Every required kind of content has at least one entry, counted before validation (a bad entry is
 * reported by its schema, a file that could not be read by its syntax error).
 */
export function checkRequiredCollections(content: ParsedContent, contentDir: string): Problem[] {
  return REQUIRED_SOURCES.filter(
    (source) => !content.unreadSources.has(source) && content.entryCounts[source] === 0,
  ).map((source) => ({
    file: `${contentDir}/${YAML_SOURCES[source].path}`,
    message: 'has no entries; the site needs at least one',
    hint: 'Restore the entries (e.g. with git checkout), or add one.',
  }));
}
