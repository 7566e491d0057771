import { z } from 'astro/zod';
import { idSchema } from './common';

/** A locale-free site route such as `/frameworks/`: starts and ends with a slash. */
const routeSchema = z.string().regex(/^\/([a-z0-9-]+\/)*$/, {
  message: 'must be a site route such as /frameworks/ (lower case, with slashes at both ends)',
});

/** A published URL that moved: `from` keeps working by redirecting to `to`, in every locale. */
export const redirectSchema = z.strictObject({
  from: routeSchema.describe('The old route, without locale prefix or base path'),
  to: routeSchema.describe('The route it moved to; must be a page the site builds'),
});

export const redirectsFileSchema = z.record(idSchema, redirectSchema);
export type Redirect = z.infer<typeof redirectSchema> & { id: string };
