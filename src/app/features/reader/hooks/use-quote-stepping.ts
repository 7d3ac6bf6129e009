import { useEffect, useMemo } from 'react';
import type { SpeakerId } from '../../../../core/model.ts';
import type { PublishedArticle, PublishedQuote } from '../../../../core/schema.ts';
import { quoteHasSpeaker } from '../../../lib/quote-speakers.ts';

/**
 * The quotes the reader steps through with n / p and the buttons: in reading order, only the chosen speakers'
 * when a filter is on (a joint quote is each of its speakers'). `stepQuote` marks the next or previous one; the marked quote is scrolled into view.
 */
export function useQuoteStepping(
  article: PublishedArticle,
  focusSpeakers: ReadonlySet<SpeakerId>,
  target: PublishedQuote | undefined,
  selectQuote: (id: string) => void,
) {
  const steppable = useMemo(
    () =>
      article.quotes
        .filter((q) => quoteHasSpeaker(q, focusSpeakers))
        .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0)),
    [article, focusSpeakers],
  );
  const stepQuote = (delta: number) => {
    if (steppable.length === 0) return;
    const at = target ? steppable.findIndex((q) => q.id === target.id) : -1;
    const next = at === -1 ? (delta > 0 ? 0 : steppable.length - 1) : Math.min(steppable.length - 1, Math.max(0, at + delta));
    const quote = steppable[next];
    if (quote) selectQuote(quote.id);
  };

  useEffect(() => {
    if (!target) return;
    // The router restores or resets scroll after it renders a route, so move to the quote on the next frame.
    const frame = requestAnimationFrame(() => {
      const mark = document.querySelector<HTMLElement>(`mark[data-quote-id="${CSS.escape(target.id)}"]`);
      mark?.scrollIntoView({ block: 'center' });
      mark?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [target]);

  return { canStep: steppable.length > 0, stepQuote };
}
