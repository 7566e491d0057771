// Node-side reading of the content folder, shared by the Astro loaders and the tests, so that
// both see exactly the same raw content.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { normalizeText, parseYamlText, splitFrontmatter } from '../lib/content/yaml-text';
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

/**
 * Reads one YAML file, keeping problems as data instead of throwing (see parseYamlText): one
 * mistake does not hide the rest, and every problem names the file.
 */
export function readYamlFile(path: string, root: string): RawFile {
  const file = relative(root, path).split('\\').join('/');
  const { value, errors } = parseYamlText(normalizeText(readFileSync(path, 'utf8')));
  return { file, ...(value === undefined && errors.length ? {} : { value }), ...(errors.length ? { errors } : {}) };
}

/** Reads every file of one YAML source. */
export function readYamlSource(root: string, contentDir: string, source: YamlSource): RawFile[] {
  return matchFiles(join(root, contentDir), YAML_SOURCES[source].path).map((path) => readYamlFile(path, root));
}

/** Reads one MDX page: its front matter (with the same YAML rules as the data files) and its body. */
export function readProseFile(path: string, root: string, id: string): RawProse {
  const file = relative(root, path).split('\\').join('/');
  const { frontmatter, bodyLine, body } = splitFrontmatter(normalizeText(readFileSync(path, 'utf8')));
  const { value, errors } = parseYamlText(frontmatter, 1);
  const data = value === undefined || value === null ? (errors.length ? undefined : {}) : (value as Record<string, unknown>);
  return { file, id, body, bodyLine, ...(data ? { data } : {}), ...(errors.length ? { errors } : {}) };
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
        .map((name) => readProseFile(join(base, locale.name, name), root, `${locale.name}/${name.replace(/\.mdx$/, '')}`)),
    );
}

/** Reads the whole content folder as the dataset builder expects it. */
export function readContent(root: string, contentDir = 'content'): RawContent {
  const yaml = Object.fromEntries(
    (Object.keys(YAML_SOURCES) as YamlSource[]).map((source) => [source, readYamlSource(root, contentDir, source)]),
  ) as RawContent['yaml'];
  return { yaml, prose: { frameworks: readProse(root, contentDir, 'frameworks'), guides: readProse(root, contentDir, 'guides') } };
}
