/**
 * Reading a speaker's name as the extractor gives it: what is the person's name, what is a role or title
 * around it, and what is not a name at all. Pure string work; no knowledge of the corpus.
 */
import type { SpeakerKind } from '../model.ts';

import { fold, isCommonNoun, isGivenName, isHeadlineVerb, isListedGivenName, isOccupation, isPlace, leadingPlace, plainWord } from './lexicon.ts';

export type NameReading =
  | {
      type: 'person';
      /** Given name, nickname-folded ("joe" → "joseph"); null when only a surname is known. */
      given: string | null;
      /** Initials of middle names ("r" for "Joseph R. Biden"), in order. */
      middles: string;
      /** Lower-cased surname, accents folded. */
      surname: string;
      suffix: string | null;
      /** The cleaned name as it should be shown: "Joseph R. Biden Jr.". */
      display: string;
      /** A role found in the name itself ("President" from "President Biden"). */
      role: string | null;
    }
  | { type: 'role'; role: string }
  | { type: 'organisation'; key: string; display: string }
  /**
   * A document that speaks for itself ("the Overstay Report", "the order") or a group no one is named in ("G7
   * leaders", "participants"); `generic` when it names nothing in particular, so it is one per article.
   */
  | { type: 'collective'; kind: 'document' | 'group' | 'organisation'; key: string; display: string; generic: boolean }
  | { type: 'anonymous' }
  /** No speaker at all: a lone "Jr.", a heading's common nouns ("Offering", "Tomorrow"). The quote is unattributed. */
  | { type: 'none' };

export const SUFFIXES: Record<string, string> = { jr: 'Jr.', sr: 'Sr.', ii: 'II', iii: 'III', iv: 'IV' };

/** Common English given-name variants, so "Joe Biden" and "Joseph R. Biden, Jr." can be one person. */
export const NICKNAMES: Record<string, string> = {
  joe: 'joseph', bill: 'william', will: 'william', bob: 'robert', rob: 'robert', jim: 'james', jimmy: 'james',
  mike: 'michael', dick: 'richard', rick: 'richard', tom: 'thomas', tony: 'anthony', chuck: 'charles',
  charlie: 'charles', dan: 'daniel', dave: 'david', steve: 'steven', stephen: 'steven', ted: 'edward', ed: 'edward',
  kate: 'katherine', kathy: 'katherine', liz: 'elizabeth', beth: 'elizabeth', ben: 'benjamin', sam: 'samuel',
  matt: 'matthew', nick: 'nicholas', alex: 'alexander', andy: 'andrew', greg: 'gregory', jeff: 'jeffrey',
  pete: 'peter', ron: 'ronald', don: 'donald', jon: 'jonathan', jen: 'jennifer', jenny: 'jennifer',
};

/** Words that make a title, not a name: "President", "Secretary of State", "Senator". Lower case. */
export const ROLE_WORDS = new Set([
  'president', 'vice', 'first', 'lady', 'gentleman', 'press', 'secretary', 'prime', 'minister', 'senator', 'sen',
  'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'chancellor', 'king',
  'queen', 'prince', 'princess', 'pope', 'ambassador', 'director', 'administrator', 'chairman', 'chairwoman',
  'chair', 'speaker', 'leader', 'advisor', 'adviser', 'attorney', 'general', 'chief', 'deputy', 'assistant',
  'commissioner', 'spokesperson', 'spokesman', 'spokeswoman', 'captain', 'coach', 'judge', 'justice', 'sheriff',
  'commander', 'officer', 'potus', 'flotus', 'emir', 'sultan', 'premier', 'honorable', 'former', 'acting',
  'senior', 'national', 'security', 'state', 'treasury', 'defense', 'of', 'the', 'u.s.', 'us', 'russian',
  'french', 'german', 'chinese', 'turkish', 'british', 'american', 'ukrainian', 'israeli', 'japanese', 'indian',
  'foreign', 'affairs', 'homeland', 'economic', 'council', 'counselor', 'counsel', 'envoy', 'special', 'dr', 'mr', 'mrs',
  'ms', 'rev', 'reverend', 'sir', 'dame', 'lord', 'general', 'gen', 'col', 'lt', 'sgt', 'admiral', 'adm', 'crown',
]);
/** The words in ROLE_WORDS that make a role on their own; the others only qualify one. */
export const ROLE_HEADS = new Set([
  'president', 'lady', 'gentleman', 'secretary', 'minister', 'senator', 'sen', 'rep', 'representative', 'congressman',
  'congresswoman', 'governor', 'gov', 'mayor', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope',
  'ambassador', 'director', 'administrator', 'chairman', 'chairwoman', 'chair', 'speaker', 'leader', 'advisor',
  'adviser', 'general', 'chief', 'commissioner', 'spokesperson', 'spokesman', 'spokeswoman', 'captain', 'coach',
  'judge', 'justice', 'sheriff', 'commander', 'officer', 'potus', 'flotus', 'emir', 'sultan', 'premier', 'counselor',
  'envoy', 'admiral', 'counsel',
]);
export const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'rev', 'reverend', 'sir', 'dame', 'lord', 'honorable', 'the']);

