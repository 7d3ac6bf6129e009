/**
 * In-article speaker resolution. Each attribution's source mention is classified (names.ts) and linked to an
 * entity of the article: a later "Biden" joins the earlier "President Joe Biden"; "he"/"she" go to the latest
 * person who spoke; "it", "the readout", "the statement" go to the issuer of the latest document (the speaker
 * of "said in a readout/statement") or else the latest organisation; "the President" goes to the person with
 * that role (often named only in the title). The name reported is the fullest the article gives.
 */
import type { SpeakerKind, Span } from '../model.ts';
import { analyzeMention, nameKeys, splitNameRole } from './names.ts';
import type { TitleInfo } from './title.ts';

export interface Entity {
  name: string;
  kind: SpeakerKind;
  role: string | null;
  keys: string[];
  /** The latest mention of this entity, for antecedents. */
  last: Span | null;
  issuer: boolean;
}

export interface Resolved {
  entity: Entity | null;
  /** The display name when the entity is unknown (an unresolved pronoun). */
  antecedent: Span | null;
}

const NOT_NAME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the', 'and', 'of', 'in', 'on', 'at', 'for', 'but', 'said', 'says']);

const NAME_RUN = /[\p{Lu}][\p{L}’'.-]*(?:[ \u00a0]+(?:[\p{Lu}][\p{L}’'.-]*|de|van|von|bin|al|da|del|la|le)){1,4}/gu;

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
    const { name, role } = splitNameRole(words);
    const parts = name.split(' ').filter(Boolean);
    if (parts.length < 2 || parts.length > 4) continue;
    const surname = nameKeys(parts[parts.length - 1] ?? '')[0];
    if (!surname) continue;
    const prev = index.get(surname);
    if (!prev || parts.length > prev.name.split(' ').length) index.set(surname, { name: name.replace(/[’']s$/, ''), at: m.index, role: role && /^[\p{Lu}]/u.test(role) ? role : prev?.role ?? null });
    else if (!prev.role && role && /^[\p{Lu}]/u.test(role)) prev.role = role;
  }
  return index;
}

export class Resolver {
  private readonly entities: Entity[] = [];
  /** Persons by name key (surname), organisations and groups by kind and lower-cased name. */
  private readonly byKey = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity>();
  private readonly namePositions: { name: string; at: number; role: string | null }[];
  private lastPerson: Entity | null = null;
  private lastOrg: Entity | null = null;
  private lastIssuer: Entity | null = null;
  private lastAny: Entity | null = null;
  private lastGroup: Entity | null = null;
  private readonly titleAuthor: Entity | null;
  private readonly titlePeople: Entity[];

  constructor(
    private readonly body: string,
    private readonly names: Map<string, { name: string; at: number; role: string | null }>,
    title: TitleInfo,
  ) {
    this.namePositions = [...names.values()].sort((a, b) => a.at - b.at);
    const mk = (s: { name: string; role: string | null; kind: SpeakerKind }): Entity => ({ name: s.name, kind: s.kind, role: s.role, keys: nameKeys(s.name), last: null, issuer: false });
    this.titlePeople = title.people.map(mk);
    this.titleAuthor = title.author ? this.titlePeople.find((p) => p.name === title.author?.name) ?? mk(title.author) : null;
    for (const p of this.titlePeople) this.add(p);
    if (this.titleAuthor && !this.entities.includes(this.titleAuthor)) this.add(this.titleAuthor);
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
    if (!hit) return name;
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
    const info = analyzeMention(text);
    switch (info.type) {
      case 'pronoun': {
        let target: Entity | null = null;
        const p = info.pronoun;
        if (p === 'he' || p === 'she') target = this.lastPerson ?? this.nearestNamed(mention.start) ?? this.titleAuthor;
        else if (p === 'it') target = this.lastIssuer ?? this.lastOrg;
        else if (p === 'they') target = this.lastGroup ?? this.lastOrg;
        else if (p === 'i' || p === 'we') target = this.titleAuthor;
        if (!target) return { entity: { name: text, kind: info.kind, role: null, keys: [], last: mention, issuer: false }, antecedent: null };
        const antecedent = target.last;
        this.remember(target, null, issuer);
        return { entity: target, antecedent };
      }
      case 'document': {
        const target = this.lastIssuer ?? this.lastOrg ?? this.titleAuthor;
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
        let target: Entity | null = null;
        for (let i = this.entities.length - 1; i >= 0 && i >= this.entities.length - 200; i--) {
          const e = this.entities[i] as Entity;
          if (e.kind === 'person' && e.role !== null && e.role.toLowerCase().endsWith(roleWords)) {
            target = e;
            break;
          }
        }
        if (target) {
          const antecedent = target.last;
          this.remember(target, mention, issuer);
          return { entity: target, antecedent };
        }
        break;
      }
      case 'person': {
        const keys = nameKeys(info.name);
        const surname = keys[keys.length - 1];
        const target = surname ? this.byKey.get(surname) : undefined;
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
    const lower = info.name.toLowerCase();
    const existing = this.byName.get(`${info.kind}\u0000${lower}`);
    if (existing) {
      this.remember(existing, mention, issuer);
      return { entity: existing, antecedent: null };
    }
    const e: Entity = { name: info.name, kind: info.kind, role: info.role, keys: nameKeys(info.name), last: mention, issuer: false };
    this.add(e);
    this.remember(e, mention, issuer);
    return { entity: e, antecedent: null };
  }

  /** Inherit the previous speaker (a continuation "..., adding that"). */
  get previous(): Entity | null {
    return this.lastAny;
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
