/** One thing wrong with the content, located by file, entry and field. */
export interface Problem {
  file: string;
  entry?: string;
  field?: string;
  message: string;
  hint?: string;
}

/** Formats a problem as `file -> entry -> field: message` with an optional `Hint:` line. */
export function formatProblem(problem: Problem): string {
  const location = [problem.file, problem.entry, problem.field].filter(Boolean);
  const head = problem.field
    ? `${location.slice(0, -1).join(' -> ')} -> ${problem.field}: ${problem.message}`
    : `${location.join(' -> ')}: ${problem.message}`;
  return problem.hint ? `${head}\n  Hint: ${problem.hint}` : head;
}

/** The error that stops the build: it lists every problem found, not only the first. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content check failed with ${count}:\n\n${problems.map(formatProblem).join('\n\n')}\n`);
    this.name = 'ContentError';
    this.problems = problems;
    // The problems are the whole story: no code location or stack trace under them.
    this.stack = this.toString();
  }

  /**
   * A short form without the problems: Astro appends a "Browser APIs are not available" hint to any
   * error whose toString() mentions `document` or `window`, which content text easily does.
   */
  override toString(): string {
    return `${this.name}: content check failed (${this.problems.length})`;
  }
}
