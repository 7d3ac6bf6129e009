import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countEncoded, decodeInts, decodeSorted, decodeSortedArray, encodeInts, encodeSorted } from '../../../src/core/search/codec.ts';

describe('search codec', () => {
  it('round-trips any list of non-negative integers, and any strictly increasing one', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 40 })), (values) => {
        expect(decodeInts(encodeInts(values))).toEqual(values);
        expect(countEncoded(encodeInts(values))).toBe(values.length);
        const sorted = [...new Set(values)].sort((a, b) => a - b).filter((v) => v < 2 ** 31);
        expect(decodeSorted(encodeSorted(sorted))).toEqual(sorted);
        expect([...decodeSortedArray(encodeSorted(sorted))]).toEqual(sorted);
      }),
    );
  });

  it('spends a character on a neighbouring number, and only JSON-safe characters', () => {
    expect(encodeSorted([0, 1, 2, 3, 4])).toHaveLength(5);
    const text = encodeSorted([5, 1000, 1_000_000]);
    expect(JSON.stringify(text)).toBe(`"${text}"`);
    expect(text).toMatch(/^[0-9A-Za-z_-]+$/);
  });

  it('refuses a list that is not sorted, a negative number, or a damaged string', () => {
    expect(() => encodeSorted([3, 3])).toThrow();
    expect(() => encodeInts([-1])).toThrow();
    expect(() => decodeInts('1!')).toThrow();
    expect(() => decodeInts('B')).toThrow();
    expect(() => decodeSortedArray('B')).toThrow();
  });
});
