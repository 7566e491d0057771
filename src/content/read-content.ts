// Node-side reading of the content folder, shared by the Astro loaders and the tests, so that
// both see exactly the same raw content.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
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

/** The key written at the start of a line (`  ddp:` -> `ddp`). */
function keyAt(text: string, line: number): string {
  return /^\s*["']?([^"':]+)["']?\s*:/.exec(text.split('\n')[line - 1] ?? '')?.[1]?.trim() ?? '';
}

/**
 * Parses one YAML file, keeping problems as data instead of throwing: a syntax error leaves no
 * value; a duplicate key is reported (with both lines) and the file is still read, so one mistake
 * does not hide the rest.
 */
export function readYamlFile(path: string, root: string): RawFile {
  const file = relative(root, path).split('\\').join('/');
  const text = readFileSync(path, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, lineCounter });
  const duplicates = doc.errors.filter((error) => error.code === 'DUPLICATE_KEY');
  const syntax = doc.errors.filter((error) => error.code !== 'DUPLICATE_KEY');
  if (syntax.length) {
    return {
      file,
      errors: syntax.map((error) => ({
        message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
        ...(error.linePos?.[0] ? { line: error.linePos[0].line } : {}),
      })),
    };
  }
  const lines = text.split('\n');
  const indent = (l: string) => l.length - l.trimStart().length;
  const errors = duplicates.map((error) => {
    const line = error.linePos?.[0]?.line ?? 0;
    const key = keyAt(text, line);
    const depth = indent(lines[line - 1] ?? '');
    const first = lines.findIndex((l, i) => i < line - 1 && indent(l) === depth && keyAt(l, 1) === key);
    return { message: `duplicate id "${key}"${first >= 0 ? ` (first defined at line ${first + 1})` : ''}`, line, entry: key };
  });
  const value = parseDocument(text, { uniqueKeys: false }).toJS();
  return errors.length ? { file, value, errors } : { file, value };
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
