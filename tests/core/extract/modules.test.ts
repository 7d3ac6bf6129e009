import { describe, expect, it } from 'vitest';
import { inflect, lookupCue } from '../../../src/core/extract/lexicon.ts';
import { findQuotations } from '../../../src/core/extract/marks.ts';
import { analyzeMention, splitNameRole } from '../../../src/core/extract/names.ts';
import { parseTitle } from '../../../src/core/extract/title.ts';

describe('lexicon', () => {
  it('inflects regular and irregular verbs', () => {
    expect(inflect('stress')).toEqual(['stress', 'stresses', 'stressed', 'stressing']);
    expect(inflect('deny')).toEqual(['deny', 'denies', 'denied', 'denying']);
    expect(inflect('note')).toEqual(['note', 'notes', 'noted', 'noting']);
    expect(inflect('say')).toEqual(['say', 'says', 'said', 'saying']);
    expect(inflect('tell')).toContain('told');
  });

  it('looks up speech and belief cues case-insensitively', () => {
    expect(lookupCue('Said')).toEqual({ base: 'say', cls: 'speech' });
    expect(lookupCue('reiterated')).toEqual({ base: 'reiterate', cls: 'speech' });
    expect(lookupCue('believes')).toEqual({ base: 'believe', cls: 'belief' });
    expect(lookupCue('table')).toBeNull();
  });
});

describe('quotation marks', () => {
  const texts = (body: string) => findQuotations(body).map((q) => body.slice(q.start, q.end));

  it('pairs straight, curly and doubled marks', () => {
    expect(texts('a "b" c “d” e ``f\'\' g \'\'h\'\'')).toEqual(['"b"', '“d”', "``f''", "''h''"]);
  });

  it('ignores apostrophes and single quotes', () => {
    expect(texts("It’s Biden’s 'plan', he said.")).toEqual([]);
  });

  it('closes a paragraph whose quotation runs on into a follow-on paragraph', () => {
    const body = '“First paragraph.\n“Second paragraph.”';
    expect(texts(body)).toEqual(['“First paragraph.', '“Second paragraph.”']);
    expect(findQuotations(body)[0]!.closed).toBe(false);
  });

  it('keeps a quotation over several lines when it closes later', () => {
    expect(texts('He said: "One.\nTwo."\nAfter.')).toEqual(['"One.\nTwo."']);
  });

  it('closes a stray opener at the end of its line', () => {
    expect(texts('A stray " mark here\nand more text')).toEqual(['" mark here']);
  });
});

describe('names and roles', () => {
  it('keeps the title as role', () => {
    expect(splitNameRole('President Joe Biden'.split(' '))).toEqual({ name: 'Joe Biden', role: 'President' });
    expect(splitNameRole('Russian President Vladimir Putin'.split(' '))).toEqual({ name: 'Vladimir Putin', role: 'Russian President' });
    expect(splitNameRole('Press Secretary Jen Psaki'.split(' '))).toEqual({ name: 'Jen Psaki', role: 'Press Secretary' });
  });

  it('classifies mentions', () => {
    expect(analyzeMention('he')).toMatchObject({ type: 'pronoun', pronoun: 'he' });
    expect(analyzeMention('the readout')).toMatchObject({ type: 'document', kind: 'organisation' });
    expect(analyzeMention('the White House')).toMatchObject({ type: 'organisation', name: 'the White House' });
    expect(analyzeMention('the Kremlin')).toMatchObject({ type: 'organisation' });
    expect(analyzeMention('a senior official')).toMatchObject({ type: 'anonymous', name: 'a senior official' });
    expect(analyzeMention('Officials')).toMatchObject({ type: 'anonymous' });
    expect(analyzeMention('Sen. Jane Roe, a Democrat from Ohio')).toMatchObject({ type: 'person', name: 'Jane Roe', role: 'Sen.' });
  });
});

describe('titles', () => {
  it('finds the author of a statement', () => {
    expect(parseTitle('Statement from Press Secretary Jen Psaki on the Anniversary').author).toMatchObject({ name: 'Jen Psaki', role: 'Press Secretary' });
    expect(parseTitle('Statement by President Joseph R. Biden, Jr. on First-Ever Papal Visit to Iraq').author).toMatchObject({ name: 'Joseph R. Biden Jr.', role: 'President' });
    expect(parseTitle('Biden Putin hold video call').author).toBeNull();
  });

  it('lists titled people of a readout', () => {
    const info = parseTitle("Readout of President Joe Biden's Call with Prime Minister Justin Trudeau of Canada");
    expect(info.readout).toBe(true);
    expect(info.people.map((p) => p.name)).toEqual(['Joe Biden', 'Justin Trudeau']);
  });
});
