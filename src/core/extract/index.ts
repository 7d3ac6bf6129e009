/**
 * Quote extraction and speaker attribution: the entry point. Pure TypeScript, no Node or DOM APIs.
 *
 *   marks.ts    pair quotation marks            tokens.ts  units (lines joined over quotations) and tokens
 *   lexicon.ts  reporting verbs + inflections   frames.ts  cue + source + content per unit
 *   names.ts    mention type, name vs role      resolve.ts pronouns, documents, roles → article entities
 *   title.ts    speakers named only in the title
 */
import type { AttributedSpeaker, ExtractedQuote, QuoteKind, Span } from '../model.ts';
import { analyzeUnit, type RawAttribution } from './frames.ts';
import { findQuotations, type Quotation } from './marks.ts';
import { publisherOf } from './offices.ts';
import { Resolver, buildNameIndex, type Entity } from './resolve.ts';
import { parseTitle } from './title.ts';
import { buildUnits, type Unit } from './tokens.ts';
import { lookupCue } from './lexicon.ts';

export interface ExtractOptions {
  title?: string;
  /** The article's date, YYYY-MM-DD: who held a role ("the President") on that day. */
  date?: string;
  /** The article's source URL: whose offices its roles name (whitehouse.gov → the US government's). */
  url?: string;
}

/** Who reports findings: "the study found", "the researchers showed". */
const FINDINGS_BY = new Set<string>(['document', 'group', 'organisation']);
/** Cues that report what a document says, and only a document: "The Order requires …", not "the job requires". */
const DOCUMENT_ONLY = /^requir(?:e|es|ed|ing)$/i;
const STUDY_MENTION = /\b(?:researchers|scientists|team|study|studies|report|authors|survey|analysis|they)\b/i;

/** How many units (lines) after an attribution a cue-less quotation is still taken to go on with it. */
const ORPHAN_REACH_UNITS = 3;

/** Shortest orphan quotation (in words) kept as a quote of its own; shorter ones are scare quotes. */
const MIN_ORPHAN_WORDS = 6;

interface Placed extends RawAttribution {
  unit: number;
  /** Attributed by a header at the start of its line: "Senator Jane Roe, Ohio: “…”". */
  header?: boolean;
}

/** "Name, role: “" or "Organisation: “" at the start of a line: a list of who said what. */
const HEADER = /^([\p{Lu}@][^:\n“”"]{0,160}?)\s*[:：]\s*(?=[“"])/u;
const HEADER_MAX_WORDS = 18;
const HEADER_MAX_CHARS = 200;

/**
 * "What they are saying" lists: a line that opens with a speaker's name (and role) and a colon, then a quotation.
 * The quotation no cue claimed is the header's; a header holding a verb of saying ("Biden said:") is left to the
 * frames, which read it already.
 */
function giveQuotesToHeaders(body: string, units: Unit[], raw: Placed[]): void {
  for (let k = 0; k < raw.length; k++) {
    const a = raw[k] as Placed;
    if (!a.orphan) continue;
    const unit = units[a.unit] as Unit;
    // the header is short: look back a bounded stretch, so a 1 MB line stays linear
    const start = (a.content[0] as Span).start;
    const from = Math.max(unit.start, start - HEADER_MAX_CHARS);
    const newline = body.slice(from, start).lastIndexOf('\n');
    const lineStart = newline >= 0 ? from + newline + 1 : from === unit.start ? unit.start : -1;
    if (lineStart < 0) continue;
    const m = HEADER.exec(body.slice(lineStart, (a.content[0] as Span).start + 1));
    if (!m || lineStart + m[0].length !== (a.content[0] as Span).start) continue;
    const header = (m[1] as string).trim();
    const words = header.split(/\s+/);
    if (words.length > HEADER_MAX_WORDS || /[.!?]$/.test(header)) continue;
    if (words.some((w) => /^[a-z]/.test(w) && lookupCue(w.replace(/[^a-z]/g, ''))?.cls === 'speech')) continue;
    raw[k] = { ...a, orphan: false, frame: 'pre', header: true, source: { start: lineStart, end: lineStart + (m[1] as string).trimEnd().length } };
  }
}

