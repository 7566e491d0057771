import { z } from 'astro/zod';
import { localized } from './common';

/**
 * The cells a conclusion rests on: "<framework>/<feature>" for one cell, "<feature>" for the whole row
 * (every framework: for "only" or "the best" claims); an empty list where no compared cell backs it.
 * The integrity pass checks every id.
 */
export const basisSchema = z
  .array(
    z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/, {
      message: 'must be "<framework>/<feature>" or "<feature>" (kebab-case ids)',
    }),
  )
  .describe('Cells the claim rests on: "<framework>/<feature>" or "<feature>" for the whole row; [] for none');

/** A conclusion in both languages with the cells it rests on. */
export const claimSchema = () => localized().extend({ basis: basisSchema });
