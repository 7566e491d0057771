import { describe, expect, it } from 'vitest';
import { findCurrentEvidence, sortEvidence } from '../../src/lib/evidence';
import type { Evidence } from '../../src/schemas/evidence';

const entry = (id: string, verdict: Evidence['verdict'], date: string, status?: Evidence['status']): Evidence => ({
  id,
  framework: 'alpha',
  feature: 'ddp',
  verdict,
  date,
  dateKind: 'published',
  url: `https://example.org/${id}`,
  title: id,
  summary: { en: id, ja: id },
  ...(status ? { status } : {}),
});

describe('findCurrentEvidence', () => {
  it('ignores evidence that agrees with the report', () => {
    expect(findCurrentEvidence('full', [entry('a', 'confirmed', '2026-01-01', 'full'), entry('b', 'refined', '2026-02-01', 'full')])).toBeUndefined();
  });

  it('prefers a contradiction to a newer refinement', () => {
    const found = findCurrentEvidence('none', [entry('r', 'refined', '2026-06-01', 'experimental'), entry('c', 'contradicted', '2025-01-01', 'full')]);
    expect(found?.id).toBe('c');
  });

  it('prefers the newer source among equals, then the stronger status', () => {
    expect(findCurrentEvidence('none', [entry('old', 'refined', '2025-01-01', 'full'), entry('new', 'refined', '2026-01-01', 'partial')])?.id).toBe('new');
    expect(findCurrentEvidence('none', [entry('p', 'refined', '2026-01-01', 'partial'), entry('f', 'refined', '2026-01-01', 'full')])?.id).toBe('f');
  });

  it('skips entries without a status (value features)', () => {
    expect(findCurrentEvidence(undefined, [entry('v', 'refined', '2026-01-01')])).toBeUndefined();
  });
});

describe('sortEvidence', () => {
  it('puts the newest first', () => {
    expect(sortEvidence([entry('a', 'confirmed', '2024-01-01'), entry('b', 'refined', '2026-01-01')]).map((e) => e.id)).toEqual(['b', 'a']);
  });
});
