import type { QueryClient } from '@tanstack/react-query';
import type { ArticleId, SpeakerId } from '../../../core/model.ts';
import type { PublishedArticle, PublishedQuote, SpeakerQuote } from '../../../core/schema.ts';
import { articleQuery } from '../../data/article.ts';
import { quoteHasSpeaker } from '../quote-speakers.ts';
import { exportRow, type ExportRow, type RowContext } from './rows.ts';

/** What an export needs to read: the query client (for article files, cached or fetched) and how rows are named. */
export interface ExportContext extends RowContext {
  client: QueryClient;
}

/** One step of an export: its rows, and how far along the list it is. */
export interface ExportBatch {
  rows: ExportRow[];
  /** How many of `total` (articles or quotes, as the source counts) are done after this batch. */
  done: number;
}

/** A list's quotes, read in bounded batches so that an export of any size neither holds all its files nor blocks the page. */
export interface ExportSource {
  /** What progress counts. */
  unit: 'article' | 'quote';
  total: number;
  batches(context: ExportContext, signal: AbortSignal): AsyncGenerator<ExportBatch>;
}

/** Article files fetched at once: enough to keep the connection busy, few enough to leave room for the reader. */
const PARALLEL_FETCHES = 6;
/** Articles (timeline) or quotes (speaker, search) read per batch: each batch is one chunk of the file and one yield. */
const ARTICLES_PER_BATCH = 24;
export const QUOTES_PER_BATCH = 200;

/** `promise`, or the signal's reason as soon as it aborts: a cancel does not wait for fetches already under way. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * The files of `ids` (distinct), six at a time. They go through the query client, so a file the reader has open is
 * not fetched again; those the export alone reads are let go as soon as nothing uses them (gcTime 0), so a long
 * export does not keep thousands of articles in memory.
 */
async function loadArticles(client: QueryClient, ids: readonly ArticleId[], signal: AbortSignal): Promise<Map<ArticleId, PublishedArticle>> {
  const distinct = [...new Set(ids)];
  const files = new Map<ArticleId, PublishedArticle>();
  for (let i = 0; i < distinct.length; i += PARALLEL_FETCHES) {
    signal.throwIfAborted();
    const group = distinct.slice(i, i + PARALLEL_FETCHES);
    const loaded = await untilAborted(Promise.all(group.map((id) => client.fetchQuery({ ...articleQuery(id), gcTime: 0 }))), signal);
    group.forEach((id, at) => files.set(id, loaded[at]!));
  }
  return files;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The timeline's quotes: every quote of the listed articles, newest article first, in article order; with chosen
 * speakers, only the quotes of any of them (a joint quote once), as the reader steps through them.
 */
export function timelineSource(articles: readonly { id: ArticleId }[], chosen: ReadonlySet<SpeakerId>): ExportSource {
  return {
    unit: 'article',
    total: articles.length,
    async *batches(context, signal) {
      let done = 0;
      for (const batch of chunks(articles, ARTICLES_PER_BATCH)) {
        const files = await loadArticles(context.client, batch.map((a) => a.id), signal);
        const rows: ExportRow[] = [];
        for (const { id } of batch) {
          const article = files.get(id)!;
          for (const quote of article.quotes) if (quoteHasSpeaker(quote, chosen)) rows.push(exportRow(article, quote, context));
        }
        done += batch.length;
        yield { rows, done };
      }
    },
  };
}

/** Where a quote is, by article and either its id or its position in the article. */
type QuoteRef = { articleId: ArticleId } & ({ id: string } | { position: number });

function rowsOf(refs: readonly QuoteRef[], files: Map<ArticleId, PublishedArticle>, context: RowContext): ExportRow[] {
  return refs.map((ref) => {
    const article = files.get(ref.articleId)!;
    const quote: PublishedQuote | undefined = 'id' in ref ? article.quotes.find((q) => q.id === ref.id) : article.quotes[ref.position];
    if (!quote) throw new Error(`The file of ${ref.articleId} has no quote ${'id' in ref ? ref.id : `at ${ref.position}`}; its data may be out of date.`);
    return exportRow(article, quote, context);
  });
}

async function* quoteBatches(refs: readonly QuoteRef[], context: ExportContext, signal: AbortSignal, doneBefore = 0): AsyncGenerator<ExportBatch> {
  let done = doneBefore;
  for (const batch of chunks(refs, QUOTES_PER_BATCH)) {
    const files = await loadArticles(context.client, batch.map((r) => r.articleId), signal);
    done += batch.length;
    yield { rows: rowsOf(batch, files, context), done };
  }
}

/**
 * A speaker's quotes, newest first, as their page lists them: the quotes of their first file, then of each further
 * file in turn (fetched only as the export reaches it), each with its article's file for the source URL.
 */
export function speakerSource(quoteCount: number, firstFile: readonly SpeakerQuote[], furtherFiles: readonly (() => Promise<readonly SpeakerQuote[]>)[]): ExportSource {
  return {
    unit: 'quote',
    total: quoteCount,
    async *batches(context, signal) {
      let done = 0;
      for (const file of [() => Promise.resolve(firstFile), ...furtherFiles]) {
        signal.throwIfAborted();
        const quotes = await untilAborted(file(), signal);
        for await (const batch of quoteBatches(quotes, context, signal, done)) {
          done = batch.done;
          yield batch;
        }
      }
    },
  };
}

/** Search results' quotes in their ranked order, as the results list shows them. */
export function searchSource(hits: readonly { articleId: ArticleId; position: number }[]): ExportSource {
  return {
    unit: 'quote',
    total: hits.length,
    batches: (context, signal) => quoteBatches(hits, context, signal),
  };
}