/** Words that start a sentence or clause and were swept into a name: "Although Biden", "At Biden". */
export const LEADING_JUNK = new Set([
  'at', 'although', 'though', 'a', 'an', 'and', 'but', 'when', 'while', 'as', 'after', 'before', 'if', 'then',
  'also', 'both', 'so', 'since', 'because', 'in', 'on', 'with', 'by', 'for', 'from', 'to', 'yesterday', 'today',
  'meanwhile', 'however', 'later', 'earlier', 'tonight',
]);

/** Headline verbs that follow a name in a title: "President Donald J. Trump Announces …". */
const HEADLINE_VERBS = new Set([
  'announces', 'signs', 'declares', 'directs', 'calls', 'launches', 'unveils', 'sets', 'gives', 'appoints', 'intends',
  'reestablishes', 'celebrates', 'creates', 'empowers', 'encourages', 'ends', 'ensures', 'establishes', 'imposes',
  'protects', 'provides', 'reinstates', 'removes', 'requires', 'rescinds', 'restores', 'saves', 'strengthens',
  'stops', 'takes', 'leads', 'addresses', 'rejects', 'delivers', 'hosts', 'meets', 'issues', 'honors', 'travels',
  'visits', 'confirms', 'elects', 'welcomes', 'speaks', 'urges', 'releases', 'applauds', 'highlights', 'marks', 'names', 'nominates',
  'approves', 'orders', 'secures', 'delivers', 'champions', 'expands', 'advances', 'builds', 'lowers', 'cuts',
  'holds', 'joins', 'invests', 'continues', 'commemorates', 'tours', 'receives', 'says', 'said', 'call', 'meeting',
  'meetings', 'calls', 'remarks', 'statement', 'event', 'conversations', 'conversation', 'administration',
  'campaign', 'nominations', 'department', 'budget', 'plan', 'virtual', 'video', 'trip', 'visit',
]);

/** Words that show the "name" is a group of people, not one speaker. */
const GROUP_WORDS = new Set([
  'participants', 'participant', 'officials', 'official', 'leaders', 'reports', 'report', 'studies', 'study',
  'members', 'member', 'experts', 'critics', 'presidents', 'residents', 'people', 'staff', 'team', 'order',
  'students', 'workers', 'families', 'americans', 'we', 'they', 'i', 'you', 'he', 'she', 'it', 'us', 'them',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'democrats', 'republicans',
  'advisers', 'advisors', 'agencies', 'founders', 'panelists', 'governors', 'senators', 'lawmakers', 'scientists',
  'researchers', 'fathers', 'analysts', 'economists', 'doctors', 'authorities', 'investigators', 'prosecutors', 'witnesses',
]);

/** Words that show the "name" belongs to an organisation or a place. */
export const ORG_WORDS = new Set([
  'united', 'states', 'kingdom', 'nations', 'union', 'republic', 'administration', 'department', 'house', 'council',
  'committee', 'government', 'ministry', 'agency', 'office', 'party', 'news', 'times', 'post', 'democratic',
  'republican', 'congress', 'senate', 'court', 'bureau', 'commission', 'association', 'institute', 'university',
  'company', 'corporation', 'inc', 'group', 'foundation', 'center', 'centre', 'service', 'police', 'army', 'navy',
  'kremlin', 'russia', 'china', 'iran', 'ukraine', 'israel', 'malawi', 'egypt', 'india', 'japan', 'france',
  'germany', 'mexico', 'canada', 'korea', 'europe', 'european', 'college', 'school', 'district', 'corps', 'brigade',
  'herald', 'journal', 'tribune', 'gazette', 'telegraph', 'archive', 'pharmaceuticals', 'network', 'media', 'radio',
  'television', 'club', 'fund', 'bank', 'trust', 'society', 'league', 'board', 'authority', 'coalition', 'alliance',
  'wikinews', 'guard', 'patrol', 'agence', 'partners', 'holdings', 'capital', 'ventures', 'industries', 'systems',
  'solutions', 'technologies', 'labs', 'enterprises', 'associates', 'motors', 'airlines', 'airways', 'pharma', 'presse', 'organization', 'organisation', 'agency', 'institution', 'laboratory', 'hospital', 'clinic',
]);