const QUOTE_OPEN = /^(?:["“„«]|``|'')/;
const QUOTE_CLOSE = /(?:["”»]|''|``)$/;

function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Quotations lying inside [start, end): quotations are sorted, so a binary search finds the first. */
function quotesWithin(quotes: Quotation[], start: number, end: number): Quotation[] {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] as Quotation).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Quotation[] = [];
  for (let i = lo; i < quotes.length && (quotes[i] as Quotation).start < end; i++) if ((quotes[i] as Quotation).end <= end) out.push(quotes[i] as Quotation);
  return out;
}

function kindOf(body: string, spans: Span[], quotes: Quotation[]): QuoteKind {
  const first = spans[0] as Span;
  if (spans.length > 1) return 'mixed';
  const text = body.slice(first.start, first.end);
  const inside = quotesWithin(quotes, first.start, first.end);
  if (inside.length === 0) return 'indirect';
  if (inside.length === 1 && QUOTE_OPEN.test(text) && (QUOTE_CLOSE.test(text.replace(/[.,;:!?]+$/, '')) || !inside[0]?.closed)) {
    const q = inside[0] as Quotation;
    if (q.start === first.start && first.end - q.end <= 2) return 'direct';
  }
  const quoted = inside.reduce((n, q) => n + (q.end - q.start), 0);
  if (/^that\b/i.test(text) || quoted * 2 >= first.end - first.start) return 'mixed';
  return 'partial';
}

function sanitize(quotes: ExtractedQuote[], length: number): ExtractedQuote[] {
  const valid = (s: Span | null): boolean => s === null || (Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end);
  const out: ExtractedQuote[] = [];
  const sorted = quotes
    .map((q) => ({ ...q, spans: q.spans.filter((s) => valid(s)).sort((a, b) => a.start - b.start) }))
    .filter((q) => q.spans.length > 0)
    .sort((a, b) => (a.spans[0] as Span).start - (b.spans[0] as Span).start);
  // taken spans, kept sorted by start, for an overlap test by binary search
  const taken: Span[] = [];
  const overlaps = (s: Span): boolean => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((taken[mid] as Span).start < s.end) lo = mid + 1;
      else hi = mid;
    }
    // taken[lo - 1] is the last span starting before s ends; spans are disjoint, so only it can reach into s
    const before = taken[lo - 1];
    return before !== undefined && before.end > s.start;
  };
  const insert = (s: Span): void => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((taken[mid] as Span).start < s.start) lo = mid + 1;
      else hi = mid;
    }
    taken.splice(lo, 0, s);
  };
  for (const q of sorted) {
    let ok = true;
    for (let i = 1; i < q.spans.length; i++) if ((q.spans[i] as Span).start < (q.spans[i - 1] as Span).end) ok = false;
    if (!ok) continue;
    if (q.spans.some((s) => overlaps(s))) continue;
    if (!valid(q.cue)) q.cue = null;
    if (q.speaker) {
      if (!valid(q.speaker.mention)) q.speaker.mention = null;
      if (!valid(q.speaker.antecedent)) q.speaker.antecedent = null;
    }
    for (const s of q.spans) insert(s);
    out.push(q);
  }
  return out;
}

function speakerOf(entity: Entity, mention: Span | null, antecedent: Span | null, how: string | undefined): AttributedSpeaker {
  const speaker: AttributedSpeaker = { name: entity.name, kind: entity.kind, role: entity.role, mention, antecedent };
  if (entity.members) speaker.members = entity.members.map((m) => m.name);
  if (how) speaker.how = how;
  return speaker;
}

