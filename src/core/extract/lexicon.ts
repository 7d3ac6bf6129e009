/**
 * The reporting-verb lexicon: base forms of the verbs English news uses to attribute speech (and, kept apart,
 * beliefs and intentions), expanded to every inflection. Lookups are on lower-cased single words.
 */

/** Verbs of saying and writing. Phrasal cues ("point out", "call for") are listed in PARTICLES. */
const SPEECH_BASES = [
  'say', 'tell', 'add', 'state', 'declare', 'announce', 'explain', 'stress', 'emphasize', 'emphasise', 'note',
  'insist', 'claim', 'argue', 'warn', 'suggest', 'ask', 'reply', 'respond', 'answer', 'write', 'tweet', 'post',
  'report', 'confirm', 'deny', 'acknowledge', 'admit', 'concede', 'reiterate', 'repeat', 'recall', 'promise',
  'pledge', 'vow', 'assure', 'urge', 'predict', 'complain', 'allege', 'contend', 'maintain', 'observe', 'remark',
  'comment', 'mention', 'testify', 'inform', 'reveal', 'disclose', 'indicate', 'underline', 'underscore',
  'highlight', 'caution', 'conclude', 'counter', 'retort', 'quip', 'joke', 'boast', 'brag', 'lament', 'affirm',
  'assert', 'propose', 'recommend', 'demand', 'request', 'question', 'wonder', 'estimate', 'signal', 'hint',
  'threaten', 'exclaim', 'shout', 'elaborate', 'remind', 'advise', 'notify', 'brief', 'reaffirm', 'recount',
  'specify', 'clarify', 'accuse', 'charge', 'blame', 'acknowledge', 'agree', 'tout', 'proclaim', 'concur',
  'muse', 'speculate', 'guarantee', 'forecast', 'recognize', 'recognise', 'express', 'voice', 'describe', 'call',
  'urge', 'plead', 'beg', 'explain', 'announce', 'read', 'cite', 'insist', 'swear', 'declare', 'bark', 'snap',
  'scoff', 'gush', 'chide', 'scold', 'mock', 'fume', 'thunder', 'crow', 'rail', 'snipe', 'jab', 'vent',
  'confide', 'marvel', 'grumble', 'lament', 'sigh', 'interject', 'interrupt', 'recall', 'relay', 'summarize',
  'criticize', 'criticise', 'praise', 'dismiss', 'blast', 'slam', 'defend', 'endorse', 'reject', 'applaud',
  'condemn', 'denounce', 'welcome', 'ridicule', 'lambaste', 'decry', 'hail', 'label', 'brand', 'characterize',
  'characterise', 'thank', 'congratulate', 'apologize', 'apologise', 'dispute', 'refute',
  'rebut', 'commend', 'laud', 'mention', 'list',
  'tease', 'instruct',
  'implore', 'encourage', 'caution', 'disagree', 'dispute', 'contradict', 'plead',
  // readouts and orders: "The President reinforced ...", "they shared their experiences", "The Order directs ..."
  'reinforce', 're-affirm', 're-iterate', 'reason', 'share', 'direct', 'ascribe',
  // only for a document ("The Order requires agencies to …"): see DOCUMENT_ONLY in index.ts
  'require',
];

/** Verbs that report speech only right after a quotation: ""...," he continued". */
export const AFTER_QUOTE_ONLY = new Set(['continue', 'go', 'begin', 'finish', 'conclude', 'interject', 'chime']);

/** Verbs of belief, intention and evidence, which PolNeAR annotates as non-speech attributions. */
const BELIEF_BASES = ['think', 'believe', 'hope', 'expect', 'fear', 'feel', 'worry', 'doubt', 'suspect', 'show', 'find'];

