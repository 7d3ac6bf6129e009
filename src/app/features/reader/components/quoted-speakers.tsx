import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { SpeakerId } from '../../../../core/model.ts';
import type { PublishedArticle } from '../../../../core/schema.ts';
import { compareNames } from '../../../lib/collate.ts';
import type { TimelineSearch } from '../../../lib/search-params.ts';
import { quoteSpeakers } from '../../../lib/quote-speakers.ts';
import { speakerStyle } from '../../../lib/speaker-style.ts';
import { smallLink } from './article-header.tsx';

interface Props {
  article: PublishedArticle;
  speakerName: (id: SpeakerId, inArticle: string) => string;
  focusSpeakers: ReadonlySet<SpeakerId>;
  filters: TimelineSearch;
}

/** Who is quoted in the article and how often; each toggles highlighting that speaker's quotes alone. */
export function QuotedSpeakers({ article, speakerName, focusSpeakers, filters }: Props) {
  const articleId = article.id;
  const bySpeaker = useMemo(() => {
    // A joint quote ("the two leaders") counts for each of its speakers, as it does on their pages.
    const counts = new Map<SpeakerId, { name: string; count: number; joint: number }>();
    for (const q of article.quotes) {
      const members = quoteSpeakers(q);
      for (const member of members) {
        const entry = counts.get(member.id) ?? { name: speakerName(member.id, member.name), count: 0, joint: 0 };
        entry.count++;
        if (members.length > 1) entry.joint++;
        counts.set(member.id, entry);
      }
    }
    return [...counts.entries()].sort((a, b) => b[1].count - a[1].count || compareNames(a[1].name, b[1].name));
  }, [article, speakerName]);
  const unattributed = article.quotes.filter((q) => !q.speaker).length;

  const toggleSpeaker = (id: SpeakerId) => {
    const next = focusSpeakers.has(id) ? [...focusSpeakers].filter((s) => s !== id) : [...focusSpeakers, id];
    return next.length ? next.join(',') : undefined;
  };

  return (
    <>
      <h2 id="quoted-title" className="text-lg font-semibold">
        Who is quoted here
      </h2>
      {bySpeaker.length === 0 && unattributed === 0 && <p className="text-stone-700 dark:text-stone-300">No quotes found in this article.</p>}
      <ul className="mt-2 space-y-1" aria-labelledby="quoted-title">
        {bySpeaker.map(([id, { name, count, joint }]) => {
          const style = speakerStyle(id);
          const on = focusSpeakers.has(id);
          return (
            <li key={id}>
              <Link
                to="/articles/$articleId"
                params={{ articleId }}
                search={{ ...filters, speakers: toggleSpeaker(id) }}
                replace
                resetScroll={false}
                className={`flex items-center gap-2 rounded border px-2 py-1 text-sm ${style.className} ${on ? 'ring-2 ring-stone-900 ring-offset-1 dark:ring-stone-100' : ''}`}
              >
                <span aria-hidden="true">{style.shape}</span>
                <span className="flex-1">{name}</span>
                <span className="tabular-nums">
                  {count}
                  <span className="sr-only">
                    {' '}
                    {count === 1 ? 'quote' : 'quotes'}
                    {joint > 0 ? `, ${joint} said jointly` : ''}
                    {on ? ', highlighted alone' : ''}
                  </span>
                </span>
                {joint > 0 && (
                  <span aria-hidden="true" className="text-xs">
                    ({joint} joint)
                  </span>
                )}
              </Link>
              <Link to="/speakers/$speakerId" params={{ speakerId: id }} className="ml-1 text-xs font-medium text-sky-800 underline dark:text-sky-300">
                every quote by {name}
              </Link>
            </li>
          );
        })}
        {unattributed > 0 && <li className="px-2 text-sm text-stone-700 dark:text-stone-300">Unattributed: {unattributed}</li>}
      </ul>
      {focusSpeakers.size > 0 && (
        <Link to="/articles/$articleId" params={{ articleId }} search={{ ...filters, speakers: undefined }} replace resetScroll={false} className={`mt-2 inline-block ${smallLink}`}>
          Show every speaker
        </Link>
      )}
    </>
  );
}
