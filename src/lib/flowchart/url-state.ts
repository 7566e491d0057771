// The wizard's answers in the URL: `?path=gui.complex-parallelism.use-deepspeed-pipeline` lists the node each
// answer led to. Node ids survive reordered answers and new wording; a step that is not an answer of the
// previous node ends the path there, so a stale or hand-edited link still opens a valid state.

/** The query parameter that carries the path. */
export const PATH_PARAM = 'path';

/** Where each question's answers lead: question id -> next node ids. Results have no entry. */
export type AnswerMap = Readonly<Record<string, readonly string[]>>;

/** Writes the steps taken after the root as a parameter value (ids are kebab-case, so `.` never needs escaping). */
export function encodePath(steps: readonly string[]): string {
  return steps.join('.');
}

/** Reads a parameter value back into steps, keeping the longest valid prefix from `root`. */
export function decodePath(value: string | null | undefined, root: string, answers: AnswerMap): string[] {
  const steps: string[] = [];
  let at = root;
  for (const step of (value ?? '').split('.')) {
    if (!step || !answers[at]?.includes(step) || steps.includes(step)) break;
    steps.push(step);
    at = step;
  }
  return steps;
}

/** The query string for a path; other parameters are kept, and an empty path drops the parameter. */
export function withPath(search: string, steps: readonly string[]): string {
  const params = new URLSearchParams(search);
  if (steps.length) params.set(PATH_PARAM, encodePath(steps));
  else params.delete(PATH_PARAM);
  const query = params.toString().replaceAll('%2E', '.');
  return query ? `?${query}` : '';
}

/** The steps from the root to `target` (breadth-first, so the shortest), or undefined when it cannot be reached. */
export function pathTo(target: string, root: string, answers: AnswerMap): string[] | undefined {
  const parents = new Map<string, string | null>([[root, null]]);
  const queue = [root];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === target) {
      const steps: string[] = [];
      for (let at: string | null | undefined = id; at && at !== root; at = parents.get(at)) steps.unshift(at);
      return steps;
    }
    for (const next of answers[id] ?? []) {
      if (parents.has(next)) continue;
      parents.set(next, id);
      queue.push(next);
    }
  }
  return undefined;
}