const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  read: ['reads', 'read', 'reading'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  forecast: ['forecasts', 'forecast', 'forecasted', 'forecasting'],
  admit: ['admits', 'admitted', 'admitting'],
  quip: ['quips', 'quipped', 'quipping'],
  brag: ['brags', 'bragged', 'bragging'],
  beg: ['begs', 'begged', 'begging'],
  plead: ['pleads', 'pleaded', 'pled', 'pleading'],
  regret: ['regrets', 'regretted', 'regretting'],
  know: ['knows', 'knew', 'known', 'knowing'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  seek: ['seeks', 'sought', 'seeking'],
  plan: ['plans', 'planned', 'planning'],
  lash: ['lashes', 'lashed', 'lashing'],
  pan: ['pans', 'panned', 'panning'],
  fire: ['fires', 'fired', 'firing'],
  push: ['pushes', 'pushed', 'pushing'],
  press: ['presses', 'pressed', 'pressing'],
  label: ['labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  make: ['makes', 'made', 'making'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  favor: ['favors', 'favored', 'favoring'],
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const LOWER_ASCII = /^[a-z]+$/;

/** Regular English inflection: third person, past, present participle. */
export function inflect(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return [base, ...irregular];
  const last = base.slice(-1);
  const beforeLast = base.slice(-2, -1);
  let third: string;
  let past: string;
  let ing: string;
  if (/(s|sh|ch|x|z|o)$/.test(base)) third = `${base}es`;
  else if (last === 'y' && !VOWELS.has(beforeLast)) third = `${base.slice(0, -1)}ies`;
  else third = `${base}s`;
  if (last === 'e') {
    past = `${base}d`;
    ing = base.endsWith('ee') ? `${base}ing` : `${base.slice(0, -1)}ing`;
  } else if (last === 'y' && !VOWELS.has(beforeLast)) {
    past = `${base.slice(0, -1)}ied`;
    ing = `${base}ing`;
  } else {
    past = `${base}ed`;
    ing = `${base}ing`;
  }
  return [base, third, past, ing];
}

function expand(bases: string[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const base of bases) for (const form of inflect(base)) if (!forms.has(form)) forms.set(form, base);
  return forms;
}

const SPEECH = expand(SPEECH_BASES);
const AFTER_QUOTE = expand(['continue', 'chime']);
AFTER_QUOTE.set('went', 'go');
AFTER_QUOTE.set('goes', 'go');
const BELIEF = expand(BELIEF_BASES);

export type CueClass = 'speech' | 'belief';

/** The base form and class of a reporting verb, or null when the word is not one. */
export function lookupCue(word: string): { base: string; cls: CueClass } | null {
  const lower = LOWER_ASCII.test(word) ? word : word.toLowerCase();
  const after = AFTER_QUOTE.get(lower);
  if (after) return { base: after, cls: 'speech' };
  const speech = SPEECH.get(lower);
  if (speech) return { base: speech, cls: 'speech' };
  const belief = BELIEF.get(lower);
  if (belief) return { base: belief, cls: 'belief' };
  return null;
}

/** Verbs that are reporting verbs only with a following particle ("call for", "point out"). */
export const PARTICLES: Record<string, string[]> = {
  call: ['for', 'on'],
  point: ['out', 'to'],
  speak: ['of', 'about', 'to'],
  talk: ['about'],
  reflect: ['on'],
  make: ['clear'],
};

/** Every inflection of the particle verbs, to their base. */
export const PARTICLE_FORMS = new Map<string, string>();
for (const base of Object.keys(PARTICLES)) for (const form of inflect(base)) PARTICLE_FORMS.set(form, base);

/** Words between a subject and its verb that belong to the cue: "has said", "also told", "later wrote". */
export const CUE_PREFIX = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'previously', 'once', 'reportedly', 'further', 'again', 'recently',
  'repeatedly', 'publicly', 'privately', 'often', 'first', 'earlier', 'separately', 'subsequently', 'similarly',
  'likewise', 'initially', 'frequently', 'simply', 'flatly', 'explicitly', 'specifically', 'clearly', 'bluntly',
  'would', 'will', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'had', 'always', 'never', 'not', 'even', 'already',
  'still', 'just', 'openly', 'directly', 'formally', 'firmly', 'strongly', 'quickly', 'immediately', 'personally',
  'nevertheless', 'nonetheless', 'together', 'jointly', 'each',
]);

/** Verbs that take a person object before their content: "told reporters that", "asked Biden for". */
export const OBJECT_VERBS = new Set([
  'tell', 'ask', 'assure', 'inform', 'warn', 'urge', 'remind', 'advise', 'notify', 'brief', 'promise', 'explain',
  'guarantee', 'accuse', 'blame', 'thank', 'beg',
]);

/** Participles that continue an attribution after a comma: "..., adding that ...". */
export const CONTINUATION_BASES = new Set([
  'add', 'say', 'note', 'argue', 'warn', 'explain', 'insist', 'stress', 'suggest', 'claim', 'tell', 'call',
  'emphasize', 'emphasise', 'describe', 'predict', 'urge', 'ask', 'accuse', 'vow', 'promise', 'declare', 'write',
  'indicate', 'acknowledge', 'recall', 'point', 'signal', 'complain', 'reiterate', 'underscore', 'highlight',
  // readouts: "The leaders discussed trade, affirming that …"
  'affirm', 'reaffirm', 'express', 'welcome', 'pledge', 'recognize', 'announce', 'share',
  // "…, posting on Twitter: "…""
  'post', 'tweet',
]);

// Verb lists the cue frames (frames/) consult. Bases unless the name says forms.

/** Past forms that are never nouns, so "the researchers found …" is a verb where "finds" would be a noun. */
export const IRREGULAR_PAST = new Set(['found', 'showed', 'shown', 'told', 'wrote', 'written']);

/** The forms of say and tell that mark a clause of speech wherever they stand. */
export const SAID_FORMS = new Set(['said', 'says', 'told']);

/** Verbs whose content may be an infinitive: "pledged to create …". */
export const PLEDGES = new Set(['pledge', 'vow', 'promise', 'commit', 'urge', 'threaten', 'offer', 'agree']);

/** Verbs a readout gives as a meeting's purpose and reports as said: "met … to reaffirm our ties". */
export const PURPOSE_CUES = new Set([
  'reaffirm', 'reiterate', 'underscore', 'emphasize', 'express', 'highlight', 'recognize', 'affirm', 'convey', 'stress',
  'thank', 'congratulate',
]);

/** Participles that name a thing after a noun ("a pattern called a glider") rather than report speech. */
export const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'written', 'titled', 'entitled', 'labeled', 'labelled', 'described', 'termed']);