function extract(body: string, options: ExtractOptions): ExtractedQuote[] {
  if (!body) return [];
  const quotes = findQuotations(body);
  const units = buildUnits(body, quotes);
  const raw: Placed[] = [];
  units.forEach((unit, i) => {
    const prev = units[i - 1];
    const last = prev?.toks[prev.toks.length - 1];
    const afterQuote = last !== undefined && (last.kind === 'q' || (last.kind === 'p' && prev!.toks[prev!.toks.length - 2]?.kind === 'q'));
    for (const a of analyzeUnit(unit, afterQuote)) raw.push({ ...a, unit: i });
  });

  giveQuotesToHeaders(body, units, raw);

  // attach orphan quotations to the attribution just before them (a quote that goes on after "he said")
  // "Trump said." on its own line: it attributes the cue-less quotation just above
  for (let i = 1; i < raw.length; i++) {
    const a = raw[i] as Placed;
    const prev = raw[i - 1] as Placed;
    if (a.frame === 'dangling' && prev.orphan && prev.unit === a.unit - 1) {
      raw[i - 1] = { ...prev, orphan: false, frame: 'post', cue: a.cue, source: a.source, issuer: a.issuer };
    }
  }
  const merged: Placed[] = [];
  for (const a of raw) {
    if (a.frame === 'dangling') continue;
    if (a.orphan) {
      const prev = merged[merged.length - 1];
      const span = a.content[0] as Span;
      const prevQuoted = prev !== undefined && prev.content.some((s) => quotesWithin(quotes, s.start, s.end).length > 0);
      // under a header ("Name, role: “…”") each quotation is a quote of its own, by the same speaker
      if (prev && !prev.orphan && !prev.header && prev.unit >= a.unit - 1 && prevQuoted && QUOTE_OPEN.test(body.slice(span.start, span.start + 2))) {
        prev.content.push(span);
        prev.unit = a.unit;
        continue;
      }
      if (prev && prev.orphan && prev.unit >= a.unit - 1) {
        prev.content.push(span);
        prev.unit = a.unit;
        continue;
      }
      if (wordCount(body.slice(span.start, span.end)) < MIN_ORPHAN_WORDS) continue;
    }
    merged.push(a);
  }

  const title = parseTitle(options.title);
  const resolver = new Resolver(body, buildNameIndex(body), title, { date: options.date, publisher: publisherOf(options.url) });
  const out: ExtractedQuote[] = [];
  let previous: Entity | null = null;
  let previousUnit = -Infinity;
  for (const a of merged) {
    let entity: Entity | null = null;
    let antecedent: Span | null = null;
    let how: string | undefined;
    let mention: Span | null = a.source;
    if (a.orphan) {
      // a quotation with no cue continues the speaker just before it; far from any attribution, it is no one's
      mention = null;
      entity = a.unit - previousUnit <= ORPHAN_REACH_UNITS ? previous : null;
    } else if (a.inherit && a.source === null) {
      entity = previous;
    } else {
      const r = resolver.resolve(a.refersTo ?? a.source, a.issuer);
      entity = r.entity;
      antecedent = a.refersTo ?? r.antecedent;
      how = r.how;
    }
    if (a.inherit && a.source && out.length > 0) {
      // carried-over source ("..., Mr. Biden added, noting that ..."): the same mention names the speaker
      antecedent = null;
    }
    if (entity && !a.orphan) previousUnit = a.unit;
    previous = entity ?? previous;
    // A belief or intention ("thinks", "hopes") is no quote unless it quotes words; "found" and "showed" are, for
    // a study or a team.
    const quoted = a.content.some((sp) => quotesWithin(quotes, sp.start, sp.end).length > 0);
    const findings = a.cue !== null && /^(found|finds|find|showed|shows|shown)$/i.test(body.slice(a.cue.start, a.cue.end).split(/\s+/).pop() ?? '');
    const byStudy = (entity !== null && FINDINGS_BY.has(entity.kind)) || (a.source !== null && STUDY_MENTION.test(body.slice(a.source.start, a.source.end)));
    if (a.cls === 'belief' && !quoted && !(findings && byStudy)) continue;
    if (a.cue && DOCUMENT_ONLY.test(body.slice(a.cue.start, a.cue.end).split(/\s+/).pop() ?? '') && entity?.kind !== 'document') continue;
    out.push({
      spans: a.content,
      kind: a.orphan ? 'direct' : kindOf(body, a.content, quotes),
      cue: a.cue,
      speaker: entity ? speakerOf(entity, mention, antecedent && mention && antecedent.start === mention.start ? null : antecedent, how) : null,
      ...(!entity && mention ? { unresolved: mention } : {}),
    });
  }

  // a first-person document named in its title (a statement, remarks): the body is the author's own words
  const author = resolver.author;
  if (author) {
    const spans = out.flatMap((q) => q.spans).sort((a, b) => a.start - b.start);
    let si = 0;
    const covered = (s: number, e: number): boolean => {
      // lines come in order, so a moving pointer suffices
      while (si < spans.length && (spans[si] as Span).end <= s) si++;
      for (let k = si; k < spans.length && (spans[k] as Span).start < e; k++) if ((spans[k] as Span).end > s) return true;
      return false;
    };
    let pos = 0;
    while (pos < body.length) {
      let end = body.indexOf('\n', pos);
      if (end < 0) end = body.length;
      const line = body.slice(pos, end);
      const trimmedStart = pos + (line.length - line.trimStart().length);
      const trimmedEnd = pos + line.trimEnd().length;
      if (trimmedEnd > trimmedStart && !covered(trimmedStart, trimmedEnd) && wordCount(line) >= 4 && /[.!?"”]$/.test(line.trimEnd())) {
        out.push({ spans: [{ start: trimmedStart, end: trimmedEnd }], kind: 'direct', cue: null, speaker: speakerOf(author, null, null, undefined) });
      }
      pos = end + 1;
    }
  }
  const remarks = remarksAfterHeading(body, resolver);
  if (remarks) out.push(remarks);
  return sanitize(out, body.length);
}

/** "Full Remarks by First Lady Jane Roe, As Prepared for Delivery:": a heading after which the body is the speech. */
const REMARKS_HEADING = /^(?:(?:full|complete)\s+)?(?:remarks|text|transcript|statement|speech)\b[^\n:]*?\b(?:by|of|from)\s+([^\n:,]+?)(?:,[^\n:]*)?:\s*$/i;

/**
 * The text after a heading that introduces someone's remarks is their words, whole: one quote, by the person the
 * heading names. It wins over the quotations found inside it (their own quotations are part of the speech).
 */
function remarksAfterHeading(body: string, resolver: Resolver): ExtractedQuote | null {
  let at = 0;
  while (at < body.length) {
    let end = body.indexOf('\n', at);
    if (end < 0) end = body.length;
    if (end - at < 200) {
      const m = REMARKS_HEADING.exec(body.slice(at, end));
      if (m && end < body.length) {
        const nameAt = at + (m.index ?? 0) + (m[0]).indexOf(m[1] as string);
        const mention = { start: nameAt, end: nameAt + (m[1] as string).length };
        const r = resolver.resolve(mention, false);
        const start = end + 1;
        const stop = body.trimEnd().length;
        if (!r.entity || stop - start < 40) return null;
        return { spans: [{ start, end: stop }], kind: 'direct', cue: null, speaker: speakerOf(r.entity, mention, null, r.how) };
      }
    }
    at = end + 1;
  }
  return null;
}

/**
 * Find the quotations and reported speech in an article body and attribute each to a speaker.
 * Quotes come sorted by their first span; spans are within the body, non-empty, ordered and non-overlapping.
 * A bug in the rules throws rather than hide as "no quotes": the pipeline reports it with the file's name.
 */
export function extractQuotes(body: string, options: ExtractOptions = {}): ExtractedQuote[] {
  if (typeof body !== 'string' || body.length === 0) return [];
  return extract(body, options);
}
