import type { z } from 'astro/zod';
import { idSchema } from '../../schemas/common';
import type { Problem } from '../problems';
import { describeIssue } from './describe-issue';
import { fileId, type RawFile, type RawProse } from './sources';

/** A validated entry with where it came from. */
export interface Parsed<T> {
  id: string;
  file: string;
  data: T;
}

/** Writes a path such as `answers[0].next`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function issuesToProblems(file: string, entry: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const { message, hint } = describeIssue(issue);
    const field = formatPath(issue.path);
    return { file, entry, ...(field ? { field } : {}), message, ...(hint ? { hint } : {}) };
  });
}

/** The problems found while reading a file (syntax, duplicate keys, forbidden keys), with their lines. */
export function readErrors(raw: { file: string; errors?: RawFile['errors'] }): Problem[] {
  return (raw.errors ?? []).map((error) => ({
    file: raw.file,
    ...(error.entry ? { entry: error.entry } : {}),
    ...(error.field ? { field: error.field } : {}),
    message: error.line ? `line ${error.line}: ${error.message}` : error.message,
    ...(error.hint ? { hint: error.hint } : {}),
  }));
}

/** Validates a file whose whole content is one entry named after the file. */
export function parseSingleFile<S extends z.ZodType>(raw: RawFile, schema: S, problems: Problem[]): Parsed<z.output<S>>[] {
  problems.push(...readErrors(raw));
  if (raw.value === undefined) return [];
  const id = fileId(raw.file);
  const idCheck = idSchema.safeParse(id);
  if (!idCheck.success) problems.push({ file: raw.file, entry: id, message: `the file name ${idCheck.error.issues[0]?.message}` });
  const result = schema.safeParse(raw.value, { reportInput: true });
  if (!result.success) {
    problems.push(...issuesToProblems(raw.file, id, result.error));
    return [];
  }
  return [{ id, file: raw.file, data: result.data }];
}

/** Validates a file that maps entry ids to entries; a bad entry does not hide the good ones. */
export function parseRecordFile<S extends z.ZodType>(raw: RawFile, schema: S, problems: Problem[]): Parsed<z.output<S>>[] {
  problems.push(...readErrors(raw));
  if (raw.value === null || raw.value === undefined) return [];
  if (typeof raw.value !== 'object' || Array.isArray(raw.value)) {
    problems.push({ file: raw.file, message: 'must be a mapping of id: entry', hint: 'Write each entry under its id as a key.' });
    return [];
  }
  const parsed: Parsed<z.output<S>>[] = [];
  for (const [id, value] of Object.entries(raw.value)) {
    const idCheck = idSchema.safeParse(id);
    if (!idCheck.success) problems.push({ file: raw.file, entry: id, message: `the id ${idCheck.error.issues[0]?.message}` });
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) parsed.push({ id, file: raw.file, data: result.data });
    else problems.push(...issuesToProblems(raw.file, id, result.error));
  }
  return parsed;
}

/** Validates the front matter of one MDX page; its entry is the page id (`en/startups`). */
export function parseProse<S extends z.ZodType>(page: RawProse, schema: S, problems: Problem[]): Parsed<z.output<S>>[] {
  problems.push(...readErrors(page).map((problem) => ({ ...problem, entry: page.id, ...(problem.entry ? { field: [problem.entry, problem.field].filter(Boolean).join('.') } : {}) })));
  if (page.data === undefined) return [];
  const result = schema.safeParse(page.data, { reportInput: true });
  if (result.success) return [{ id: page.id, file: page.file, data: result.data }];
  problems.push(...issuesToProblems(page.file, page.id, result.error));
  return [];
}
