import { describe, expect, it } from 'vitest';
import { labelEvidence, readCellLayers, statusIn, valueIn, valueKey } from '../../src/lib/layers';
import { findFrameworksMeeting, readCellStatus } from '../../src/lib/compare/filter-state';
import { expandBasis, parseBasisRef } from '../../src/lib/basis';
import { evidenceEntry } from '../helpers/evidence';
import type { SupportCell } from '../../src/schemas/support';

const entry = evidenceEntry;

const cell = (fields: Partial<SupportCell>): SupportCell => ({
  framework: 'alpha',
  feature: 'ddp',
  covered: true,
  estimated: false,
  more: false,
  report: {},
  sources: [],
  evidence: [],
  ...fields,
});

describe('a cell in a view', () => {
  it('is the report in both views where no evidence differs', () => {
    const c = cell({ status: 'full', evidence: [entry('a', 'confirmed', '2026-01-01', { status: 'full' })] });
    expect(statusIn(c, 'today')).toBe('full');
    expect(statusIn(c, 'report')).toBe('full');
    expect(readCellLayers(c).winner).toBeUndefined();
  });

  it('takes the winning evidence today and keeps the report (with its estimate) in the report view', () => {
    const c = cell({
      status: 'none',
      estimated: true,
      evidence: [
        entry('r', 'refined', '2026-06-01', { status: 'experimental' }),
        entry('c', 'contradicted', '2025-01-01', { status: 'full' }),
      ],
    });
    expect(valueIn(c, 'today')).toEqual({ status: 'full', estimated: false });
    expect(valueIn(c, 'report')).toEqual({ status: 'none', estimated: true });
    expect(readCellLayers(c).winner?.id).toBe('c');
  });

  it('gives rating and options rows their level or options in each view', () => {
    const rated = cell({ level: 'low', evidence: [entry('l', 'refined', '2026-01-01', { level: 'high' })] });
    expect(valueIn(rated, 'today').level).toBe('high');
    expect(valueIn(rated, 'report').level).toBe('low');
    const options = cell({ values: ['a'], evidence: [entry('o', 'refined', '2026-01-01', { values: ['a', 'b'] })] });
    expect(valueKey(valueIn(options, 'today'))).toBe('values:a,b');
    expect(valueKey(valueIn(options, 'report'))).toBe('values:a');
  });

  it('is "not covered" in the report view where the report does not cover it, and the evidence today', () => {
    const c = cell({ covered: false, evidence: [entry('n', 'new', '2026-11-01', { status: 'partial' })] });
    expect(statusIn(c, 'report')).toBe('not-covered');
    expect(statusIn(c, 'today')).toBe('partial');
  });

  it('makes value keys equal exactly when a reader sees the same', () => {
    expect(valueKey({ status: 'full', estimated: false })).toBe(valueKey({ status: 'full', estimated: false }));
    expect(valueKey({ status: 'full', estimated: true })).not.toBe(valueKey({ status: 'full', estimated: false }));
    expect(valueKey({ values: ['b', 'a'], estimated: false })).toBe(valueKey({ values: ['a', 'b'], estimated: false }));
  });
});

describe('evidence labels', () => {
  const survey = '2025-12-19';
  it('calls only sources from the survey date on "newer"', () => {
    expect(labelEvidence({ date: '2025-12-19', verdict: 'refined' }, survey)).toBe('newer');
    expect(labelEvidence({ date: '2026-11-28', verdict: 'confirmed' }, survey)).toBe('newer');
    expect(labelEvidence({ date: '2023-10-03', verdict: 'contradicted' }, survey)).toBe('missed');
    expect(labelEvidence({ date: '2023-10-03', verdict: 'confirmed' }, survey)).toBe('earlier');
    expect(labelEvidence({ date: '2026-11-28', verdict: 'new' }, survey)).toBe('not-covered');
  });
});

describe('the filter in a view', () => {
  it("reads today's status where present, the report's in the report view, and never counts not-covered", () => {
    expect(readCellStatus({ status: 'none', currentStatus: 'full' }, 'today')).toBe('full');
    expect(readCellStatus({ status: 'none', currentStatus: 'full' }, 'report')).toBe('none');
    expect(readCellStatus({ status: 'full' }, 'today')).toBe('full');
    const statuses = {
      a: { moe: readCellStatus({ status: 'not-covered', currentStatus: 'full' }, 'report') },
      b: { moe: 'not-covered' },
    };
    expect(findFrameworksMeeting(statuses, ['a', 'b'], ['moe'])).toEqual([]);
  });
});

describe('a basis', () => {
  it('names one cell or a whole row', () => {
    expect(parseBasisRef('axolotl/moe')).toEqual({ framework: 'axolotl', feature: 'moe' });
    expect(parseBasisRef('moe')).toEqual({ feature: 'moe' });
    expect(expandBasis(['moe', 'b/ddp', 'a/moe'], ['a', 'b'])).toEqual([
      { framework: 'a', feature: 'moe' },
      { framework: 'b', feature: 'moe' },
      { framework: 'b', feature: 'ddp' },
    ]);
  });
});
