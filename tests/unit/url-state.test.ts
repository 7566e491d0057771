import { describe, expect, it } from 'vitest';
import { decodePath, encodePath, pathTo, withPath } from '../../src/lib/flowchart/url-state';

const answers = {
  start: ['use-a', 'second'],
  second: ['use-b', 'third'],
  third: ['use-c', 'use-d', 'use-e'],
};

describe('flowchart URL state', () => {
  it('round-trips every path through the query string', () => {
    for (const steps of [[], ['use-a'], ['second', 'use-b'], ['second', 'third', 'use-d']]) {
      const query = withPath('', steps);
      expect(decodePath(new URLSearchParams(query).get('path'), 'start', answers)).toEqual(steps);
    }
    expect(withPath('', ['second', 'third', 'use-e'])).toBe('?path=second.third.use-e');
    expect(encodePath(['second', 'use-b'])).toBe('second.use-b');
  });

  it('keeps other parameters and drops the parameter for an empty path', () => {
    expect(withPath('?lang=x&path=second', ['second', 'use-b'])).toBe('?lang=x&path=second.use-b');
    expect(withPath('?path=second', [])).toBe('');
  });

  it('keeps the longest valid prefix of bad input', () => {
    expect(decodePath(null, 'start', answers)).toEqual([]);
    expect(decodePath('', 'start', answers)).toEqual([]);
    expect(decodePath('nonsense', 'start', answers)).toEqual([]);
    expect(decodePath('second.use-a', 'start', answers)).toEqual(['second']);
    expect(decodePath('second.third.use-c.more', 'start', answers)).toEqual(['second', 'third', 'use-c']);
    expect(decodePath('second..third', 'start', answers)).toEqual(['second']);
    expect(decodePath('<script>.second', 'start', answers)).toEqual([]);
  });

  it('finds the steps that lead to a node', () => {
    expect(pathTo('start', 'start', answers)).toEqual([]);
    expect(pathTo('third', 'start', answers)).toEqual(['second', 'third']);
    expect(pathTo('use-d', 'start', answers)).toEqual(['second', 'third', 'use-d']);
    expect(pathTo('missing', 'start', answers)).toBeUndefined();
  });
});
