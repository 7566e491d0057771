import { z } from 'astro/zod';

/** Support statuses, ordered from strongest to weakest (the order legends and sorting use). */
export const STATUSES = ['full', 'partial', 'experimental', 'none', 'unknown'] as const;

/** The support status of one framework for one feature. */
export const statusSchema = z.enum(STATUSES, {
  error: (issue) => `${JSON.stringify(issue.input)} is not one of ${STATUSES.join(', ')}`,
});

export type Status = (typeof STATUSES)[number];
