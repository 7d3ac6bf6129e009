// Reading speaker names: every pattern with invented people, places and sentences (none from the evaluation gold).
import { describe, expect, it } from 'vitest';
import { readName, type NameReading } from '../../../src/core/identity/names.ts';

const shown = (r: NameReading): string =>
  r.type === 'person' ? r.display : r.type === 'organisation' ? `org: ${r.display}` : r.type === 'role' ? `role: ${r.role}` : r.type;
const person = (name: string) => shown(readName(name, 'person'));

describe('readName: titles and role complements are not part of the name', () => {
  it.each([
    ['Deputy National Security Advisor for Space and Frontier Science Clara Montrose', 'Clara Montrose'],
    ['Frontier Science Clara Montrose', 'Clara Montrose'],
    ['Special Envoy for Ocean Affairs Derek Halvorsen', 'Derek Halvorsen'],
    ['Secretary of Health and Human Services Oliver Pemberton', 'Oliver Pemberton'],
    ['Human Services Oliver Pemberton', 'Oliver Pemberton'],
    ['International Trade Nadia Whitcombe', 'Nadia Whitcombe'],
    ['Maritime Affairs Gregory Tollan', 'Gregory Tollan'],
    ['Peace Martin Quayle', 'Martin Quayle'],
    ['International Commerce Ravindra Kulkarni', 'Ravindra Kulkarni'],
    ['Budget Director Shirley Okafor', 'Shirley Okafor'],
    ['Director-General of the World Fisheries Organization Tobias Ekwueme', 'Tobias Ekwueme'],
    ['Mayor of Lisbon Rafael Quintela', 'Rafael Quintela'],
  ])('%s → %s', (name, expected) => {
    expect(person(name)).toBe(expected);
  });

  it('keeps the title as the role', () => {
    const r = readName('Deputy National Security Advisor for Space and Frontier Science Clara Montrose', 'person');
    expect(r.type === 'person' && r.role).toBe('Deputy National Security Advisor');
  });
});

describe('readName: places, occupations and acronyms before a name', () => {
  it.each([
    ['Vermont Gordon Ashby', 'Gordon Ashby'],
    ['Argentina Alberto Quiroga', 'Alberto Quiroga'],
    ['Moldova Irina Vasilescu', 'Irina Vasilescu'],
    ['London Harold Pimm', 'Harold Pimm'],
    ['New Mexico Teresa Ruelas', 'Teresa Ruelas'],
    ['Broadcaster Nigel Ashcombe', 'Nigel Ashcombe'],
    ['Scientist Rebecca Lindqvist', 'Rebecca Lindqvist'],
    ['Co-developer Jing Halloran', 'Jing Halloran'],
    ['Detective Constable Edward Mallory', 'Edward Mallory'],
    ['Excellency Antonio Varga', 'Antonio Varga'],
    ['NSA Jacob Fennimore', 'Jacob Fennimore'],
    ['United Nations Linda Okonjo', 'Linda Okonjo'],
    ['Senate Confirms Samuel Brightwater', 'Samuel Brightwater'],
  ])('%s → %s', (name, expected) => {
    expect(person(name)).toBe(expected);
  });

  it('keeps heading words that are the name of a programme or a company', () => {
    expect(person('Medicaid Part B')).toBe('Medicaid Part B');
    expect(person('Solar Transfer Partners')).toBe('org: Solar Transfer Partners');
  });

  it('keeps a place that is the start of an organisation, or a name', () => {
    expect(person('Florida Highway Patrol')).toBe('org: Florida Highway Patrol');
    expect(person('United States Coast Guard')).toBe('org: United States Coast Guard');
    expect(person('Georgia Brightwell')).toBe('Georgia Brightwell');
    expect(person('Bill de Vries')).toBe('Bill de Vries');
  });
});

