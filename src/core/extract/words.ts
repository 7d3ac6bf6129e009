/**
 * The word lists the cue frames (frames/) read, one place each. Lower-cased unless the name says otherwise; verb
 * lists live in lexicon.ts. A list is named for what the rules use it for, so two lists that share words but serve
 * different rules stay apart: widening one must not silently widen the other.
 */
import { SAID_FORMS } from './lexicon.ts';

// ---- shared building blocks ----

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Personal pronouns a source can be (the resolver finds who they stand for). */
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** Articles, which a new noun phrase opens with. */
export const ARTICLES = new Set(['a', 'an', 'the']);

/** Words that open a noun phrase; a phrase ending in one is unfinished. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'one', 'two', 'three', 'some',
  'several', 'many', 'another', 'other', 'most', 'both', 'all', 'each',
]);

/** Auxiliaries, modals and negation: where they stand, a clause goes on. */
export const CLAUSE_WORDS = new Set([
  'is', 'was', 'were', 'are', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'has', 'have', 'had',
  'does', 'did', 'do', 'not', "n't", 'be', 'been',
]);

/** Clock words: "at 9:00 pm EDT said" has a time, not a source, before the cue. */
export const TIME_OF_DAY = new Set(['pm', 'a.m', 'p.m', 'a.m.', 'p.m.', 'edt', 'est', 'cdt', 'cst', 'pdt', 'pst', 'mdt', 'mst', 'utc', 'gmt', 'bst', 'cet', 'cest']);

/** Endings of a lower-case word that can head a source by itself: "officials", "the spokesman", "a poll". */
/** Nouns for someone who speaks that NOUNISH_LOWER's endings miss: "said the head of the agency". */
export const SPEAKER_HEADS = new Set(['head', 'chair', 'chairman', 'chairwoman', 'founder', 'owner', 'author', 'mayor', 'sheriff', 'coach', 'manager', 'ceo', 'attorney', 'lawyer', 'professor', 'doctor', 'woman', 'man', 'father', 'mother', 'wife', 'husband', 'son', 'daughter', 'friend', 'resident', 'witness', 'representative', 'member', 'organizer', 'organiser', 'founder', 'executive', 'actor', 'singer', 'writer', 'reporter', 'host', 'editor', 'historian', 'economist', 'scientist', 'researcher', 'activist', 'spokesperson']);

export const NOUNISH_LOWER = /(s|percent|%|official|spokesman|spokeswoman|spokesperson|source|aide|person|statement|readout|report|poll|survey|study|diplomat|analyst|expert|adviser|advisor|lawmaker|leader|government|administration|ministry|agency|minister|secretary|president|senator|governor|candidate|nominee|director|chief|one|campaign|committee|group|team|police|court|judge)$/;

/** "-ing" words that are prepositions, not participles. */
export const ING_PREPOSITIONS = new Set(['during', 'according']);

// ---- sources: where a speaker's noun phrase stops ----

/** Going left from a cue, the source stops at these: "..., because Obama said" has the source "Obama". */
export const STOP_LEFT = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'because', 'when', 'while', 'if', 'but', 'or', 'as', 'so', 'than',
  'though', 'although', 'since', 'after', 'before', 'where', 'what', 'how', 'why', 'until', 'unless', 'whether',
  'whereas', 'yet', ...SAID_FORMS, 'say', 'and', 'nor', 'once', 'to', 'for', 'in', 'on', 'at', 'by', 'with',
  'from', 'into', 'about', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'not', 'will', 'would', 'could',
  'should', 'can', 'may', 'might', 'must', 'do', 'does', 'did', 'has', 'have', 'had', 'also', 'then', 'now', 'there',
  'here', 'meanwhile', 'however', 'indeed', 'still', 'instead', 'thus', 'later', 'earlier',
]);

/** Going right from "said"/"according to", the source stops at these: "said Smith on Tuesday". */
export const STOP_RIGHT = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'that', 'who', 'which', 'because', 'as', 'to',
  'and', 'but', 'told', 'said', 'says', 'adding', 'saying', 'last', 'this', 'today', 'yesterday', 'tonight',
  ...WEEKDAYS, 'via', 'through', 'since', 'if', 'earlier', 'later', 'recently', 'late', 'early', 'over', 'under',
  'about', 'with', 'than', 'were', 'was', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may',
  'might', 'should', 'must', 'shall', 'be', 'been', 'not', 'do', 'does', 'did',
]);

