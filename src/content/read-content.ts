// Node-side reading of the content folder, shared by the Astro loaders and the tests, so that
// both see exactly the same raw content.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { YAML_SOURCES, type RawContent, type RawFile, type RawProse, type YamlSource } from '../lib/content/sources';

/** Lists the files a source pattern (`x.yaml` or `dir/*.yaml`) matches, sorted. */
function matchFiles(contentDir: string, pattern: string): string[] {
  const star = pattern.indexOf('*');
  if (star === -1) return existsSync(join(contentDir, pattern)) ? [join(contentDir, pattern)] : [];
  const dir = join(contentDir, pattern.slice(0, pattern.lastIndexOf('/')));
  const suffix = pattern.slice(star + 1);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(dir, name));
}

/** Parses one YAML file, keeping syntax errors (such as a duplicate key) as data instead of throwing. */
export function readYamlFile(path: string, root: string): RawFile {
  const file = relative(root, path).split('\\').join('/');
  const doc = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    return {
      file,
      errors: doc.errors.map((error) => ({
        message: error.code === 'DUPLICATE_KEY' ? 'duplicate id: this key is already used earlier in the file' : error.message.split('\n')[0]!,
        ...(error.linePos?.[0] ? { line: error.linePos[0].line } : {}),
      })),
    };
  }
  return { file, value: doc.toJS() };
}

/** Reads every file of one YAML source. */
export function readYamlSource(root: string, contentDir: string, source: YamlSource): RawFile[] {
  return matchFiles(join(root, contentDir), YAML_SOURCES[source].path).map((path) => readYamlFile(path, root));
}

/** Reads the front matter of the MDX pages under `<contentDir>/<dir>/<locale>/*.mdx`. */
export function readProse(root: string, contentDir: string, dir: string): RawProse[] {
  const base = join(root, contentDir, dir);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((locale) =>
      readdirSync(join(base, locale.name))
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => {
          const path = join(base, locale.name, name);
          const text = readFileSync(path, 'utf8');
          const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
          const frontmatter = match?.[1] ?? '';
          return {
            file: relative(root, path).split('\\').join('/'),
            body: text.slice(match?.[0].length ?? 0),
            id: `${locale.name}/${name.replace(/\.mdx$/, '')}`,
            data: (parseDocument(frontmatter).toJS() ?? {}) as Record<string, unknown>,
          };
        }),
    );
}

/** Reads the whole content folder as the dataset builder expects it. */
export function readContent(root: string, contentDir = 'content'): RawContent {
  const yaml = Object.fromEntries(
    (Object.keys(YAML_SOURCES) as YamlSource[]).map((source) => [source, readYamlSource(root, contentDir, source)]),
  ) as RawContent['yaml'];
  return { yaml, prose: { frameworks: readProse(root, contentDir, 'frameworks'), guides: readProse(root, contentDir, 'guides') } };
}
