/**
 * Speaker mentions: what a source noun phrase is (a pronoun, a reference like "the readout", an organisation,
 * an anonymous source, or a named person) and, for a person, its name and role kept apart:
 * "Russian President Vladimir Putin" → name "Vladimir Putin", role "Russian President".
 */
import type { SpeakerKind } from '../model.ts';
import { isListedGivenName } from '../identity/lexicon.ts';
import { ARTICLES, PRONOUNS } from './words.ts';

/** document: a readout or statement, which speaks for its issuer; self-document: a report or order, which speaks itself. */
export type MentionType = 'pronoun' | 'document' | 'self-document' | 'organisation' | 'anonymous' | 'person' | 'role';

export interface MentionInfo {
  type: MentionType;
  kind: SpeakerKind;
  name: string;
  role: string | null;
  /** For pronouns: he/she/it/they/we/i. */
  pronoun?: string;
}


/** Nouns for a document that speaks for its issuer: "the readout said". */
export const DOCUMENT_NOUNS = new Set([
  'readout', 'statement', 'release', 'communique', 'communiqué', 'announcement', 'letter', 'memo', 'notice',
  'declaration', 'post', 'tweet', 'filing', 'transcript', 'message', 'proclamation',
]);

/** Documents that are speakers of their own: "the report says", "the Order directs". */
const SELF_DOCUMENT_HEADS = new Set([
  'order', 'report', 'reports', 'study', 'studies', 'survey', 'memorandum', 'advisory', 'advisories', 'guidance',
  'assessment', 'analysis', 'paper', 'database', 'budget', 'strategy', 'plan', 'framework', 'bill', 'law', 'act',
  'rule', 'regulation', 'proclamation', 'directive', 'research', 'decision', 'ruling', 'judgment', 'verdict', 'filing',
  'lawsuit', 'complaint', 'indictment', 'resolution', 'publication', 'video', 'videos', 'statistics', 'figures',
  'footage',
]);

/** Head words that make a phrase an organisation. */
const ORG_WORDS = new Set([
  'house', 'kremlin', 'ministry', 'department', 'office', 'agency', 'committee', 'council', 'commission', 'party',
  'campaign', 'times', 'post', 'journal', 'news', 'network', 'cnn', 'reuters', 'ap', 'afp', 'bbc', 'government',
  'administration', 'court', 'senate', 'congress', 'embassy', 'university', 'institute', 'foundation',
  'association', 'union', 'bank', 'company', 'inc', 'inc.', 'corp', 'corp.', 'group', 'poll', 'survey', 'report',
  'pentagon', 'nato', 'fbi', 'cia', 'un', 'u.n.', 'eu', 'xinhua', 'tass', 'police', 'army', 'military', 'navy',
  'bureau', 'service', 'board', 'authority', 'authorities', 'organization', 'organisation', 'coalition', 'center',
  'centre', 'centers', 'centres', 'institutes', 'study', 'review', 'press', 'magazine', 'newspaper', 'tribune', 'telegraph', 'guardian', 'gazette',
  'herald', 'globe', 'daily', 'channel', 'nbc', 'abc', 'cbs', 'fox', 'msnbc', 'npr', 'politico', 'axios', 'kremlin',
  'state', 'cabinet', 'parliament', 'legislature', 'secretariat', 'mission', 'delegation', 'prosecutors', 'fund',
  'who', 'rnc', 'dnc', 'gop', 'beijing', 'moscow', 'washington', 'tehran', 'kiev', 'kyiv', 'pyongyang',
  'spokesperson\'s', 'team', 'staff', 'firm', 'ngo', 'index', 'data', 'analysis', 'research', 'website', 'site',
]);

/** Words that make a phrase an unnamed source. */
const ANON_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'aide', 'aides', 'person', 'people', 'spokesman', 'spokeswoman',
  'spokesperson', 'diplomat', 'diplomats', 'analyst', 'analysts', 'expert', 'experts', 'observers', 'critics',
  'supporters', 'residents', 'witnesses', 'lawmakers', 'members', 'insiders', 'advisers', 'advisors', 'adviser',
  'advisor', 'staffer', 'staffers', 'insider', 'voters', 'democrats', 'republicans', 'americans', 'others',
  'someone', 'investigators', 'economists', 'scientists', 'researchers', 'activists', 'leaders', 'many', 'some',
  'most', 'several', 'few', 'both', 'all', 'majority', 'percent', 'respondents', 'man', 'woman', 'protesters',
]);