/** In a strict noun phrase after a cue ("told X for …"), these start what follows the object. */
export const STRICT_NP_BREAKS = new Set(['for', 'of', 'about', 'with', 'from', 'by']);

/** In a loose noun phrase these join a name to its organisation: "a spokesman for the Pentagon". */
export const NP_LINKS = new Set(['with', 'from', 'by', 'for']);

/** Events, which happen and do not speak: "the State Visit reaffirmed …". */
export const EVENT_NOUNS = new Set(['visit', 'meeting', 'summit', 'trip', 'event', 'ceremony', 'dinner', 'reception', 'session', 'visits', 'meetings', 'tour', 'celebration']);

/** Discourse words before a source that are not part of it: "But Obama said". */
export const DISCOURSE_WORDS = new Set([
  'so', 'now', 'and', 'but', 'also', 'then', 'meanwhile', 'however', 'still', 'yet', 'instead', 'indeed', 'separately',
  'earlier', 'later', 'previously',
]);

/** Words that open a stretch enclosed in commas between a subject and its cue: "Putin, speaking in Sochi, said". */
export const ENCLOSED_OPENERS = new Set(['who', 'which', 'whose', 'speaking', 'according', 'in', 'on', 'at', 'during', 'after', 'when', 'while']);

/** Words that open an appositive after a name: "Monika Bickert, head of policy at Facebook". */
export const APPOSITIVE_HEADS = new Set(['head', 'chief', 'director', 'former', 'deputy', 'senior', 'executive', 'president', 'chairman']);

/** Words that show an apparent appositive is a clause: "Smith, who said …". */
export const APPOSITIVE_BREAKERS = new Set([...SAID_FORMS, 'who', 'which', 'that', 'adding', 'saying']);

/** Words that show a source running on after "said X, …" is a new clause after all. */
export const SOURCE_BREAKERS = new Set([...SAID_FORMS, 'adding', 'saying', 'according', 'that']);

/** After "said X,", a word that opens a new clause rather than an appositive: "…, though he …". */
export const CLAUSE_AFTER_SOURCE = new Set([
  'though', 'although', 'but', 'and', 'as', 'while', 'when', 'after', 'before', 'because', 'adding', 'saying', 'so',
  'if', 'even', 'in', 'on', 'at', 'according',
]);

/** Verbs and adverbs that end a clause's subject: "Obama met …", "Obama later …". */
export const AUX_OR_VERB = new Set([
  'is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must',
  'does', 'did', 'do', 'also', 'then', 'sent', 'made', 'took', 'gave', 'went', 'came', 'spoke', 'met', 'held', 'left',
  'got', 'set', 'put', 'ran', 'won', 'lost', 'led', 'began', 'became', 'brought', 'kept', 'wrote', 'told', 'said',
  'saw', 'found', 'thought', 'felt', 'still', 'again', 'never', 'later', 'once', 'now', 'who', 'which',
]);

/** Conjunctions and focus words before a clause's subject: "And even Obama tried …". */
export const SUBJECT_LEAD_WORDS = new Set(['and', 'but', 'so', 'even', 'yet', 'still', 'then', 'now', 'also', 'only']);

/** Capitalised first words of an introductory phrase before a comma ("In 2016, …", "Asked about it, …").
 * Case-sensitive: a capitalised word not listed here may be the subject itself ("Obama, …"). */
export const INTRO_OPENERS_CAPITALISED = new Set([
  'In', 'On', 'At', 'For', 'During', 'After', 'Before', 'Earlier', 'Later', 'Last', 'This', 'Speaking', 'Asked',
  'When', 'While', 'As', 'But', 'And', 'Still', 'However', 'Meanwhile', 'Now', 'Then', 'Since', 'With', 'Without',
  'Despite', 'Although', 'Though', 'If', 'Yet', 'Instead', 'Separately', 'Also', 'Today', 'Yesterday', 'Monday',
  'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Over', 'Under', 'From', 'Following',
]);

// ---- cue candidates: when a reporting verb is not one ----

/** Particles after "call"/"point" that make them cues: "calls for", "points out". */
export const CALL_POINT_PARTICLES = new Set(['for', 'on', 'out', 'to']);
/** The particles that make "point" a cue. */
export const POINT_PARTICLES = new Set(['out', 'to']);
/** After "call", the particles that open its content ("calls for", "calls on"). */
export const CALL_PARTICLES = new Set(['for', 'on']);

/** Words that make the next word a noun: "the report", "her remarks", "every comment". */
export const NOUN_DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'whose', 'every', 'each',
  'no', 'any',
]);

