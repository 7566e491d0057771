// A minimal evidence entry for unit tests of the layer logic: only what the tests vary is passed.
import type { Evidence } from '../../src/schemas/evidence';

/** An entry about alpha's DDP cell with the given verdict, date and value (status, level or values). */
export function evidenceEntry(
  id: string,
  verdict: Evidence['verdict'],
  date: string,
  value: Partial<Pick<Evidence, 'status' | 'level' | 'values'>> = {},
): Evidence {
  return {
    id,
    framework: 'alpha',
    feature: 'ddp',
    verdict,
    date,
    dateKind: 'published',
    url: `https://example.org/${id}`,
    title: id,
    summary: { en: id, ja: id },
    ...value,
  };
}
