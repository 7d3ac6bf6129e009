import { speakerIdFor } from '../ids.ts';
import type { ArticleId, SpeakerId, SpeakerKind } from '../model.ts';

/** One quote's speaker as the extraction engine resolved it within its article. */
export interface SpeakerMention {
  articleId: ArticleId;
  date: string;
  name: string;
  kind: SpeakerKind;
  role: string | null;
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

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Common English given-name variants, so "Joe Biden" and "Joseph R. Biden, Jr." can be one person. */
const NICKNAMES: Record<string, string> = {
  joe: 'joseph', bill: 'william', will: 'william', bob: 'robert', rob: 'robert', jim: 'james', jimmy: 'james',
  mike: 'michael', dick: 'richard', rick: 'richard', tom: 'thomas', tony: 'anthony', chuck: 'charles',
  charlie: 'charles', dan: 'daniel', dave: 'david', steve: 'steven', stephen: 'steven', ted: 'edward', ed: 'edward',
  kate: 'katherine', kathy: 'katherine', liz: 'elizabeth', beth: 'elizabeth', ben: 'benjamin', sam: 'samuel',
  matt: 'matthew', nick: 'nicholas', alex: 'alexander', andy: 'andrew', greg: 'gregory', jeff: 'jeffrey',
  pete: 'peter', ron: 'ronald', don: 'donald', jon: 'jonathan', jen: 'jennifer', jenny: 'jennifer',
};

interface NameParts {
  given: string | null;
  surname: string;
  suffix: string | null;
}

function tokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s'-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function personParts(name: string): NameParts | null {
  const words = tokens(name).filter((w) => w.length > 1 || SUFFIXES.has(w)); // middle initials say little
  let suffix: string | null = null;
  if (words.length > 1 && SUFFIXES.has(words[words.length - 1] ?? '')) suffix = words.pop() ?? null;
  if (words.length === 0) return null;
  const surname = words[words.length - 1] ?? '';
  const givenWord = words.length > 1 ? (words[0] ?? null) : null;
  const given = givenWord ? (NICKNAMES[givenWord] ?? givenWord) : null;
  return { given, surname, suffix };
}

function organisationKey(name: string): string {
  return tokens(name).filter((w, i) => !(i === 0 && w === 'the')).join(' ');
}

function displayOrganisation(name: string): string {
  const trimmed = name.trim().replace(/^the\s+/i, '');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** Prefer the plainest full name: two or three words, then the most used, then alphabetical for stability. */
function canonicalOf(names: Map<string, number>): string {
  return [...names.entries()].sort(([a, na], [b, nb]) => {
    const wa = a.split(/\s+/).length;
    const wb = b.split(/\s+/).length;
    const score = (w: number) => (w === 2 ? 0 : w === 3 ? 1 : w > 3 ? 2 : 3);
    return score(wa) - score(wb) || nb - na || a.localeCompare(b);
  })[0]?.[0] ?? '';
}

/**
 * Give every mention a corpus-wide speaker id. People with the same surname merge only when their given names
 * agree (allowing common nicknames and middle initials); a surname alone joins a full name only when exactly
 * one person in the corpus has that surname, and otherwise stays its own speaker rather than merge wrongly.
 */
export function resolveSpeakers(mentions: SpeakerMention[]): { ids: SpeakerId[]; speakers: ResolvedSpeaker[] } {
  // Cluster key for every mention; surname-only people are decided after all full names are known.
  const clusterOf: string[] = new Array(mentions.length);
  const fullBySurname = new Map<string, Set<string>>();
  mentions.forEach((m, i) => {
    if (m.kind === 'anonymous') {
      clusterOf[i] = 'anon';
      return;
    }
    if (m.kind === 'organisation') {
      clusterOf[i] = `org:${organisationKey(m.name)}`;
      return;
    }
    const parts = personParts(m.name);
    if (!parts) {
      clusterOf[i] = `org:${organisationKey(m.name)}`;
      return;
    }
    const surnameKey = parts.suffix ? `${parts.surname} ${parts.suffix}` : parts.surname;
    if (parts.given) {
      const key = `person:${parts.given} ${surnameKey}`;
      clusterOf[i] = key;
      const set = fullBySurname.get(surnameKey) ?? new Set<string>();
      set.add(key);
      fullBySurname.set(surnameKey, set);
    } else {
      clusterOf[i] = `surname:${surnameKey}`;
    }
  });
  mentions.forEach((_m, i) => {
    const key = clusterOf[i] ?? '';
    if (!key.startsWith('surname:')) return;
    const candidates = fullBySurname.get(key.slice('surname:'.length));
    if (candidates && candidates.size === 1) clusterOf[i] = [...candidates][0] ?? key;
  });

  interface Cluster {
    kind: SpeakerKind;
    names: Map<string, number>;
    roles: Map<string, { first: string; last: string }>;
  }
  const clusters = new Map<string, Cluster>();
  mentions.forEach((m, i) => {
    const key = clusterOf[i] ?? '';
    const cluster = clusters.get(key) ?? { kind: m.kind, names: new Map(), roles: new Map() };
    const shown = m.kind === 'organisation' ? displayOrganisation(m.name) : m.kind === 'anonymous' ? ANONYMOUS_NAME : m.name.trim();
    cluster.names.set(shown, (cluster.names.get(shown) ?? 0) + 1);
    if (m.role) {
      const seen = cluster.roles.get(m.role);
      cluster.roles.set(m.role, {
        first: seen && seen.first < m.date ? seen.first : m.date,
        last: seen && seen.last > m.date ? seen.last : m.date,
      });
    }
    clusters.set(key, cluster);
  });

  const idOfCluster = new Map<string, SpeakerId>();
  const speakers: ResolvedSpeaker[] = [];
  const usedIds = new Set<string>();
  for (const [key, cluster] of [...clusters.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const name = key === 'anon' ? ANONYMOUS_NAME : canonicalOf(cluster.names);
    let id = speakerIdFor(name);
    // Two clusters with one display name (a person "Jordan" and a country "Jordan") keep apart.
    if (usedIds.has(id)) id = speakerIdFor(`${name} ${cluster.kind}`);
    usedIds.add(id);
    idOfCluster.set(key, id);
    speakers.push({
      id,
      name,
      kind: cluster.kind,
      aliases: [...cluster.names.keys()].filter((n) => n !== name).sort(),
      roles: [...cluster.roles.entries()].map(([role, seen]) => ({ role, ...seen })).sort((a, b) => a.first.localeCompare(b.first)),
    });
  }
  return { ids: clusterOf.map((key) => idOfCluster.get(key) as SpeakerId), speakers };
}
