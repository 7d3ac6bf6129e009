import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo, useRef, useState } from 'react';
import type { SpeakerId } from '../../../../core/model.ts';
import { fromFirstMatch, highlightPieces, quoteOf, runSearch, type ArticleHit, type QuoteHit } from '../../../../core/search/index.ts';
import { FilterPanel } from '../../../components/filter-panel.tsx';
import { DateRangeFilter } from '../../../components/date-range-filter.tsx';
import { SpeakerCheckbox, toggleSpeaker } from '../../../components/speaker-checkbox.tsx';
import { SpeakerChip } from '../../../components/speaker-chip.tsx';
import { articleQuery } from '../../../data/article.ts';
import { useCorpusIndex, type LoadedIndex } from '../../../data/corpus-index.ts';
import { searchReadyQuery } from '../api/search-index.ts';
import { formatDate, plural } from '../../../lib/format.ts';
import { speakerList } from '../../../lib/search-params.ts';
import { SEARCH_PAGE, type SearchViewSearch } from '../lib/search-view.ts';
import { useAppReady } from '../../../lib/app-ready.ts';
import { useNearViewport } from '../../../lib/near-viewport.ts';
import { compareNames } from '../../../lib/collate.ts';

const route = getRouteApi('/search');

const { quotes: QUOTES_PAGE, articles: ARTICLES_PAGE } = SEARCH_PAGE;
/**
 * A quote result's words fill four lines, loaded or not: the result is shown at once and its words arrive with
 * its article's file, and a box that grew with them would push every result below it down the page.
 */
const QUOTE_BOX = 'min-h-[4lh] line-clamp-4';
const FACETS_SHOWN = 12;

const button = 'text-sm font-medium text-sky-800 underline dark:text-sky-300';

/** Matched words as marks: bold as well as coloured, so colour is never the only cue. Text only, never HTML. */
function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
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

/**
 * A quote result. The index names the quote by its article and position; its words and id come from the
 * article's own file (cached forever, and the file the reader opens next), fetched as the result comes near
 * the screen.
 */
function QuoteResult({ hit, index }: { hit: QuoteHit; index: LoadedIndex }) {
  const article = index.articleById.get(hit.articleId);
  const speaker = hit.speakerId ? index.speakerById.get(hit.speakerId) : undefined;
  const item = useRef<HTMLLIElement>(null);
  const file = useQuery({ ...articleQuery(hit.articleId), enabled: useNearViewport(item) });
  const quote = file.data ? quoteOf(file.data, hit.position) : undefined;
  return (
    <li
      ref={item}
      className="rounded-lg border border-stone-300 bg-white p-3 dark:border-stone-700 dark:bg-stone-900"
      data-quote-id={quote?.id}
      aria-busy={quote ? undefined : !file.isError}
    >
      {quote ? (
        <Link
          to="/articles/$articleId"
          params={{ articleId: hit.articleId }}
          search={{ quote: quote.id }}
          className={`${QUOTE_BOX} text-stone-950 hover:underline dark:text-stone-50`}
        >
          “<Highlighted text={fromFirstMatch(quote.text, hit.terms)} terms={hit.terms} />”
        </Link>
      ) : (
        <Link to="/articles/$articleId" params={{ articleId: hit.articleId }} className={`${QUOTE_BOX} text-stone-700 hover:underline dark:text-stone-300`}>
          {file.isError ? 'Open the article to read this quote' : 'Loading the quote…'}
        </Link>
      )}
      <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
        {speaker ? <SpeakerChip id={speaker.id} name={speaker.name} /> : <SpeakerChip id={null} name="Speaker not identified" />}
        <span>
          in <cite className="not-italic font-medium text-stone-800 dark:text-stone-200">{article?.title ?? hit.articleId}</cite>
        </span>
        <span>
          · <time dateTime={hit.date}>{formatDate(hit.date)}</time>
        </span>
      </p>
    </li>
  );
}

