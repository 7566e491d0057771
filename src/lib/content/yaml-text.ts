import { LineCounter, isPair, isScalar, parseDocument, visit, type Pair } from 'yaml';
import type { ReadError } from './sources';

/** Aliases a file may expand: enough for real reuse, far too few for an alias bomb ("billion laughs"). */
const MAX_ALIASES = 100;

/** Keys that would reach an object's prototype when the value is copied around. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Text as the build and the tests both read it: no byte-order mark, `\n` line endings. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The location of a pair: its top-level key is the entry, the keys below it the field. */
function locate(path: readonly unknown[], pair: Pair): { entry: string; field?: string } {
  const keys = [...path.filter(isPair), pair].map((p) => String(isScalar(p.key) ? p.key.value : p.key));
  const [entry = '', ...rest] = keys;
  return rest.length ? { entry, field: rest.join('.') } : { entry };
}

/**
 * Parses YAML text (already normalised) and keeps every problem as data: syntax errors (nothing
 * read), keys that reach the prototype and alias bombs (nothing read), and duplicate keys at any
 * depth, each with its line and the line of the first definition (the rest is still read).
 */
export function parseYamlText(text: string, lineOffset = 0): { value?: unknown; errors: ReadError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, lineCounter });
  const lineOf = (offset: number | undefined) => lineCounter.linePos(offset ?? 0).line + lineOffset;
  if (doc.errors.length) {
    // The first syntax error only: the parser's later errors are mostly its consequences.
    return {
      errors: doc.errors.slice(0, 1).map((error) => ({
        message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
        ...(error.linePos?.[0] ? { line: error.linePos[0].line + lineOffset } : {}),
        hint: 'Fix the YAML syntax; nothing in this file was read.',
      })),
    };
  }
  const fatal: ReadError[] = [];
  const duplicates: ReadError[] = [];
  visit(doc, {
    Map(_, map, path) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        const line = lineOf((pair.key as { range?: [number] } | null)?.range?.[0]);
        const at = locate(path, pair);
        if (FORBIDDEN_KEYS.has(key)) {
          fatal.push({ ...at, line, message: `the key "${key}" is not allowed`, hint: 'Rename the key; nothing in this file was read.' });
        }
        const first = seen.get(key);
        if (first !== undefined) {
          duplicates.push({
            ...at,
            line,
            message: `duplicate ${at.field ? 'key' : 'id'} "${key}" (first defined at line ${first})`,
            hint: at.field ? 'Keys must be unique: remove one of them.' : 'Ids must be unique: rename or merge the entries.',
          });
        } else seen.set(key, line);
      }
    },
  });
  if (fatal.length) return { errors: fatal };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), errors: duplicates };
  } catch {
    return {
      errors: [{ message: `expands more than ${MAX_ALIASES} YAML aliases (*name), like an alias bomb`, hint: 'Write the values out instead of repeating aliases; nothing in this file was read.' }],
    };
  }
}

/** Splits an MDX file into its front matter (YAML text), the line where the body starts, and the body. */
export function splitFrontmatter(text: string): { frontmatter: string; bodyLine: number; body: string } {
  const match = /^---\n([\s\S]*?)\n?---(?:\n|$)/.exec(text);
  if (!match) return { frontmatter: '', bodyLine: 1, body: text };
  return { frontmatter: match[1] ?? '', bodyLine: match[0].split('\n').length, body: text.slice(match[0].length) };
}
