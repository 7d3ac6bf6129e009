// Hand-written sentences (invented) for every attribution shape the engine handles.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

describe('direct quotations', () => {
  it('straight marks, quotation before "X said"', () => {
    const { find, text, contents } = run('"We will rebuild the bridge," Mayor Tom Hale said on Tuesday.');
    const q = find('rebuild');
    expect(q.kind).toBe('direct');
    expect(contents(q)).toEqual(['"We will rebuild the bridge,"']);
    expect(text(q.cue)).toBe('said');
    expect(q.speaker).toMatchObject({ name: 'Tom Hale', role: 'Mayor', kind: 'person', antecedent: null });
    expect(text(q.speaker?.mention)).toBe('Mayor Tom Hale');
  });

  it('curly marks and "said X" inverted', () => {
    const { find, text, contents } = run('“The harvest was poor this year,” said Anna Berg, a farmer from the valley.');
    const q = find('harvest');
    expect(contents(q)).toEqual(['“The harvest was poor this year,”']);
    expect(text(q.cue)).toBe('said');
    expect(text(q.speaker?.mention)).toBe('Anna Berg, a farmer from the valley');
    expect(q.speaker?.name).toBe('Anna Berg');
  });

  it('doubled backticks and apostrophes as quotation marks', () => {
    const a = run("``We will not back down,'' Senator Jane Roe said.");
    expect(a.contents(a.find('back down'))).toEqual(["``We will not back down,''"]);
    expect(a.find('back down').speaker).toMatchObject({ name: 'Jane Roe', role: 'Senator' });
    const b = run("''Prices will fall,'' the minister said.");
    expect(b.contents(b.find('Prices'))).toEqual(["''Prices will fall,''"]);
    expect(b.text(b.find('Prices').speaker?.mention)).toBe('the minister');
  });

  it('X said: "..." running over several lines', () => {
    const body = 'Governor Maria Lopez said: "The first phase is done.\nThe second phase starts in May."\nShe spoke in Austin.';
    const { find, contents } = run(body);
    const q = find('first phase');
    expect(q.kind).toBe('direct');
    expect(contents(q)).toEqual(['"The first phase is done.\nThe second phase starts in May."']);
    expect(q.speaker?.name).toBe('Maria Lopez');
  });

  it('follow-on paragraphs that open without closing the previous one join the same quote', () => {
    const body = '"We have finished the bridge," Mayor Tom Hale said.\n"It took four years.\n"Now we start on the tunnel."';
    const { quotes, contents } = run(body);
    expect(quotes).toHaveLength(1);
    expect(contents(quotes[0]!)).toEqual(['"We have finished the bridge,"', '"It took four years.', '"Now we start on the tunnel."']);
    expect(quotes[0]!.speaker?.name).toBe('Tom Hale');
  });

  it('nested single quotes stay inside the quotation', () => {
    const { find, contents } = run('"He told me \'never again\' and walked out," the witness said.');
    const q = find('never again');
    expect(contents(q)).toEqual(['"He told me \'never again\' and walked out,"']);
    expect(q.speaker).toMatchObject({ name: 'the witness', kind: 'anonymous' });
  });

  it('a cue line under a quotation attributes it ("Trump said on Twitter.")', () => {
    const { find, text } = run('"We need much better trade deals!"\nThe senator wrote on Twitter.');
    const q = find('trade deals');
    expect(text(q.cue)).toBe('wrote');
    expect(text(q.speaker?.mention)).toBe('The senator');
  });
});

describe('mixed and partial quotations', () => {
  it('"...," he said, "..." is one quote in two spans', () => {
    const body = 'Ana Ruiz chairs the committee.\n"The talks were useful," she said, "but much remains to be done."';
    const { find, contents, text } = run(body);
    const q = find('talks were useful');
    expect(q.kind).toBe('mixed');
    expect(contents(q)).toEqual(['"The talks were useful,"', '"but much remains to be done."']);
    expect(text(q.speaker?.mention)).toBe('she');
    expect(q.speaker?.name).toBe('Ana Ruiz');
  });

  it('a quoted fragment inside reported speech is partial', () => {
    const { find, text, contents } = run('The senator called the bill a "modest first step" toward reform of the agency and its many regional offices.');
    const q = find('modest first step');
    expect(q.kind).toBe('partial');
    expect(contents(q)).toEqual(['the bill a "modest first step" toward reform of the agency and its many regional offices']);
    expect(text(q.cue)).toBe('called');
  });

  it('a that-clause carrying quoted fragments is mixed', () => {
    const { find, text, contents } = run('The senator told reporters that the bill was a "modest first step" toward reform.');
    const q = find('modest first step');
    expect(q.kind).toBe('mixed');
    expect(contents(q)).toEqual(['that the bill was a "modest first step" toward reform']);
    expect(text(q.cue)).toBe('told');
  });

  it('an indirect clause interrupted by its attribution comes in two pieces', () => {
    const { find, contents, text } = run('The new rules, officials said, will take effect in June.');
    const q = find('new rules');
    expect(contents(q)).toEqual(['The new rules', 'will take effect in June']);
    expect(q.kind).toBe('mixed');
    expect(text(q.speaker?.mention)).toBe('officials');
    expect(q.speaker?.kind).toBe('anonymous');
  });
});

