// Collections: one per kind of content. YAML is read raw here and validated in one pass by
// src/lib/dataset (see README, "Architecture"): every problem is reported at once, with its file.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { YAML_SOURCES, type YamlSource } from './lib/content/sources';
import { readYamlSource } from './content/read-content';

/** The content folder, relative to the project root; tests point it at fixtures. */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

function yamlFiles(source: YamlSource): Loader {
  return {
    name: `yaml-${source}`,
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = () => {
        store.clear();
        for (const raw of readYamlSource(root, CONTENT_DIR, source)) store.set({ id: raw.file, data: { ...raw } });
      };
      sync();
      watcher?.on('change', (path) => {
        if (path.endsWith('.yaml') && path.includes(CONTENT_DIR)) {
          logger.info(`reloading ${source}`);
          sync();
        }
      });
    },
  };
}

const yamlCollections = Object.fromEntries(
  (Object.keys(YAML_SOURCES) as YamlSource[]).map((source) => [source, defineCollection({ loader: yamlFiles(source) })]),
) as Record<YamlSource, ReturnType<typeof defineCollection>>;

const frameworkProse = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `./${CONTENT_DIR}/frameworks` }),
  schema: z.strictObject({
    title: z.string().min(1),
    description: z.string().min(1).max(200),
  }),
});

// Guides: the front matter is validated with every other entry in src/lib/dataset (schema
// src/schemas/guide.ts), so a bad field is reported with file, entry and field like the rest.
const guides = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `./${CONTENT_DIR}/guides` }),
});

export const collections = { ...yamlCollections, frameworkProse, guides };
