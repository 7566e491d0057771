// Collections: one per kind of content. YAML is read raw here and validated in one pass by
// src/lib/dataset (see README, "Architecture"): every problem is reported at once, with its file.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { YAML_SOURCES, type YamlSource } from './lib/content/sources';
import { readProse, readYamlSource } from './content/read-content';

/** The content folder, relative to the project root; tests point it at fixtures. */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/** A collection of raw files, read by the same code as the tests (src/content/read-content.ts). */
function rawFiles(name: string, extension: string, read: (root: string) => { file: string }[]): Loader {
  return {
    name,
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = () => {
        store.clear();
        for (const raw of read(root)) store.set({ id: raw.file, data: { ...raw } });
      };
      sync();
      watcher?.on('change', (path) => {
        if (path.endsWith(extension) && path.includes(CONTENT_DIR)) {
          logger.info(`reloading ${name}`);
          sync();
        }
      });
    },
  };
}

const yamlFiles = (source: YamlSource) =>
  rawFiles(`yaml-${source}`, '.yaml', (root) => readYamlSource(root, CONTENT_DIR, source));

const yamlCollections = Object.fromEntries(
  (Object.keys(YAML_SOURCES) as YamlSource[]).map((source) => [
    source,
    defineCollection({ loader: yamlFiles(source) }),
  ]),
) as Record<YamlSource, ReturnType<typeof defineCollection>>;

// MDX pages are rendered from these collections. Their front matter, their body (compiled and
// checked) and everything else are validated with every other entry in src/lib/dataset (schemas
// src/schemas/framework-prose.ts and guide.ts), from the raw files of `proseSources`: Astro would
// stop at the first bad page, without the file / entry / field format.
function mdxPages(dir: string): Loader {
  const inner = glob({ pattern: '*/*.mdx', base: `./${CONTENT_DIR}/${dir}` });
  return {
    name: `mdx-${dir}`,
    load: async (context) => {
      // A page Astro cannot read (bad front matter) is reported by the integrity pass, with every
      // other problem of the run, instead of stopping here at the first one.
      await inner.load(context).catch(() => undefined);
    },
  };
}

const frameworkProse = defineCollection({ loader: mdxPages('frameworks') });
const guides = defineCollection({ loader: mdxPages('guides') });
const proseSources = defineCollection({
  loader: rawFiles('prose-sources', '.mdx', (root) => [
    ...readProse(root, CONTENT_DIR, 'frameworks'),
    ...readProse(root, CONTENT_DIR, 'guides'),
  ]),
});

export const collections = { ...yamlCollections, frameworkProse, guides, proseSources };
