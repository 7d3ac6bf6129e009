import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/decode.ts';

const utf16 = (text: string, bigEndian: boolean) => {
  const bytes = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (let i = 0; i < text.length; i++) {
    const [lo, hi] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    bytes.push(...(bigEndian ? [hi, lo] : [lo, hi]));
  }
  return new Uint8Array(bytes);
};

describe('decodeText: the bytes of an input file as the parser reads them, at build time and in the browser', () => {
  const text = 'Café “quoted” 😀\n20210101\n';

  it('reads UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeText(bytes)).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(text);
  });

  it('reads UTF-16 in either byte order when the file starts with its byte-order mark', () => {
    expect(decodeText(utf16(text, false))).toBe(text);
    expect(decodeText(utf16(text, true))).toBe(text);
  });

  it('turns bytes that are not UTF-8 (a Latin-1 file) into U+FFFD rather than failing, keeping the rest', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]); // "Café\n" in Latin-1
    expect(decodeText(latin1)).toBe('Caf\uFFFD\n');
  });
});
