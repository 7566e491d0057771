import { describe, expect, it } from 'vitest';
import { findCurrentEvidence, sortEvidence } from '../../src/lib/evidence';
import type { Evidence } from '../../src/schemas/evidence';
import { evidenceEntry } from '../helpers/evidence';

const entry = (id: string, verdict: Evidence['verdict'], date: string, status?: Evidence['status']): Evidence =>
  evidenceEntry(id, verdict, date, status ? { status } : {});

const current = (status: Evidence['status'], evidence: Evidence[]) => findCurrentEvidence({ status, evidence });

describe('findCurrentEvidence', () => {
  it('ignores evidence that agrees with the report', () => {
    expect(
      current('full', [entry('a', 'confirmed', '2026-01-01', 'full'), entry('b', 'refined', '2026-02-01', 'full')]),
    ).toBeUndefined();
  });

  it('prefers a contradiction to a newer refinement', () => {
    const found = current('none', [
      entry('r', 'refined', '2026-06-01', 'experimental'),
      entry('c', 'contradicted', '2025-01-01', 'full'),
    ]);
    expect(found?.id).toBe('c');
  });

  it('prefers the newer source among equals, then the stronger status', () => {
    expect(
      current('none', [entry('old', 'refined', '2025-01-01', 'full'), entry('new', 'refined', '2026-01-01', 'partial')])
        ?.id,
    ).toBe('new');
    expect(
      current('none', [entry('p', 'refined', '2026-01-01', 'partial'), entry('f', 'refined', '2026-01-01', 'full')])
        ?.id,
    ).toBe('f');
  });

  it('skips entries that show no value', () => {
    expect(current(undefined, [entry('v', 'refined', '2026-01-01')])).toBeUndefined();
  });

  it("compares levels and option sets of qualitative rows with the report's", () => {
    const level = { ...entry('l', 'refined', '2026-01-01'), level: 'high' };
    expect(findCurrentEvidence({ level: 'high', evidence: [level] })).toBeUndefined();
    expect(findCurrentEvidence({ level: 'low', evidence: [level] })?.id).toBe('l');
    const values = { ...entry('v', 'refined', '2026-01-01'), values: ['b', 'a'] };
    expect(findCurrentEvidence({ values: ['a', 'b'], evidence: [values] })).toBeUndefined();
    expect(findCurrentEvidence({ values: ['a'], evidence: [values] })?.id).toBe('v');
  });

  it("takes any value as today's for a cell the report does not cover", () => {
    const found = current(undefined, [
      entry('u', 'new', '2026-01-01', 'unknown'),
      entry('f', 'new', '2026-01-01', 'full'),
    ]);
    expect(found?.id).toBe('f');
  });
});

describe('sortEvidence', () => {
  it('puts the newest first', () => {
    expect(
      sortEvidence([entry('a', 'confirmed', '2024-01-01'), entry('b', 'refined', '2026-01-01')]).map((e) => e.id),
    ).toEqual(['b', 'a']);
  });
});
