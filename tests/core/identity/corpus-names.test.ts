// Corpus-level identity: compound surnames, fragments joined to the person, acronyms the corpus spells out, and
// the directory check. Invented names and sentences only.
import { describe, expect, it } from 'vitest';
import { acronymTable, collectAcronyms } from '../../../src/core/identity/acronyms.ts';
import { resolveSpeakers, type SpeakerMention } from '../../../src/core/identity/resolve.ts';
import { suspiciousName } from '../../../src/core/identity/suspicious.ts';
import type { ArticleId } from '../../../src/core/model.ts';

let n = 0;
const m = (name: string, kind: SpeakerMention['kind'] = 'person', date = '2023-05-01', article?: string): SpeakerMention => ({
  articleId: (article ?? `a${n++}`) as ArticleId,
  date,
  name,
  kind,
  role: null,
});
const nameOf = (mentions: SpeakerMention[], options?: Parameters<typeof resolveSpeakers>[1]) => {
  const { ids, speakers } = resolveSpeakers(mentions, options);
  return ids.map((id) => speakers.find((s) => s.id === id)?.name);
};

describe('one person, not split', () => {
  it('two family names without the given name are the full name that ends in them', () => {
    const names = nameOf([m('Ramón Esteban Ferreira Obregón'), m('Ferreira Obregón'), m('Ramón Esteban Ferreira Obregón')]);
    expect(new Set(names)).toEqual(new Set(['Ramón Esteban Ferreira Obregón']));
  });

  it('a given name with and without a second family name is one person', () => {
    const { ids } = resolveSpeakers([m('Tomás Alvarado Peralta'), m('Tomás Peralta')]);
    expect(ids[0]).toBe(ids[1]);
  });

  it('a fragment before a full name of the corpus joins it', () => {
    const names = nameOf([m('Frontier Science Clara Montrose'), m('Clara Montrose'), m('Vermont Gordon Ashby'), m('Gordon Ashby')]);
    expect(names).toEqual(['Clara Montrose', 'Clara Montrose', 'Gordon Ashby', 'Gordon Ashby']);
  });

  it('a relative with another given name stays apart', () => {
    const { ids } = resolveSpeakers([m('Walter Pennick'), m('Dorian Pennick'), m('Walter Pennick')]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[0]).toBe(ids[2]);
  });

  it('two family names do not join when several longer names end in them', () => {
    const { ids } = resolveSpeakers([m('Ana María Ruiz Soto'), m('Pedro Ruiz Soto'), m('Ruiz Soto')]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[1]);
  });
});

describe('mentions that name no one', () => {
  it('are marked unattributed, and never become a person', () => {
    const { unattributed, speakers, ids } = resolveSpeakers([m('Jr.'), m('Offering'), m('Hilda Marsh')]);
    expect(unattributed).toEqual([true, true, false]);
    expect(speakers.find((s) => s.id === ids[0])?.kind).toBe('anonymous');
  });
});

describe('collectAcronyms', () => {
  it('finds a long name followed by its acronym', () => {
    const body = 'Forecasters at the National Tornado Watch Center (NTWC) said the storm would weaken. Later, the Office of Rural Water Programs (ORWP) agreed.';
    expect(collectAcronyms(body)).toEqual([
      { acronym: 'NTWC', name: 'National Tornado Watch Center' },
      { acronym: 'ORWP', name: 'Office of Rural Water Programs' },
    ]);
  });

  it('allows joining words, one word left out, hyphenated parts and a U.S. prefix', () => {
    expect(collectAcronyms('the Centers for Dairy and Grain Services (CDS) reported')).toEqual([{ acronym: 'CDS', name: 'Centers for Dairy and Grain Services' }]);
    expect(collectAcronyms('the U.S. Agency for Coastal Defense (USACD) said')).toEqual([{ acronym: 'USACD', name: 'U.S. Agency for Coastal Defense' }]);
    expect(collectAcronyms('the Department of Marine Affairs (DoMA) said')).toEqual([{ acronym: 'DoMA', name: 'Department of Marine Affairs' }]);
  });

  it('keeps the body an acronym leaves out', () => {
    expect(collectAcronyms('the Department of Coastal and Inland Waters (CIW) said')).toEqual([{ acronym: 'CIW', name: 'Department of Coastal and Inland Waters' }]);
  });

  it('ignores brackets that are not an acronym of the words before', () => {
    expect(collectAcronyms('Senator Hilda Marsh (KY) said')).toEqual([]);
    expect(collectAcronyms('the report (PDF) said')).toEqual([]);
  });

  it('records the article when given', () => {
    expect(collectAcronyms('the Bureau of Quiet Skies (BQS)', 'x1' as ArticleId)).toEqual([{ acronym: 'BQS', name: 'Bureau of Quiet Skies', articleId: 'x1' }]);
  });

  it('a table prefers the article’s own spelling, else one that dominates the corpus', () => {
    const table = acronymTable([
      { acronym: 'BQS', name: 'Bureau of Quiet Skies', articleId: 'a' as ArticleId },
      { acronym: 'BQS', name: 'Bureau of Quiet Skies', articleId: 'b' as ArticleId },
      { acronym: 'BQS', name: 'Bureau of Quiet Skies', articleId: 'c' as ArticleId },
      { acronym: 'BQS', name: 'Board of Quarry Safety', articleId: 'd' as ArticleId },
      { acronym: 'PCA', name: 'Pine Cone Association', articleId: 'a' as ArticleId },
      { acronym: 'PCA', name: 'Public Canal Authority', articleId: 'b' as ArticleId },
    ]);
    expect(table.expand('BQS', 'd' as ArticleId)?.name).toBe('Board of Quarry Safety');
    expect(table.expand('BQS', 'z' as ArticleId)?.name).toBe('Bureau of Quiet Skies');
    expect(table.expand('PCA', 'z' as ArticleId)).toBeNull();
  });
});

