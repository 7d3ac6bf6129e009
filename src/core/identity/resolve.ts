import { speakerIdFor } from '../ids.ts';
import type { ArticleId, Span, SpeakerId, SpeakerKind } from '../model.ts';
import { acronymTable, collectAcronyms, type AcronymPair } from './acronyms.ts';
import { isCommonNoun, isListedGivenName, isOccupation, leadingPlace, plainWord } from './lexicon.ts';
import { cleanRole, displayOrganisation, fold, LEADING_JUNK, readName, ROLE_WORDS, type NameReading } from './names.ts';

export type { AcronymPair } from './acronyms.ts';

export interface ResolveOptions {
  /**
   * Acronyms the corpus spells out ("the National Hurricane Center (NHC)"), from collectAcronyms over the article
   * bodies: an organisation named by such an acronym is the organisation it stands for, and is shown by its name.
   */
  acronyms?: readonly AcronymPair[];
  /**
   * Article bodies by id. A surname alone ("La Riva", "Waddoups") is completed from its own article when the
   * article writes exactly one full name with that surname ("Judge Clark Waddoups"); and when `acronyms` is not
   * given, the acronyms are collected from these bodies.
   */
  bodies?: ReadonlyMap<ArticleId, string>;
}

/** One quote's speaker as the extraction engine resolved it within its article. */
export interface SpeakerMention {
  articleId: ArticleId;
  date: string;
  name: string;
  kind: SpeakerKind;
  role: string | null;
  /** Where the quote names its speaker in the article body, and what a pronoun there refers to (as extracted). */
  mention?: Span | null;
  antecedent?: Span | null;
}

export interface ResolvedSpeaker {
  id: SpeakerId;
  name: string;
  kind: SpeakerKind;
  aliases: string[];
  roles: { role: string; first: string; last: string }[];
}

/** Every anonymous source shares one identity: they cannot be told apart, and must never merge with a name. */
export const ANONYMOUS_NAME = 'Unnamed sources';

/**
 * A surname alone joins a full name seen within this many days of it (before its first or after its last
 * mention); further away, it cannot be told from someone else of that surname.
 */
const SURNAME_WINDOW_DAYS = 400;
/** A surname alone joins the most-quoted of several candidates only when that one is this many times as quoted as all others together. */
const DOMINANCE = 6;
const DOMINANCE_MIN = 20;

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

interface Reading {
  mention: SpeakerMention;
  name: NameReading;
  role: string | null;
  /** Joined to a longer name by its last words ("López Obrador"): shown only when nothing fuller is. */
  partial?: boolean;
}

interface FullGroup {
  key: string;
  given: string;
  surname: string;
  suffix: string | null;
  middles: Set<string>;
  count: number;
  first: number;
  last: number;
  roles: Set<string>;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key wins, so the result does not depend on the order of unions.
    if (ra !== rb) {
      if (ra < rb) this.parent.set(rb, ra);
      else this.parent.set(ra, rb);
    }
  }
}

const roleKey = (role: string): string => role.toLowerCase();

/** What a role says about who holds it, without qualifiers: "Former U.S. President" and "Turkish President" → "president". */
const ROLE_QUALIFIERS = /^(former|acting|then|u\.s\.|us|the|[a-z]+(?:an|ese|ish|ian))$/;
function roleMatchKey(role: string): string {
  const words = role.toLowerCase().split(/\s+/);
  while (words.length > 1 && ROLE_QUALIFIERS.test(words[0] ?? '')) words.shift();
  return words.join(' ');
}

/**
 * Give every mention a corpus-wide speaker id.
 *
 * People: full names ("Joe Biden", "Joseph R. Biden Jr.") are one person when surname and given name agree
 * (allowing common nicknames), middle initials do not contradict, and a generational suffix ("Jr.") is only
 * ignored when both forms were seen with the same role (so "Donald Trump Jr." stays apart from "Donald Trump",
 * while "President Joseph R. Biden, Jr." joins "President Joe Biden"). A surname alone joins a full name when,
 * among the people of that surname, exactly one shares its role or was seen near its date, or one is far more
 * quoted than all the others; otherwise it stays its own speaker rather than merge wrongly. A role alone
 * ("the President") stays apart. Organisations are one when their names normalise alike ("the White House",
 * "White House"; "the U.S. State Department", "the Department of State"), and an acronym is the organisation the
 * corpus spells it out as (options.acronyms). Roles are kept with the dates they were seen, never in the name.
 *
 * A mention that names no speaker at all (a lone "Jr.", a heading's "Offering") is marked in `unattributed`; its
 * id is the unnamed sources' so that callers that do not read `unattributed` keep working, but a caller should
 * publish such a quote without a speaker.
 */
