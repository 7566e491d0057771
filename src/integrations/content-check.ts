// Astro integration: runs the whole content check (schemas, integrity rules, MDX compilation) when
// `astro build` starts, before Vite compiles any page. Otherwise the first MDX syntax error would
// stop the build on its own and hide every other problem; here the build stops once, with all of them.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContent } from '../content/read-content';
import { buildDataset } from '../lib/dataset/build-dataset';

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        buildDataset(readContent(fileURLToPath(config.root), contentDir), contentDir);
      },
    },
  };
}
