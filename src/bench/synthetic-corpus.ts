/**
 * A deterministic synthetic corpus for benchmarks: articles in the input format made from real sentences of
 * the bundled corpus, with dates spread over decades and quotes given to a large, skewed cast of speakers
 * (a few quoted very often, most rarely), as in a real archive. Same seed, same corpus, byte for byte.
 */
import { lowerBound } from '../core/sorted.ts';

/** mulberry32: a tiny seeded PRNG; Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = 'Ada Ben Carla Dmitri Elena Farid Grace Hiro Ines Jonas Keiko Luis Maya Nadia Omar Priya Quentin Rosa Samir Tomas Uma Viktor Wen Ximena Yusuf Zoe Anna Boris Chen Dara Emil Fatima Gustav Hana Igor Julia Kofi Lena Marco Nora'.split(' ');
const FAMILY = 'Abbott Bauer Castillo Dimitrov Eriksen Fontaine Garcia Haddad Ivanova Jensen Kowalski Lindqvist Moreau Nakamura Okafor Petrov Quinn Rossi Sato Tanaka Ueda Vargas Weber Xu Yilmaz Zhang Alvarez Becker Costa Duarte Engel Fischer Gomez Horvat Ito Jovanovic Kim Lopez Meyer Novak'.split(' ');
const ROLES = ['President', 'Prime Minister', 'Senator', 'Governor', 'Mayor', 'Secretary of State', 'Minister', 'spokesperson', 'Chief Executive'];
const ORGS = ['the White House', 'the Kremlin', 'the Foreign Ministry', 'the Health Ministry', 'the European Commission', 'the United Nations', 'the Supreme Court', 'the central bank', 'the city council', 'the police'];
const CUES = ['said', 'told reporters', 'added', 'stressed', 'warned', 'noted', 'said in a statement', 'wrote'];

export interface SyntheticOptions {
  count: number;
  seed: number;
  /** Real sentences to build bodies from. */
  sentences: string[];
  /** Real titles to vary. */
  titles: string[];
  /** Dates are spread uniformly over [from, to], YYYY-MM-DD. */
  from?: string;
  to?: string;
}

export interface SyntheticArticle {
  fileName: string;
  text: string;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Generate the corpus lazily, one article at a time, so 100,000 articles never sit in memory at once. */
export function* syntheticCorpus(options: SyntheticOptions): Generator<SyntheticArticle> {
  const random = seededRandom(options.seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  // Zipf-like: speaker k is chosen with weight 1/(k+1), so a handful dominate and thousands appear rarely.
  const people = GIVEN.flatMap((g) => FAMILY.map((f) => `${g} ${f}`));
  const cast = people.map((p, i) => ({ name: p, role: ROLES[i % ROLES.length] as string }));
  const harmonic = cast.map((_, k) => 1 / (k + 1));
  const total = harmonic.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  harmonic.reduce((acc, w, i) => (cumulative[i] = acc + w / total), 0);
  const speaker = () => {
    const r = random();
    // The last speaker takes whatever rounding leaves above the last cumulative weight.
    return cast[Math.min(lowerBound(cumulative, (c) => c < r), cast.length - 1)] ?? cast[0]!;
  };
  const start = Date.parse(`${options.from ?? '2000-01-01'}T00:00:00Z`);
  const span = Date.parse(`${options.to ?? '2026-08-31'}T00:00:00Z`) - start;
  const clean = (s: string) => s.replace(/["“”]/g, '').replace(/[.!?]+$/, '');

  for (let n = 0; n < options.count; n++) {
    const date = new Date(start + Math.floor(random() * (span / 86_400_000)) * 86_400_000);
    const ymd = `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1, 2)}${pad(date.getUTCDate(), 2)}`;
    const lead = speaker();
    const title = `${pick(options.titles)} (${pick(FAMILY)} ${n % 97})`;
    const lines = [title, ymd, `https://synthetic.example/${ymd.slice(0, 4)}/${n}`];
    const length = 6 + Math.floor(random() * 9);
    lines.push(`${lead.role} ${lead.name} ${pick(CUES)} that ${clean(pick(options.sentences)).replace(/^\w/, (c) => c.toLowerCase())}.`);
    for (let i = 1; i < length; i++) {
      const r = random();
      const sentence = clean(pick(options.sentences));
      if (r < 0.25) lines.push(`"${sentence}," ${lead.name.split(' ')[1]} ${pick(CUES)}.`);
      else if (r < 0.4) lines.push(`"${sentence}," ${pick(ORGS)} ${pick(CUES)}.`);
      else if (r < 0.5) {
        const other = speaker();
        lines.push(`According to ${other.name}, ${sentence.replace(/^\w/, (c) => c.toLowerCase())}.`);
      } else lines.push(`${sentence}.`);
    }
    yield { fileName: `${ymd}-synthetic-${pad(n, 6)}.txt`, text: `${lines.join('\n')}\n` };
  }
}
