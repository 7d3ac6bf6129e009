/**
 * Reading a speaker's name as the extractor gives it: what is the person's name, what is a role or title
 * around it, and what is not a name at all. Pure string work; no knowledge of the corpus.
 */

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
  | { type: 'anonymous' };

const SUFFIXES: Record<string, string> = { jr: 'Jr.', sr: 'Sr.', ii: 'II', iii: 'III', iv: 'IV' };

/** Common English given-name variants, so "Joe Biden" and "Joseph R. Biden, Jr." can be one person. */
const NICKNAMES: Record<string, string> = {
  joe: 'joseph', bill: 'william', will: 'william', bob: 'robert', rob: 'robert', jim: 'james', jimmy: 'james',
  mike: 'michael', dick: 'richard', rick: 'richard', tom: 'thomas', tony: 'anthony', chuck: 'charles',
  charlie: 'charles', dan: 'daniel', dave: 'david', steve: 'steven', stephen: 'steven', ted: 'edward', ed: 'edward',
  kate: 'katherine', kathy: 'katherine', liz: 'elizabeth', beth: 'elizabeth', ben: 'benjamin', sam: 'samuel',
  matt: 'matthew', nick: 'nicholas', alex: 'alexander', andy: 'andrew', greg: 'gregory', jeff: 'jeffrey',
  pete: 'peter', ron: 'ronald', don: 'donald', jon: 'jonathan', jen: 'jennifer', jenny: 'jennifer',
};

/** Words that make a title, not a name: "President", "Secretary of State", "Senator". Lower case. */
const ROLE_WORDS = new Set([
  'president', 'vice', 'first', 'lady', 'gentleman', 'press', 'secretary', 'prime', 'minister', 'senator', 'sen',
  'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'chancellor', 'king',
  'queen', 'prince', 'princess', 'pope', 'ambassador', 'director', 'administrator', 'chairman', 'chairwoman',
  'chair', 'speaker', 'leader', 'advisor', 'adviser', 'attorney', 'general', 'chief', 'deputy', 'assistant',
  'commissioner', 'spokesperson', 'spokesman', 'spokeswoman', 'captain', 'coach', 'judge', 'justice', 'sheriff',
  'commander', 'officer', 'potus', 'flotus', 'emir', 'sultan', 'premier', 'honorable', 'former', 'acting',
  'senior', 'national', 'security', 'state', 'treasury', 'defense', 'of', 'the', 'u.s.', 'us', 'russian',
  'french', 'german', 'chinese', 'turkish', 'british', 'american', 'ukrainian', 'israeli', 'japanese', 'indian',
  'foreign', 'affairs', 'homeland', 'economic', 'council', 'counselor', 'envoy', 'special', 'dr', 'mr', 'mrs',
  'ms', 'rev', 'reverend', 'sir', 'dame', 'lord', 'general', 'gen', 'col', 'lt', 'sgt', 'admiral', 'adm',
]);
/** The words in ROLE_WORDS that make a role on their own; the others only qualify one. */
const ROLE_HEADS = new Set([
  'president', 'lady', 'gentleman', 'secretary', 'minister', 'senator', 'sen', 'rep', 'representative', 'congressman',
  'congresswoman', 'governor', 'gov', 'mayor', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope',
  'ambassador', 'director', 'administrator', 'chairman', 'chairwoman', 'chair', 'speaker', 'leader', 'advisor',
  'adviser', 'general', 'chief', 'commissioner', 'spokesperson', 'spokesman', 'spokeswoman', 'captain', 'coach',
  'judge', 'justice', 'sheriff', 'commander', 'officer', 'potus', 'flotus', 'emir', 'sultan', 'premier', 'counselor',
  'envoy', 'admiral',
]);
const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'rev', 'reverend', 'sir', 'dame', 'lord', 'honorable', 'the']);

/** Words that start a sentence or clause and were swept into a name: "Although Biden", "At Biden". */
const LEADING_JUNK = new Set([
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
  'visits', 'welcomes', 'speaks', 'urges', 'releases', 'applauds', 'highlights', 'marks', 'names', 'nominates',
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
]);

/** Words that show the "name" belongs to an organisation or a place. */
const ORG_WORDS = new Set([
  'united', 'states', 'kingdom', 'nations', 'union', 'republic', 'administration', 'department', 'house', 'council',
  'committee', 'government', 'ministry', 'agency', 'office', 'party', 'news', 'times', 'post', 'democratic',
  'republican', 'congress', 'senate', 'court', 'bureau', 'commission', 'association', 'institute', 'university',
  'company', 'corporation', 'inc', 'group', 'foundation', 'center', 'centre', 'service', 'police', 'army', 'navy',
  'kremlin', 'russia', 'china', 'iran', 'ukraine', 'israel', 'malawi', 'egypt', 'india', 'japan', 'france',
  'germany', 'mexico', 'canada', 'korea', 'europe', 'european',
]);

