/**
 * Bytes of an input file → the text the parser reads, the same at build time and in the browser. UTF-8 is read
 * leniently (a bad byte becomes U+FFFD, which the parser reports by line, and a file mostly of them is refused as
 * binary), since one stray byte should not cost a reader an article. A UTF-16 file is recognised by its byte-order
 * mark, which is how editors that write UTF-16 mark it; any other encoding (Latin-1, Windows-1252) is not guessed
 * at: its non-ASCII bytes show as � with a warning naming the line, so the reader knows to re-save it as UTF-8.
 */
const utf8 = new TextDecoder('utf-8', { fatal: false });
const utf16le = new TextDecoder('utf-16le', { fatal: false });

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Big-endian: swapped to little-endian, the one UTF-16 decoder every runtime is sure to have.
    const swapped = new Uint8Array(bytes.length - 2);
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      swapped[i - 2] = bytes[i + 1] as number;
      swapped[i - 1] = bytes[i] as number;
    }
    return utf16le.decode(swapped);
  }
  return utf8.decode(bytes);
}