/** Verbs that are speech only with a that-clause or a quotation after them; otherwise they are acts. */
export const CLAUSE_ONLY = new Set(['declare', 'claim', 'maintain', 'agree', 'observe', 'specify', 'defend']);

/** Verbs whose bare forms are also nouns ("her remarks", "a host of states"): a cue only where a verb can stand. */
export const NOUN_VERBS = new Set([
  'state', 'remark', 'report', 'comment', 'claim', 'call', 'post', 'fear', 'hope', 'note', 'question', 'demand',
  'request', 'promise', 'charge', 'answer', 'reply', 'tweet', 'estimate', 'forecast', 'signal', 'hint', 'voice', 'vow',
  'pledge', 'joke', 'quip', 'boast', 'brag', 'doubt', 'worry', 'show', 'find', 'counter', 'concern', 'blame',
  'guarantee', 'respond', 'continue', 'read', 'brief', 'lament', 'complain', 'warn', 'recall', 'repeat', 'testify',
  'thank', 'welcome', 'praise', 'express', 'mention', 'record', 'cite', 'add', 'feel', 'insist', 'propose',
]);

/** Of those (and a few more), the ones whose noun is common enough that the verb needs its content or a pronoun
 * subject right beside it ("states that", "he reports"). */
export const STRICT_NOUN_VERBS = new Set([
  'state', 'report', 'claim', 'call', 'post', 'fear', 'hope', 'note', 'question', 'demand', 'request', 'promise',
  'charge', 'answer', 'reply', 'estimate', 'forecast', 'signal', 'hint', 'voice', 'vow', 'pledge', 'joke', 'concern',
  'show', 'find', 'record', 'welcome', 'label', 'brand',
]);

/** Noun-like verbs whose content can open with "to": "hopes to", "calls to", "vowed to". */
export const TO_CONTENT_VERBS = new Set(['hope', 'call', 'vow', 'pledge', 'promise']);

/** Verbs of replying, which "to" makes an infinitive ("declined to comment"), not a cue. */
export const REPLY_VERBS = new Set(['respond', 'comment', 'answer', 'reply', 'return']);

/** Verbs that "not" makes a refusal ("did not comment", "would not confirm"), not a cue. */
export const REFUSED_VERBS = new Set([...REPLY_VERBS, 'confirm']);

/** Object verbs whose object may be followed straight by the clause: "told reporters the plan is …". */
export const TELL_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'advise', 'notify']);

/** Verbs that follow their content in the inverted order: ""...," said X". */
export const INVERTING = new Set([
  'go', 'chime', 'say', 'add', 'write', 'ask', 'reply', 'respond', 'explain', 'note', 'continue', 'recall', 'tweet',
  'declare', 'conclude', 'insist', 'warn', 'argue', 'counter', 'quip', 'state', 'announce', 'confirm', 'observe',
  'remark', 'comment', 'complain', 'read', 'report', 'answer', 'retort', 'joke', 'predict', 'stress', 'emphasize',
  'acknowledge', 'admit', 'concede', 'claim', 'suggest', 'exclaim', 'shout',
]);

/** Verbs whose content may be a bare object: "announced his resignation", "criticized the accord". */
export const OBJECT_CONTENT = new Set([
  'announce', 'criticize', 'criticise', 'describe', 'report', 'praise', 'dismiss', 'blast', 'slam', 'endorse',
  'reject', 'condemn', 'denounce', 'welcome', 'ridicule', 'defend', 'deny', 'acknowledge', 'confirm', 'propose',
  'promise', 'vow', 'pledge', 'reveal', 'mention', 'tout', 'hail', 'applaud', 'question', 'cite', 'recommend', 'demand',
  'request', 'express', 'voice', 'lambaste', 'decry', 'commend', 'dispute', 'disclose', 'predict', 'call',
]);

/** Finite forms that, after "and"/"but", continue the previous speaker's attribution ("and says", "but told"). */
export const FINITE_CONTINUING_FORMS = new Set(['said', 'told', 'wrote', 'says', 'tells', 'writes', 'adds', 'notes', 'argues', 'warns', 'insists']);

/** Verbs a document "…ing" reports for its issuer: "issued a statement saying …". */
export const DOCUMENT_SAYING_VERBS = new Set(['say', 'state', 'note', 'announce', 'warn', 'urge', 'declare', 'explain']);
