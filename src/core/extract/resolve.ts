/**
 * In-article speaker resolution. Each attribution's source mention is classified (names.ts) and linked to an
 * entity of the article: a later "Biden" joins the earlier "President Joe Biden"; "he"/"she" go to the latest
 * person who spoke; "it", "the readout", "the statement" go to the issuer of the latest document (the speaker
 * of "said in a readout/statement") or else the latest organisation; "the President" goes to the person with
 * that role (often named only in the title). The name reported is the fullest the article gives.
 */
import type { SpeakerKind, Span } from '../model.ts';
import { analyzeMention, nameKeys, splitNameRole, TITLE_WORDS, type MentionInfo } from './names.ts';
import { isCommonNoun, isGivenName, isListedGivenName } from '../identity/lexicon.ts';
import { NICKNAMES } from '../identity/names.ts';
import { officeHolder } from './offices.ts';
import type { TitleInfo } from './title.ts';
import { WEEKDAYS } from './words.ts';

export interface Entity {
  name: string;
  kind: SpeakerKind;
  role: string | null;
  keys: string[];
  /** The latest mention of this entity, for antecedents. */
  last: Span | null;
  issuer: boolean;
  /** For a group: its members, each a person of the article. */
  members?: Entity[];
}

export interface Resolved {
  entity: Entity | null;
  /** The display name when the entity is unknown (an unresolved pronoun). */
  antecedent: Span | null;
  /** How a role was resolved, for the reader ("the President → Joe Biden: President on 2022-11-13"). */
  how?: string;
}

/** Where and when the article appeared: who held a role that day depends on both. */
export interface ArticleContext {
  date?: string;
  publisher?: string | null;
}

/** Plural heads that name the article's principals together: "the two leaders", "Both Presidents". */
const GROUP_HEADS = '(leaders|presidents|prime ministers|vice presidents|heads of state|heads of government|sides|officials|ministers|secretaries|counterparts|delegations|governments)';
const GROUP_HEAD = new RegExp(`^(?:(?:the|both|all)\\s+(?:(two|three|four)\\s+)?${GROUP_HEADS}|(two|three|four)\\s+${GROUP_HEADS}|(?:the\\s+)?(both|two|three|four))$`, 'i');
const LOOK_BACK_CHARS = 20_000;

/** The White House's handles for its offices, written as names: "POTUS said". */
const OFFICE_HANDLES: Record<string, string> = { potus: 'the President', vpotus: 'the Vice President', flotus: 'the First Lady' };

const OWNED_DOCUMENT = /^(.+?)['’]s?\s+(?:own\s+|latest\s+|new\s+|annual\s+)?(?:statistics|report|data|figures|study|statement|database|analysis|survey|website|records|estimates?)$/i;

const ISSUED_BY = /^(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|letter|release|readout|tweet|post|announcement|message|notice)\s+(?:(?:released|issued|published|sent|posted|signed)\s+)?(?:by|from)\s+(\S.*)$/i;

/** The words that end an organisation's full name: "Agency" in "Fars News Agency", "News" in "CBS News". */
const ORGANISATION_KINDS = new Set([
  'agency', 'news', 'corporation', 'company', 'organization', 'organisation', 'institute', 'service', 'network',
  'association', 'foundation', 'center', 'centre', 'group', 'press', 'times', 'post', 'herald', 'tribune',
]);

/** Institutions an article names once and then calls "the army", "police", "the city". */
const INSTITUTION_HEADS = new Set([
  'army', 'navy', 'police', 'city', 'government', 'court', 'company', 'ministry', 'department', 'agency', 'council',
  'committee', 'commission', 'board', 'bureau', 'authority', 'service', 'university', 'institute', 'center',
  'centre', 'foundation', 'organization', 'organisation', 'party', 'union', 'network', 'station', 'survey', 'force',
]);
/** People an article names and then calls together "the researchers", "the panelists". */
const PEOPLE_HEADS = new Set(['delegation', 'panel', 'leaders', 'researchers', 'scientists', 'panelists', 'panellists', 'authors', 'co-authors', 'investigators', 'team', 'experts', 'doctors', 'lawmakers', 'legislators', 'participants']);
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, both: 2 };