describe('resolveSpeakers with acronyms', () => {
  it('joins an acronym to the organisation it stands for and shows the long name', () => {
    const body = 'Forecasters at the National Tornado Watch Center (NTWC) said the storm would weaken.';
    const mentions = [m('NTWC', 'organisation', '2023-05-01', 'art1'), m('the National Tornado Watch Center', 'organisation', '2023-05-02', 'art2'), m('NTWC', 'person', '2023-05-03', 'art3')];
    const acronyms = [...collectAcronyms(body, 'art1' as ArticleId), ...collectAcronyms(body, 'art9' as ArticleId)];
    const names = nameOf(mentions, { acronyms });
    expect(names).toEqual(['National Tornado Watch Center', 'National Tornado Watch Center', 'National Tornado Watch Center']);
  });

  it('does not expand an acronym elsewhere on one spelling in one other article', () => {
    const body = 'Forecasters at the National Tornado Watch Center (NTWC) said the storm would weaken.';
    const names = nameOf([m('NTWC', 'organisation', '2023-05-03', 'art3')], { acronyms: collectAcronyms(body, 'art1' as ArticleId) });
    expect(names).toEqual(['NTWC']);
  });

  it('collects the acronyms from the bodies when given bodies', () => {
    const bodies = new Map([['art1' as ArticleId, 'Forecasters at the National Tornado Watch Center (NTWC) said the storm would weaken.']]);
    expect(nameOf([m('NTWC', 'organisation', '2023-05-01', 'art1')], { bodies })).toEqual(['National Tornado Watch Center']);
  });
});

describe('names split between the title and the name', () => {
  it('reads a place or an organisation whose start was taken for a title as one name', () => {
    const names = nameOf([
      { ...m('Arabia'), role: 'Saudi' },
      { ...m('Fisheries Services', 'organisation'), role: 'U.S. Department of Marine and' },
      { ...m('Martin Quayle'), role: 'Westbrook' },
    ]);
    expect(names).toEqual(['Saudi Arabia', 'U.S. Department of Marine and Fisheries Services', 'Martin Quayle']);
  });

  it('completes the end of an organisation spelled out with its acronym in the same article', () => {
    const bodies = new Map([['k1' as ArticleId, 'The Centers for Dairy and Grain Services (CDS) said prices would fall.']]);
    expect(nameOf([m('Dairy and Grain Services', 'organisation', '2023-05-01', 'k1')], { bodies })).toEqual(['Centers for Dairy and Grain Services']);
  });
});