/** Organisation references that name no one in particular: "the government", "the report", "police". */
const GENERIC_ORGS = new Set([
  'it', 'report', 'study', 'statement', 'agency', 'department', 'government', 'administration', 'company', 'police',
  'authorities', 'council', 'research', 'university', 'website', 'press', 'proclamation', 'ministry', 'committee',
  'army', 'military', 'court', 'office', 'team', 'research team', 'campaign', 'organization', 'organisation',
  'group', 'officials', 'prosecutors', 'the press',
]);

const PARTICLES = new Set(['de', 'van', 'von', 'da', 'del', 'della', 'la', 'le', 'di', 'du', 'bin', 'al', 'el', 'ben', 'der', 'den', 'dos', 'das']);

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const plainWord = (w: string): string => fold(w).replace(/[^a-z0-9'-]/g, '');

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
  if (!lw.some((w) => ROLE_HEADS.has(w))) return null;
  // Keep the title itself: from the first title word (or nationality, "U.S.") to the last head and its "of …".
  const start = lw.findIndex((w, i) => (ROLE_WORDS.has(w) && !['of', 'the'].includes(w)) || /^[A-Z][a-z]+(an|ese|ish|ian)$/.test(words[i] ?? '') || /^U\.?S\.?$|^UN$|^U\.N\.$/.test(words[i] ?? ''));
  words = words.slice(Math.max(0, start));
  lw = lower();
  let head = -1;
  lw.forEach((w, i) => {
    if (ROLE_HEADS.has(w) && lw.slice(0, i).every((x) => !/'s$/.test(x))) head = i;
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
  while (words[0] === 'the' || words[0] === 'newspaper') words = words.slice(1);
  const govBody = words.some((w) => ['department', 'secretary', 'agency', 'administration', 'government', 'embassy', 'army', 'navy', 'congress', 'senate'].includes(w));
  if (govBody && words[0] === 'us') words = words.slice(1);
  if (govBody && words[0] === 'united' && words[1] === 'states') words = words.slice(2);
  words = words.filter((w) => w !== 'the');
  // "State Department" → "department of state"
  const dept = words.indexOf('department');
  if (dept > 0 && dept === words.length - 1) words = ['department', 'of', ...words.slice(0, dept)];
  return words.join(' ');
}

function displayOrganisation(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim().replace(/^(the|newspaper)\s+/i, '');
  return capitalise(trimmed);
}

/** Read a name the extractor attributed a quote to. */
export function readName(name: string, kind: 'person' | 'organisation' | 'anonymous' | 'group' | 'document'): NameReading {
  if (kind === 'anonymous') return { type: 'anonymous' };
  const text = name.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  if (kind === 'organisation') {
    const words = text.split(' ');
    if (looksGeneric(words)) return { type: 'anonymous' };
    if (GROUP_WORDS.has(plainWord(words[words.length - 1] ?? ''))) return { type: 'anonymous' };
    return { type: 'organisation', key: organisationKey(text), display: displayOrganisation(text) };
  }
  return readPerson(text);
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

  // Leading junk and titles.
  const roleWords: string[] = [];
  while (words.length > 0) {
    const w = plainWord(words[0] ?? '').replace(/\.$/, '');
    if (LEADING_JUNK.has(w) && words.length > 1) words = words.slice(1);
    else if (ROLE_WORDS.has(w) || ROLE_WORDS.has(`${w}.`)) roleWords.push(words.shift() ?? '');
    else if (/^[a-z]/.test(words[0] ?? '') && !PARTICLES.has(w)) words = words.slice(1);
    else break;
  }
  // Trailing headline words: "Donald J. Trump Announces Major …", "Joe Biden Welcoming Sweden".
  const cut = words.findIndex(
    (w, i) =>
      i > 0 &&
      (HEADLINE_VERBS.has(plainWord(w)) ||
        /^[A-Z][a-z]+ing$/.test(w) ||
        (/^[a-z]/.test(w) && !PARTICLES.has(plainWord(w))) ||
        // "Melania Trump Inspires America": a verb in -s after a full name, with words after it
        (i >= 2 && i < words.length - 1 && /^[A-Z][a-z]+[^s]s$/.test(w) && !/^[A-Z]\.?$/.test(words[i - 1] ?? ''))),
  );
  if (cut > 0) words = words.slice(0, cut);

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
  if (lw.some((w) => ORG_WORDS.has(w)) || words.every((w) => /^[A-Z]{2,}$/.test(w))) {
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
