import { useQueries } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { SpeakerId } from '../../../../core/model.ts';
import type { SpeakerQuote } from '../../../../core/schema.ts';
import { ExportQuotes } from '../../../components/export-quotes.tsx';
import { SpeakerChip } from '../../../components/speaker-chip.tsx';
import { speakerQuotesQuery, useSpeaker } from '../api/speaker.ts';
import { formatDate, formatDay, plural } from '../../../lib/format.ts';
import { speakerStyle } from '../../../lib/speaker-style.ts';
import { useAppReady } from '../../../lib/app-ready.ts';
import { SPEAKER_KIND_LABEL } from '../../../lib/quote-speakers.ts';
import { speakerSource } from '../../../lib/export/sources.ts';

const route = getRouteApi('/speakers/$speakerId');

/** Quotes shown at first and added by each "Show more": long careers stay fast to open. */
const PAGE = 50;


function groupByDay(quotes: SpeakerQuote[]): { date: string; quotes: SpeakerQuote[] }[] {
  const days: { date: string; quotes: SpeakerQuote[] }[] = [];
  for (const q of quotes) {
    const last = days[days.length - 1];
    if (last && last.date === q.date) last.quotes.push(q);
    else days.push({ date: q.date, quotes: [q] });
  }
  return days;
}

