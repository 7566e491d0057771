import { describe, expect, it } from 'vitest';
import { splitByReport } from '../../src/lib/view/report-scope';

describe('splitByReport', () => {
  it('keeps frameworks without the flag in the report, and those with inReport: false outside it, in their order', () => {
    const frameworks: { id: string; inReport?: boolean }[] = [
      { id: 'a' },
      { id: 'b', inReport: false },
      { id: 'c', inReport: true },
      { id: 'd', inReport: false },
    ];
    const { report, others } = splitByReport(frameworks);
    expect(report.map((f) => f.id)).toEqual(['a', 'c']);
    expect(others.map((f) => f.id)).toEqual(['b', 'd']);
  });
  it('leaves nothing outside when every framework is in the report', () => {
    const frameworks: { id: string; inReport?: boolean }[] = [{ id: 'a' }];
    expect(splitByReport(frameworks).others).toEqual([]);
  });
});