describe('readName: headline words and affiliations after a name', () => {
  it.each([
    ['Melinda Osgood Emphasizes', 'Melinda Osgood'],
    ['Melinda Osgood Celebrates', 'Melinda Osgood'],
    ['Harold Pimm Announces', 'Harold Pimm'],
    ['Karen Wexley Leading', 'Karen Wexley'],
    ['Martin Quayle of the World Fisheries Organization', 'Martin Quayle'],
    ['Lucy Harrow of The Daily Ledger', 'Lucy Harrow'],
    ["Jorge Almeida of the island's water authority", 'Jorge Almeida'],
    ['Owen Tarrant.', 'Owen Tarrant'],
  ])('%s → %s', (name, expected) => {
    expect(person(name)).toBe(expected);
  });

  it('does not cut a surname that looks like a verb or a noun', () => {
    expect(person('Peyton Fleming')).toBe('Peyton Fleming');
    expect(person('Andrew Holness')).toBe('Andrew Holness');
    expect(person('Clement Yates')).toBe('Clement Yates');
    expect(person('United Arab Emirates')).toBe('org: United Arab Emirates');
  });
});

describe('readName: organisation mentions', () => {
  const org = (name: string) => shown(readName(name, 'organisation'));
  it.each([
    ['Martin Quayle of the World Fisheries Organization', 'Martin Quayle'],
    ['United Nations Linda Okonjo', 'Linda Okonjo'],
    ['White House Counsel Pembrook', 'Pembrook'],
    ['Yesterday the Coastal Rescue Agency', 'org: Coastal Rescue Agency'],
    ['A statement released by the Supreme Tribunal', 'org: Supreme Tribunal'],
    ['the report by Harbour Watch International', 'org: Harbour Watch International'],
    ['Statement from Senator Hilda Marsh', 'Hilda Marsh'],
    ["Portugal's Westbrook University", 'org: Westbrook University'],
    ['Tidewater magazine', 'org: Tidewater'],
  ])('%s → %s', (name, expected) => {
    expect(org(name)).toBe(expected);
  });
});

describe('readName: what is no person', () => {
  it('a lone suffix names no one', () => {
    expect(readName('Jr.', 'person').type).toBe('none');
    expect(readName('III', 'person').type).toBe('none');
  });

  it('common nouns of a heading name no one, or a document when they end in one', () => {
    expect(readName('Offering', 'person').type).toBe('none');
    expect(readName('Tomorrow', 'person').type).toBe('none');
    expect(person('Budget')).toBe('org: Budget');
    expect(person('Liberation Proclamation')).toBe('org: Liberation Proclamation');
    expect(person('Comprehensive Maritime Partnership.')).toBe('org: Comprehensive Maritime Partnership');
    expect(person('Water Safety Action Plan')).toBe('org: Water Safety Action Plan');
  });

  it('a place on its own is an organisation (its government), not a person', () => {
    expect(person('Brazil')).toBe('org: Brazil');
    expect(person('Nebraska')).toBe('org: Nebraska');
  });

  it('organisation words make an organisation', () => {
    expect(person('Westbrook College')).toBe('org: Westbrook College');
    expect(person('Eastern District')).toBe('org: Eastern District');
  });

  it('a plural of people is no one in particular', () => {
    expect(readName('Advisers', 'person').type).toBe('anonymous');
    expect(readName('Governors', 'person').type).toBe('anonymous');
  });

  it('a hyphenated title alone is a role', () => {
    expect(person('Surgeon-General')).toBe('role: Surgeon-General');
  });
});

describe('readName: names kept whole', () => {
  it.each([
    ['Hollis Ferreira Obregón', 'Hollis Ferreira Obregón'],
    ['Xu Jinping', 'Xu Jinping'],
    ['Tamsin Reddington Jr.', 'Tamsin Reddington Jr.'],
    ['Kim Dae Sung', 'Kim Dae Sung'],
    ['Ingrid von der Brugge', 'Ingrid von der Brugge'],
  ])('%s', (name, expected) => {
    expect(person(name)).toBe(expected);
  });
});
