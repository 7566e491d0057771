// Scoring a relevance set: hit@3 (every expected page in the first three results, and first where
// the case says so) and mean reciprocal rank (of the best-ranked expected page).

export interface RelevanceCase {
  q: string;
  /** Locale-free routes that must all be among the first three results. */
  top3: string[];
  /** The first route must be the first result. */
  first?: boolean;
  /** Where the case comes from (relevance.yaml or the derivation), for the report. */
  source?: string;
}

export interface Scored {
  hitAt3: number;
  mrr: number;
  summary: string;
  misses: string[];
}

/** Runs every case through `rank` (query -> ranked URLs) and scores them. */
export async function scoreCases(
  cases: RelevanceCase[],
  rank: (q: string) => Promise<string[]>,
  path: (route: string) => string,
): Promise<Scored> {
  let hits = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const urls = await rank(c.q);
    const ranks = c.top3.map((route) => urls.indexOf(path(route)));
    const best = Math.min(...ranks.map((r) => (r < 0 ? Infinity : r)));
    reciprocal += Number.isFinite(best) ? 1 / (best + 1) : 0;
    const hit = ranks.every((r) => r >= 0 && r < 3) && (!c.first || ranks[0] === 0);
    if (hit) hits++;
    else
      misses.push(
        `"${c.q}" [${c.source ?? ''}] wants ${c.top3.join(', ')}${c.first ? ' (first)' : ''}; got ${urls.slice(0, 3).join(', ') || 'nothing'}`,
      );
  }
  const hitAt3 = cases.length ? hits / cases.length : 0;
  const mrr = cases.length ? reciprocal / cases.length : 0;
  return {
    hitAt3,
    mrr,
    misses,
    summary: `hit@3 ${(hitAt3 * 100).toFixed(1)}% (${hits}/${cases.length}), MRR ${mrr.toFixed(3)}`,
  };
}