/** Organisation references that name no one in particular: "the government", "the report", "police". */
const GENERIC_ORGS = new Set([
  'it', 'report', 'study', 'statement', 'agency', 'department', 'government', 'administration', 'company', 'police',
  'authorities', 'council', 'research', 'university', 'website', 'press', 'proclamation', 'ministry', 'committee',
  'army', 'military', 'court', 'office', 'team', 'research team', 'campaign', 'organization', 'organisation',
  'group', 'officials', 'prosecutors', 'the press',
]);

export const PARTICLES = new Set(['de', 'van', 'von', 'da', 'del', 'della', 'la', 'le', 'di', 'du', 'bin', 'al', 'el', 'ben', 'der', 'den', 'dos', 'das']);

export { fold };

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A role as it should be kept: "of President" → "President", "Turkish president" → "Turkish President";
 * null when the text is not a title at all ("The", "Blankenship and", "Mr.").
 */
export function cleanRole(role: string | null | undefined): string | null {
  if (!role) return null;
  let words = role.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().split(' ');
  const lower = () => words.map(plainWord);
  while (words.length && ['of', 'the', 'and', 'a', 'an', 'sent'].includes(lower()[0] ?? '')) words = words.slice(1);
  while (words.length && ['of', 'the', 'and', 'a', 'an'].includes(lower()[words.length - 1] ?? '')) words = words.slice(0, -1);
  if (words.length === 0) return null;
  let lw = lower();
  if (lw.every((w) => HONORIFICS.has(w.replace(/\.$/, '')))) return null;
  if (!lw.some((w) => ROLE_HEADS.has(w) || isRoleCompound(w))) return null;
  // Keep the title itself: from the first title word (or nationality, "U.S.") to the last head and its "of …".
  const start = lw.findIndex((w, i) => (ROLE_WORDS.has(w) && !['of', 'the'].includes(w)) || /^[A-Z][a-z]+(an|ese|ish|ian)$/.test(words[i] ?? '') || /^U\.?S\.?$|^UN$|^U\.N\.$/.test(words[i] ?? ''));
  words = words.slice(Math.max(0, start));
  lw = lower();
  let head = -1;
  lw.forEach((w, i) => {
    if ((ROLE_HEADS.has(w) || isRoleCompound(w)) && lw.slice(0, i).every((x) => !/'s$/.test(x))) head = i;
  });
  if (head < 0) return null;
  let end = head + 1;
  if (lw[end] === 'of') {
    let k = end + 1;
    while (k < words.length && (/^[A-Z]/.test(words[k] ?? '') || ['the', 'and', 'for'].includes(lw[k] ?? '')) && !/'s?$/.test(words[k] ?? '') && !HONORIFICS.has((lw[k] ?? '').replace(/\.$/, ''))) k++;
    if (k > end + 1) end = k;
  }
  words = words.slice(0, end);
  while (words.length && ['of', 'the', 'and', 'for'].includes(plainWord(words[words.length - 1] ?? ''))) words = words.slice(0, -1);
  if (words.length === 0 || words.length > 8) return null;
  const out = words
    .map((w, i) => {
      const l = plainWord(w);
      if (i > 0 && ['of', 'the', 'and', 'for'].includes(l)) return l;
      if (l === 'potus') return 'President';
      return /^[a-z]/.test(w) ? capitalise(w) : w;
    })
    .join(' ');
  return out;
}

/** "President Biden" → "President"; "POTUS" → "President". */
function roleFromWords(words: string[]): string | null {
  if (words.some((w) => plainWord(w) === 'potus')) return 'President';
  return cleanRole(words.join(' '));
}

function looksGeneric(words: string[]): boolean {
  const content = words.filter((w) => !['the', 'my', 'his', 'her', 'its', 'their', 'our', 'this', 'that'].includes(plainWord(w)));
  if (content.length === 0) return true;
  if (content.every((w) => /^[a-z]/.test(w))) return true;
  return GENERIC_ORGS.has(content.map(plainWord).join(' '));
}

/** A key that makes "the White House" and "White House", "the U.S. State Department" and "the Department of State" one. */
export function organisationKey(name: string): string {
  let words = fold(name)
    .replace(/[’‘]/g, "'")
    .replace(/\bu\.\s?s\.?(?=\s|$)/g, 'us')
    .replace(/[^a-z0-9\s&'-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words[0] === 'the' || words[0] === 'newspaper' || words[0] === 'magazine') words = words.slice(1);
  // "Time magazine" is Time; "United States Geological Survey" is the "U.S. Geological Survey".
  while (words.length > 1 && (words[words.length - 1] === 'magazine' || words[words.length - 1] === 'newspaper')) words = words.slice(0, -1);
  if (words[0] === 'united' && words[1] === 'states' && words.length > 2) words = ['us', ...words.slice(2)];
  const govBody = words.some((w) => ['department', 'secretary', 'agency', 'administration', 'government', 'embassy', 'army', 'navy', 'congress', 'senate'].includes(w));
  if (govBody && words[0] === 'us') words = words.slice(1);
  if (govBody && words[0] === 'united' && words[1] === 'states') words = words.slice(2);
  words = words.filter((w) => w !== 'the');
  // "State Department" → "department of state"
  const dept = words.indexOf('department');
  if (dept > 0 && dept === words.length - 1) words = ['department', 'of', ...words.slice(0, dept)];
  return words.join(' ');
}

export function displayOrganisation(name: string): string {
  const trimmed = name
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|newspaper|magazine)\s+/i, '')
    .replace(/\s+(magazine|newspaper)$/, '');
  return capitalise(trimmed);
}

/** Institutions an article may call by their kind alone: "the army said", "police said". */
const INSTITUTIONS = new Set([
  'army', 'navy', 'police', 'city', 'government', 'court', 'company', 'ministry', 'department', 'agency', 'council',
  'committee', 'commission', 'board', 'bureau', 'authority', 'military', 'university', 'campaign', 'prosecutors',
  'administration', 'office', 'firm', 'airline', 'hospital', 'school', 'county', 'state', 'club', 'team',
]);

/** Words that name a kind of document or group, not one in particular: "the Executive Order", "Participants". */
const GENERIC_COLLECTIVE = new Set([
  'order', 'orders', 'executive', 'presidential', 'report', 'reports', 'study', 'studies', 'survey', 'memorandum',
  'advisory', 'guidance', 'assessment', 'analysis', 'paper', 'budget', 'strategy', 'plan', 'framework', 'bill', 'law',
  'act', 'rule', 'regulation', 'proclamation', 'directive', 'research', 'new', 'full', 'final', 'annual', 'latest',
  'joint', 'participants', 'leaders', 'experts', 'members', 'officials', 'panelists', 'researchers', 'scientists',
  'attendees', 'roundtable', 'industry', 'state', 'local', 'government', 'authorities', 'agencies', 'advocates',
]);

/** Read a name the extractor attributed a quote to. */
export function readName(name: string, kind: SpeakerKind): NameReading {
  if (kind === 'anonymous') return { type: 'anonymous' };
  if (kind === 'document' || kind === 'group') {
    const text = name.normalize('NFC').replace(/\s+/g, ' ').trim();
    const words = text.replace(/^(the|a|an|this|that|its|their)\s+/i, '').split(' ');
    const generic = words.every((w) => !/^[\p{Lu}\d]/u.test(w) || GENERIC_COLLECTIVE.has(w.toLowerCase()));
    return { type: 'collective', kind, key: organisationKey(text), display: displayOrganisation(text), generic };
  }
  const text = name.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  if (kind === 'organisation') {
    let words = text.split(' ');
    // "Yesterday the Search and Rescue Agency", "Friday Ford Motor Company": a clause's first word is no part of it.
    while (words.length > 2 && (LEADING_JUNK.has(plainWord(words[0] ?? '')) || WEEKDAYS.has(plainWord(words[0] ?? '')))) words = words.slice(1);
    // "A statement released by the Supreme Court", "the report issued by the Harbour Authority": its issuer.
    const issuer = /^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:statement|report|readout|release|letter|study|memo|notice|advisory)\s+(?:(?:released|issued|published|sent|put out)\s+)?(?:by|from)\s+(.+)$/i.exec(words.join(' '));
    if (issuer?.[1] && /^(?:the\s+)?[A-Z]/.test(issuer[1])) {
      const asPerson = readPerson(issuer[1]);
      return asPerson.type === 'person' && asPerson.given && isGivenName(asPerson.display.split(' ')[0] ?? '') ? asPerson : readName(issuer[1], 'organisation');
    }
    // "Australia's Griffith University": the place the writer put before an organisation is no part of its name.
    const place = leadingPlace(words);
    if (place > 0 && place < words.length - 1 && /'s$/.test(words[place - 1] ?? '')) words = words.slice(place);
    // "Mira Castell of the Harbour Authority", "Dan Ortiz of The Ledger": a person with an affiliation.
    const of = words.findIndex((w, i) => i >= 2 && w === 'of');
    if (of >= 2 && of <= 4 && isGivenName(words[0] ?? '') && words.slice(1, of).every((w) => /^[A-Z\u00C0-\u024F]/.test(w)) && !organisationLike(words.slice(0, of))) {
      return readPerson(words.slice(0, of).join(' '));
    }
    // "United Nations Linda Okonjo", "White House Counsel Delery": an organisation (and a title) before a name.
    const asPerson = personAfterOrganisation(words);
    if (asPerson) return asPerson;
    const trimmed = words.join(' ');
    // "the army", "police", "the city": an institution the article does not name is still an institution, of that
    // article; not an unnamed source
    const head = plainWord(words[words.length - 1] ?? '');
    if (looksGeneric(words) && INSTITUTIONS.has(head) && words.length <= 3) {
      return { type: 'collective', kind: 'organisation', key: organisationKey(trimmed), display: displayOrganisation(trimmed), generic: true };
    }
    if (looksGeneric(words)) return { type: 'anonymous' };
    if (GROUP_WORDS.has(head)) return { type: 'anonymous' };
    return { type: 'organisation', key: organisationKey(trimmed), display: displayOrganisation(trimmed) };
  }
  return readPerson(text);
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * An organisation's name, perhaps a title, then a person's: "United Nations Linda Okonjo" (a given name after
 * organisation words), "White House Counsel Delery" (a title head, then one to three name words). Null otherwise.
 */
function personAfterOrganisation(words: string[]): NameReading | null {
  if (words.length < 3) return null;
  let head = -1;
  words.forEach((w, i) => {
    if (i > 0 && (ROLE_HEADS.has(plainWord(w)) || isRoleCompound(plainWord(w)))) head = i;
  });
  const given = words.findIndex((w, i) => i > 0 && isGivenName(w) && /^[A-Z]/.test(w));
  const start = head > 0 ? head + 1 : given > 0 && organisationLike(words.slice(0, given)) ? given : -1;
  if (start < 1) return null;
  const name = words.slice(start);
  if (name.length < 1 || name.length > 3 || !name.every((w) => /^[A-Z\u00C0-\u024F]/.test(w)) || organisationLike(name)) return null;
  if (head < 0 && name.length < 2) return null;
  let from = start;
  if (head > 0) {
    from = head;
    while (from > 0 && ROLE_WORDS.has(plainWord(words[from - 1] ?? ''))) from--;
  }
  const reading = readPerson(words.slice(from).join(' '));
  return reading.type === 'person' ? reading : null;
}

/** "director-general", "vice-chair": a hyphenated title. */
function isRoleCompound(w: string): boolean {
  return w.includes('-') && w.split('-').some((p) => ROLE_HEADS.has(p));
}

/** Titles that stand before a name alone ("Rabbi Cooper", "Agent Barnett"), not only before a full name. */
const OCCUPATION_ONLY = /^(rabbi|imam|pastor|agent|detective|constable|prosecutor|excellency|assemblyman|assemblywoman|councilman|councilwoman|councillor|councilor|alderman|professor|prof|doctor|trooper|lieutenant|sergeant|corporal|colonel|inspector|superintendent|archbishop|cardinal|monsignor|deacon|nsa|co-[a-z]+|ex-[a-z]+)$/;

/** The last words of a common-noun "name" that make it a document or an office, not nothing: "the Budget". */
const DOCUMENT_WORDS = new Set([
  'budget', 'proclamation', 'report', 'opinion', 'advisory', 'order', 'plan', 'partnership', 'agreement', 'act',
  'law', 'declaration', 'statement', 'study', 'survey', 'analysis', 'memo', 'memorandum', 'letter', 'treaty',
  'accord', 'framework', 'initiative', 'strategy', 'estimates', 'data', 'guidance', 'rule', 'forecast', 'outlook',
  'review', 'summary', 'readout', 'release', 'notice', 'alert', 'warning', 'resolution', 'prevention', 'services',
  'security', 'research', 'protection', 'management',
]);

/** Words that make an organisation's name rather than a person's: "Highway Patrol", "Coast Guard". */
function organisationLike(words: string[]): boolean {
  return words.some((w) => ORG_WORDS.has(plainWord(w).replace(/\.$/, ''))) || allCommon(words);
}

/**
 * Heading words, then two or three words that make a name: "International Economics Daleep Singh" (a
 * given name the list does not know), not "Mission Driven Finance".
 */
function headingBeforeName(words: string[]): boolean {
  let run = 0;
  while (run < words.length && (isCommonNoun(words[run] ?? '') || ['and', 'of', 'for'].includes(plainWord(words[run] ?? '')))) run++;
  const rest = words.slice(run);
  return (
    run >= 1 &&
    rest.length >= 2 &&
    rest.length <= 3 &&
    rest.every((w) => /^[A-Z\u00C0-\u024F](?:[a-z\u00C0-\u024F]|\.$)/.test(w) && !isCommonNoun(w) && !ORG_WORDS.has(plainWord(w))) &&
    /[a-z\u00C0-\u024F]{2,}$/.test(rest[rest.length - 1] ?? '') &&
    leadingPlace(rest) === 0
  );
}

/** Every word is a common noun or a joining word: "Gun Violence Prevention", "Natural Law", "Budget". */
function allCommon(words: string[]): boolean {
  const lw = words.map((w) => plainWord(w).replace(/\.$/, ''));
  return lw.some((w) => w !== 'and' && w !== 'the') && lw.every((w, i) => ['and', 'the', 'of', 'for', '&'].includes(w) || isCommonNoun(words[i] ?? ''));
}

/**
 * Whether a person's name starts at words[0]: it is a given name ("Bernie", "Bill de Blasio"), or the words after
 * it cannot be a name without it (fewer than two capitalised words follow).
 */
function startsName(words: string[]): boolean {
  const [first = '', second = ''] = words;
  if (words.length < 2) return true;
  // "Cyber and Emerging Technology …": a joining word after it, so a heading, not a name.
  if (['and', 'of', 'for', 'the', '&', 'on', 'to'].includes(second)) return false;
  if (isGivenName(first) && !isGivenName(second)) return true;
  if (isListedGivenName(first) && !isGivenName(second) && !/^[A-Z]{2,}\.?$/.test(first) && !isCommonNoun(first) && leadingPlace(words) === 0) return true;
  // "Bill Nelson": a listed given name that is also a common word starts the name when only a surname follows.
  if (isListedGivenName(first) && words.length === 2) return true;
  return !/^[A-Z\u00C0-\u024F]/.test(second);
}

function readPerson(text: string): NameReading {
  // "SenatorBaldwin" → "Senator Baldwin"
  let s = text.replace(/^(Senator|President|Secretary|Governor|Mayor|Representative)(?=[A-Z])/, '$1 ');
  // A possessive ends the name: "Biden's Meeting" → "Biden".
  s = s.replace(/'s(\s.*)?$/, '').replace(/(?<=s)'(\s.*)?$/, '');
  s = s.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  let words = s.split(' ').filter(Boolean);
  if (words.length === 0) return { type: 'anonymous' };
  const lower = words.map(plainWord);
  if (lower.some((w) => GROUP_WORDS.has(w)) && words.length <= 3) return { type: 'anonymous' };

  // Leading junk, titles and what stands before a name in a heading: "Deputy National Security Advisor for Cyber and
  // Emerging Technology Anne Neuberger", "Vermont Bernie Sanders", "Broadcaster Piers Morgan", "NSA Jake Sullivan".
  const roleWords: string[] = [];
  // A role's complement follows ("Mayor of London …", "Advisor for Cyber …"): the name is at the end.
  let complement = false;
  while (words.length > 0) {
    const word = words[0] ?? '';
    const w = plainWord(word).replace(/\.$/, '');
    const rest = words.length - 1;
    if (LEADING_JUNK.has(w) && rest > 0) words = words.slice(1);
    else if (ROLE_WORDS.has(w) || ROLE_WORDS.has(`${w}.`) || isRoleCompound(w)) {
      if (roleWords.length > 0 && w === 'of') complement = true;
      roleWords.push(words.shift() ?? '');
    }
    else if (/^[a-z]/.test(word) && !PARTICLES.has(w)) {
      if (roleWords.length > 0 && ['of', 'for', 'to', 'on'].includes(w)) complement = true;
      words = words.slice(1);
    }
    else if (rest >= 1 && isOccupation(word) && !startsName(words) && (rest >= 2 || OCCUPATION_ONLY.test(w))) words = words.slice(1);
    // A place before a name ("Vermont Bernie Sanders"), not before an organisation ("Florida Highway Patrol").
    else if (rest >= 2 && leadingPlace(words) > 0 && words.length - leadingPlace(words) >= 2 && !startsName(words) && !organisationLike(words.slice(leadingPlace(words)))) words = words.slice(leadingPlace(words));
    // A headline's verb before a name: "Senate Confirms Sean Cairncross", "Organizations Supporting Julie Su".
    else if (rest >= 2 && (HEADLINE_VERBS.has(w) || /^[A-Z][a-z]+ing$/.test(word)) && (isGivenName(words[1] ?? '') || ROLE_WORDS.has(plainWord(words[1] ?? '')))) words = words.slice(1);
    // A heading word, an organisation's or an acronym, only when a given name follows: "War Pete Hegseth", "NSA Jake
    // Sullivan", not "United States Constitution" or "FBI Informs DOJ".
    else if (rest >= 2 && (isCommonNoun(word) || ORG_WORDS.has(w) || /^[A-Z]{2,5}\.?$/.test(word)) && !startsName(words) && !allCommon(words) && (words.slice(1, -1).some((x) => isGivenName(x)) || ROLE_HEADS.has(plainWord(words[1] ?? '')) || headingBeforeName(words))) words = words.slice(1);
    else break;
  }
  // A heading of several words before a given name, one of them a known heading word: "Frontier Science Clara
  // Montrose" (an unknown "Frontier" too, once "Science" shows that the run is a heading, not a name).
  if (words.length >= 4 && !isGivenName(words[0] ?? '')) {
    const k = words.findIndex((w, i) => i >= 1 && isGivenName(w) && words.length - i >= 2 && words.length - i <= 4);
    const head = k > 0 ? words.slice(0, k) : [];
    const tail = k > 0 ? words.slice(k) : [];
    if (
      head.length > 0 &&
      head.every((w) => /^[A-Z]/.test(w) || ['and', 'of', 'for', 'the', '&'].includes(plainWord(w))) &&
      head.some((w) => isCommonNoun(w) || isOccupation(w) || leadingPlace([w]) > 0 || ORG_WORDS.has(plainWord(w))) &&
      tail.every((w) => /^[A-Z\u00C0-\u024F]/.test(w) || PARTICLES.has(plainWord(w))) &&
      !organisationLike(tail)
    ) {
      words = tail;
    }
  }
  if (complement && words.length >= 3 && words.every((w) => /^[A-Z\u00C0-\u024F]/.test(w) || PARTICLES.has(plainWord(w)))) {
    // The complement ends where a given name starts, or else the name is the last two words and what binds to them.
    let k = words.findIndex((w, i) => i > 0 && isGivenName(w) && words.length - i >= 2);
    if (k < 0) {
      k = words.length - 2;
      while (k > 1 && (PARTICLES.has(plainWord(words[k - 1] ?? '')) || /^[A-Z]\.?$/.test(words[k - 1] ?? ''))) k--;
    }
    words = words.slice(k);
  }
  // Common nouns only, before a heading noun is cut as a headline word: "Action Plan", "Jobs Plan".
  if (roleWords.length === 0 && words.length > 1 && allCommon(words)) {
    const joined = words.join(' ').replace(/\.$/, '');
    return DOCUMENT_WORDS.has(plainWord(words[words.length - 1] ?? '')) ? { type: 'organisation', key: organisationKey(joined), display: displayOrganisation(joined) } : { type: 'none' };
  }
  // Trailing headline words: "Donald J. Trump Announces Major …", "Joe Biden Welcoming Sweden", "Melania Trump Emphasizes".
  const cut = words.findIndex(
    (w, i) =>
      i > 0 &&
      (HEADLINE_VERBS.has(plainWord(w)) ||
        // "Joe Biden Welcoming Sweden", "Jake Sullivan Leading", but not "Peyton Manning"
        (/^[A-Z][a-z]+ing$/.test(w) && (i < words.length - 1 || i >= 2)) ||
        (/^[a-z]/.test(w) && !PARTICLES.has(plainWord(w))) ||
        (i >= 2 && isHeadlineVerb(w) && !isPlace(words.slice(0, i + 1).join(' '))) ||
        // "FBI Informs DOJ": a verb in -s after an acronym
        (i === 1 && /^[A-Z]{2,}$/.test(words[0] ?? '') && /^[A-Z][a-z]+s$/.test(w)) ||
        // "Melania Trump Inspires America": a verb in -s after a full name, with words after it
        (i >= 2 && i < words.length - 1 && /^[A-Z][a-z]+[^s]s$/.test(w) && !/^[A-Z]\.?$/.test(words[i - 1] ?? ''))),
  );
  if (cut > 0) words = words.slice(0, cut);
  // A trailing full stop of a sentence ("Comprehensive Strategic Partnership."), not of an initial or "Jr.".
  const lastWord = words[words.length - 1] ?? '';
  if (/[a-z]{2,}\.$/.test(lastWord) && !SUFFIXES[plainWord(lastWord).replace(/\.$/, '')]) words[words.length - 1] = lastWord.slice(0, -1);

  // No name at all: a lone "Jr.", a place ("Brazil"), common nouns ("Budget", "Emancipation Proclamation").
  if (words.length === 1 && SUFFIXES[plainWord(words[0] ?? '').replace(/\.$/, '')]) return { type: 'none' };
  if (words.length > 0 && roleWords.length === 0) {
    const joined = words.join(' ');
    if (isPlace(joined)) return { type: 'organisation', key: organisationKey(joined), display: displayOrganisation(joined) };
    if (allCommon(words)) {
      return DOCUMENT_WORDS.has(plainWord(words[words.length - 1] ?? ''))
        ? { type: 'organisation', key: organisationKey(joined), display: displayOrganisation(joined) }
        : { type: 'none' };
    }
  }

  const role = roleWords.length ? roleFromWords(roleWords) : null;
  if (words.length === 0) {
    return role ? { type: 'role', role } : { type: 'anonymous' };
  }

  let suffix: string | null = null;
  const last = plainWord(words[words.length - 1] ?? '').replace(/\.$/, '');
  if (words.length > 1 && SUFFIXES[last]) {
    suffix = SUFFIXES[last] ?? null;
    words = words.slice(0, -1);
  }
  const lw = words.map((w) => plainWord(w).replace(/\.$/, ''));
  if (lw.some((w) => ORG_WORDS.has(w)) && role === null) {
    const asPerson = personAfterOrganisation(words);
    if (asPerson) return asPerson;
  }
  // "Baltimore Sun": a place and one word that is no given name make a name of a paper or a team, not a person.
  const placeWords = leadingPlace(words);
  const placeNamed = words.length === placeWords + 1 && placeWords > 0 && !isListedGivenName(words[0] ?? '') && !isGivenName(words[placeWords] ?? '');
  // "Agence France-Presse", "News.com.au": a hyphenated part or a web address shows an organisation too.
  const orgWord = lw.some((w) => ORG_WORDS.has(w) || w.split('-').some((p) => ORG_WORDS.has(p))) || words.some((w) => /\.(?:com|org|net|gov|au|uk|ca)$/i.test(w));
  if (placeNamed || orgWord || words.every((w) => /^[A-Z][A-Z&.-]*[A-Z]$/.test(w))) {
    if (lw.length === 1 && lw[0] === 'potus') return { type: 'role', role: 'President' };
    return { type: 'organisation', key: organisationKey(words.join(' ')), display: displayOrganisation(words.join(' ')) };
  }
  if (!/^[A-Z]/.test(words[0] ?? '') || words.length > 5) return role ? { type: 'role', role } : { type: 'anonymous' };

  const surname = lw[lw.length - 1] ?? '';
  // Particles belong to the surname: "La Riva", "van der Leyen".
  let surnameStart = words.length - 1;
  while (surnameStart > 0 && PARTICLES.has(lw[surnameStart - 1] ?? '')) surnameStart--;
  const fullSurname = lw.slice(surnameStart).join(' ');
  const givenWord = surnameStart > 0 ? (lw[0] ?? null) : null;
  const given = givenWord && givenWord.replace(/\.$/, '').length > 1 ? (NICKNAMES[givenWord] ?? givenWord) : givenWord ? givenWord : null;
  const middles = lw
    .slice(1, surnameStart)
    .map((w) => w.charAt(0))
    .join('');
  const display = [...words, ...(suffix ? [suffix] : [])].join(' ');
  return { type: 'person', given, middles, surname: fullSurname || surname, suffix, display, role };
}
