/** Token tests and token-range helpers every frame module shares. */
import type { Span } from '../../model.ts';
import type { Tok } from '../tokens.ts';

export const isComma = (t: Tok | undefined): boolean => t !== undefined && t.kind === 'p' && t.text === ',';

export const isPunct = (t: Tok | undefined, chars: string): boolean => t !== undefined && t.kind === 'p' && chars.includes(t.text);

export const isWord = (t: Tok | undefined): t is Tok => t !== undefined && t.kind === 'w';

export function spanOf(toks: Tok[], from: number, to: number): Span | null {
  if (to <= from) return null;
  return { start: (toks[from] as Tok).start, end: (toks[to - 1] as Tok).end };
}