function ArticleResult({ hit, index }: { hit: ArticleHit; index: LoadedIndex }) {
  const article = index.articleById.get(hit.articleId);
  const title = article?.title ?? hit.articleId;
  return (
    <li className="rounded-lg border border-stone-300 bg-white p-3 dark:border-stone-700 dark:bg-stone-900" data-article-id={hit.articleId}>
      <Link to="/articles/$articleId" params={{ articleId: hit.articleId }} className="font-semibold text-stone-950 hover:underline dark:text-stone-50">
        <Highlighted text={title} terms={hit.terms} />
      </Link>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        <time dateTime={hit.date}>{formatDate(hit.date)}</time>
        {article?.source && <> · {article.source}</>}
        {article && <> · {plural(article.quoteCount, 'quote')}</>}
        {' · '}matches {hit.terms.join(', ')}
      </p>
    </li>
  );
}

function SpeakerFacets({
  counts,
  selected,
  index,
  onChange,
}: {
  counts: Map<SpeakerId, number>;
  selected: SpeakerId[];
  index: LoadedIndex;
  onChange: (ids: SpeakerId[]) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const chosen = new Set(selected);
  const all = [...new Set([...selected, ...counts.keys()])]
    .map((id) => ({ id, name: index.speakerById.get(id)?.name ?? id, count: counts.get(id) ?? 0 }))
    .sort((a, b) => Number(chosen.has(b.id)) - Number(chosen.has(a.id)) || b.count - a.count || compareNames(a.name, b.name));
  const shown = expanded ? all : all.slice(0, Math.max(FACETS_SHOWN, selected.length));
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-semibold">Speakers quoted</legend>
      {all.length === 0 ? (
        <p className="text-sm text-stone-700 dark:text-stone-300">No matching quote names a speaker.</p>
      ) : (
        <ul className="space-y-0.5" aria-label="Speakers by number of matching quotes">
          {shown.map((s) => (
            <li key={s.id}>
              <SpeakerCheckbox
                id={s.id}
                name={s.name}
                count={s.count}
                countLabel="matching quotes"
                checked={chosen.has(s.id)}
                onToggle={() => onChange(toggleSpeaker(selected, s.id))}
              />
            </li>
          ))}
        </ul>
      )}
      {!expanded && all.length > shown.length && (
        <button type="button" className={`mt-1 ${button}`} onClick={() => setExpanded(true)}>
          Show all {all.length} speakers
        </button>
      )}
      {selected.length > 0 && (
        <button type="button" className={`mt-1 ml-3 ${button}`} onClick={() => onChange([])}>
          Clear speakers
        </button>
      )}
    </fieldset>
  );
}

