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
