import { describe, expect, it } from 'vitest';
import { defaultCompare, parseTarget } from '@/components/versions/compare-selection';

describe('compare selection', () => {
  it('opens on the previous version against the latest', () => {
    expect(defaultCompare([5, 4, 3])).toEqual({ from: 4, to: 5 });
  });

  it('compares a single version with the draft', () => {
    expect(defaultCompare([1])).toEqual({ from: 1, to: 'draft' });
  });

  it('has nothing to compare without versions', () => {
    expect(defaultCompare([])).toBeNull();
  });

  it('reads select values', () => {
    expect(parseTarget('draft')).toBe('draft');
    expect(parseTarget('3')).toBe(3);
  });
});
