import { describe, expect, it } from 'vitest';
import {
  findFrameworksMeeting,
  isSupported,
  parseFilterState,
  serializeFilterState,
} from '../../src/lib/compare/filter-state';

const FW = ['unsloth', 'axolotl', 'llamafactory', 'deepspeed'];
const FEATURES = ['ddp', 'moe', 'gui', 'pipeline-parallelism'];

describe('parseFilterState', () => {
  it('shows every framework and requires nothing when the URL says nothing', () => {
    expect(parseFilterState('', FW, FEATURES)).toEqual({ frameworks: FW, must: [] });
  });

  it('reads fw and must lists, keeping column and row order and dropping unknown ids', () => {
    expect(parseFilterState('?fw=deepspeed,unsloth,bogus&must=moe,ddp,nope', FW, FEATURES)).toEqual({
      frameworks: ['unsloth', 'deepspeed'],
      must: ['ddp', 'moe'],
    });
  });

  it('falls back to every framework when fw names none that exist', () => {
    expect(parseFilterState('?fw=bogus', FW, FEATURES).frameworks).toEqual(FW);
  });

  it('accepts URL-encoded commas', () => {
    expect(parseFilterState('?must=ddp%2Cgui', FW, FEATURES).must).toEqual(['ddp', 'gui']);
  });
});

describe('serializeFilterState', () => {
  it('writes nothing for the default state', () => {
    expect(serializeFilterState({ frameworks: FW, must: [] }, FW)).toBe('');
  });

  it('writes fw only when some frameworks are hidden, and must when features are picked', () => {
    expect(serializeFilterState({ frameworks: ['unsloth', 'deepspeed'], must: ['ddp', 'moe'] }, FW)).toBe(
      '?fw=unsloth,deepspeed&must=ddp,moe',
    );
    expect(serializeFilterState({ frameworks: FW, must: ['gui'] }, FW)).toBe('?must=gui');
  });

  it('keeps the other parameters of the URL, such as the view', () => {
    expect(serializeFilterState({ frameworks: FW, must: ['moe'] }, FW, '?view=report')).toBe('?view=report&must=moe');
    expect(serializeFilterState({ frameworks: FW, must: [] }, FW, '?view=report&must=gui&fw=unsloth')).toBe(
      '?view=report',
    );
  });

  it('round-trips through parseFilterState', () => {
    const state = { frameworks: ['axolotl', 'llamafactory'], must: ['pipeline-parallelism'] };
    expect(parseFilterState(serializeFilterState(state, FW), FW, FEATURES)).toEqual(state);
  });
});

describe('findFrameworksMeeting', () => {
  const statuses = {
    unsloth: { ddp: 'experimental', moe: 'full', gui: 'none' },
    axolotl: { ddp: 'full', moe: 'none', gui: 'none' },
    llamafactory: { ddp: 'full', moe: 'full', gui: 'full' },
    deepspeed: { ddp: 'full', moe: 'full', gui: 'unknown' },
  } as const;

  it('counts full, partial and experimental as support, and none or unknown as not', () => {
    expect(
      ['full', 'partial', 'experimental', 'none', 'unknown', undefined].map((s) => isSupported(s as never)),
    ).toEqual([true, true, true, false, false, false]);
  });

  it('keeps the frameworks that support every must feature, in column order', () => {
    expect(findFrameworksMeeting(statuses, FW, ['ddp', 'moe'])).toEqual(['unsloth', 'llamafactory', 'deepspeed']);
    expect(findFrameworksMeeting(statuses, FW, ['moe', 'gui'])).toEqual(['llamafactory']);
    expect(findFrameworksMeeting(statuses, ['unsloth', 'axolotl'], ['gui'])).toEqual([]);
  });

  it('treats a feature missing from a framework as unsupported', () => {
    expect(findFrameworksMeeting(statuses, FW, ['pipeline-parallelism'])).toEqual([]);
  });
});