export function SpeakerPage() {
  useAppReady();
  const { speakerId } = route.useParams();
  const page = useSpeaker(speakerId as SpeakerId);
  const { speaker, quotedWith } = page;
  const [shown, setShown] = useState(PAGE);
  // Quotes beyond the first file come in further files, fetched as "Show more" reaches them.
  const [filesWanted, setFilesWanted] = useState(0);
  const more = useQueries({
    queries: page.morePages.slice(0, filesWanted).map((hash, i) => speakerQuotesQuery(speaker.id, i + 1, hash)),
  });
  const quotes = [...page.quotes, ...more.flatMap((r) => r.data?.quotes ?? [])];
  const total = Math.max(quotes.length, speaker.quoteCount);
  const showMore = () => {
    setShown((n) => n + PAGE);
    if (shown + PAGE > quotes.length && filesWanted < page.morePages.length) setFilesWanted((n) => n + 1);
  };
  const style = speakerStyle(speaker.id);
  const days = groupByDay(quotes.slice(0, shown));

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <section aria-labelledby="speaker-title" className="min-w-0 max-w-3xl">
        <p>
          <Link to="/speakers" className="text-sm font-medium text-sky-800 underline dark:text-sky-300">
            ← Speakers
          </Link>
        </p>
        <h1 id="speaker-title" className="mt-2 flex items-center gap-2 font-serif text-3xl font-bold leading-tight">
          <span aria-hidden="true" className={`rounded border px-1.5 text-lg ${style.className}`}>
            {style.shape}
          </span>
          {speaker.name}
        </h1>
        <p className="mt-2 text-stone-700 dark:text-stone-300" data-testid="speaker-counts">
          <span data-testid="speaker-kind">{SPEAKER_KIND_LABEL[speaker.kind]}</span> ·{' '}
          {plural(speaker.quoteCount, 'quote')} in {plural(speaker.articleCount, 'article')} · <time dateTime={speaker.firstSeen}>{formatDate(speaker.firstSeen)}</time> to{' '}
          <time dateTime={speaker.lastSeen}>{formatDate(speaker.lastSeen)}</time>
        </p>
        <p className="mt-2">
          <Link to="/" search={{ speakers: speaker.id }} className="font-medium text-sky-800 underline dark:text-sky-300">
            Show {speaker.name}’s articles on the timeline
          </Link>
        </p>

        <h2 className="mt-6 text-xl font-semibold">Quotes, newest first</h2>
        <ExportQuotes
          fileName={speaker.id}
          source={(client) =>
            speakerSource(
              speaker.quoteCount,
              page.quotes,
              page.morePages.map((hash, i) => async () => (await client.fetchQuery(speakerQuotesQuery(speaker.id, i + 1, hash))).quotes),
            )
          }
        />
        <ol aria-label={`Quotes by ${speaker.name}`} className="mt-2 space-y-6">
          {days.map((day) => (
            <li key={day.date}>
              <h3 className="text-sm font-semibold uppercase tracking-wide text-stone-700 dark:text-stone-300">
                <time dateTime={day.date}>{formatDay(day.date)}</time>
              </h3>
              <ul className="mt-2 space-y-3">
                {day.quotes.map((q) => (
                  <li key={`${q.articleId}-${q.id}`} className="rounded-lg border border-stone-300 bg-white p-3 shadow-sm dark:border-stone-700 dark:bg-stone-900" data-quote-id={q.id}>
                    <blockquote className={`border-l-4 pl-3 text-stone-900 dark:text-stone-100 ${style.className.split(' ').filter((c) => c.startsWith('border-') || c.startsWith('dark:border-')).join(' ')}`}>
                      {q.kind === 'indirect' ? q.text : `“${q.text}”`}
                    </blockquote>
                    <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                      {q.joint && (
                        <>
                          <span className="rounded border border-stone-500 px-1 text-xs font-semibold text-stone-900 dark:border-stone-400 dark:text-stone-100" data-joint="true">
                            Joint
                          </span>{' '}
                          said jointly ·{' '}
                        </>
                      )}
                      {q.nameInArticle !== speaker.name && <>as “{q.nameInArticle}”{q.role ? `, ${q.role}` : ''} · </>}
                      {q.nameInArticle === speaker.name && q.role && <>{q.role} · </>}
                      <Link
                        to="/articles/$articleId"
                        params={{ articleId: q.articleId }}
                        search={{ quote: q.id }}
                        className="font-medium text-sky-800 underline dark:text-sky-300"
                      >
                        {q.articleTitle}
                      </Link>
                    </p>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        {total > shown && (
          <button
            type="button"
            onClick={showMore}
            className="mt-4 rounded border border-stone-400 px-3 py-1 font-medium hover:bg-stone-200 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            Show more quotes ({plural(total - shown, 'more')})
          </button>
        )}
      </section>

      <aside className="space-y-6 lg:sticky lg:top-4 lg:self-start">
        <section aria-labelledby="names-title">
          <h2 id="names-title" className="text-lg font-semibold">
            Names seen
          </h2>
          <ul className="mt-1 list-disc pl-5 text-sm" aria-labelledby="names-title">
            <li>{speaker.name}</li>
            {speaker.aliases.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
        {speaker.roles.length > 0 && (
          <section aria-labelledby="roles-title">
            <h2 id="roles-title" className="text-lg font-semibold">
              Roles seen
            </h2>
            <ul className="mt-1 space-y-0.5 text-sm" aria-labelledby="roles-title">
              {speaker.roles.map((r) => (
                <li key={r.role}>
                  {r.role}:{' '}
                  {r.first === r.last ? (
                    <time dateTime={r.first}>{formatDate(r.first)}</time>
                  ) : (
                    <>
                      <time dateTime={r.first}>{formatDate(r.first)}</time> to <time dateTime={r.last}>{formatDate(r.last)}</time>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="with-title">
          <h2 id="with-title" className="text-lg font-semibold">
            Quoted in the same articles
          </h2>
          {quotedWith.length === 0 ? (
            <p className="text-sm text-stone-700 dark:text-stone-300">No one else is quoted in these articles.</p>
          ) : (
            <ul className="mt-1 space-y-1" aria-labelledby="with-title">
              {quotedWith.map((s) => (
                <li key={s.id}>
                  <Link to="/speakers/$speakerId" params={{ speakerId: s.id }} className="rounded no-underline hover:underline">
                    <SpeakerChip id={s.id} name={s.name} />
                  </Link>{' '}
                  <span className="text-sm tabular-nums text-stone-700 dark:text-stone-300">{plural(s.articles, 'article')}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </aside>
    </div>
  );
}
