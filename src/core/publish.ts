import { extractQuotes } from './extract/index.ts';
import { resolveSpeakers, type SpeakerMention } from './identity/resolve.ts';
import { articleIdFor, articleIdFrom, normalizeQuoteText, quoteIdFor, uniqueArticleKeys, type KeyHash } from './ids.ts';
import type { ArticleId, ExtractedQuote, InputIssue, ParsedArticle, SpeakerId } from './model.ts';
import { parseArticle } from './parse.ts';
import { quoteSpeakers } from './quote-speakers.ts';
import { compactSpeakerQuotes } from './speaker-quotes.ts';
import { quoteText } from './quote-text.ts';
import { buildSpeakerPages } from './speaker-pages.ts';
import {
  DATA_VERSION,
  type ArticleSummary,
  type CorpusIndex,
  type PublishedArticle,
  type PublishedQuote,
  type SpeakerPage,
  type SpeakerSummary,
} from './schema.ts';

export interface InputFile {
  path: string;
  text: string;
}

export type FileFate =
  | { file: string; fate: 'published'; articleId: ArticleId }
  | { file: string; fate: 'skipped'; errors: InputIssue[] }
  | { file: string; fate: 'duplicate'; articleId: ArticleId; duplicateOf: string };

/** Every input file and what became of it: files in = published + skipped + duplicates. */
export interface BuildReport {
  files: FileFate[];
  counts: { files: number; published: number; skipped: number; duplicates: number; quotes: number };
}

export interface BuiltCorpus {
  index: CorpusIndex;
  articles: PublishedArticle[];
  /** One page per speaker in the index, same order. */
  speakerPages: SpeakerPage[];
  report: BuildReport;
}

