// Astro integration: after `astro build`, index the built HTML with Pagefind's Node API and write
// `<outDir>/pagefind/`, so `npm run build` alone yields a searchable site. Pagefind splits the
// index per `<html lang>` (one for English, one for Japanese) and reads only `data-pagefind-body`.
// Each page is indexed as `prepareForIndex` rewrites it (tables as sentences; ./search-html.ts);
// decorative `aria-hidden` marks (status icons, the `#` of heading links) are left out.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { prepareForIndex } from './search-html';

/** Fails the build with Pagefind's own messages when indexing reports errors. */
function assertOk(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Every HTML file under a folder, as paths relative to it. */
function htmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(root, path);
    return entry.name.endsWith('.html') ? [relative(root, path).split('\\').join('/')] : [];
  });
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Index chunks of about 4 KB instead of Pagefind's default (about 20 KB here): a query loads only
        // the chunk(s) its words fall in, so smaller chunks cut the bytes of a query by about 12 KB
        // (docs/search.md, "Cost"). Pagefind 1.6 reads this variable in the binary it spawns; it is
        // marked unstable, and if a later version drops it the index simply has default-size chunks.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '4000';
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['[aria-hidden="true"]'] });
        assertOk('createIndex', errors);
        if (!index) throw new Error('Pagefind createIndex returned no index');
        try {
          let pages = 0;
          for (const file of htmlFiles(outDir)) {
            const html = readFileSync(join(outDir, file), 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
            const added = await index.addHTMLFile({ url, content: prepareForIndex(html) });
            assertOk(`addHTMLFile ${file}`, added.errors);
            pages++;
          }
          if (pages === 0) throw new Error(`Pagefind found no pages in ${outDir}`);
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          assertOk('writeFiles', written.errors);
          logger.info(`indexed ${pages} pages into ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