const ANON_DETERMINERS = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'another', 'senior', 'unnamed', 'anonymous', 'most', 'few', 'multiple', 'numerous', 'both', 'all']);

/** Title words kept as the role, never as part of a name. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'secretary', 'press', 'minister', 'prime', 'foreign', 'defense', 'defence', 'senator', 'sen.',
  'rep.', 'representative', 'congressman', 'congresswoman', 'gov.', 'governor', 'chancellor', 'ambassador', 'general',
  'gen.', 'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'director', 'chairman', 'chairwoman', 'chair', 'ceo',
  'leader', 'majority', 'minority', 'speaker', 'king', 'queen', 'pope', 'mayor', 'judge', 'justice', 'attorney',
  'commissioner', 'chief', 'deputy', 'assistant', 'senior', 'adviser', 'advisor', 'national', 'security', 'former',
  'acting', 'first', 'lady', 'spokesman', 'spokeswoman', 'spokesperson', 'sheriff', 'officer', 'lt.', 'col.',
  'capt.', 'sgt.', 'adm.', 'admiral', 'colonel', 'captain', 'lieutenant', 'sergeant', 'prof.', 'professor', 'rev.',
  'reverend', 'bishop', 'cardinal', 'father', 'sister', 'brother', 'prince', 'princess', 'sheikh', 'emir', 'crown',
  'premier', 'envoy', 'head', 'founder', 'executive', 'spokesperson', 'candidate', 'nominee', 'frontrunner',
  'front-runner', 'hopeful', 'presidential', 'democratic', 'republican', 'state', 'u.s.', 'us', 'american', 'russian',
  'chinese', 'ukrainian', 'british', 'french', 'german', 'iranian', 'israeli', 'japanese', 'indian', 'canadian',
  'mexican', 'turkish', 'syrian', 'iraqi', 'afghan', 'pakistani', 'korean', 'north', 'south', 'australian',
  'italian', 'spanish', 'european', 'palestinian', 'saudi', 'egyptian', 'brazilian', 'polish', 'white', 'house',
  'homeland', 'treasury', 'commerce', 'energy', 'education', 'health', 'labor', 'agriculture', 'interior',
  'transportation', 'veterans', 'affairs', 'department', 'of', 'the', 'and', 'gop', 'democrat', 'sen', 'rep', 'gov',
  'senate', 'congressional', 'federal', 'regional', 'deputy', 'lawmaker', 'chairperson', 'administrator',
  'coordinator', 'councilman', 'councilwoman', 'delegate', 'strategist', 'pollster', 'economist', 'analyst', 'author',
  'host', 'anchor', 'correspondent', 'editor', 'columnist', 'reporter', 'counsel', 'counselor', 'advisor', 'chief',
  'staff', 'general’s', 'incoming', 'outgoing', 'then', 'then-president', 'late', 'emeritus', 'his', 'her', 'their',
  'its', 'our', 'my', 'new', 'top', 'party', 'leading', 'independent', 'socialist', 'fellow', 'billionaire',
  'businessman', 'businesswoman', 'mogul', 'rival', 'opponent', 'ex-president', 'vp', 'secretary-general',
  'director-general', 'ex',
]);

/** Words that never start a person's name. */
/** Determiners that make a document noun the document itself: "the readout", "its statement". */
const DOCUMENT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'this', 'that', 'his', 'her', 'their']);

/** Lower-case words inside a surname: "Ursula von der Leyen", "Charles de Gaulle". */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'del', 'la', 'le', 'di', 'der']);