export function SearchPage() {
  useAppReady();
  const index = useCorpusIndex();
  const params = route.useSearch();
  const navigate = route.useNavigate();
  const q = params.q ?? '';
  // The view is on screen before the search data is: the heading, the filters and a status at once, the results
  // when the shards their words need have arrived. A refined query keeps the last results until its own are in.
  const answer = useQuery({ ...searchReadyQuery(q), placeholderData: keepPreviousData, throwOnError: true }).data;
  const answered = answer?.query ?? q;
  const searching = answer?.query !== q;
  const selected = useMemo(() => speakerList(params.speakers), [params.speakers]);
  // How many of each are shown: back to the first page whenever the query changes.
  const [shown, setShown] = useState({ q: answered, quotes: QUOTES_PAGE, articles: ARTICLES_PAGE });
  if (shown.q !== answered) setShown({ q: answered, quotes: QUOTES_PAGE, articles: ARTICLES_PAGE });
  const quotesShown = shown.q === answered ? shown.quotes : QUOTES_PAGE;
  const articlesShown = shown.q === answered ? shown.articles : ARTICLES_PAGE;

  const result = useMemo(() => {
    if (!answer) return null;
    const started = performance.now();
    const outcome = runSearch(answer.search, answer.query, {
      speakers: selected,
      from: params.from,
      to: params.to,
      articleSpeakers: (id) => index.articleById.get(id)?.speakers,
    });
    // The first page of each list is part of the answer: results are ranked as far as they are shown.
    outcome.quotes.top(QUOTES_PAGE);
    outcome.articles.top(ARTICLES_PAGE);
    return { outcome, ms: performance.now() - started };
  }, [answer, index, selected, params.from, params.to]);
  const outcome = result?.outcome;

  const setSearch = (patch: Partial<SearchViewSearch>) =>
    void navigate({ search: (old) => ({ ...old, ...patch }), replace: true, resetScroll: false });

  const filtered = selected.length > 0 || params.from !== undefined || params.to !== undefined;
  const selectedNames = selected.map((id) => index.speakerById.get(id)?.name ?? id);

  return (
    <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
      <FilterPanel label="Narrow the results" active={filtered}>
        <DateRangeFilter from={params.from} to={params.to} min={index.corpus.from} max={index.corpus.to} onChange={({ from, to }) => setSearch({ from, to })} />
        {answered && outcome && (
          <SpeakerFacets
            counts={outcome.speakerCounts}
            selected={selected}
            index={index}
            onChange={(ids) => setSearch({ speakers: ids.length ? ids.join(',') : undefined })}
          />
        )}
      </FilterPanel>
      <section
        aria-labelledby="search-title"
        aria-busy={searching}
        // At least a screen high, so the footer does not jump down when the results arrive.
        className="min-h-screen min-w-0"
        data-search-results
        data-search-ms={result?.ms.toFixed(2)}
        data-search-q={answer?.query}
      >
        <h1 id="search-title" className="text-2xl font-semibold">
          {answered ? <>Search: “{answered}”</> : 'Search'}
        </h1>
        <p role="status" className="mb-4 text-stone-700 dark:text-stone-300">
          {!outcome ? (
            <>Searching…</>
          ) : answered ? (
            <>
              {plural(outcome.quotes.count, 'quote')} and {plural(outcome.articles.count, 'article')}
              {selectedNames.length > 0 && <> quoting {selectedNames.join(' or ')}</>}
              {params.from && <> from {params.from}</>}
              {params.to && <> to {params.to}</>}
              {outcome.loose && <>. No result has every word; these have some of them</>}
            </>
          ) : (
            <>Search every quote and article: type in the search box at the top of the page (shortcut: /).</>
          )}
        </p>
        {answered && outcome && outcome.quotes.count === 0 && outcome.articles.count === 0 && (
          <p className="rounded border border-stone-300 p-4 dark:border-stone-700">
            Nothing matches “{answered}”{filtered ? ' with these filters' : ''}.{' '}
            {filtered && (
              <button type="button" className={button} onClick={() => setSearch({ speakers: undefined, from: undefined, to: undefined })}>
                Clear all filters
              </button>
            )}
          </p>
        )}
        {outcome && outcome.quotes.count > 0 && (
          <section aria-labelledby="quote-results" className="mb-8">
            <h2 id="quote-results" className="mb-2 text-lg font-semibold">
              Quotes <span className="text-base font-normal text-stone-700 dark:text-stone-300">({outcome.quotes.count.toLocaleString('en')})</span>
            </h2>
            <ol className="space-y-2" aria-label="Matching quotes">
              {outcome.quotes.top(quotesShown).map((hit) => (
                <QuoteResult key={`${hit.articleId}/${hit.position}`} hit={hit} index={index} />
              ))}
            </ol>
            {outcome.quotes.count > quotesShown && (
              <button type="button" className={`mt-2 ${button}`} onClick={() => setShown((s) => ({ ...s, quotes: s.quotes + QUOTES_PAGE }))}>
                Show more quotes
              </button>
            )}
          </section>
        )}
        {outcome && outcome.articles.count > 0 && (
          <section aria-labelledby="article-results">
            <h2 id="article-results" className="mb-2 text-lg font-semibold">
              Articles <span className="text-base font-normal text-stone-700 dark:text-stone-300">({outcome.articles.count.toLocaleString('en')})</span>
            </h2>
            <ol className="space-y-2" aria-label="Matching articles">
              {outcome.articles.top(articlesShown).map((hit) => (
                <ArticleResult key={hit.articleId} hit={hit} index={index} />
              ))}
            </ol>
            {outcome.articles.count > articlesShown && (
              <button type="button" className={`mt-2 ${button}`} onClick={() => setShown((s) => ({ ...s, articles: s.articles + ARTICLES_PAGE }))}>
                Show more articles
              </button>
            )}
          </section>
        )}
      </section>
    </div>
  );
}
