import type { ArticleId, SpeakerId } from './model.ts';
import { isJoint, quoteSpeakers } from './quote-speakers.ts';
import { DATA_VERSION, type CorpusIndex, type PublishedArticle, type SpeakerPage, type SpeakerQuote } from './schema.ts';

/** How many co-quoted speakers a speaker page lists. */
export const QUOTED_WITH_MAX = 12;

const byNewest = (a: SpeakerQuote, b: SpeakerQuote): number =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.articleTitle.localeCompare(b.articleTitle) || a.articleId.localeCompare(b.articleId);

/**
 * One page of data per speaker: every quote attributed to them across the corpus, newest first, and who is
 * quoted beside them. Derived from the published index and articles alone, so it can never disagree with them.
 */
export function buildSpeakerPages(index: CorpusIndex, articles: PublishedArticle[]): SpeakerPage[] {
  const quotes = new Map<SpeakerId, SpeakerQuote[]>();
  for (const article of articles) {
    article.quotes.forEach((quote) => {
      const speaker = quote.speaker;
      if (!speaker) return;
      const joint = isJoint(quote);
      for (const member of quoteSpeakers(quote)) {
        const list = quotes.get(member.id) ?? [];
        list.push({
          id: quote.id,
          articleId: article.id,
          articleTitle: article.title,
          date: article.date,
          kind: quote.kind,
          text: quote.spans.map((s) => article.body.slice(s.start, s.end)).join(' … '),
          nameInArticle: member.name,
          role: member.id === speaker.id ? speaker.role : null,
          ...(joint ? { joint: true } : {}),
        });
        quotes.set(member.id, list);
      }
    });
  }
  const articlesOf = new Map<SpeakerId, ArticleId[]>();
  for (const a of index.articles) {
    for (const s of a.speakers) {
      const list = articlesOf.get(s);
      if (list) list.push(a.id);
      else articlesOf.set(s, [a.id]);
    }
  }
  const speakersOf = new Map(index.articles.map((a) => [a.id, a.speakers]));
  const nameOf = new Map(index.speakers.map((s) => [s.id, s.name]));

  return index.speakers.map((speaker) => {
    const shared = new Map<SpeakerId, number>();
    for (const articleId of articlesOf.get(speaker.id) ?? []) {
      for (const other of speakersOf.get(articleId) ?? []) if (other !== speaker.id) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const quotedWith = [...shared.entries()]
      .map(([id, n]) => ({ id, name: nameOf.get(id) ?? id, articles: n }))
      .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name))
      .slice(0, QUOTED_WITH_MAX);
    return { version: DATA_VERSION, speaker, quotes: (quotes.get(speaker.id) ?? []).sort(byNewest), morePages: [], quotedWith };
  });
}