/** Generational suffixes, which do not identify a person across mentions. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii']);

const NAME_BLOCK = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

const CAP = /^[\p{Lu}]/u;

/** Classify a source phrase written as `text` (already trimmed). */
export function analyzeMention(text: string): MentionInfo {
  const clean = text.replace(/\s+/g, ' ').trim();
  // an appositive after a comma describes the speaker; the name is before it, or, after a description
  // ("The study's lead author, doctoral candidate Jane Roe"), at the end of the appositive
  const pieces = clean.split(/,|\s\(/);
  let head = pieces[0]?.trim() ?? clean;
  const appositive = pieces[1]?.trim() ?? '';
  if (pieces.length === 2 && /^[a-z]|^(The|A|An|Another|Its|His|Her|Their)\s/.test(head) && /(?:^|\s)[\p{Lu}][\p{L}’'-]+\s+[\p{Lu}][\p{L}’'-]+$/u.test(appositive)) head = appositive;
  const words = head.split(' ').filter((w) => w.length > 0);
  const lower = words.map((w) => w.toLowerCase());
  const first = lower[0] ?? '';
  if (words.length === 1 && PRONOUNS.has(first)) {
    return { type: 'pronoun', kind: first === 'it' ? 'organisation' : first === 'they' ? 'anonymous' : 'person', name: head, role: null, pronoun: first };
  }
  const last = lower[lower.length - 1] ?? '';
  const lastBare = last.replace(/[’']s$/, '');
  // ("The Washington Post" is a name: a document noun written with a capital is part of one)
  if (DOCUMENT_NOUNS.has(lastBare) && !CAP.test(words[words.length - 1] ?? '') && DOCUMENT_DETERMINERS.has(first)) {
    return { type: 'document', kind: 'organisation', name: head, role: null };
  }
  // a report, study or order that speaks for itself: "the Order directs", "a study found", "the Overstay Report"
  if (SELF_DOCUMENT_HEADS.has(lastBare) && (words.length > 1 || CAP.test(words[0] ?? '')) && !lower.slice(0, -1).some((w) => ORG_WORDS.has(w) && !SELF_DOCUMENT_HEADS.has(w))) {
    return { type: 'self-document', kind: 'document', name: head.replace(/^(The|A|An|This|That)\b/, (m) => m.toLowerCase()), role: null };
  }
  // a common noun at the head ("Mrs. Clinton's advisers", "Two-thirds of Democratic insiders"): not a named person
  // ("News 12", "Channel 4": a number after a capitalised word is part of the name)
  const numberedName = /^\d+$/.test(last) && CAP.test(words[words.length - 2] ?? '');
  if (words.length > 1 && !CAP.test(words[words.length - 1] ?? '') && !numberedName && !DOCUMENT_NOUNS.has(lastBare)) {
    if (ORG_WORDS.has(lastBare)) return { type: 'organisation', kind: 'organisation', name: orgName(words), role: null };
    if (TITLE_WORDS.has(lastBare) && (first === 'the' || first === 'our')) return { type: 'role', kind: 'person', name: head.replace(/^The\b/, 'the'), role: words.slice(1).join(' ') };
    return { type: 'anonymous', kind: 'anonymous', name: head.replace(/^(The|A|An)\b/, (m) => m.toLowerCase()), role: null };
  }
  // a sentence-initial capital is not a name: "Officials said", "Several aides said"
  const capWords = words.filter((w, i) => CAP.test(w) && !(i === 0 && (ANON_HEADS.has(w.toLowerCase()) || ANON_DETERMINERS.has(w.toLowerCase()) || NAME_BLOCK.has(w.toLowerCase()))));
  const hasProper = capWords.some((w) => !TITLE_WORDS.has(w.toLowerCase()) && !NAME_BLOCK.has(w.toLowerCase()));
  // "co-author Ted Scambos of CU Boulder's Institute": a person of an organisation is the person
  const ofAt = lower.indexOf('of');
  const personOfOrganisation = ofAt > 1 && isPersonShaped(words.slice(0, ofAt)) && isListedGivenName(words[ofAt - 2] ?? '');
  if (lower.some((w) => ORG_WORDS.has(w.replace(/[’']s$/, ''))) && !(hasProper && (isPersonShaped(words, true) || personOfOrganisation))) {
    if (!ANON_DETERMINERS.has(first) || hasProper) return { type: 'organisation', kind: 'organisation', name: orgName(words), role: null };
  }
  // "The Verge", "The Atlantic": people do not take "the" before their name; a title does ("The Rev. X" is a role)
  if (first === 'the' && words.length >= 2 && words.slice(1).every((w) => CAP.test(w) && !TITLE_WORDS.has(w.toLowerCase()))) {
    return { type: 'organisation', kind: 'organisation', name: orgName(words), role: null };
  }
  if (!hasProper) {
    // "the President", "the Secretary": a role that names someone said before
    if ((first === 'the' || first === 'our') && words.length >= 2 && lower.slice(1).every((w) => TITLE_WORDS.has(w)) && capWords.length > 0) {
      return { type: 'role', kind: 'person', name: head, role: words.slice(1).join(' ') };
    }
    if (ANON_DETERMINERS.has(first) || lower.some((w) => ANON_HEADS.has(w)) || !CAP.test(words[0] ?? '')) {
      return { type: 'anonymous', kind: 'anonymous', name: head.replace(/^(The|A|An)\b/, (m) => m.toLowerCase()), role: null };
    }
  }
  // "Prime Minister Justin Trudeau of Canada": the name ends before "of"
  const of = words.indexOf('of');
  const split = of > 1 && isPersonShaped(words.slice(0, of)) ? splitNameRole(words.slice(0, of)) : splitNameRole(words);
  return { type: 'person', kind: 'person', name: split.name || head, role: split.role };
}

/**
 * A person-shaped phrase ends with two or more capitalised words that are not title words, or with one after a
 * title ("White House Counsel Delery").
 */
function isPersonShaped(words: string[], amongOrganisationWords = false): boolean {
  let run = 0;
  let i = words.length - 1;
  for (; i >= 0; i--) {
    const w = words[i] as string;
    if (CAP.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase())) run++;
    else break;
  }
  const before = (words[i] ?? '').toLowerCase();
  // ("… Association of Machinists and Aerospace Workers": among an organisation's words, a run ending in a plural
  // of people that starts with no given name is the organisation's name, not a person's)
  const firstOfRun = words[i + 1] ?? '';
  const lastOfRun = words[words.length - 1] ?? '';
  if (amongOrganisationWords && run >= 2 && !isListedGivenName(firstOfRun) && /(?:ers|ists|ors|ians|ees|ants|ents)$/.test(lastOfRun)) return false;
  return run >= 2 || (run === 1 && PERSON_TITLES.has(before));
}

/** Titles that only a person holds, so the capitalised word after one is a name. */
const PERSON_TITLES = new Set([
  'president', 'secretary', 'counsel', 'counselor', 'senator', 'sen.', 'governor', 'gov.', 'mayor', 'minister',
  'ambassador', 'director', 'chairman', 'chairwoman', 'spokesperson', 'spokesman', 'spokeswoman', 'advisor',
  'adviser', 'administrator', 'coordinator', 'commissioner', 'judge', 'justice', 'representative', 'rep.', 'leader',
  'general', 'lady', 'gentleman', 'chancellor', 'premier', 'envoy', 'mr.', 'mrs.', 'ms.', 'dr.',
]);

function orgName(words: string[]): string {
  const text = words.join(' ').replace(/[’']s$/, '');
  return text.replace(/^(The)\b/, 'the');
}

/** Split "U.S. President Joe Biden" into name "Joe Biden" and role "U.S. President". */
export function splitNameRole(words: string[]): { name: string; role: string | null } {
  // the name is the trailing run of capitalised non-title words (with initials and particles inside it)
  let i = words.length - 1;
  const nameWords: string[] = [];
  while (i >= 0) {
    const w = words[i] as string;
    const lw = w.toLowerCase();
    const particle = nameWords.length > 0 && NAME_PARTICLES.has(lw);
    const suffix = nameWords.length === 0 && /^(Jr\.?|Sr\.?|II|III)$/.test(w);
    if ((CAP.test(w) && !TITLE_WORDS.has(lw) && !NAME_BLOCK.has(lw)) || particle || suffix) {
      nameWords.unshift(w);
      i--;
    } else break;
  }
  if (nameWords.length === 0) {
    const last = words[words.length - 1];
    return { name: last ?? '', role: words.length > 1 ? words.slice(0, -1).join(' ') : null };
  }
  const roleWords = words.slice(0, i + 1).filter((w) => !ARTICLES.has(w.toLowerCase()));
  const name = nameWords.join(' ').replace(/[’']s$/, '').replace(/,$/, '');
  return { name, role: roleWords.length ? roleWords.join(' ') : null };
}

/** The words of a name that identify a person across mentions: "Joe Biden" → ["joe", "biden"]. */
export function nameKeys(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w.length > 1 && !TITLE_WORDS.has(w) && !NAME_SUFFIXES.has(w));
}
