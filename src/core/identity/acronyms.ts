/**
 * Acronyms the corpus spells out: "the National Hurricane Center (NHC)" says that "NHC" is the National Hurricane
 * Center, so a quote by "NHC" belongs to that organisation. Pure string work, no Node APIs.
 */
import type { ArticleId } from '../model.ts';
import { organisationKey } from './names.ts';

/** One spelled-out acronym: where it was seen (when known), the acronym and the long name as written. */
export interface AcronymPair {
  acronym: string;
  name: string;
  articleId?: ArticleId;
}

/** Words that may stand inside a long name without giving a letter: "Department of the Interior (DOI)". */
const JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', '&', 'de', 'du', 'des', 'la', 'le', 'el', 'del', 'y', 'et', 'und', 'für']);
/** Heads of a government body's name, before "of": "Department of …". */
const BODY_HEADS = new Set(['Department', 'Office', 'Ministry', 'Bureau', 'Agency', 'Council', 'Administration', 'Commission', 'Secretary', 'Institute']);
const ACRONYM = /\((?:the\s+)?([A-Z][A-Za-z0-9&]{1,9}|[A-Z](?:\.[A-Z]){1,6}\.?)\)/g;

const letters = (acronym: string): string => acronym.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/**
 * Whether the words, in order, spell the acronym by their initials: each capitalised word gives its first letter
 * (at most one may be left out: "Centers for Medicare and Medicaid Services (CMS)"), joining words may give theirs.
 */
function spells(words: string[], acronym: string): boolean {
  const target = letters(acronym);
  // The acronym's own capitals only ("DoD" → "dd"), when it mixes cases.
  const capitals = /[a-z]/.test(acronym) ? acronym.replace(/[^A-Z0-9]/g, '').toLowerCase() : target;
  return [target, capitals].some((t) => t.length >= 2 && matchFrom(words, 0, t, 0, 0));
}

function matchFrom(words: string[], wi: number, target: string, ti: number, skipped: number): boolean {
  if (ti === target.length) {
    // Every remaining capitalised word must be accounted for.
    const rest = words.slice(wi).filter((w) => /^[A-Z]/.test(w)).length;
    return skipped + rest <= 1;
  }
  if (wi === words.length) return false;
  const word = words[wi] ?? '';
  // "US", "UK": a short all-capital word gives all its letters.
  if (/^[A-Z]{2,3}$/.test(word) && target.startsWith(word.toLowerCase(), ti) && matchFrom(words, wi + 1, target, ti + word.length, skipped)) return true;
  const initial = word.replace(/^[^A-Za-z0-9]+/, '').charAt(0).toLowerCase();
  const joiner = JOINERS.has(word.toLowerCase());
  if (wi === 0 && (joiner || initial !== target[0])) return false;
  // Use this word's initial, or, in a hyphenated or joined word, also its later parts' ("Islander-Serving").
  if (initial === target[ti]) {
    const parts = word.split('-').filter(Boolean);
    let k = ti + 1;
    for (const part of parts.slice(1)) if (part.charAt(0).toLowerCase() === target[k]) k++;
    if (k > ti + 1 && matchFrom(words, wi + 1, target, k, skipped)) return true;
    if (matchFrom(words, wi + 1, target, ti + 1, skipped)) return true;
  }
  if (joiner) return matchFrom(words, wi + 1, target, ti, skipped);
  if (/^[A-Z]/.test(word) && skipped === 0 && wi > 0) return matchFrom(words, wi + 1, target, ti, skipped + 1);
  return false;
}

/**
 * Every "Long Name (ACR)" in a text whose long name spells the acronym, the shortest such name before the
 * bracket ("the U.S. Agency for International Development (USAID)" → "U.S. Agency for International Development").
 */