describe('resolveSpeakers with bodies: a surname alone completed from its article', () => {
  const id = (s: string) => s as ArticleId;
  it('takes the one full name the article writes with that surname', () => {
    const bodies = new Map([
      [id('b1'), 'Presiding Judge Corwin Maddox ruled on Tuesday. "The law is plain," Maddox wrote.'],
      [id('b2'), 'Following Vice President Selma Okafor, the panel spoke. Okafor said it was a good day.'],
      [id('b3'), 'Nora Fenwick and her brother Tobias Fenwick spoke. "We are glad," Fenwick said.'],
      [id('b4'), 'Residents of Lisbon. Quintela said the water was safe.'],
    ]);
    const names = nameOf([m('Maddox', 'person', '2023-05-01', 'b1'), m('Okafor', 'person', '2023-05-01', 'b2'), m('Fenwick', 'person', '2023-05-01', 'b3'), m('Quintela', 'person', '2023-05-01', 'b4')], { bodies });
    expect(names).toEqual(['Corwin Maddox', 'Selma Okafor', 'Fenwick', 'Quintela']);
  });

  it('a bare surname is not given a relative whose full name the article never writes', () => {
    const body = 'Reporters asked about Pennick\'s son Dorian. "That is a private matter," Pennick said.';
    const at = body.lastIndexOf('Pennick');
    const corpus = Array.from({ length: 25 }, (_, i) => m('Walter Pennick', 'person', '2023-04-01', `w${i}`));
    const quote = { ...m('Dorian Pennick', 'person', '2023-05-01', 'h1'), mention: { start: at, end: at + 'Pennick'.length } };
    const names = nameOf([...corpus, quote], { bodies: new Map([[id('h1'), body]]) });
    expect(names[names.length - 1]).toBe('Walter Pennick');
  });

  it('nor, where the article writes both, the less quoted one', () => {
    const body = 'Walter Pennick spoke at the rally with his son Dorian Pennick. "We will win," Pennick said.';
    const at = body.lastIndexOf('Pennick');
    const corpus = Array.from({ length: 25 }, (_, i) => m('Walter Pennick', 'person', '2023-04-01', `v${i}`));
    const quote = { ...m('Dorian Pennick', 'person', '2023-05-01', 'h2'), mention: { start: at, end: at + 'Pennick'.length } };
    const names = nameOf([...corpus, quote], { bodies: new Map([[id('h2'), body]]) });
    expect(names[names.length - 1]).toBe('Walter Pennick');
  });

  it('keeps the full name when the quote names the person in full', () => {
    const body = 'Walter Pennick spoke with his son Dorian Pennick. "We will win," Dorian Pennick said.';
    const at = body.lastIndexOf('Dorian Pennick');
    const corpus = Array.from({ length: 25 }, (_, i) => m('Walter Pennick', 'person', '2023-04-01', `u${i}`));
    const quote = { ...m('Dorian Pennick', 'person', '2023-05-01', 'h3'), mention: { start: at, end: at + 'Dorian Pennick'.length } };
    const names = nameOf([...corpus, quote], { bodies: new Map([[id('h3'), body]]) });
    expect(names[names.length - 1]).toBe('Dorian Pennick');
  });

  it('does not complete across a role the article gives someone else', () => {
    const bodies = new Map([[id('c1'), 'First Lady Dana Whitmore hosted the event. President Whitmore said the country was strong.']]);
    const mention = { ...m('Whitmore', 'person', '2023-05-01', 'c1'), role: 'President' };
    expect(nameOf([mention], { bodies })).toEqual(['Whitmore']);
  });

  it('leaves an acronym alone when nothing spells it out', () => {
    expect(nameOf([m('QRX', 'organisation')], { acronyms: [] })).toEqual(['QRX']);
  });
});

describe('suspiciousName', () => {
  it.each([
    ['Frontier Science Clara Montrose', 'person'],
    ['Vermont Gordon Ashby', 'person'],
    ['Broadcaster Nigel Ashcombe', 'person'],
    ['Melinda Osgood Emphasizes', 'person'],
    ['Martin Quayle of the World Fisheries Organization', 'person'],
    ['Jr.', 'person'],
    ['Budget', 'person'],
    ['Liberation Proclamation', 'person'],
    ['Brazil', 'person'],
    ['The President', 'person'],
    ['Senator Hilda Marsh', 'person'],
    ['Westbrook College', 'person'],
    ['Yesterday the Coastal Rescue Agency', 'organisation'],
    ['United Nations Linda Okonjo', 'organisation'],
  ])('flags %s (%s)', (name, kind) => {
    expect(suspiciousName(name, kind)).not.toBeNull();
  });

  it.each([
    ['Clara Montrose', 'person'],
    ['Hollis Ferreira Obregón', 'person'],
    ['Tamsin Reddington Jr.', 'person'],
    ['Ingrid von der Brugge', 'person'],
    ['Edward J. Mallory', 'person'],
    ['National Tornado Watch Center', 'organisation'],
    ['Unnamed sources', 'anonymous'],
  ])('passes %s (%s)', (name, kind) => {
    expect(suspiciousName(name, kind)).toBeNull();
  });
});