export function sourceOf(url: string, linkable: boolean): string {
  if (!linkable) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const LEAD_MAX = 220;

function leadOf(body: string, quotes: PublishedQuote[]): ArticleSummary['lead'] {
  const lead = quotes.find((q) => q.kind === 'direct' && q.speaker) ?? quotes.find((q) => q.speaker) ?? quotes[0];
  if (!lead) return null;
  const text = quoteText(body, lead).replace(/\s+/g, ' ').trim();
  return { text: text.length > LEAD_MAX ? `${text.slice(0, LEAD_MAX - 1).trimEnd()}…` : text, speaker: lead.speaker?.id ?? null };
}

type SpeakerMentionText = Omit<SpeakerMention, 'articleId' | 'date'>;

/** The speakers a quote counts for: its speaker, or each named member of its group. */
function mentionsOf(quote: ExtractedQuote): SpeakerMentionText[] {
  const s = quote.speaker;
  if (!s) return [];
  if (s.kind === 'group' && s.members && s.members.length > 0) return s.members.map((name) => ({ name, kind: 'person' as const, role: null, mention: s.mention }));
  return [{ name: s.name, kind: s.kind, role: s.role, mention: s.mention, antecedent: s.antecedent }];
}

export interface BuildOptions {
  /** The build's date, YYYY-MM-DD: articles dated after it are published with a warning. */
  today?: string;
  /** The hash behind article keys (ids.ts); hash53 unless a test needs keys that collide. */
  keyHash?: KeyHash;
}

/** What one file yields on its own: parsed and extracted, or its errors. Plain data, so it can cross threads. */
export type FileAnalysis =
  | { path: string; ok: true; article: ParsedArticle; warnings: InputIssue[]; quotes: ExtractedQuote[] }
  | { path: string; ok: false; errors: InputIssue[] };

/**
 * Parse and extract one file. This is the costly, independent part of a build, so the pipeline may run it on
 * several threads; everything that needs the whole corpus happens in assembleCorpus.
 */
export function analyzeFile(file: InputFile): FileAnalysis {
  const result = parseArticle(file.path, file.text);
  if (!result.ok) return { path: file.path, ok: false, errors: result.errors };
  const { article } = result;
  try {
    const quotes = extractQuotes(article.body, { title: article.title, date: article.date, url: article.url });
    return { path: file.path, ok: true, article, warnings: result.warnings, quotes };
  } catch (error) {
    // A fault in the extraction rules loses this article's quotes, never the article, and says so.
    const reason = `quote extraction failed (${error instanceof Error ? error.message : String(error)}); published without quotes`;
    return { path: file.path, ok: true, article, warnings: [...result.warnings, { file: file.path, line: 0, reason }], quotes: [] };
  }
}

/**
 * Turn a corpus of input files into the published data. Pure: the same files, in any order, give the same
 * data. A file that cannot be parsed is reported and skipped; the rest are still published.
 */
export function buildCorpus(inputs: InputFile[], options: BuildOptions = {}): BuiltCorpus {
  return assembleCorpus(inputs.map(analyzeFile), options);
}

/** Everything after analysis: duplicates, corpus-wide speaker identity, ids, the index and per-speaker data. */
export function assembleCorpus(analyses: FileAnalysis[], options: BuildOptions = {}): BuiltCorpus {
  // Sorting by path makes the choice of which duplicate is published independent of the order files came in.
  const files = [...analyses].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const fates: FileFate[] = [];
  const skipped: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const parsed: { id: ArticleId; article: ParsedArticle; quotes: ExtractedQuote[] }[] = [];
  const fileOfUrl = new Map<string, { id: ArticleId; file: string }>();

  for (const file of files) {
    if (!file.ok) {
      fates.push({ file: file.path, fate: 'skipped', errors: file.errors });
      skipped.push(...file.errors);
      continue;
    }
    const { article } = file;
    warnings.push(...file.warnings);
    if (options.today && article.date > options.today) {
      warnings.push({ file: file.path, line: 2, reason: `date ${article.date} is after the build date (${options.today})` });
    }
    const id = articleIdFor(article, options.keyHash);
    // One source URL is one article: a second file with the same URL (a re-scrape, an edited copy) is reported,
    // not published twice. A URL that is not http(s) identifies nothing, so only exact copies count there.
    const urlKey = article.linkable ? article.url : `${article.date}\u0000${article.title}\u0000${article.url}`;
    const first = fileOfUrl.get(urlKey);
    if (first !== undefined) {
      fates.push({ file: file.path, fate: 'duplicate', articleId: first.id, duplicateOf: first.file });
      warnings.push({ file: file.path, line: 3, reason: `duplicate of ${first.file} (same source URL); not published twice` });
      continue;
    }
    fileOfUrl.set(urlKey, { id, file: file.path });
    fates.push({ file: file.path, fate: 'published', articleId: id });
    parsed.push({ id, article, quotes: file.quotes });
  }

  giveUniqueKeys(parsed, fates, warnings, options.keyHash);

  // A group's quote is each named member's: one mention per member, the first of them the quote's speaker.
  const mentions: SpeakerMention[] = [];
  for (const { id, article, quotes } of parsed) {
    for (const quote of quotes) for (const m of mentionsOf(quote)) mentions.push({ articleId: id, date: article.date, ...m });
  }
  // The bodies let identity complete a surname or an acronym from the article that writes it out.
  const resolved = resolveSpeakers(mentions, { bodies: new Map(parsed.map((p) => [p.id, p.article.body])) });

  let mentionIndex = 0;
  const articles: PublishedArticle[] = [];
  const summaries: ArticleSummary[] = [];
  const speakerStats = new Map<SpeakerId, { quotes: number; articles: Set<ArticleId>; first: string; last: string }>();
  for (const { id, article, quotes } of parsed) {
    const seen = new Map<string, number>();
    const published: PublishedQuote[] = quotes.map((quote) => {
      const text = normalizeQuoteText(quoteText(article.body, quote));
      const occurrence = seen.get(text) ?? 0;
      seen.set(text, occurrence + 1);
      let speaker: PublishedQuote['speaker'] = null;
      const own = mentionsOf(quote);
      // a name that names no one (a lone "Jr.", a heading's "Offering") leaves its quote unattributed
      const named = own.map((m) => ({ m, id: resolved.ids[mentionIndex] as SpeakerId, none: resolved.unattributed[mentionIndex++] === true })).filter((x) => !x.none);
      if (quote.speaker && named.length > 0) {
        const ids = named.map((x) => x.id);
        const first = (named[0] as { m: SpeakerMentionText }).m;
        speaker = {
          id: ids[0] as SpeakerId,
          name: first.name,
          role: first.role,
          mention: quote.speaker.mention,
          antecedent: quote.speaker.antecedent,
        };
        const joint = named.slice(1).map((x) => ({ id: x.id, name: x.m.name })).filter((j) => j.id !== ids[0]);
        if (joint.length > 0) speaker.joint = joint;
        if (quote.speaker.how) speaker.how = quote.speaker.how;
        for (const speakerId of new Set(ids)) {
          const stats = speakerStats.get(speakerId) ?? { quotes: 0, articles: new Set(), first: article.date, last: article.date };
          stats.quotes++;
          stats.articles.add(id);
          if (article.date < stats.first) stats.first = article.date;
          if (article.date > stats.last) stats.last = article.date;
          speakerStats.set(speakerId, stats);
        }
      }
      return { id: quoteIdFor(id, text, occurrence), spans: quote.spans, kind: quote.kind, cue: quote.cue, speaker };
    });
    const source = sourceOf(article.url, article.linkable);
    articles.push({
      version: DATA_VERSION,
      id,
      date: article.date,
      title: article.title,
      url: article.url,
      linkable: article.linkable,
      source,
      body: article.body,
      quotes: published,
    });
    const perSpeaker = new Map<SpeakerId, number>();
    for (const q of published) for (const { id: sid } of quoteSpeakers(q)) perSpeaker.set(sid, (perSpeaker.get(sid) ?? 0) + 1);
    const ranked = [...perSpeaker.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    summaries.push({
      id,
      date: article.date,
      title: article.title,
      source,
      quoteCount: published.length,
      speakers: ranked.map(([s]) => s),
      speakerQuotes: compactSpeakerQuotes(ranked.map(([, n]) => n)),
      lead: leadOf(article.body, published),
    });
  }

  summaries.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.title.localeCompare(b.title) || a.id.localeCompare(b.id)));
  const speakers: SpeakerSummary[] = resolved.speakers
    .filter((s) => speakerStats.has(s.id))
    .map((s) => {
      const stats = speakerStats.get(s.id)!;
      return {
        id: s.id,
        name: s.name,
        kind: s.kind,
        quoteCount: stats.quotes,
        articleCount: stats.articles.size,
        roles: s.roles,
        aliases: s.aliases,
        firstSeen: stats.first,
        lastSeen: stats.last,
      };
    })
    .sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));

  const sourceCounts = new Map<string, number>();
  for (const s of summaries) sourceCounts.set(s.source || '(no link)', (sourceCounts.get(s.source || '(no link)') ?? 0) + 1);
  const quoteCount = articles.reduce((n, a) => n + a.quotes.length, 0);
  const dates = summaries.map((s) => s.date);

  const index: CorpusIndex = {
    version: DATA_VERSION,
    corpus: {
      articleCount: articles.length,
      quoteCount,
      from: dates.length ? (dates[dates.length - 1] ?? null) : null,
      to: dates[0] ?? null,
      sources: [...sourceCounts.entries()].map(([source, n]) => ({ source, articles: n })).sort((a, b) => b.articles - a.articles || a.source.localeCompare(b.source)),
    },
    articles: summaries,
    speakers,
    skipped,
    warnings,
  };
  const count = (fate: FileFate['fate']) => fates.filter((f) => f.fate === fate).length;
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    index,
    articles,
    speakerPages: buildSpeakerPages(index, articles),
    report: {
      files: fates,
      counts: { files: files.length, published: count('published'), skipped: count('skipped'), duplicates: count('duplicate'), quotes: quoteCount },
    },
  };
}

/**
 * Two different articles whose keys collide would share an address and a file, and one would be unreachable:
 * give every one but the first a longer key (ids.ts, uniqueArticleKeys), in their ids and in the report, and say
 * so in the warnings. Runs before anything uses the ids.
 */
function giveUniqueKeys(parsed: { id: ArticleId; article: ParsedArticle }[], fates: FileFate[], warnings: InputIssue[], hash?: KeyHash): void {
  const keys = uniqueArticleKeys(parsed.map((p) => p.article), hash);
  const lengthened = new Map<string, ArticleId>();
  parsed.forEach((p, i) => {
    const id = articleIdFrom(p.article.title, keys[i]!);
    if (id === p.id) return;
    warnings.push({ file: p.article.file, line: 0, reason: `its article key ${p.id.slice(p.id.lastIndexOf('-') + 1)} is another article's too; published as ${id}` });
    lengthened.set(p.article.file, (p.id = id));
  });
  if (lengthened.size === 0) return;
  for (const fate of fates) {
    if (fate.fate === 'published') fate.articleId = lengthened.get(fate.file) ?? fate.articleId;
    else if (fate.fate === 'duplicate') fate.articleId = lengthened.get(fate.duplicateOf) ?? fate.articleId;
  }
}
