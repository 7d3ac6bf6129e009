import { Link } from '@tanstack/react-router';
import { useMemo, useState, type ReactNode } from 'react';
import type { SpeakerId } from '../../../../core/model.ts';
import type { PublishedArticle, PublishedQuote } from '../../../../core/schema.ts';
import { segmentBody, type Segment } from '../lib/segments.ts';
import { speakerStyle } from '../../../lib/speaker-style.ts';

interface Props {
  article: PublishedArticle;
  /** The corpus-wide name of a speaker, so the reader and the filters name a person the same way. */
  speakerName: (id: SpeakerId, inArticle: string) => string;
  /** The quote a deep link points at. */
  targetQuote: string | undefined;
  /** When set, quotes by other speakers are dimmed. */
  focusSpeakers: Set<SpeakerId>;
  /** Click or Enter on a quote selects it (and so puts it in the URL). */
  onSelectQuote: (id: string) => void;
}

const KIND_LABEL: Record<PublishedQuote['kind'], string> = {
  direct: 'direct quote',
  partial: 'partial quote',
  indirect: 'reported speech',
  mixed: 'mixed quote',
};

/** Explains an attribution: who, by which cue, and how a pronoun or reference was resolved. */
function QuoteCard({ quote, body, name }: { quote: PublishedQuote; body: string; name: string | undefined }) {
  const mention = quote.speaker?.mention ? body.slice(quote.speaker.mention.start, quote.speaker.mention.end) : null;
  const cue = quote.cue ? body.slice(quote.cue.start, quote.cue.end) : null;
  return (
    <span
      role="tooltip"
      id={`card-${quote.id}`}
      className="absolute left-0 top-full z-20 mt-1 block w-72 rounded border border-stone-400 bg-white p-3 text-sm font-normal text-stone-900 shadow-lg dark:border-stone-500 dark:bg-stone-800 dark:text-stone-50"
    >
      <span className="block font-semibold">{name ?? 'Speaker not identified'}</span>
      {quote.speaker?.role && <span className="block">{quote.speaker.role}</span>}
      <span className="block">{KIND_LABEL[quote.kind]}</span>
      {cue && <span className="block">cue: “{cue}”</span>}
      {mention && name && mention !== name && (
        <span className="block">
          {mention} → {name}
        </span>
      )}
    </span>
  );
}

export function ArticleBody({ article, speakerName, targetQuote, focusSpeakers, onSelectQuote }: Props) {
  const paragraphs = useMemo(() => segmentBody(article.body, article.quotes), [article]);
  const [active, setActive] = useState<string | null>(null);
  const firstPiece = useMemo(() => {
    const first = new Map<string, number>();
    for (const q of article.quotes) first.set(q.id, q.spans[0]?.start ?? -1);
    return first;
  }, [article]);

  const renderSegment = (segment: Segment): ReactNode => {
    const text = article.body.slice(segment.start, segment.end);
    const inner = segment.role ? <span className={segment.role}>{text}</span> : text;
    const quote = segment.quote;
    let node: ReactNode = inner;
    if (quote) {
      const speakerId = quote.speaker?.id ?? null;
      const style = speakerStyle(speakerId);
      const dimmed = focusSpeakers.size > 0 && !(speakerId && focusSpeakers.has(speakerId));
      const isFirst = firstPiece.get(quote.id) === segment.start;
      node = (
        // A quote's first mark takes focus so that a keyboard reader can open its card, as hovering does: the
        // handlers only show and hide that card, and the mark stays text, not a control.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <mark
          data-quote-id={quote.id}
          data-speaker-id={speakerId ?? ''}
          data-kind={quote.kind}
          data-target={targetQuote === quote.id ? 'true' : undefined}
          data-dimmed={dimmed ? 'true' : undefined}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={isFirst ? 0 : undefined}
          aria-describedby={isFirst && active === quote.id ? `card-${quote.id}` : undefined}
          className={`relative ${style.className}`}
          onMouseEnter={() => setActive(quote.id)}
          onMouseLeave={() => setActive(null)}
          onFocus={() => setActive(quote.id)}
          onBlur={() => setActive(null)}
          onClick={() => onSelectQuote(quote.id)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onSelectQuote(quote.id);
          }}
        >
          {inner}
          {isFirst && active === quote.id && (
            <QuoteCard quote={quote} body={article.body} name={quote.speaker ? speakerName(quote.speaker.id, quote.speaker.name) : undefined} />
          )}
        </mark>
      );
    }
    const ended = segment.endsQuote;
    if (!ended) return <span key={segment.start}>{node}</span>;
    const speaker = ended.speaker;
    const style = speakerStyle(speaker?.id);
    return (
      <span key={segment.start}>
        {node}{' '}
        {speaker ? (
          <Link
            to="/"
            search={{ speakers: speaker.id }}
            className={`speaker-label inline-flex items-center gap-0.5 rounded border px-1 align-baseline text-xs font-semibold no-underline ${style.className}`}
            data-speaker-label={ended.id}
          >
            <span aria-hidden="true">{style.shape}</span>
            <span className="sr-only">quote by </span>
            {speakerName(speaker.id, speaker.name)}
          </Link>
        ) : (
          <span className={`speaker-label rounded border px-1 text-xs ${style.className}`} data-speaker-label={ended.id}>
            <span aria-hidden="true">{style.shape}</span> unattributed
          </span>
        )}
      </span>
    );
  };

  return (
    <div className="space-y-4 font-serif text-lg leading-relaxed">
      {paragraphs.map((p) => (
        <p key={p.start}>{p.segments.map(renderSegment)}</p>
      ))}
    </div>
  );
}
