import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/serialize.ts';

describe('contentHash: the hash in a published file name, computed alike by the build and the browser', () => {
  it('is the first ten base64url characters of the SHA-256 of the UTF-8 text, as Node computes it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(contentHash(text)).toBe(createHash('sha256').update(text).digest('base64url').slice(0, 10));
      }),
      { numRuns: 300 },
    );
  });
});
