import { describe, expect, it } from 'vitest';
import { readEvidenceView, writeEvidenceView } from '../../src/lib/evidence-view';

describe('evidence view URL state', () => {
  it('round-trips and keeps other parameters', () => {
    for (const view of ['current', 'report'] as const) {
      expect(readEvidenceView(writeEvidenceView('?fw=unsloth', view))).toBe(view);
    }
    expect(writeEvidenceView('?fw=unsloth', 'report')).toBe('?fw=unsloth&view=report');
    expect(writeEvidenceView('?fw=unsloth&view=report', 'current')).toBe('?fw=unsloth');
    expect(writeEvidenceView('', 'current')).toBe('');
  });

  it('treats anything unknown as the default view', () => {
    expect(readEvidenceView('?view=<script>')).toBe('current');
    expect(readEvidenceView('')).toBe('current');
  });
});