const NOT_NAME = new Set([...WEEKDAYS, 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the', 'and', 'of', 'in', 'on', 'at', 'for', 'but', 'said', 'says']);

// Long enough for "United States District Judge Clark Waddoups": the name is split from its role afterwards.
// A particle is a word of its own ("de", "la"), never the start of the next word ("le" of "led").
const NAME_RUN = /[\p{Lu}][\p{L}’'.-]*(?:[ \u00a0]+(?:[\p{Lu}][\p{L}’'.-]*|(?:de|van|von|bin|al|da|del|la|le)(?=[ \u00a0]))){1,7}/gu;

/** Fullest person names in the body by surname: "biden" → "Joe Biden". */
export function buildNameIndex(body: string): Map<string, { name: string; at: number; role: string | null }> {
  const index = new Map<string, { name: string; at: number; role: string | null }>();
  NAME_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_RUN.exec(body)) !== null) {
    // a day or month after a name ("Vladimir Putin Tuesday") is not part of it
    const all = m[0].split(/[ \u00a0]+/);
    const cut = all.findIndex((w) => NOT_NAME.has(w.toLowerCase()));
    const words = cut >= 0 ? all.slice(0, cut) : all;
    if (words.length < 2) continue;
    const split = splitNameRole(words);
    let parts = split.name.split(' ').filter(Boolean);
    // "Western Hemisphere Affairs Brian A. Nichols": the name starts at its given name
    const given = isListedGivenName(parts[0] ?? '') ? 0 : parts.findIndex((w, i) => i > 0 && isGivenName(w));
    if (given > 0 && parts.length - given >= 2) parts = parts.slice(given);
    const name = parts.join(' ');
    const role = split.role;
    if (parts.length < 2 || parts.length > 4) continue;
    const surname = nameKeys(parts[parts.length - 1] ?? '')[0];
    if (!surname) continue;
    const prev = index.get(surname);
    if (!prev || parts.length > prev.name.split(' ').length) index.set(surname, { name: name.replace(/[’']s$/, ''), at: m.index, role: role && /^[\p{Lu}]/u.test(role) ? role : prev?.role ?? null });
    else if (!prev.role && role && /^[\p{Lu}]/u.test(role)) prev.role = role;
  }
  return index;
}

/** One given name for its nicknames (identity's list), so "Joe Biden" and "Joseph R. Biden" agree. */
const givenKey = (w: string): string => NICKNAMES[w] ?? w;

/** Can two names of one surname be one person: one has no given name, or their given names agree. */
function samePerson(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return true;
  return givenKey(a[0] as string) === givenKey(b[0] as string) || (a[0] as string).length === 1 || (b[0] as string).length === 1;
}

/** Plural nouns for people acting together, not anonymous sources: "participants", "G7 leaders", "researchers". */
const GROUP_NOUNS = new Set([
  'participants', 'leaders', 'experts', 'analysts', 'observers', 'critics', 'supporters', 'residents', 'witnesses',
  'lawmakers', 'members', 'voters', 'democrats', 'republicans', 'investigators', 'economists', 'scientists',
  'researchers', 'activists', 'respondents', 'protesters', 'authorities', 'agencies', 'panelists', 'attendees',
  'governors', 'mayors', 'ministers', 'legislators', 'advocates', 'students', 'teachers', 'doctors', 'workers',
]);
/** Words that make a plural an anonymous source after all: "some experts", "two officials". */
const ANONYMISING = /^(a|an|one|some|several|many|two|three|few|other|senior|unnamed|anonymous|most)\b/i;

function asGroup(info: MentionInfo): MentionInfo {
  const words = info.name.split(/\s+/);
  // "Participants shared …": a sentence's capital does not make a plural noun a person
  const lonePlural = info.type === 'person' && words.length === 1 && GROUP_NOUNS.has(info.name.toLowerCase());
  if (info.type !== 'anonymous' && !lonePlural) return info;
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (!GROUP_NOUNS.has(head) || ANONYMISING.test(info.name)) return info;
  return { ...info, type: 'anonymous', kind: 'group' };
}

/** How far back (in characters) a sentence's subject is still what "he" or "she" refers to. */
const SUBJECT_REACH = 1_500;
const LINE_SUBJECT = /^(?:[\p{Lu}][\p{L}’'.-]*\s+){0,6}?([\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}]\.)?(?:\s+(?:de|van|von|bin|al|da|del|la|le)\s+)?\s+[\p{Lu}][\p{L}’'-]+)(?=,|\s+[a-z])/u;

/** People who open a line as its subject: "Laura Dooley, Head of …, spoke to …", "Senator Jane Roe urged …". */
function lineSubjects(body: string): { at: number; name: string; role: string | null }[] {
  const out: { at: number; name: string; role: string | null }[] = [];
  let at = 0;
  while (at < body.length) {
    let end = body.indexOf('\n', at);
    if (end < 0) end = body.length;
    const m = LINE_SUBJECT.exec(body.slice(at, Math.min(end, at + 160)));
    if (m) {
      const words = m[0].trim().split(/\s+/);
      const { name, role } = splitNameRole(words);
      const info = analyzeMention(m[0].trim());
      if (info.type === 'person' && name.split(' ').length >= 2) out.push({ at, name, role });
    }
    at = end + 1;
  }
  return out;
}

/** No possessive, acronym or trailing full stop inside: "Harris’ Meeting", "AUKUS Joint Steering Groups" are no one. */
function personLike(name: string): boolean {
  return !/[’']/.test(name) && !(/\.$/.test(name) && !/\b(?:Jr|Sr|[A-Z])\.$/.test(name)) && !name.split(' ').some((w) => /^[A-Z]{3,}$/.test(w));
}

export class Resolver {
  private readonly entities: Entity[] = [];
  /** Persons by name key (surname), organisations and groups by kind and lower-cased name. */
  private readonly byKey = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity>();
  private readonly namePositions: { name: string; at: number; role: string | null }[];
  private lastPerson: Entity | null = null;
  private readonly subjects: { at: number; name: string; role: string | null }[];
  private lastOrg: Entity | null = null;
  private lastIssuer: Entity | null = null;
  private lastAny: Entity | null = null;
  private lastGroup: Entity | null = null;
  /** Who "the researchers", "the panelists" turned out to be, even one person: what a later "they" means. */
  private lastPlural: Entity | null = null;
  private readonly titleAuthor: Entity | null;
  private readonly readout: boolean;
  private readonly titlePeople: Entity[];

  constructor(
    private readonly body: string,
    private readonly names: Map<string, { name: string; at: number; role: string | null }>,
    title: TitleInfo,
    private readonly context: ArticleContext = {},
  ) {
    this.namePositions = [...names.values()].sort((a, b) => a.at - b.at);
    this.subjects = lineSubjects(body);
    // "Readout of President Biden's Call": the body's fullest form of the name ("Joseph R. Biden")
    const mk = (s: { name: string; role: string | null; kind: SpeakerKind }): Entity => {
      const name = s.kind === 'person' ? this.fullest(s.name) : s.name;
      return { name, kind: s.kind, role: s.role, keys: nameKeys(name), last: null, issuer: false };
    };
    this.titlePeople = title.people.map(mk);
    const authorAt = title.people.findIndex((p) => p.name === title.author?.name);
    this.titleAuthor = title.author ? (this.titlePeople[authorAt] ?? mk(title.author)) : null;
    // "Statement from the President", "A Proclamation on …", "Presidential Message on …": the office holder writes
    const office = title.author?.kind === 'person' && /^the\s/i.test(title.author.name) ? title.author.role : title.presidential ? 'President' : null;
    const holder = office ? officeHolder(context.publisher ?? null, office, context.date) : null;
    if (holder) this.titleAuthor = mk({ name: holder.name, role: holder.role, kind: 'person' });
    for (const p of this.titlePeople) this.add(p);
    if (this.titleAuthor && !this.entities.includes(this.titleAuthor)) this.add(this.titleAuthor);
    this.readout = title.readout;
    if (title.readout) {
      const wh: Entity = { name: 'the White House', kind: 'organisation', role: null, keys: ['white', 'house'], last: null, issuer: true };
      this.add(wh);
      this.lastIssuer = wh;
    }
  }

  private add(e: Entity): void {
    this.entities.push(e);
    if (e.kind === 'person') for (const k of e.keys) if (!this.byKey.has(k)) this.byKey.set(k, e);
    this.byName.set(`${e.kind}\u0000${e.name.toLowerCase()}`, e);
  }

  get author(): Entity | null {
    return this.titleAuthor;
  }

  private fullest(name: string): string {
    const parts = name.split(' ').filter(Boolean);
    const surname = nameKeys(parts[parts.length - 1] ?? '')[0];
    if (!surname) return name;
    const hit = this.names.get(surname);
    // a signature in capitals ("DONALD J. TRUMP") is no fuller a name to show
    if (!hit || hit.name === hit.name.toUpperCase()) return name;
    const hitWords = hit.name.toLowerCase().split(' ');
    const ok = parts.every((p) => hitWords.includes(p.toLowerCase()) || /^[A-Z]\.$/.test(p));
    return ok && hitWords.length > parts.length ? hit.name : name;
  }

  /** The title the article gives a person next to the fullest form of the name ("Russian President"). */
  private roleOf(name: string): string | null {
    const parts = name.split(' ');
    const surname = nameKeys(parts[parts.length - 1] ?? '')[0];
    const hit = surname ? this.names.get(surname) : undefined;
    return hit && hit.name === name ? hit.role : null;
  }

  private remember(e: Entity, span: Span | null, issuer: boolean): void {
    if (span) e.last = span;
    if (issuer) {
      e.issuer = true;
      this.lastIssuer = e;
    }
    this.lastAny = e;
    if (e.kind === 'person') this.lastPerson = e;
    else if (e.kind === 'organisation') this.lastOrg = e;
    else this.lastGroup = e;
  }

  /** Resolve a mention (or its absence) to an entity. */
  resolve(mention: Span | null, issuer: boolean): Resolved {
    if (!mention) return { entity: null, antecedent: null };
    const text = this.body.slice(mention.start, mention.end);
    const group = this.group(text, mention);
    if (group) {
      this.remember(group, mention, issuer);
      return { entity: group, antecedent: null };
    }
    // "a statement released by the Supreme Court", "a letter from Secretary Pompeo": the issuer speaks
    const issued = ISSUED_BY.exec(text);
    if (issued) {
      const offset = text.length - (issued[1] as string).length;
      return this.resolve({ start: mention.start + offset, end: mention.end }, true);
    }
    // "WHO's statistics", "the Agency's report": the owner of the document speaks
    const owned = OWNED_DOCUMENT.exec(text);
    if (owned && /^[\p{Lu}]/u.test((owned[1] as string).replace(/^the\s+/i, ''))) {
      return this.resolve({ start: mention.start, end: mention.start + (owned[1] as string).length }, true);
    }
    const named = this.definite(text, mention);
    if (named && PEOPLE_HEADS.has(text.trim().split(/\s+/).pop()?.toLowerCase() ?? '')) this.lastPlural = named;
    if (named) {
      this.remember(named, mention, issuer);
      return { entity: named, antecedent: named.last === mention ? null : named.last };
    }
    const info = asGroup(analyzeMention(OFFICE_HANDLES[text.replace(/^@/, '').toLowerCase()] ?? text));
    switch (info.type) {
      case 'pronoun': {
        let target: Entity | null = null;
        const p = info.pronoun;
        // (a fact sheet's "He has directed …" is the person its title is about)
        if (p === 'he' || p === 'she') target = this.recentSubject(mention.start) ?? this.lastPerson ?? this.nearestNamed(mention.start) ?? this.titleAuthor ?? this.titlePeople.find((e) => e.kind === 'person') ?? null;
        else if (p === 'it') target = this.lastIssuer ?? this.lastOrg;
        // (in a readout whose title names one person, "they" are that person and the one the text names with them)
        else if (p === 'they') target = this.lastGroup ?? this.lastPlural ?? this.principals(mention, 0) ?? this.lastOrg ?? (this.readout ? this.principals(mention, 2) : null);
        else if (p === 'i' || p === 'we') target = this.titleAuthor ?? (p === 'we' && this.readout ? this.lastIssuer : null);
        // a pronoun the article gives no one to stand for: the quote is unattributed, not an unnamed source
        if (!target) return { entity: null, antecedent: null };
        const antecedent = target.last;
        this.remember(target, null, issuer);
        return { entity: target, antecedent };
      }
      case 'document': {
        // "his statement" is the last person's, "their letter" the last group's, "the readout" its issuer's
        const owner = /^(his|her)\s/i.test(text) ? this.lastPerson : /^their\s/i.test(text) ? (this.lastGroup ?? this.lastOrg) : null;
        const target = owner ?? this.lastIssuer ?? this.lastOrg ?? this.titleAuthor;
        if (!target) {
          const e: Entity = { name: text.replace(/^The\b/, 'the'), kind: 'organisation', role: null, keys: [], last: mention, issuer: true };
          this.add(e);
          this.remember(e, mention, true);
          return { entity: e, antecedent: null };
        }
        const antecedent = target.last;
        this.remember(target, null, issuer);
        return { entity: target, antecedent };
      }
      case 'role': {
        const roleWords = (info.role ?? '').toLowerCase();
        const holder = officeHolder(this.context.publisher ?? null, info.role ?? '', this.context.date);
        if (holder) {
          const target = this.person(holder.name, holder.role);
          const antecedent = target.last;
          this.remember(target, mention, issuer);
          return { entity: target, antecedent, how: `${text.replace(/^The\b/, 'the')} → ${holder.name}: ${holder.role} on ${this.context.date}` };
        }
        const target = this.holderInArticle(roleWords);
        if (target) {
          const antecedent = target.last;
          this.remember(target, mention, issuer);
          return { entity: target, antecedent };
        }
        break;
      }
      case 'person': {
        // "Trade Policy", "Emergency Use": capitalised common nouns are no one
        if (info.name.split(' ').every((w) => isCommonNoun(w))) return { entity: null, antecedent: null };
        const keys = nameKeys(info.name);
        const surname = keys[keys.length - 1];
        const known = surname ? this.byKey.get(surname) : undefined;
        // "Michael Herzog" after "Isaac Herzog": one surname, two people
        const target = known && samePerson(known.keys, keys) ? known : undefined;
        if (target) {
          if (info.name.split(' ').length > target.name.split(' ').length) {
            target.name = info.name;
            target.keys = nameKeys(info.name);
            for (const k of target.keys) if (!this.byKey.has(k)) this.byKey.set(k, target);
          }
          if (!target.role && info.role) target.role = info.role;
          this.remember(target, mention, issuer);
          return { entity: target, antecedent: null };
        }
        const name = this.fullest(info.name);
        const role = info.role ?? (name !== info.name ? this.roleOf(name) : null);
        const e: Entity = { name, kind: 'person', role, keys: nameKeys(name), last: mention, issuer: false };
        this.add(e);
        this.remember(e, mention, issuer);
        return { entity: e, antecedent: null };
      }
      default:
        break;
    }
    // "Fars News" where the article writes "Fars News Agency", "CBS" where it writes "CBS News": the full name
    const name = info.kind === 'organisation' ? this.fullOrganisation(info.name) : info.name;
    const lower = name.toLowerCase();
    const existing = this.byName.get(`${info.kind}\u0000${lower}`);
    if (existing) {
      this.remember(existing, mention, issuer);
      return { entity: existing, antecedent: null };
    }
    const e: Entity = { name, kind: info.kind, role: info.role, keys: nameKeys(name), last: mention, issuer: false };
    this.add(e);
    this.remember(e, mention, issuer);
    return { entity: e, antecedent: null };
  }

  /** An organisation's name as the article writes it in full, when it writes it once more with its kind after it. */
  private fullOrganisation(name: string): string {
    const bare = name.replace(/^the\s+/i, '');
    if (!/^[\p{Lu}\d]/u.test(bare) || bare.length > 60) return name;
    const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`(?:^|[^\\p{L}])${escaped}((?:\\s+[\\p{Lu}][\\p{L}&'’-]*){1,2})(?![\\p{L}])`, 'u').exec(this.body);
    const added = m?.[1]?.trim().split(/\s+/) ?? [];
    const head = (added[added.length - 1] ?? '').toLowerCase();
    return added.length > 0 && ORGANISATION_KINDS.has(head) ? `${name} ${added.join(' ')}` : name;
  }

  /** The article's person of this name, made if new: a role's holder, a group's member. */
  private person(name: string, role: string | null): Entity {
    const keys = nameKeys(name);
    const known = this.byKey.get(keys[keys.length - 1] ?? '');
    if (known && samePerson(known.keys, keys)) {
      if (name.split(' ').length > known.name.split(' ').length) known.name = name;
      return known;
    }
    const e: Entity = { name, kind: 'person', role, keys, last: null, issuer: false };
    this.add(e);
    return e;
  }

  private groupOf(members: Entity[], mention: Span | null): Entity | null {
    const unique = [...new Set(members)].filter((m) => m.kind === 'person');
    if (unique.length < 2) return unique.length === 1 ? (unique[0] as Entity) : null;
    return { name: unique.map((m) => m.name).join(' and '), kind: 'group', role: null, keys: [], last: mention, issuer: false, members: unique };
  }

  /**
   * The people an article is about, together: those its title names, then the people it names first. A readout
   * of a meeting says "the two leaders" or "they" for them. `count` 0 means all the title names (at least two).
   */
  private principals(mention: Span | null, count: number): Entity | null {
    // ("Readout of President Biden's Briefing with the National Hurricane Center": a centre is not a principal)
    // (and a title's "Harris’ Meeting" is no person: a name does not end in a common noun)
    const people = this.titlePeople.filter((p) => p.kind === 'person' && analyzeMention(p.name).type === 'person' && !isCommonNoun(p.name.split(' ').pop() ?? '') && personLike(p.name));
    const pool = [...people];
    const before = mention?.start ?? this.body.length;
    for (const p of this.namePositions) {
      if (p.at >= before || (count > 0 && pool.length >= count)) break;
      // (a person by a given name, a title or a long name: "Hurricane Ida" and "United States" are not the other leader)
      const words = p.name.split(' ');
      if (analyzeMention(p.name).type !== 'person' || !(isListedGivenName(words[0] ?? '') || p.role !== null || words.length >= 3) || !personLike(p.name)) continue;
      const e = this.person(p.name, p.role);
      if (!pool.includes(e)) pool.push(e);
    }
    const wanted = count > 0 ? count : Math.max(2, people.length);
    if (count === 0 && people.length < 2) return null;
    return pool.length >= wanted ? this.groupOf(pool.slice(0, wanted), mention) : null;
  }

  /** A mention of several speakers: "President Biden and President López Obrador", "the two leaders". */
  private group(text: string, mention: Span): Entity | null {
    const clean = text.replace(/\s+/g, ' ').trim();
    const head = GROUP_HEAD.exec(clean);
    if (head) return this.principals(mention, NUMBER_WORDS[(head[1] ?? head[3] ?? head[5] ?? (/^both\b/i.test(clean) ? 'both' : '')).toLowerCase()] ?? 0);
    if (!/\sand\s/.test(clean) || clean.includes(',')) return null;
    const parts = clean.replace(/^(?:both|all)\s+/i, '').split(/\s+and\s+/);
    if (parts.length < 2 || parts.length > 4) return null;
    const members: Entity[] = [];
    for (const raw of parts) {
      const words = raw.split(' ');
      // "Prime Minister" after "The Vice President and": a role without its article
      const part = words.every((w) => TITLE_WORDS.has(w.toLowerCase())) && !/^(the|our)$/i.test(words[0] ?? '') ? `the ${raw}` : raw;
      const info = analyzeMention(part);
      if (info.type === 'person') {
        const keys = nameKeys(info.name);
        // "Airlines for America President and CEO Jo Roe": two titles of one person, not two people; "Disease
        // Control and Prevention": common nouns of an organisation's name
        if (keys.length === 0 || info.name.split(' ').every((w) => isCommonNoun(w))) return null;
        members.push(this.byKey.get(keys[keys.length - 1] ?? '') ?? this.person(this.fullest(info.name), info.role));
      } else if (info.type === 'role') {
        const holder = officeHolder(this.context.publisher ?? null, info.role ?? '', this.context.date);
        const found = holder ? this.person(holder.name, holder.role) : this.holderInArticle((info.role ?? '').toLowerCase());
        if (!found) return null;
        members.push(found);
      } else return null;
    }
    return this.groupOf(members, mention);
  }

  private holderInArticle(roleWords: string): Entity | null {
    for (let i = this.entities.length - 1; i >= 0 && i >= this.entities.length - 200; i--) {
      const e = this.entities[i] as Entity;
      if (e.kind === 'person' && e.role !== null && e.role.toLowerCase().endsWith(roleWords)) return e;
    }
    for (const p of this.namePositions) if (p.role && p.role.toLowerCase().endsWith(roleWords)) return this.person(p.name, p.role);
    return null;
  }

  /**
   * A definite description of something the article named: "the army" after "the Islamic Republic of Iran Army",
   * "police" after "the Metropolitan Police", "the researchers" after the researchers were named. Null when the
   * article named none.
   */
  private definite(text: string, mention: Span): Entity | null {
    const m = /^(?:the\s+)?(?:([a-z-]+)\s+)?([a-z-]+)$/i.exec(text.trim());
    const head = m?.[2]?.toLowerCase();
    const modified = m?.[1] !== undefined;
    if (!head) return null;
    if (INSTITUTION_HEADS.has(head) && !modified) {
      // (unnamed in the article, "the city" is still an institution: an organisation of this article)
      const name = this.lastNamedWith(head, mention.start) ?? text.trim().replace(/^The\b/, 'the');
      const key = `organisation\u0000${name.toLowerCase()}`;
      const known = this.byName.get(key);
      if (known) return known;
      const e: Entity = { name, kind: 'organisation', role: null, keys: [], last: null, issuer: false };
      this.add(e);
      return e;
    }
    if (PEOPLE_HEADS.has(head) && /^the\s/i.test(text.trim())) {
      // the people the article named before, apart from those its title is about
      // (those named before it, or else those it names after: a list that closes a readout)
      // (people by their given names: "Science Advances" is a journal)
      const named = (after: boolean): Entity[] => {
        const out: Entity[] = [];
        for (const p of this.namePositions) {
          if ((p.at >= mention.start) !== after) continue;
          if (analyzeMention(p.name).type !== 'person' || !isListedGivenName(p.name.split(' ')[0] ?? '')) continue;
          // "the University of South Carolina Beaufort": a name run after "of" is an institution's
          if (/\bof\s+(?:the\s+)?$/i.test(this.body.slice(Math.max(0, p.at - 8), p.at))) continue;
          const e = this.person(p.name, p.role);
          if (!this.titlePeople.includes(e) && !out.includes(e)) out.push(e);
        }
        return out;
      };
      const before = named(false);
      const later = before.length >= 2 ? [] : named(true);
      const people = later.length >= 2 ? later : before.length > 0 ? before : later;
      return people.length >= 1 && people.length <= 12 ? this.groupOf(people, mention) : null;
    }
    return null;
  }

  /** The last name before `before` that holds the head word capitalised: "Metropolitan Police", "City of White Plains". */
  private lastNamedWith(head: string, before: number): string | null {
    const Head = head.charAt(0).toUpperCase() + head.slice(1);
    const cap = "[\\p{Lu}][\\p{L}’'-]*";
    const tail = `(?:\\s+(?:of|for)\\s+(?:the\\s+)?${cap}(?:\\s+(?:${cap}|of|and|the))*)?`;
    const re = new RegExp(`(?:${cap}\\s+)+${Head}\\b${tail}|\\b${Head}\\s+(?:of|for)\\s+(?:the\\s+)?${cap}(?:\\s+${cap})*`, 'gu');
    let last: string | null = null;
    // a bounded look back keeps a long article linear; an institution is named near where it is referred to
    for (const m of this.body.slice(Math.max(0, before - LOOK_BACK_CHARS), before).matchAll(re)) last = m[0];
    if (!last) return null;
    const name = last.replace(/^(?:The|A|An|In|On|At|By|From|According)\s+/, '').replace(/\s+(?:and|of|the)$/, '').trim();
    return name.split(/\s+/).length >= 2 ? name : null;
  }

  /** Inherit the previous speaker (a continuation "..., adding that"). */
  get previous(): Entity | null {
    return this.lastAny;
  }

  /**
   * A person who opens a sentence after the last speaker was named ("Laura Dooley, Head of Policy at X, spoke to
   * …. She …"): the subject a reader takes "he" or "she" for, though no quote of theirs was found.
   */
  private recentSubject(before: number): Entity | null {
    let lo = 0;
    let hi = this.subjects.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.subjects[mid] as { at: number }).at < before) lo = mid + 1;
      else hi = mid;
    }
    const subject = this.subjects[lo - 1];
    if (!subject) return null;
    const lastSeen = this.lastPerson?.last?.start ?? -1;
    // only the sentence just before the pronoun's (or its own): further back, the last speaker is the better guess
    if (subject.at <= lastSeen || before - subject.at > SUBJECT_REACH) return null;
    // (looked for within the reach only, so a long line stays linear)
    const newlines = this.body.slice(subject.at, before).split('\n').length - 1;
    if (newlines > 1) return null;
    return this.person(subject.name, subject.role);
  }

  /** The closest person named in the text before a position, for a pronoun no speaker explains. */
  private nearestNamed(before: number): Entity | null {
    let lo = 0;
    let hi = this.namePositions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.namePositions[mid] as { at: number }).at < before) lo = mid + 1;
      else hi = mid;
    }
    const best = this.namePositions[lo - 1] ?? null;
    if (!best) return null;
    const info = analyzeMention(best.name);
    if (info.kind !== 'person') return null;
    const existing = this.byKey.get(nameKeys(best.name).pop() ?? '');
    if (existing) return existing;
    const e: Entity = { name: best.name, kind: 'person', role: null, keys: nameKeys(best.name), last: null, issuer: false };
    this.add(e);
    return e;
  }
}