export function resolveSpeakers(
  mentions: SpeakerMention[],
  options: ResolveOptions = {},
): { ids: SpeakerId[]; speakers: ResolvedSpeaker[]; unattributed: boolean[] } {
  const bodies = options.bodies;
  const pairs = options.acronyms ?? (bodies ? [...bodies].flatMap(([id, body]) => collectAcronyms(body, id)) : []);
  const acronyms = pairs.length ? acronymTable(pairs) : null;
  const completions = new Map<string, NameReading | null>();
  const first = mentions.map((mention) => {
    const reading = readName(mention.name, mention.kind);
    // The start of an organisation's or a place's name taken for a title: role "Saudi" with "Arabia", role
    // "U.S. Department of Health and" with "Human Services". Read together, they are the organisation.
    const capitalised = (text: string) => text.split(/\s+/).every((w) => /^[A-Z\u00C0-\u024F]/.test(w) || ['of', 'and', 'for', 'the', '&'].includes(w));
    const weak = reading.type === 'organisation' || (reading.type === 'person' && !reading.given && !reading.role);
    if (mention.role && weak && capitalised(mention.role) && cleanRole(mention.role) === null) {
      const whole = readName(`${mention.role} ${mention.name.replace(/^the\s+/i, '')}`, mention.kind === 'anonymous' ? 'organisation' : mention.kind);
      const extends_ = reading.type !== 'organisation' || (whole.type === 'organisation' && whole.key.endsWith(reading.key) && whole.key !== reading.key);
      if (whole.type === 'organisation' && whole.key.split(' ').length >= 2 && extends_) return whole;
    }
    return reading;
  });
  // How often each full name is read, by surname and given name: who is the corpus's "Biden".
  const fullCounts = new Map<string, Map<string, number>>();
  for (const n of first) {
    if (n.type !== 'person' || !n.given) continue;
    const byGiven = fullCounts.get(n.surname) ?? new Map<string, number>();
    byGiven.set(n.given, (byGiven.get(n.given) ?? 0) + 1);
    fullCounts.set(n.surname, byGiven);
  }
  const outweighed = (n: NameReading & { type: 'person' }): boolean => {
    const own = fullCounts.get(n.surname)?.get(n.given ?? '') ?? 0;
    return [...(fullCounts.get(n.surname) ?? new Map<string, number>())].some(([given, count]) => given !== n.given && count >= DOMINANCE_MIN && count >= DOMINANCE * own);
  };
  const readings: Reading[] = mentions.map((mention, index) => {
    let name = first[index] as NameReading;
    const role = cleanRole(mention.role) ?? (name.type === 'person' || name.type === 'role' ? name.role : null);
    const body = bodies?.get(mention.articleId);
    // A full name the article never writes, given to a bare surname ("Biden" made "Hunter Biden" from "Biden's son
    // Hunter"): the surname is all the article says, and the surname is resolved as such.
    // So too when the article writes two people of that surname ("Joe Biden", "Hunter Biden") and the corpus quotes
    // another of them far more: a bare "Biden" is then the corpus's Biden, not the nearest full name.
    if (body && name.type === 'person' && name.given) {
      const said = [mention.mention, mention.antecedent].map((sp) => (sp ? body.slice(sp.start, sp.end).trim() : ''));
      const surnameText = name.display.split(' ').slice(-1)[0] ?? '';
      if (said.some((t) => t === surnameText) && !said.some((t) => t.includes(' ') && t.endsWith(surnameText))) {
        const bare = readName(surnameText, 'person');
        const written = body.includes(name.display.replace(/\s+(Jr\.|Sr\.|II|III|IV)$/, ''));
        if (bare.type === 'person' && (!written || (outweighed(name) && fullNamesInBody(body, bare, role).size >= 2))) name = { ...bare, role: name.role };
      }
    }
    // "La Riva" → "Gloria La Riva", when the article names exactly one person so.
    if (body && name.type === 'person' && !name.given) {
      const key = `${mention.articleId}|${name.display}|${role ?? ''}`;
      if (!completions.has(key)) completions.set(key, fullNameInBody(body, name, role));
      const full = completions.get(key);
      if (full && full.type === 'person') name = { ...full, role: name.role ?? full.role };
    }
    // "NHC" → the National Hurricane Center, when the corpus spells it out.
    if (acronyms && name.type === 'organisation' && /^[A-Z][A-Za-z0-9&.]*$/.test(name.display) && (name.display.match(/[A-Z]/g) ?? []).length >= 2) {
      const long = acronyms.expand(name.display, mention.articleId);
      if (long) name = { type: 'organisation', key: long.key, display: displayOrganisation(long.name) };
    } else if (acronyms && name.type === 'organisation') {
      // "Medicare and Medicaid Services", the end of "Centers for Medicare and Medicaid Services (CMS)" in this article.
      const long = acronyms.complete(name.key, mention.articleId);
      if (long) name = { type: 'organisation', key: long.key, display: displayOrganisation(long.name) };
    }
    return { mention, name, role };
  });
  joinByLastWords(readings);

  // 1. Full names, grouped by surname, suffix and given name.
  const groups = new Map<string, FullGroup>();
  const baseKey = (n: { surname: string; suffix: string | null; given: string }) => `person:${n.surname}|${n.suffix ?? ''}|${n.given}`;
  for (const r of readings) {
    if (r.name.type !== 'person' || !r.name.given) continue;
    const key = baseKey({ surname: r.name.surname, suffix: r.name.suffix, given: r.name.given });
    const day = dayNumber(r.mention.date);
    const g = groups.get(key) ?? { key, given: r.name.given, surname: r.name.surname, suffix: r.name.suffix, middles: new Set(), count: 0, first: day, last: day, roles: new Set() };
    if (r.name.middles) g.middles.add(r.name.middles);
    g.count++;
    g.first = Math.min(g.first, day);
    g.last = Math.max(g.last, day);
    if (r.role) g.roles.add(roleMatchKey(r.role));
    groups.set(key, g);
  }
  // Middle initials that disagree ("George W. Bush", "George H. W. Bush") are different people; a name without
  // them then cannot be placed, and stays apart.
  const fullKeyOf = (n: { surname: string; suffix: string | null; given: string; middles: string }): string => {
    const key = baseKey(n);
    const g = groups.get(key);
    if (!g || g.middles.size <= 1) return key;
    return `${key}|${n.middles || '?'}`;
  };

  const uf = new UnionFind();
  // 2. "X Jr." joins "X" when both were seen with one role.
  for (const g of groups.values()) {
    if (!g.suffix || g.middles.size > 1) continue;
    const plain = groups.get(baseKey({ surname: g.surname, suffix: null, given: g.given }));
    if (!plain || plain.middles.size > 1) continue;
    const middlesAgree = g.middles.size === 0 || plain.middles.size === 0 || [...g.middles][0] === [...plain.middles][0];
    const sharedRole = [...g.roles].some((role) => plain.roles.has(role));
    if (middlesAgree && sharedRole) uf.union(plain.key, g.key);
  }

  // 3. Every mention's cluster.
  const bySurname = new Map<string, FullGroup[]>();
  for (const g of groups.values()) {
    if (g.middles.size > 1) continue; // split groups are too ambiguous to take a surname
    const list = bySurname.get(g.surname) ?? [];
    list.push(g);
    bySurname.set(g.surname, list);
  }
  const familyFirst = new Map<string, FullGroup[]>();
  for (const g of groups.values()) {
    if (g.middles.size > 0 || g.suffix) continue;
    const list = familyFirst.get(g.given) ?? [];
    list.push(g);
    familyFirst.set(g.given, list);
  }
  const clusterOf: string[] = readings.map((r) => {
    const n = r.name;
    switch (n.type) {
      case 'anonymous':
      case 'none':
        return 'anon';
      case 'organisation':
        return `org:${n.key}`;
      case 'collective':
        // "the order", "participants" are this article's; a named report ("the Overstay Report") is one across the corpus
        return n.generic ? `${n.kind}:${r.mention.articleId}:${n.key}` : `${n.kind}:${n.key}`;
      case 'role':
        return `role:${roleKey(n.role)}`;
      case 'person': {
        if (n.given) return uf.find(fullKeyOf({ surname: n.surname, suffix: n.suffix, given: n.given, middles: n.middles }));
        // Names written family name first ("Xi Jinping") are found by their first word when no one has it as a last.
        const pool = bySurname.get(n.surname) ?? familyFirst.get(n.surname) ?? [];
        const chosen = surnameCandidate(pool, r, uf);
        return chosen ?? `surname:${n.surname}|${n.suffix ?? ''}`;
      }
    }
  });

  // 4. Names, roles and kinds per cluster.
  interface Cluster {
    kind: SpeakerKind;
    names: Map<string, { count: number; preference: number }>;
    roles: Map<string, { role: string; first: string; last: string }>;
    /** The article's date, for a document or group of one article. */
    date: string;
  }
  const clusters = new Map<string, Cluster>();
  readings.forEach((r, i) => {
    const key = clusterOf[i] ?? 'anon';
    const n = r.name;
    const kind: SpeakerKind = n.type === 'anonymous' || n.type === 'none' ? 'anonymous' : n.type === 'organisation' ? 'organisation' : n.type === 'collective' ? n.kind : 'person';
    const cluster: Cluster = clusters.get(key) ?? { kind, names: new Map(), roles: new Map(), date: r.mention.date };
    const [shown, preference] =
      n.type === 'anonymous' || n.type === 'none'
        ? [ANONYMOUS_NAME, 0]
        : n.type === 'organisation' || n.type === 'collective'
          ? [n.display, /^(U\.S\.|US|United States)\s/.test(n.display) ? 1 : 0]
          : n.type === 'role'
            ? [`The ${n.role}`, 0]
            : // The plainest full name first: "Joe Biden" before "Joseph R. Biden Jr." before "Biden".
              [n.display, r.partial ? 3 : n.given ? (n.middles ? 1 : 0) + (n.suffix ? 1 : 0) : 3];
    const seen = cluster.names.get(shown) ?? { count: 0, preference };
    seen.count++;
    cluster.names.set(shown, seen);
    if (r.role && n.type !== 'anonymous' && n.type !== 'none') {
      const k = roleKey(r.role);
      const had = cluster.roles.get(k);
      cluster.roles.set(k, {
        role: had?.role ?? r.role,
        first: had && had.first < r.mention.date ? had.first : r.mention.date,
        last: had && had.last > r.mention.date ? had.last : r.mention.date,
      });
    }
    clusters.set(key, cluster);
  });

  // 5. Canonical names and ids. Clusters are taken in key order so that id collisions resolve the same way on every build.
  const idOfCluster = new Map<string, SpeakerId>();
  const speakers: ResolvedSpeaker[] = [];
  const usedIds = new Set<string>();
  for (const [key, cluster] of [...clusters.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // "Order" alone would name fifty orders in the directory: one of one article carries its article's date
    const ofArticle = /^(?:document|group|organisation):([^:]+):/.exec(key)?.[1];
    const name = key === 'anon' ? ANONYMOUS_NAME : ofArticle ? `${canonicalOf(cluster.names)} (${cluster.date})` : canonicalOf(cluster.names);
    // A document or group of one article ("the order") takes that article's key, so its link outlives corpus growth.
    let id: string = speakerIdFor(ofArticle ? `${name} ${ofArticle.slice(ofArticle.lastIndexOf('-') + 1)}` : name);
    // Two clusters with one display name (a person "Jordan" and a country "Jordan") keep apart.
    if (usedIds.has(id)) id = speakerIdFor(`${name} ${cluster.kind}`);
    for (let n = 2; usedIds.has(id); n++) id = speakerIdFor(`${name} ${cluster.kind} ${n}`);
    usedIds.add(id);
    idOfCluster.set(key, id as SpeakerId);
    speakers.push({
      id: id as SpeakerId,
      name,
      kind: cluster.kind,
      aliases: [...cluster.names.keys()].filter((n) => n !== name).sort(),
      roles: [...cluster.roles.values()].sort((a, b) => a.first.localeCompare(b.first) || a.role.localeCompare(b.role)),
    });
  }
  return {
    ids: clusterOf.map((key) => idOfCluster.get(key) as SpeakerId),
    speakers,
    unattributed: readings.map((r) => r.name.type === 'none'),
  };
}

const nameWords = (display: string): string[] =>
  fold(display)
    .replace(/[^a-z0-9\s'-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/**
 * Names that are the last words of a longer name of the corpus are that person: "López Obrador" (two family
 * names, no given name) is "Andrés Manuel López Obrador"; "London Sadiq Khan" (a word before the given name that
 * is no given name) is "Sadiq Khan". Only when exactly one longer name fits, and never when the extra words start
 * with a given name ("Hunter Biden" is not "Biden"). Rewrites the readings in place.
 */
function joinByLastWords(readings: Reading[]): void {
  // Every full name (given name and surname) of the corpus, by its folded words.
  const full = new Map<string, NameReading & { type: 'person' }>();
  for (const r of readings) {
    if (r.name.type !== 'person' || !r.name.given) continue;
    const words = nameWords(r.name.display);
    if (words.length >= 2) full.set(words.join(' '), r.name);
  }
  const byTail = new Map<string, Set<string>>();
  for (const key of full.keys()) {
    const words = key.split(' ');
    for (let k = 1; k <= words.length - 2; k++) {
      const tail = words.slice(k).join(' ');
      const set = byTail.get(tail) ?? new Set<string>();
      set.add(key);
      byTail.set(tail, set);
    }
  }
  for (const r of readings) {
    const n = r.name;
    if (n.type !== 'person' || !n.given) continue;
    const shown = n.display.split(' ');
    const words = nameWords(n.display);
    // 1. A two-word name whose first word is no given name, found at the end of one longer name.
    if (words.length === 2 && !isListedGivenName(shown[0] ?? '')) {
      const longer = [...(byTail.get(words.join(' ')) ?? [])];
      const target = longer.length === 1 ? full.get(longer[0] ?? '') : undefined;
      if (target && target.suffix === n.suffix && nameLike(target.display.split(' ')[0] ?? '')) {
        r.name = { ...target, role: n.role };
        r.partial = true;
        continue;
      }
    }
    // 2. A longer name whose first word is no name ("Cyber Anne Neuberger"), when the rest is a full name of the corpus.
    if (words.length >= 3 && !isListedGivenName(shown[0] ?? '') && !nameLike(shown[0] ?? '')) {
      const target = full.get(words.slice(1).join(' '));
      if (target) r.name = { ...target, role: n.role };
    }
  }
}

/** Up to four capitalised words right before a point: where a full name's first words stand. */
const NAME_WORDS_BEFORE = /((?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)\s+){1,4}$/u;

/**
 * The one full name an article writes with this surname ("Judge Clark Waddoups" for "Waddoups"), or null when it
 * writes none, or several people of that surname ("Jill Biden" and "Joe Biden"), or one seen in another role.
 */
function fullNameInBody(body: string, surnameOnly: NameReading & { type: 'person' }, role: string | null): NameReading | null {
  const found = fullNamesInBody(body, surnameOnly, role);
  return found.size === 1 ? ([...found.values()][0] ?? null) : null;
}

/** Every full name (by given name) an article writes with this surname, in no conflicting role. */
function fullNamesInBody(body: string, surnameOnly: NameReading & { type: 'person' }, role: string | null): Map<string, NameReading & { type: 'person' }> {
  const found = new Map<string, NameReading & { type: 'person' }>();
  const surname = surnameOnly.display;
  for (let at = body.indexOf(surname); at >= 0; at = body.indexOf(surname, at + 1)) {
    if (/[\p{L}\p{M}]/u.test(body.charAt(at + surname.length))) continue;
    // "Robert Downey Jr." is not "Robert Downey".
    if (!surnameOnly.suffix && /^,?\s+(?:Jr\.?|Sr\.?|II|III|IV)\b/.test(body.slice(at + surname.length, at + surname.length + 6))) continue;
    const match = NAME_WORDS_BEFORE.exec(body.slice(Math.max(0, at - 120), at));
    if (!match) continue;
    // Only the name words just before the surname: "Following Vice President Kamala Harris" → "Kamala Harris".
    const before = match[0].trim().split(/\s+/);
    let from = before.length;
    while (from > 0 && nameLike(before[from - 1] ?? '') && !LEADING_JUNK.has(plainWord(before[from - 1] ?? '')) && !ROLE_WORDS.has(plainWord(before[from - 1] ?? '').replace(/\.$/, '')) && !/^[A-Z][a-z]+ing$/.test(before[from - 1] ?? '')) from--;
    if (from === before.length) continue;
    const reading = readName([...before.slice(from), surnameOnly.display].join(' '), 'person');
    if (reading.type !== 'person' || !reading.given || reading.surname !== surnameOnly.surname || reading.suffix !== surnameOnly.suffix) continue;
    const seenRole = cleanRole(before.slice(0, from).join(' '));
    if (role && seenRole && roleMatchKey(role) !== roleMatchKey(seenRole)) continue;
    const had = found.get(reading.given);
    // The plainest writing of the name: "Gloria La Riva" before "Gloria E. La Riva".
    if (!had || reading.middles.length < had.middles.length) found.set(reading.given, reading);
  }
  return found;
}

/** A word that may begin a name: not a common noun, a place, an occupation or an acronym. */
function nameLike(word: string): boolean {
  return !isCommonNoun(word) && leadingPlace([word]) === 0 && !isOccupation(word) && !/^[A-Z]{2,}$/.test(word);
}

/** Preference (plainest form), then how often it is used, then alphabetical, so the choice is stable. */
function canonicalOf(names: Map<string, { count: number; preference: number }>): string {
  return (
    [...names.entries()].sort(([a, x], [b, y]) => x.preference - y.preference || y.count - x.count || (a < b ? -1 : a > b ? 1 : 0))[0]?.[0] ?? ''
  );
}

/** Which full-name person a surname-only mention is, or null when it cannot be decided. */
function surnameCandidate(candidates: FullGroup[], r: Reading, uf: UnionFind): string | null {
  // Candidates that are one person after suffix merging count once.
  const byCluster = new Map<string, FullGroup>();
  for (const g of candidates) {
    const root = uf.find(g.key);
    const had = byCluster.get(root);
    byCluster.set(
      root,
      had
        ? { ...had, count: had.count + g.count, first: Math.min(had.first, g.first), last: Math.max(had.last, g.last), roles: new Set([...had.roles, ...g.roles]) }
        : g,
    );
  }
  const suffix = r.name.type === 'person' ? r.name.suffix : null;
  let pool = [...byCluster.entries()].filter(([, g]) => (suffix ? g.suffix === suffix : true));
  if (pool.length === 0) return null;
  if (r.role) {
    const withRole = pool.filter(([, g]) => g.roles.has(roleMatchKey(r.role ?? '')));
    if (withRole.length === 1) return withRole[0]?.[0] ?? null;
    if (withRole.length > 1) pool = withRole;
    // No one was seen with this role: someone seen only in other roles ("First Lady Michelle Obama") is not "President Obama".
    if (withRole.length === 0) {
      const unknown = pool.filter(([, g]) => g.roles.size === 0);
      if (unknown.length > 0) pool = unknown;
    }
  }
  const day = dayNumber(r.mention.date);
  const near = pool.filter(([, g]) => day >= g.first - SURNAME_WINDOW_DAYS && day <= g.last + SURNAME_WINDOW_DAYS);
  if (near.length === 1) return near[0]?.[0] ?? null;
  if (near.length === 0) return null;
  const sorted = near.sort(([, a], [, b]) => b.count - a.count);
  const top = sorted[0]?.[1];
  const rest = sorted.slice(1).reduce((n, [, g]) => n + g.count, 0);
  if (top && top.count >= DOMINANCE_MIN && top.count >= DOMINANCE * rest) return sorted[0]?.[0] ?? null;
  return null;
}