describe('reported speech without quotation marks', () => {
  it('X stressed that ... (content keeps "that")', () => {
    const { find, text, contents } = run('Chancellor Eva Brandt stressed that the budget must be balanced by next year.');
    const q = find('budget');
    expect(q.kind).toBe('indirect');
    expect(contents(q)).toEqual(['that the budget must be balanced by next year']);
    expect(text(q.cue)).toBe('stressed');
    expect(q.speaker).toMatchObject({ name: 'Eva Brandt', role: 'Chancellor' });
  });

  it('X asked Y for the guarantee that ...', () => {
    const { find, text, contents } = run('Prime Minister Li asked Smith for the guarantee that the port will stay open.');
    const q = find('port');
    expect(text(q.cue)).toBe('asked');
    expect(contents(q)).toEqual(['the guarantee that the port will stay open']);
    expect(text(q.speaker?.mention)).toBe('Prime Minister Li');
  });

  it('according to X, ... and ..., according to X', () => {
    const { find, text } = run('According to the city council, the park will reopen in May.\nThe bridge will cost $40 million, according to engineers hired by the state.');
    const a = find('park');
    expect(text(a.cue)).toBe('According to');
    expect(a.speaker).toMatchObject({ name: 'the city council', kind: 'organisation' });
    const b = find('bridge will cost');
    expect(text(b.cue)).toBe('according to');
    expect(text(b.speaker?.mention)).toBe('engineers hired by the state');
  });

  it('..., the ministry said in a statement; the statement said ...; ..., it said', () => {
    const body = 'The border will reopen on Friday, the ministry said in a statement.\nThe statement said the decision was final.\n"We will review it in June," it said.';
    const { find, text } = run(body);
    const a = find('border will reopen');
    expect(text(a.cue)).toBe('said in a statement');
    expect(a.speaker).toMatchObject({ name: 'the ministry', kind: 'organisation', antecedent: null });
    const b = find('decision was final');
    expect(text(b.speaker?.mention)).toBe('The statement');
    expect(b.speaker?.name).toBe('the ministry');
    expect(text(b.speaker?.antecedent)).toBe('the ministry');
    const c = find('review it in June');
    expect(text(c.speaker?.mention)).toBe('it');
    expect(c.speaker?.name).toBe('the ministry');
  });

  it('..., said the readout', () => {
    const body = 'The White House said in a readout that the leaders spoke for an hour.\nThe two leaders also discussed energy prices, said the readout.';
    const { find, text } = run(body);
    const q = find('energy prices');
    expect(text(q.speaker?.mention)).toBe('the readout');
    expect(q.speaker?.name).toBe('the White House');
  });

  it('continuation: "..., adding that ..." keeps the speaker', () => {
    const { find, text } = run('Mayor Tom Hale said the road would close, adding that buses would run as usual.');
    const q = find('buses');
    expect(text(q.cue)).toBe('adding');
    expect(q.speaker?.name).toBe('Tom Hale');
  });
});

describe('speakers', () => {
  it('keeps titles as the role and reports the fullest name for later mentions', () => {
    const body = 'Russian President Vladimir Putin met U.S. President Joe Biden on Monday.\nBiden said the meeting was frank.\nPutin said the talks were constructive.';
    const { find } = run(body);
    expect(find('frank').speaker).toMatchObject({ name: 'Joe Biden', kind: 'person' });
    expect(find('constructive').speaker).toMatchObject({ name: 'Vladimir Putin', kind: 'person' });
  });

  it('pronouns resolve to the previous speaker and record the antecedent', () => {
    const body = 'Senator Jane Roe said the vote would be close.\nShe added that she expected to win.';
    const { find, text } = run(body);
    const q = find('expected to win');
    expect(text(q.speaker?.mention)).toBe('She');
    expect(q.speaker?.name).toBe('Jane Roe');
    expect(text(q.speaker?.antecedent)).toBe('Senator Jane Roe');
  });

  it('anonymous sources are kept and never given to a named person', () => {
    const body = 'Senator Jane Roe spoke first.\nA senior official said the sanctions would take effect next week.\nOfficials said the list was not final.';
    const { find } = run(body);
    expect(find('sanctions').speaker).toMatchObject({ name: 'a senior official', kind: 'anonymous' });
    expect(find('list was not final').speaker).toMatchObject({ kind: 'anonymous' });
    expect(find('list was not final').speaker?.name).not.toMatch(/Roe/);
  });

  it('"the President" resolves to the person the title names with that role', () => {
    const body = 'The President underscored that the alliance remains strong.';
    const { find } = run(body, "Readout of President Ana Costa's Call with Prime Minister Li");
    const q = find('alliance');
    expect(q.speaker).toMatchObject({ name: 'Ana Costa', role: 'President' });
  });
});

describe('statements named only in the title', () => {
  it('attributes the first-person body to the title speaker with no mention', () => {
    const title = 'Statement from Press Secretary Dana Lee on the Flooding in the Midwest';
    const body = 'Our thoughts are with the families who lost their homes.\nWe will send federal help as quickly as possible.\n"This is a hard week," said Governor Maria Lopez.';
    const { quotes, find } = run(body, title);
    const first = find('Our thoughts');
    expect(first).toMatchObject({ kind: 'direct', cue: null });
    expect(first.speaker).toMatchObject({ name: 'Dana Lee', role: 'Press Secretary', mention: null });
    expect(find('federal help').speaker?.name).toBe('Dana Lee');
    // a quotation attributed in the body keeps its own speaker
    expect(find('hard week').speaker?.name).toBe('Maria Lopez');
    expect(quotes).toHaveLength(3);
  });

  it('does not attribute ordinary articles to anyone in the title', () => {
    const { quotes } = run('Rain fell all day.\nThe river rose by two metres.', 'Floods in the valley');
    expect(quotes).toEqual([]);
  });
});
