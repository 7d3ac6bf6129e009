/**
 * Title-based attribution. White House statements name their speaker only in the title
 * ("Statement from Press Secretary Jen Psaki on ...", "Statement by President Joe Biden on ..."); readouts name
 * the people they report on ("Readout of President Joe Biden's Call with ...").
 */
import { splitNameRole } from './names.ts';

export interface TitleSpeaker {
  name: string;
  role: string | null;
  kind: 'person' | 'organisation';
}

export interface TitleInfo {
  /** The author of a first-person document (statement, remarks, message, op-ed), if the title names one. */
  author: TitleSpeaker | null;
  /** People the title names with a title word ("President Joe Biden"), for resolving "the President". */
  people: TitleSpeaker[];
  /** A readout is issued by the White House (or the office the title names). */
  readout: boolean;
  /** A document a head of state issues without naming them: a proclamation, a presidential message, an order. */
  presidential: boolean;
}

const PRESIDENTIAL = /^(?:a\s+)?(?:proclamation|presidential\s+(?:message|memorandum|proclamation|statement)|message\s+to\s+the\s+(?:congress|senate|house)|executive\s+order|memorandum\s+(?:on|for))\b/i;

const AUTHORED = /^(?:joint\s+)?(?:statement|statements|remarks|message|letter|op-ed|proclamation|memorandum|video message|press statement|readout)\s+(?:from|by)\s+(.+)$/i;
const TOPIC_BREAK = /\s+(?:on|regarding|about|in|at|to|for|after|following|marking|commemorating|celebrating|honoring|announcing|as|upon|with|before)\s+|:|\s+[–—-]\s+/i;
const PERSON_IN_TITLE = /((?:(?:U\.S\.|Vice|Prime|Press|National|Security|Deputy|First|Second|Foreign|Secretary|President|Minister|Advisor|Adviser|Lady|Gentleman|Chancellor|General|Director|Ambassador|Governor|Senator|King|Queen|Crown|Prince|Premier|Chief|of|Staff|State|Defense|Homeland|the|Treasury|Commerce)\s+)+)([A-Z][\p{L}’'.-]*(?:\s+(?:[A-Z][\p{L}’'.-]*|(?:de|van|von|bin|al|da|del|la|le)(?=\s))){0,4})/gu;

function cleanName(raw: string): string {
  return raw
    .replace(/,\s*(Jr\.?|Sr\.?)/g, ' $1')
    .replace(/[’']s$/, '')
    .replace(/[,.;:\s]+$/, (m) => (m.includes('.') && /\b(Jr|Sr)$/.test(raw.replace(/[,;:\s]+$/, '').replace(/\.$/, '')) ? '.' : ''))
    .trim();
}

function asSpeaker(phrase: string): TitleSpeaker | null {
  const text = cleanName(phrase.trim());
  if (!text) return null;
  if (/^the\s+(white house|press secretary|president|vice president)$/i.test(text)) {
    const lower = text.toLowerCase();
    if (lower.includes('white house')) return { name: 'the White House', role: null, kind: 'organisation' };
    return { name: text.replace(/^The/, 'the'), role: text.replace(/^the\s+/i, ''), kind: 'person' };
  }
  if (/white house/i.test(text) && !/secretary|advisor|adviser|director|counsel/i.test(text)) return { name: 'the White House', role: null, kind: 'organisation' };
  const words = text.split(/\s+/);
  const { name, role } = splitNameRole(words);
  if (!name) return null;
  return { name: cleanName(name), role, kind: 'person' };
}

/** "Biden Visits Israel Following Hamas" → "Biden": a headline verb after a name ends it. */
function beforeHeadlineVerb(name: string): string {
  const words = name.split(/\s+/);
  const cut = words.findIndex((w, i) => (i >= 2 || (i > 0 && i < words.length - 1)) && /^[A-Z][a-z]{2,}(?:es|s)$/.test(w) && !/ss$/.test(w));
  return cut > 0 ? words.slice(0, cut).join(' ') : name;
}

export function parseTitle(title: string | undefined): TitleInfo {
  const info: TitleInfo = { author: null, people: [], readout: false, presidential: false };
  if (!title) return info;
  const t = title.replace(/\s+/g, ' ').trim().slice(0, 400);
  info.readout = /^readout\b/i.test(t);
  info.presidential = PRESIDENTIAL.test(t);
  const authored = AUTHORED.exec(t);
  if (authored && !/^readout\b/i.test(t)) {
    const rest = authored[1] ?? '';
    const phrase = rest.split(TOPIC_BREAK)[0] ?? rest;
    // "President Joseph R. Biden, Jr." keeps its suffix; "the Press Secretary and ..." keeps the first speaker
    const first = phrase.split(/\s+and\s+/i)[0] ?? phrase;
    info.author = asSpeaker(first);
  }
  PERSON_IN_TITLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = PERSON_IN_TITLE.exec(t)) !== null && guard++ < 20) {
    const role = (m[1] ?? '').trim().replace(/\s+(of|the)$/i, '').replace(/^((of|the)\s+)+/i, '');
    const name = cleanName(beforeHeadlineVerb((m[2] ?? '').replace(/\s+(?:of|the|and|on|in)\b.*$/, '').replace(/['’]s\b.*$/, '')));
    if (name && role && !/^(the|of)$/i.test(role)) info.people.push({ name, role: role.replace(/^the\s+/i, ''), kind: 'person' });
  }
  if (info.author && info.author.kind === 'person' && !info.people.some((p) => p.name === info.author?.name)) info.people.unshift(info.author);
  return info;
}