export function collectAcronyms(body: string, articleId?: ArticleId): AcronymPair[] {
  const pairs: AcronymPair[] = [];
  const seen = new Set<string>();
  for (const match of body.matchAll(ACRONYM)) {
    const acronym = (match[1] ?? '').replace(/\.$/, '');
    // The words just before the bracket, back to a sentence or clause break; "U.S." is one word, "US".
    const before = body.slice(Math.max(0, (match.index ?? 0) - 200), match.index ?? 0).replace(/\bU\.S\.(?=\s)/g, 'US').replace(/\bU\.K\.(?=\s)/g, 'UK');
    const clause = before.split(/[.,;:!?()\n"“”]\s|[;:()\n"“”]/).pop() ?? '';
    const words = clause.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const target = letters(acronym);
    // The longest run of name words before the bracket that spells the acronym.
    let found: string | null = null;
    for (let start = words.length - 1; start >= Math.max(0, words.length - target.length - 6); start--) {
      const span = words.slice(start);
      if (/^[a-z]/.test(span[0] ?? '') && !JOINERS.has((span[0] ?? '').toLowerCase())) break;
      if (!/^[A-Z]/.test(span[0] ?? '')) continue;
      if (spells(span, acronym)) {
        // "Department of Health and Human Services (HHS)": the body the acronym leaves out is part of the name.
        let from = start;
        if (words[from - 1] === 'the' && words[from - 2] === 'of') from--;
        if (words[from - 1] === 'of' && BODY_HEADS.has(words[from - 2] ?? '')) from -= 2;
        found = words.slice(from < start ? from : start).join(' ');
      }
    }
    if (!found) continue;
    const name = found.replace(/^(the|The)\s+/, '').replace(/^US(?=\s)/, 'U.S.').replace(/^UK(?=\s)/, 'U.K.');
    const key = `${acronym}|${name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(articleId ? { acronym, name, articleId } : { acronym, name });
  }
  return pairs;
}

/** What an organisation key written as an acronym stands for: per article where spelled out there, else corpus-wide. */
export interface AcronymTable {
  /** The organisation key of the long name for an acronym seen in this article, or null when none is certain. */
  expand(acronym: string, articleId: ArticleId): { key: string; name: string } | null;
  /**
   * The one long name spelled out in this article that ends in this organisation key ("medicare and medicaid
   * services" → "Centers for Medicare and Medicaid Services"), or null.
   */
  complete(key: string, articleId: ArticleId): { key: string; name: string } | null;
}

/**
 * A table from pairs: an acronym spelled out in the same article means that; elsewhere it means its corpus-wide
 * spelling when one long name (by organisation key) has at least three quarters of its spellings, and at least two
 * (one spelling in one article does not say what the acronym means elsewhere: "ABC" is more than one broadcaster).
 */
export function acronymTable(pairs: readonly AcronymPair[]): AcronymTable {
  const byArticle = new Map<string, { key: string; name: string }>();
  const longNames = new Map<string, Map<string, string>>();
  const corpus = new Map<string, Map<string, { name: string; count: number }>>();
  for (const p of pairs) {
    const acr = letters(p.acronym);
    const key = organisationKey(p.name);
    if (!key || !acr) continue;
    if (p.articleId) {
      byArticle.set(`${p.articleId}|${acr}`, { key, name: p.name });
      const names = longNames.get(p.articleId) ?? new Map<string, string>();
      names.set(key, p.name);
      longNames.set(p.articleId, names);
    }
    const names = corpus.get(acr) ?? new Map<string, { name: string; count: number }>();
    const had = names.get(key) ?? { name: p.name, count: 0 };
    had.count++;
    names.set(key, had);
    corpus.set(acr, names);
  }
  const dominant = new Map<string, { key: string; name: string }>();
  for (const [acr, names] of corpus) {
    const sorted = [...names.entries()].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1));
    const total = sorted.reduce((n, [, v]) => n + v.count, 0);
    const [topKey, top] = sorted[0] ?? [];
    if (topKey && top && top.count >= 2 && top.count * 4 >= total * 3) dominant.set(acr, { key: topKey, name: top.name });
  }
  return {
    expand(acronym, articleId) {
      const acr = letters(acronym);
      return byArticle.get(`${articleId}|${acr}`) ?? dominant.get(acr) ?? null;
    },
    complete(key, articleId) {
      if (key.split(' ').length < 2) return null;
      const fits = [...(longNames.get(articleId) ?? new Map<string, string>())].filter(([long]) => long.endsWith(` ${key}`));
      return fits.length === 1 && fits[0] ? { key: fits[0][0], name: fits[0][1] } : null;
    },
  };
}
