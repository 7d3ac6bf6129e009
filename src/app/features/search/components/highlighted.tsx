import { useMemo } from 'react';
import { highlightPieces } from '../../../../core/search/index.ts';

/** Matched words as marks: bold as well as coloured, so colour is never the only cue. Text only, never HTML. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const pieces = useMemo(() => highlightPieces(text, terms), [text, terms]);
  return (
    <>
      {pieces.map((piece, i) =>
        piece.hit ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 font-semibold text-stone-950 dark:bg-amber-300 dark:text-stone-950">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
