/**
 * A check a reader would make of the speaker directory: does this name look like a person's (or an
 * organisation's) name, or does it carry a title, a place, a headline word, an affiliation, or is it no name at all?
 * Used by `npm run eval:speakers` to list the directory names that look wrong; it judges the shown name only.
 */
import { isCommonNoun, isGivenName, isHeadlineVerb, isOccupation, isPlace, leadingPlace, plainWord } from './lexicon.ts';
import { HONORIFICS, ORG_WORDS, PARTICLES, ROLE_HEADS, ROLE_WORDS, SUFFIXES } from './names.ts';

/** Words that name a body, not a person: in a person's name they show an organisation read as one. */
const BODY_WORDS = new Set([...ORG_WORDS, 'review', 'guardian', 'press', 'tv']);

const TIME_WORDS = new Set(['yesterday', 'today', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'meanwhile', 'earlier', 'later']);
const PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'he', 'she', 'they', 'we', 'i', 'it']);

/**
 * Why `name` looks wrong as a directory name of this kind (a SpeakerKind, or a kind as read from published data),
 * or null when it looks right.
 */
export function suspiciousName(name: string, kind: string): string | null {
  // a document or group of one article carries its article's date: "Participants (2023-04-21)"
  const dated = / \(\d{4}-\d{2}-\d{2}\)$/.test(name.trim());
  const text = name.replace(/\s+/g, ' ').trim().replace(/ \(\d{4}-\d{2}-\d{2}\)$/, '');
  // ("Order (2025-06-30)": an unnamed document or group of one article is named by its kind and date, by design)
  if (dated && kind !== 'person') return null;
  if (!text) return 'empty';
  if (kind === 'anonymous') return null;
  const words = text.split(' ');
  const lw = words.map((w) => plainWord(w).replace(/\.$/, ''));
  const first = lw[0] ?? '';
  if (TIME_WORDS.has(first) && words.length > 1) return 'leading time word';
  if (PRONOUNS.has(first)) return 'leading pronoun';
  if (/[a-z]{2,}[.!?:;]\s/.test(text)) return 'sentence break inside';
  if (kind === 'person' || kind === 'group') {
    if (words.length === 1 && SUFFIXES[first]) return 'lone suffix';
    if (first === 'the' || ROLE_HEADS.has(first)) return words.length === 1 || first === 'the' ? 'role, not a person' : 'leading title';
    if ((ROLE_WORDS.has(first) || HONORIFICS.has(first)) && words.length > 1 && !isGivenName(words[0] ?? '')) return 'leading title';
    if (isOccupation(words[0] ?? '') && words.length > 1 && !isGivenName(words[0] ?? '')) return 'leading occupation';
    if (isPlace(text)) return 'place as a person';
    if (words.length > 1 && leadingPlace(words) > 0 && leadingPlace(words) < words.length) return 'leading place';
    const lower = words.findIndex((w, i) => /^[a-z]/.test(w) && !PARTICLES.has(lw[i] ?? ''));
    if (lower >= 0) return lw[lower] === 'of' || lw[lower] === 'for' ? 'affiliation or role complement' : 'lower-case word';
    const body = lw.find((w) => BODY_WORDS.has(w));
    if (body) return `organisation word "${body}"`;
    if (words.length > 1 && isHeadlineVerb(words[words.length - 1] ?? '')) return 'trailing headline verb';
    if (words.every((w, i) => isCommonNoun(w) || lw[i] === 'and' || lw[i] === 'the')) return words.length === 1 ? 'single common noun' : 'common nouns, not a name';
    if (words.length > 2 && isCommonNoun(words[0] ?? '') && !isGivenName(words[0] ?? '')) return 'leading headline or section word';
    const given = words.findIndex((w, i) => i >= 1 && isGivenName(w) && i < words.length - 1);
    if (given > 0 && !isGivenName(words[0] ?? '') && words.slice(0, given).some((w) => isCommonNoun(w) || isOccupation(w) || leadingPlace([w]) > 0)) {
      return 'leading headline or section word';
    }
    if (words.length > 5) return 'too long for a name';
    if (/[^\p{L}\p{M}\s.'’-]/u.test(text)) return 'not name characters';
    return null;
  }
  // Organisations and documents.
  if (/^[a-z]/.test(words[0] ?? '')) return 'lower-case start';
  if (/\S's\s/.test(text.replace(/’/g, "'"))) return 'possessive inside';
  const given = words.findIndex((w, i) => i > 0 && /^[A-Z]/.test(w) && isGivenName(w) && /^[A-Z]/.test(words[i + 1] ?? '') && i + 2 >= words.length - 1);
  if (given > 0 && words.length - given <= 3 && leadingPlace(words.slice(given - 1)) === 0 && !lw.slice(given).some((w) => BODY_WORDS.has(w)) && !words.slice(given).some((w) => isCommonNoun(w))) {
    return 'a person inside an organisation name';
  }
  const place = leadingPlace(words);
  if (place > 0 && place < words.length && leadingPlace(words.slice(place)) === words.length - place) return 'places joined';
  if (words.length === 1 && isCommonNoun(words[0] ?? '') && !/^[A-Z]{2,}$/.test(words[0] ?? '')) return 'single common noun';
  return null;
}
