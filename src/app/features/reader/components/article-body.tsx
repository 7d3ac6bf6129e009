import { Link } from '@tanstack/react-router';
import { useMemo, useState, type ReactNode } from 'react';
import type { SpeakerId } from '../../../../core/model.ts';
import type { PublishedArticle, PublishedQuote } from '../../../../core/schema.ts';
import { segmentBody, type Segment } from '../lib/segments.ts';
import { speakerStyle } from '../../../lib/speaker-style.ts';
import { isJoint, joinNames, quoteHasSpeaker, quoteSpeakers, UNATTRIBUTED } from '../../../lib/quote-speakers.ts';

interface Props {
  article: PublishedArticle;
  /** The corpus-wide name of a speaker, so the reader and the filters name a person the same way. */
  speakerName: (id: SpeakerId, inArticle: string) => string;
  /** The quote a deep link points at. */
  targetQuote: string | undefined;
  /** When set, quotes by other speakers are dimmed (a joint quote is kept when any of its speakers is chosen). */
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

/** Explains an attribution: who (each member of a joint quote), by which cue, and how a mention was resolved. */
function QuoteCard({ quote, body, names }: { quote: PublishedQuote; body: string; names: string[] }) {
  const mention = quote.speaker?.mention ? body.slice(quote.speaker.mention.start, quote.speaker.mention.end) : null;
  const cue = quote.cue ? body.slice(quote.cue.start, quote.cue.end) : null;
  const who = joinNames(names);
  return (
    <span
      role="tooltip"
      id={`card-${quote.id}`}
      className="absolute left-0 top-full z-20 mt-1 block w-72 rounded border border-stone-400 bg-white p-3 text-sm font-normal text-stone-900 shadow-lg dark:border-stone-500 dark:bg-stone-800 dark:text-stone-50"
    >
      <span className="block font-semibold">{who || UNATTRIBUTED}</span>
      {names.length > 1 && <span className="block">said jointly</span>}
      {quote.speaker?.role && <span className="block">{quote.speaker.role}</span>}
      <span className="block">{KIND_LABEL[quote.kind]}</span>
      {cue && <span className="block">cue: “{cue}”</span>}
      {mention && who && mention !== who && (
        <span className="block">
          {mention} → {who}
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
      const dimmed = !quoteHasSpeaker(quote, focusSpeakers);
      const isFirst = firstPiece.get(quote.id) === segment.start;
      node = (
        // A quote's first mark takes focus so that a keyboard reader can open its card, as hovering does: the
        // handlers only show and hide that card, and the mark stays text, not a control.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <mark
          data-quote-id={quote.id}
          data-speaker-id={speakerId ?? ''}
          data-speaker-ids={isJoint(quote) ? quoteSpeakers(quote).map((s) => s.id).join(' ') : undefined}
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
            <QuoteCard quote={quote} body={article.body} names={quoteSpeakers(quote).map((s) => speakerName(s.id, s.name))} />
          )}
        </mark>
      );
    }
    const ended = segment.endsQuote;
    if (!ended) return <span key={segment.start}>{node}</span>;
    const members = quoteSpeakers(ended);
    const style = speakerStyle(ended.speaker?.id);
    return (
      <span key={segment.start}>
        {node}{' '}
        {members.length > 0 ? (
          <span className="speaker-label-group" data-speaker-label={ended.id}>
            {members.map((member, i) => {
              const memberStyle = speakerStyle(member.id);
              return (
                <span key={member.id}>
                  {i > 0 && (i === members.length - 1 ? ' and ' : ', ')}
                  <Link
                    to="/"
                    search={{ speakers: member.id }}
                    className={`speaker-label inline-flex items-center gap-0.5 rounded border px-1 align-baseline text-xs font-semibold no-underline ${memberStyle.className}`}
                  >
                    <span aria-hidden="true">{memberStyle.shape}</span>
                    {i === 0 && <span className="sr-only">{members.length > 1 ? 'quote said jointly by ' : 'quote by '}</span>}
                    {speakerName(member.id, member.name)}
                  </Link>
                </span>
              );
            })}
            {members.length > 1 && <span className="text-xs italic"> (said jointly)</span>}
          </span>
        ) : (
          <span className={`speaker-label rounded border px-1 text-xs ${style.className}`} data-speaker-label={ended.id}>
            <span aria-hidden="true">{style.shape}</span> {UNATTRIBUTED}
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
