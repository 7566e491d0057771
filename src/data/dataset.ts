// The only module that reads the collections. It builds the dataset once per build; every page
// awaits the same promise, and bad content fails here with every problem listed.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDataset } from '../lib/dataset/build-dataset';
import { YAML_SOURCES, type RawContent, type RawFile, type RawProse, type YamlSource } from '../lib/content/sources';
import type { Dataset } from '../lib/dataset/types';
import { frameworkProseSchema, type FrameworkProse } from '../schemas/framework-prose';
import { CONTENT_DIR } from '../content.config';

const byFile = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);

async function loadRaw(): Promise<RawContent> {
  const sources = Object.keys(YAML_SOURCES) as YamlSource[];
  const yamlEntries = await Promise.all(
    sources.map(async (source) => {
      const entries = await getCollection(source);
      return [source, entries.map((entry) => entry.data as RawFile).sort(byFile)] as const;
    }),
  );
  // The same reader as the tests (src/content/read-content.ts): BOM, CRLF and front matter alike.
  const prose = (await getCollection('proseSources')).map((entry) => entry.data as RawProse).sort(byFile);
  const under = (dir: string) => prose.filter((page) => page.file.startsWith(`${CONTENT_DIR}/${dir}/`));
  return {
    yaml: Object.fromEntries(yamlEntries) as RawContent['yaml'],
    prose: { frameworks: under('frameworks'), guides: under('guides') },
  };
}

let dataset: Promise<Dataset> | undefined;

/** The validated dataset (built on first use). */
export function getDataset(): Promise<Dataset> {
  dataset ??= loadRaw().then((raw) => buildDataset(raw, CONTENT_DIR));
  return dataset;
}

/** The MDX prose entry of a framework in a locale, with its front matter as validated by the dataset. */
export async function getFrameworkProse(
  locale: string,
  id: string,
): Promise<(Omit<CollectionEntry<'frameworkProse'>, 'data'> & { data: FrameworkProse }) | undefined> {
  await getDataset();
  const entry = (await getCollection('frameworkProse')).find((e) => e.id === `${locale}/${id}`);
  return entry && { ...entry, data: frameworkProseSchema.parse(entry.data) };
}

/** The MDX entry of a guide in a locale (its front matter is validated by the dataset). */
export async function getGuideProse(locale: string, id: string): Promise<CollectionEntry<'guides'> | undefined> {
  await getDataset();
  const entries = await getCollection('guides');
  return entries.find((entry) => entry.id === `${locale}/${id}`);
}
