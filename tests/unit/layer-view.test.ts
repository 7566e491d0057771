import { describe, expect, it } from 'vitest';
import { readLayerView, writeLayerView } from '../../src/lib/layer-view';

describe('layer view URL state', () => {
  it('round-trips and keeps other parameters', () => {
    for (const view of ['today', 'report'] as const) {
      expect(readLayerView(writeLayerView('?fw=unsloth', view))).toBe(view);
    }
    expect(writeLayerView('?fw=unsloth,axolotl', 'report')).toBe('?fw=unsloth,axolotl&view=report');
    expect(writeLayerView('?fw=unsloth&view=report', 'today')).toBe('?fw=unsloth');
    expect(writeLayerView('', 'today')).toBe('');
  });

  it('treats anything unknown as the default view, today', () => {
    expect(readLayerView('?view=<script>')).toBe('today');
    expect(readLayerView('?view=current')).toBe('today');
    expect(readLayerView('')).toBe('today');
  });
});
