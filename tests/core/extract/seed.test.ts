import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/extract/index.ts';
import type { ExtractedQuote } from '../../../src/core/model.ts';
import { parseArticle } from '../../../src/core/parse.ts';

const seedDir = path.resolve(__dirname, '../../../corpus/seed');
const seedFile = readdirSync(seedDir).find((f) => f.endsWith('.txt')) as string;
const parsed = parseArticle(seedFile, readFileSync(path.join(seedDir, seedFile), 'utf8'));
if (!parsed.ok) throw new Error('seed article does not parse');
const { body, title } = parsed.article;
const quotes = extractQuotes(body, { title });

const text = (s: { start: number; end: number } | null | undefined): string | null => (s ? body.slice(s.start, s.end) : null);
const find = (needle: string): ExtractedQuote => {
  const q = quotes.find((x) => x.spans.some((s) => body.slice(s.start, s.end).includes(needle)));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('seed article', () => {
  it('X stressed that ...: reported speech carrying a quoted fragment', () => {
    const q = find('conquer Ukrainian territory');
    expect(q.kind).toBe('mixed');
    expect(text(q.cue)).toBe('stressed');
    expect(text(q.spans[0])).toMatch(/^that it is the North Atlantic Treaty Organization NATO .* near the Russian borders$/);
    // the fullest name the article gives, with the title it gives it
    expect(q.speaker).toMatchObject({ name: 'Vladimir Putin', role: 'Russian President', kind: 'person' });
    expect(text(q.speaker?.mention)).toBe('Putin');
  });

  it('"...," the White House said: the content runs from the sentence start to the comma', () => {
    const q = quotes.find((x) => text(x.spans[0])?.startsWith('President Joe Biden "voiced')) as ExtractedQuote;
    expect(q).toBeDefined();
    expect(text(q.spans[0])).toMatch(/in the event of military escalation,"$/);
    expect(text(q.cue)).toBe('said');
    expect(q.speaker).toMatchObject({ name: 'the White House', kind: 'organisation', antecedent: null });
    expect(text(q.speaker?.mention)).toBe('the White House');
  });

  it('the readout said: resolves to the issuer, the White House', () => {
    const q = find('reiterated his support');
    expect(text(q.cue)).toBe('said');
    expect(text(q.speaker?.mention)).toBe('the readout');
    expect(q.speaker?.name).toBe('the White House');
    expect(text(q.speaker?.antecedent)).toBe('the White House');
  });

  it('"...," it said: a direct quote whose "it" resolves to the White House', () => {
    const q = find('The two presidents tasked');
    expect(q.kind).toBe('direct');
    expect(text(q.spans[0])).toBe('"The two presidents tasked their teams to follow up, and the U.S. will do so in close coordination with allies and partners,"');
    expect(text(q.speaker?.mention)).toBe('it');
    expect(q.speaker?.name).toBe('the White House');
    expect(q.speaker?.antecedent).not.toBeNull();
  });

  it('explained to Biden "...": quoted fragments in reported speech, subject before an enclosed participle', () => {
    const q = find('the destructive policy');
    expect(text(q.cue)).toBe('explained');
    expect(text(q.spans[0])).toMatch(/^"the destructive policy" of the Ukrainian authorities/);
    expect(q.speaker?.name).toBe('Vladimir Putin');
    expect(text(q.speaker?.mention)).toBe('Putin');
  });

  it('X asked Y for the guarantee that ...', () => {
    const q = find('NATO will not expand');
    expect(q.kind).toBe('indirect');
    expect(text(q.cue)).toBe('asked');
    expect(text(q.spans[0])).toBe('the guarantee that NATO will not expand in the eastern direction and not deploy offensive weapons near Russia');
    expect(q.speaker?.name).toBe('Vladimir Putin');
  });

  it('..., said the readout (inverted) and ..., the Kremlin said in a statement', () => {
    const readout = find('Strategic Stability');
    expect(text(readout.speaker?.mention)).toBe('the readout');
    expect(readout.speaker?.name).toBe('the White House');
    const kremlin = find('mainly focused');
    expect(text(kremlin.cue)).toBe('said in a statement');
    expect(kremlin.speaker).toMatchObject({ name: 'the Kremlin', kind: 'organisation' });
    expect(kremlin.kind).toBe('indirect');
  });

  it('does not take "a video call on" for a cue', () => {
    expect(quotes.some((q) => text(q.cue) === 'call on')).toBe(false);
  });
});
