// The only module that reads the collections. It builds the dataset once per build; every page
// awaits the same promise, and bad content fails here with every problem listed.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDataset } from '../lib/dataset/build-dataset';
import { YAML_SOURCES, type RawContent, type RawFile, type YamlSource } from '../lib/content/sources';
import type { Dataset } from '../lib/dataset/types';
import { CONTENT_DIR } from '../content.config';

async function loadRaw(): Promise<RawContent> {
  const sources = Object.keys(YAML_SOURCES) as YamlSource[];
  const yamlEntries = await Promise.all(
    sources.map(async (source) => {
      const entries = await getCollection(source);
      const files = entries.map((entry) => entry.data as RawFile).sort((a, b) => a.file.localeCompare(b.file));
      return [source, files] as const;
    }),
  );
  const prose = await getCollection('frameworkProse');
  const guides = await getCollection('guides');
  return {
    yaml: Object.fromEntries(yamlEntries) as RawContent['yaml'],
    prose: {
      frameworks: prose.map((entry) => ({ file: entry.filePath ?? entry.id, id: entry.id, data: entry.data })),
      guides: guides.map((entry) => ({ file: entry.filePath ?? entry.id, id: entry.id, data: entry.data, body: entry.body ?? '' })),
    },
  };
}

let dataset: Promise<Dataset> | undefined;

/** The validated dataset (built on first use). */
export function getDataset(): Promise<Dataset> {
  dataset ??= loadRaw().then((raw) => buildDataset(raw, CONTENT_DIR));
  return dataset;
}

/** The MDX prose entry of a framework in a locale. */
export async function getFrameworkProse(locale: string, id: string): Promise<CollectionEntry<'frameworkProse'> | undefined> {
  const entries = await getCollection('frameworkProse');
  return entries.find((entry) => entry.id === `${locale}/${id}`);
}

/** The MDX entry of a guide in a locale. */
export async function getGuideProse(locale: string, id: string): Promise<CollectionEntry<'guides'> | undefined> {
  const entries = await getCollection('guides');
  return entries.find((entry) => entry.id === `${locale}/${id}`);
}