/** Words before a noun-like verb form that make it a noun: "delivered remarks", "a host of states". */
export const NOUN_CONTEXT = new Set([
  'delivered', 'delivers', 'deliver', 'gave', 'give', 'gives', 'made', 'opening', 'closing', 'of', 'in', 'on', 'for',
  'with', 'by', 'from', 'at', 'about', 'into', 'over', 'under', 'after', 'before', 'and', 'or', 'public', 'private',
  'recent', 'earlier', 'latest', 'new', 'own', 'written', 'prepared', 'such', 'many', 'several', 'some', 'few', 'other',
  'those', 'these', 'both', 'all', 'no', 'any', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'the', 'a', 'an',
  'this', 'two', 'three', 'more', 'most', 'less', 'united', 'big', 'small', 'key', 'swing', 'battleground', 'red',
  'blue', 'southern', 'northern', 'western', 'eastern', 'same', 'false', 'true', 'initial', 'news', 'media', 'press',
  'poll', 'survey', 'numerous', 'growing', 'rising', 'widespread', 'repeated',
]);

/** Words before "asked" that make it a question put to someone ("when asked", "was asked"), not a cue with an asker. */
export const ASKED_PASSIVE_BEFORE = new Set(['when', 'whenever', 'was', 'were', 'if', 'after', 'being', 'once', 'and']);

/** Words after a passive "asked" that open the question: "Asked whether …", "asked about …". */
export const QUESTION_OPENERS = new Set(['if', 'whether', 'about', 'what', 'why', 'how', 'who', 'when', 'to', 'by']);

/** Auxiliaries before a past participle that make the verb passive: "was asked". */
export const PASSIVE_AUX = new Set(['was', 'were']);

/** Words before a verb form that make it passive or adjectival: "was reported", "the said", "is expected". */
export const PASSIVE_OR_ADJECTIVE_BEFORE = new Set(['was', 'were', 'be', 'been', 'being', 'is', 'are', 'the', 'a', 'an']);

/** Words after "state" that make it the adjective: "state law", "state and federal". */
export const STATE_ADJECTIVE_NEXT = new Set(['and', 'or', '-', 'law', 'laws', 'level', 'government', 'governments', 'officials', 'legislators']);

/** After a naming participle, words that show it is speech after all: "called for", "called it …". */
export const NAMING_NOT_NEXT = new Set(['for', 'on', 'out', 'to', 'that', 'it', 'him', 'her', 'them']);

// ---- content: where reported content starts and ends ----

/** Words that can follow a cue before its content without being content: "said Tuesday that". */
export const TIME_WORDS = new Set([
  ...WEEKDAYS, 'today', 'yesterday', 'tonight', 'on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'later', 'week',
  'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'recently', 'again', 'repeatedly', 'publicly',
  'privately', 'also', 'then', 'previously', 'himself', 'herself', 'itself', 'themselves', 'once', 'frequently',
  'often', 'simply', 'a', 'an', 'the', 'statement', 'interview', 'speech', 'rally', 'press', 'conference', 'briefing',
  'with',
]);

/** Words of a tail after a cue that is not content: "said in a statement on Tuesday", "told reporters". */
export const TAIL_WORDS = new Set([
  ...TIME_WORDS, 'to', 'from', 'of', 'for', 'by', 'near', 'outside', 'inside', 'after', 'before', 'reporters',
  'journalists', 'email', 'e-mail', 'emailed', 'phone', 'telephone', 'call', 'news', 'event', 'town', 'hall', 'here',
  'there', 'recent', 'his', 'her', 'their', 'its', 'our', 'office', 'campaign', 'appearance', 'post', 'tweet',
  'twitter', 'facebook', 'letter', 'meeting', 'radio', 'television', 'show', 'program', 'ago', 'days',
  'weeks', 'months', 'years', 'hours', 'minutes', 'day', 'hour', 'first', 'second', 'time', 'told', 'late', 'early',
  'when', 'asked', 'about', 'while', 'speaking', 'audience', 'crowd', 'supporters', 'cnn', 'video', 'message',
  'written', 'prepared', 'remarks', 'joint', 'session', 'hearing', 'testimony', 'testifying', 'visit', 'trip',
]);

/** What may follow an object verb's object and open the content: "told reporters that", "asked him for". */
export const AFTER_OBJECT = new Set(['that', 'for', 'about', 'to', 'of', 'on', 'why', 'how', 'what', 'whether', 'if']);

