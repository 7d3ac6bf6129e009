import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/core/sorted.ts';

describe('lowerBound, the one binary search', () => {
  it('finds the first item not below the value', () => {
    expect(lowerBound([1, 3, 3, 5], (v) => v < 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 5], (v) => v < 4)).toBe(3);
    expect(lowerBound([1, 3, 3, 5], (v) => v < 9)).toBe(4);
    expect(lowerBound([], (v) => v < 1)).toBe(0);
    expect(lowerBound(Int32Array.of(2, 4, 6), (v) => v < 4)).toBe(1);
  });

  it('agrees with a linear scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (items, value) => {
        const sorted = [...items].sort((x, y) => x - y);
        const expected = sorted.findIndex((v) => v >= value);
        expect(lowerBound(sorted, (v) => v < value)).toBe(expected === -1 ? sorted.length : expected);
      }),
    );
  });
});
