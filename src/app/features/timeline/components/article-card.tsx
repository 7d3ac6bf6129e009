import { Link } from '@tanstack/react-router';
import { memo } from 'react';
import type { ArticleSummary } from '../../../../core/schema.ts';
import type { LoadedIndex } from '../../../data/corpus-index.ts';
import { useLead } from '../api/previews.ts';
import { timelineFilters, type TimelineSearch } from '../../../lib/search-params.ts';
import { formatDate, plural } from '../../../lib/format.ts';
import { SpeakerChip } from '../../../components/speaker-chip.tsx';

const CHIPS = 4;

export const ArticleCard = memo(function ArticleCard({ article, index, filters }: { article: ArticleSummary; index: LoadedIndex; filters: TimelineSearch }) {
  const named = article.speakers.map((id) => index.speakerById.get(id)).filter((s) => s !== undefined);
  const lead = useLead(index, article);
  const leadSpeaker = lead?.speaker ? index.speakerById.get(lead.speaker) : undefined;
  return (
    <article className="rounded-lg border border-stone-300 bg-white p-4 shadow-sm dark:border-stone-700 dark:bg-stone-900" data-article-id={article.id}>
      <h3 className="text-lg font-semibold leading-snug">
        <Link
          to="/articles/$articleId"
          params={{ articleId: article.id }}
          search={timelineFilters(filters)}
          className="text-stone-950 hover:underline dark:text-stone-50"
        >
          {article.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        <time dateTime={article.date}>{formatDate(article.date)}</time>
        {article.source && <> · {article.source}</>} · {plural(article.quoteCount, 'quote')}
      </p>
      {lead && (
        <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 text-stone-800 dark:border-stone-600 dark:text-stone-200">
          “{lead.text.replace(/^[\s"“”‘’'`]+|[\s"“”‘’'`]+$/g, '')}”{leadSpeaker && <span className="text-sm text-stone-700 dark:text-stone-300"> — {leadSpeaker.name}</span>}
        </blockquote>
      )}
      {named.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1" aria-label="Speakers quoted">
          {named.slice(0, CHIPS).map((s) => (
            <li key={s.id}>
              <Link to="/speakers/$speakerId" params={{ speakerId: s.id }} className="rounded hover:underline focus-visible:outline-2" title={`${s.name}: every quote`}>
                <SpeakerChip id={s.id} name={s.name} />
              </Link>
            </li>
          ))}
          {named.length > CHIPS && <li className="text-xs text-stone-700 dark:text-stone-300">+{named.length - CHIPS} more</li>}
        </ul>
      )}
    </article>
  );
});
