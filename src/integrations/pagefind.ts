// Astro integration: after `astro build`, index the built HTML with Pagefind's Node API and write
// `<outDir>/pagefind/`, so `npm run build` alone yields a searchable site. Pagefind splits the
// index per `<html lang>` (one for English, one for Japanese) and reads only `data-pagefind-body`.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Fails the build with Pagefind's own messages when indexing reports errors. */
function assertOk(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        assertOk('createIndex', errors);
        if (!index) throw new Error('Pagefind createIndex returned no index');
        try {
          const added = await index.addDirectory({ path: outDir });
          assertOk('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages in ${outDir}`);
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          assertOk('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
