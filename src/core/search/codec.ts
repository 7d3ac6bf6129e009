/**
 * Lists of non-negative integers as compact ASCII strings: five bits per character, most significant first;
 * every character but a number's last is from the upper half of the alphabet. A string costs nothing to parse
 * beyond copying it, so a large index loads in the time JSON.parse takes to read it, and a list is decoded only
 * when a query needs it. All characters are safe in JSON and URLs, never escaped.
 */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ-_wxyz';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

function push(out: string[], n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`);
  let s = ALPHABET[n % 32]!;
  n = Math.floor(n / 32);
  while (n > 0) {
    s = ALPHABET[32 + (n % 32)]! + s;
    n = Math.floor(n / 32);
  }
  out.push(s);
}

/** Encode any list of non-negative integers. */
export function encodeInts(values: readonly number[]): string {
  const out: string[] = [];
  for (const v of values) push(out, v);
  return out.join('');
}

/** Encode a strictly increasing list (a posting list): gaps, so runs of neighbouring numbers cost a character each. */
export function encodeSorted(values: readonly number[]): string {
  const out: string[] = [];
  let prev = -1;
  for (const v of values) {
    if (v <= prev) throw new RangeError('a sorted list must be strictly increasing');
    push(out, v - prev - 1);
    prev = v;
  }
  return out.join('');
}

function decode(text: string, sorted: boolean): number[] {
  const out: number[] = [];
  let acc = 0;
  let pending = false;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? VALUE[code]! : -1;
    if (v < 0) throw new Error(`not an encoded list (character ${i})`);
    if (v >= 32) {
      acc = acc * 32 + (v - 32);
      pending = true;
      continue;
    }
    acc = acc * 32 + v;
    if (sorted) {
      prev = prev + acc + 1;
      out.push(prev);
    } else out.push(acc);
    acc = 0;
    pending = false;
  }
  if (pending) throw new Error('an encoded list ends mid-number');
  return out;
}

export const decodeInts = (text: string): number[] => decode(text, false);
export const decodeSorted = (text: string): number[] => decode(text, true);

/** A sorted list straight into a typed array: what queries use, a posting list can hold most of the corpus. */
export function decodeSortedArray(text: string): Int32Array {
  const out = new Int32Array(countEncoded(text));
  let acc = 0;
  let prev = -1;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? VALUE[code]! : -1;
    if (v < 0) throw new Error(`not an encoded list (character ${i})`);
    if (v >= 32) acc = acc * 32 + (v - 32);
    else {
      prev = prev + acc * 32 + v + 1;
      out[n++] = prev;
      acc = 0;
    }
  }
  if (n !== out.length || acc !== 0) throw new Error('an encoded list ends mid-number');
  return out;
}

/** How many numbers a list holds, without decoding it: its terminal characters. */
export function countEncoded(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (VALUE[text.charCodeAt(i)]! < 32) n++;
  return n;
}