/** Common objects of tell/ask that are not noun phrases the source finder takes: "told reporters", "told me". */
export const BARE_OBJECTS = new Set(['reporters', 'journalists', 'me', 'us', 'him', 'her', 'them', 'lawmakers', 'congress']);

/** Prepositions of an adjunct between a cue and its that-clause: "said after a lunch on Tuesday that". */
export const ADJUNCT_PREPOSITIONS = new Set(['after', 'in', 'on', 'at', 'during', 'before', 'while', 'following', 'from', 'through', 'to', 'with']);

/** Words after "X, officials said," that do not resume the content: "…, according to …", "…, though …". */
export const NOT_RESUMING = new Set(['according', 'though', 'although', 'but', 'and', 'while', 'as', 'referring', 'citing', 'noting']);

/** Words that open an adjunct after a cue (as do "-ly" adverbs): "said as he left", "said afterwards". */
export const ADJUNCT_WORDS = new Set([
  'as', 'of', 'after', 'when', 'while', 'before', 'during', 'in', 'at', 'on', 'from', 'to', 'with', 'about', 'because',
  'since', 'referring', 'pointing', 'noting', 'speaking', 'outside', 'inside', 'near', 'through', 'without', 'amid',
  'following', 'afterward', 'afterwards', 'later', 'then', 'earlier', 'recently', 'answering', 'responding', 'adding',
  'explaining', 'according',
]);

/** Words that open a short introductory phrase, not reported content: "In 2016, X endorsed …". */
export const INTRO_WORDS = new Set([
  'in', 'on', 'at', 'for', 'during', 'after', 'before', 'earlier', 'later', 'last', 'this', 'since', 'with', 'without',
  'despite', 'over', 'under', 'from', 'following', 'today', 'yesterday', 'now', 'then', 'still', 'meanwhile',
  'however', 'instead', 'separately', 'also', ...WEEKDAYS, 'so', 'but', 'and', 'yet', 'indeed', 'moreover', 'overall',
  'ultimately', 'again', 'first', 'second', 'finally', 'recently', 'previously', 'once', 'when', 'while', 'as', 'if',
  'although', 'though', 'because', 'asked', 'speaking', 'writing', 'by', 'according', 'among', 'across', 'within',
  'outside', 'inside', 'like', 'unlike', 'amid', 'around', 'about', 'of',
]);

/** Conjunctions that open a clause of its own: "X said A, but he said B". */
export const CONTRASTING = new Set(['but', 'although', 'though', 'while', 'whereas', 'yet']);

// ---- the cue itself ----

/** "-ly" words that are not adverbs, so never part of a cue: "Italy said", "the rally said". */
export const LY_NOT_ADVERBS = new Set(['only', 'early', 'family', 'july', 'italy', 'ally', 'rally', 'daily', 'weekly', 'monthly', 'assembly', 'supply', 'fly', 'holy']);

/** Words between a subject and its verb that join the cue ("has also said", "on Tuesday said"), when CUE_PREFIX
 * (or a "-day"/"-night" ending) agrees. */
export const BEFORE_CUE = new Set([
  'nevertheless', 'nonetheless', 'together', 'jointly', 'each', 'has', 'have', 'had', 'also', 'later', 'then',
  'previously', 'once', 'reportedly', 'further', 'again', 'recently', 'repeatedly', 'publicly', 'privately', 'often',
  'first', 'earlier', 'separately', 'would', 'will', 'did', 'does', 'do', 'never', 'not', 'even', 'already', 'still',
  'just', 'openly', 'directly', 'flatly', 'explicitly', 'specifically', 'clearly', 'strongly', 'firmly', 'immediately',
  'initially', 'subsequently', 'similarly', ...WEEKDAYS, 'today', 'yesterday', 'tonight',
]);

/** Documents in "said in a statement": part of the cue, and the source is their issuer. */
export const ISSUED_DOCUMENTS = new Set(['statement', 'readout', 'release']);

/** Documents a "…ing" cue speaks through: "issued a statement saying …", "a letter explaining". */
export const SAYING_DOCUMENTS = new Set(['statement', 'letter', 'message', 'tweet', 'post', 'release', 'video', 'note', 'memo', 'email', 'filing']);

/** Words before a "…ing" cue that make it continue the clause: "by saying", "while adding", "without noting". */
export const ING_CUE_LINKS = new Set(['by', 'while', 'after', 'before', 'without', 'when', 'in']);
