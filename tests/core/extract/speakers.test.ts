import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/extract/index.ts';
import { officeHolder, publisherOf } from '../../../src/core/extract/offices.ts';
import type { ExtractedQuote } from '../../../src/core/model.ts';

/** Invented articles, one per pattern of who-said-it a reader relies on. */
function quotes(body: string, options: { title?: string; date?: string; url?: string } = {}) {
  const found = extractQuotes(body, options);
  const quoteWith = (needle: string): ExtractedQuote => {
    const q = found.find((x) => x.spans.some((s) => body.slice(s.start, s.end).includes(needle)));
    if (!q) throw new Error(`no quote with "${needle}": ${JSON.stringify(found.map((x) => x.spans.map((s) => body.slice(s.start, s.end))))}`);
    return q;
  };
  return { found, quoteWith };
}

const WH = 'https://www.whitehouse.gov/briefing-room/2022/11/13/readout/';

describe('role holders', () => {
  it('gives "the President" to whoever held the office on the date, for the publisher, and says how', () => {
    const body = 'The President reaffirmed the strong partnership between the two countries.';
    const in2022 = quotes(body, { title: 'Readout of a Call', date: '2022-11-13', url: WH }).quoteWith('strong partnership');
    expect(in2022.speaker?.name).toBe('Joe Biden');
    expect(in2022.speaker?.how).toBe('The President → Joe Biden: President on 2022-11-13'.replace('The', 'the'));
    const in2025 = quotes(body, { title: 'Readout of a Call', date: '2025-03-02', url: 'https://www.whitehouse.gov/x' }).quoteWith('strong partnership');
    expect(in2025.speaker?.name).toBe('Donald Trump');
  });

  it('resolves the archived White House hosts too, and no role for a publisher without a table', () => {
    expect(publisherOf('https://bidenwhitehouse.archives.gov/briefing-room/x')).toBe('bidenwhitehouse.archives.gov');
    expect(officeHolder('bidenwhitehouse.archives.gov', 'the Vice President', '2023-09-06')?.name).toBe('Kamala Harris');
    expect(officeHolder('whitehouse.gov', 'First Lady', '2025-12-04')?.name).toBe('Melania Trump');
    expect(officeHolder('en.wikinews.org', 'President', '2022-01-01')).toBeNull();
    expect(officeHolder('whitehouse.gov', 'Prime Minister', '2022-01-01')).toBeNull();
  });

  it('takes a role from the article itself where the publisher has no table', () => {
    const body = 'President Alberto Vargas of Ruritania met farmers on Monday.\nThe President said that the harvest would be the best in a decade.';
    const q = quotes(body, { date: '2020-05-01', url: 'https://en.wikinews.org/wiki/x' }).quoteWith('harvest');
    expect(q.speaker?.name).toBe('Alberto Vargas');
  });
});

describe('groups', () => {
  const title = 'Readout of President Joe Biden’s Meeting with Prime Minister Aiko Tanabe of Freedonia';
  it('gives "the two leaders" and "they" to the people the readout is about, each named', () => {
    const body = [
      'President Joe Biden met today with Prime Minister Aiko Tanabe of Freedonia.',
      'The two leaders reaffirmed their shared commitment to open trade across the region.',
      'They also emphasized the importance of cooperation on clean energy.',
    ].join('\n');
    const { quoteWith } = quotes(body, { title, date: '2022-11-13', url: WH });
    for (const needle of ['shared commitment', 'cooperation on clean energy']) {
      const s = quoteWith(needle).speaker;
      expect(s?.kind).toBe('group');
      expect(s?.members).toEqual(['Joe Biden', 'Aiko Tanabe']);
    }
  });

  it('splits "X and Y" into its members, never a fused name', () => {
    const body = 'President Biden and Prime Minister Tanabe announced a joint fund for coastal resilience in the Pacific.';
    const s = quotes(body, { title, date: '2022-11-13', url: WH }).quoteWith('joint fund').speaker;
    expect(s?.kind).toBe('group');
    expect(s?.members).toEqual(['Joe Biden', 'Aiko Tanabe']);
  });

  it('keeps a vague plural as a group, and a real unnamed source anonymous', () => {
    const body = 'Participants shared their experiences with flooding in rural towns.\nA senior official said that more money would follow within weeks.';
    const { quoteWith } = quotes(body);
    expect(quoteWith('flooding').speaker?.kind).toBe('group');
    expect(quoteWith('more money').speaker?.kind).toBe('anonymous');
  });
});

describe('header lists', () => {
  it('gives each quote of a "What they are saying" list to its own header', () => {
    const body = [
      'See what they are saying below:',
      'Senator Jane Roe, Ohio: “This bill is a turning point for working families in our state.”',
      'Harbor Workers Union: “We applaud the decision and thank everyone who fought for it.”',
      '[Tweet, 10/18/2023] “Today is a good day for every worker on the docks.”',
      'Mark Okafor, Mayor of Riverton: “Our city will use the money to fix roads and bridges.”',
    ].join('\n');
    const { quoteWith } = quotes(body, { title: 'What They Are Saying: A Bill for Workers' });
    expect(quoteWith('turning point').speaker?.name).toBe('Jane Roe');
    expect(quoteWith('We applaud').speaker?.name).toBe('Harbor Workers Union');
    expect(quoteWith('good day for every worker').speaker?.name).toBe('Harbor Workers Union');
    expect(quoteWith('roads and bridges').speaker?.name).toBe('Mark Okafor');
  });
});

describe('statements, coordination and references', () => {
  it('gives "I" in a statement to the author the title names, and a proclamation to the President of its date', () => {
    const statement = quotes('I am proud of the men and women who made this possible.', { title: 'Statement from Secretary Dana Whitfield on the Launch', date: '2023-02-01', url: WH });
    expect(statement.quoteWith('proud').speaker?.name).toBe('Dana Whitfield');
    const proclamation = quotes('Today we honor the courage of every volunteer firefighter in our Nation.', { title: 'A Proclamation on National Firefighter Day, 2023', date: '2023-05-04', url: WH });
    expect(proclamation.quoteWith('volunteer firefighter').speaker?.name).toBe('Joe Biden');
  });

  it('"X explained A and expressed B" gives B to X', () => {
    const body = 'Minister Ilse Brandt explained the new tax rules in detail and expressed her "serious concern about delays" in parliament.';
    const q = quotes(body).quoteWith('serious concern');
    expect(q.speaker?.name).toBe('Ilse Brandt');
  });

  it('a definite description goes to what the article named, and a pronoun with no antecedent to no one', () => {
    const body = [
      'Soldiers of the Ruritanian Royal Army were deployed near the border on Sunday.',
      'The army said the deployment was a routine exercise planned months ago.',
    ].join('\n');
    expect(quotes(body).quoteWith('routine exercise').speaker?.name).toBe('Ruritanian Royal Army');
    expect(quotes('They said the bridge would reopen next spring after repairs.').quoteWith('bridge').speaker).toBeNull();
  });

  it('a report that speaks for itself is a document', () => {
    const body = 'The Coastal Erosion Report found that sea walls fail within twenty years in most towns.';
    const s = quotes(body).quoteWith('sea walls').speaker;
    expect(s?.kind).toBe('document');
    expect(s?.name).toBe('the Coastal Erosion Report');
  });

  it('two people of one surname stay two speakers', () => {
    const body = 'Isaac Brennan said that the plan was fair to everyone involved.\nMichael Brennan said that the plan would fail within a year.';
    const { quoteWith } = quotes(body);
    expect(quoteWith('fair to everyone').speaker?.name).toBe('Isaac Brennan');
    expect(quoteWith('fail within a year').speaker?.name).toBe('Michael Brennan');
  });
});

describe('remarks and findings', () => {
  it('gives the speech after a "Full Remarks by …:" heading to the person it names, whole', () => {
    const body = [
      'Today, Governor Lena Ortiz spoke at the harbor festival.',
      'Full Remarks by Governor Lena Ortiz, As Prepared for Delivery:',
      'Good evening, and thank you all for coming.',
      'This harbor built our city, and it will build our future.',
    ].join('\n');
    const q = quotes(body).quoteWith('Good evening');
    expect(q.speaker?.name).toBe('Lena Ortiz');
    expect(body.slice(q.spans[0]!.start, q.spans[0]!.end)).toContain('build our future');
  });

  it('"found" is a quote for a study or a team, not a belief of one person', () => {
    const { found, quoteWith } = quotes('The study found that sea walls fail within twenty years.\nDana Kirsch thinks the walls will hold for a century at least.');
    expect(quoteWith('sea walls').speaker?.kind).toBe('document');
    expect(found.some((q) => q.spans.some((s) => s.start > 60))).toBe(false);
  });

  it('"declared a state of emergency" and "a phenomenon called X" report no speech', () => {
    const body = 'The governor declared a state of emergency on Sunday night.\nScientists studied a phenomenon called coral bleaching in the bay.';
    expect(quotes(body).found).toEqual([]);
  });
});

describe('who is behind a statement, a post or a relative clause', () => {
  it('"X issued a statement saying …" is X, "posting on Twitter, “…”" is the clause subject, "Y, 24, who cited" is Y', () => {
    const body = [
      'Team doctor Amos Reyes issued a statement saying the striker would miss three matches.',
      'Mayor Ilona Vance took to social media, posting at 9 pm on Twitter, "We are safe and the water is back on."',
      'Another was a chef named Piotr Kalinski, 31, who cited his training: "You run towards trouble, not away."',
    ].join('\n');
    const { quoteWith } = quotes(body);
    expect(quoteWith('miss three matches').speaker?.name).toBe('Amos Reyes');
    const post = quoteWith('water is back on');
    expect(post.speaker?.name).toBe('Ilona Vance');
    expect(body.slice(post.spans[0]!.start, post.spans[0]!.start + 1)).toBe('"');
    expect(quoteWith('run towards trouble').speaker?.name).toBe('Piotr Kalinski');
  });
});

describe('a readout of purposes', () => {
  it('"travelled … to reaffirm A, reiterate B, and recognize C" gives each to the delegation the article names', () => {
    const body = [
      'Ambassador Rosa Lind and envoy Tomas Berg led a delegation to the port city this week.',
      'The delegation traveled to the capital to reaffirm support for local elections, reiterate the commitment to safe returns, and recognize that security matters to both countries.',
    ].join('\n');
    const { found } = quotes(body);
    expect(found.map((q) => q.cue && body.slice(q.cue.start, q.cue.end))).toEqual(['reaffirm', 'reiterate', 'recognize']);
    for (const q of found) expect(q.speaker?.members).toEqual(['Rosa Lind', 'Tomas Berg']);
  });
});

describe('organisations', () => {
  it('takes the full name the article writes ("Harbor News" → "Harbor News Agency")', () => {
    const body = 'The Harbor News Agency first reported the fire on Monday.\nHarbor News said the blaze started in a warehouse near the docks.';
    expect(quotes(body).quoteWith('blaze').speaker?.name).toBe('Harbor News Agency');
  });
});

describe('a header with two titles', () => {
  it('"Harbor Lines President and CEO Jo Rivera: “…”" is one person, not a group', () => {
    const body = 'What they are saying:\nHarbor Lines President and CEO Jo Rivera: “We congratulate the new secretary on her confirmation today.”';
    const s = quotes(body).quoteWith('congratulate').speaker;
    expect(s?.kind).toBe('person');
    expect(s?.name).toBe('Jo Rivera');
  });
});

describe('organisation names and owners', () => {
  it('"the Centers for Disease Control and Prevention" is one organisation, and a time of day is no speaker', () => {
    const body = 'Measles kills one child in a thousand, according to the Centers for Disease Control and Prevention.\nDeaths doubled this year, the World Health Organization’s figures show.\nAt 9:00 pm EDT the city said the water was back on in every district.';
    const { quoteWith } = quotes(body);
    const cdc = quoteWith('one child in a thousand').speaker;
    expect(cdc?.kind).toBe('organisation');
    expect(cdc?.name).toBe('the Centers for Disease Control and Prevention');
    expect(quoteWith('water was back on').speaker?.name).not.toMatch(/EDT/);
  });
});

describe('more that is no speech', () => {
  it('an event does not speak, a name given is not a quote, and a pledge holds its infinitive', () => {
    const body = [
      'The state visit reaffirmed the strength of the alliance between the two nations.',
      'Among the most famous opinions written by the judge was a dissent on the recount.',
      'Building on last year’s framework, both countries pledged to create working groups on arms trafficking.',
    ].join('\n');
    const { found } = quotes(body);
    expect(found.map((q) => body.slice(q.spans[0]!.start, q.spans[0]!.end))).toEqual(['to create working groups on arms trafficking']);
  });
});

describe('coreference', () => {
  it('"she" goes to the person who opens the sentence before, not to the last speaker further up', () => {
    const body = [
      'Professor Dana Whitlock said that fees hide the real price of tickets.',
      'Laura Greaves, head of policy at a ticket seller, spoke to her company’s move to show prices up front.',
      'She said that customers bought more once they saw the full price.',
    ].join('\n');
    expect(quotes(body).quoteWith('customers bought more').speaker?.name).toBe('Laura Greaves');
  });

  it('"the readout said" is the White House in a readout, and a statement "by" someone is theirs', () => {
    const body = [
      'President Joe Biden spoke with Chancellor Hanna Weiss today.',
      'The leaders discussed energy security, the readout said.',
      'A statement released by the Ruritanian Supreme Court said the ruling would stand.',
    ].join('\n');
    const { quoteWith } = quotes(body, { title: 'Readout of President Joe Biden’s Call with Chancellor Hanna Weiss', date: '2022-03-01', url: WH });
    expect(quoteWith('energy security').speaker?.name).toBe('the White House');
    expect(quoteWith('ruling would stand').speaker?.name).toBe('the Ruritanian Supreme Court');
  });
});

describe('an object is no speaker', () => {
  it('"…, noted the historic nature of this initiative" has no source after the cue, "…, said the head of the agency" has', () => {
    const body = 'Violence prevention experts, who will lend their expertise, noted the historic nature of this initiative.\nThe plan will cut waiting times by half, said the head of the agency.';
    const { found, quoteWith } = quotes(body);
    expect(found.some((q) => q.speaker?.name.includes('nature'))).toBe(false);
    expect(quoteWith('waiting times').speaker?.name).toMatch(/head of the agency/);
  });
});

describe('names of bodies', () => {
  it('"The Harbor Herald" and "The Ledger Post" are organisations, a co-author "of" an institute is the co-author', () => {
    const body = [
      'The Ledger Post reported that the mayor had resigned on Friday night.',
      'According to The Verge, the company hired a law firm to investigate itself.',
      '"We need to know more," said study co-author Ted Marlow of the Polar Institute for Research.',
    ].join('\n');
    const { quoteWith } = quotes(body);
    expect(quoteWith('mayor had resigned').speaker).toMatchObject({ kind: 'organisation', name: 'the Ledger Post' });
    expect(quoteWith('hired a law firm').speaker).toMatchObject({ kind: 'organisation', name: 'the Verge' });
    expect(quoteWith('know more').speaker).toMatchObject({ kind: 'person', name: 'Ted Marlow' });
  });
});

describe('cue words inside a noun phrase', () => {
  it('"a full list of", "a more promising future", "the largest-ever direct investment" are no cues; a statement saying is', () => {
    const body = [
      'For a full list of awards, visit the website of the program.',
      'The fund builds a more promising future for small businesses in rural towns.',
      'Providing the largest-ever direct investment in rural broadband across the country.',
      'Dr. Amos Reyes issued a statement saying the patient was resting comfortably.',
    ].join('\n');
    const { found, quoteWith } = quotes(body);
    expect(found).toHaveLength(1);
    expect(quoteWith('resting comfortably').speaker?.name).toBe('Amos Reyes');
  });
});

describe('"they" in a readout of one person', () => {
  it('are the person the title names and the one the text names with them, never a storm or a country', () => {
    const body = [
      'President Joe Biden spoke today with Prime Minister Aoife Brennan of Ruritania, after a briefing on Hurricane Ida.',
      'They reaffirmed the deep ties between the United States and Ruritania.',
    ].join('\n');
    const s = quotes(body, { title: 'Readout of President Joe Biden’s Call', date: '2022-03-01', url: WH }).quoteWith('deep ties').speaker;
    expect(s?.members).toEqual(['Joe Biden', 'Aoife Brennan']);
  });
});

describe('a clause that opens the sentence', () => {
  it('"When announcing the closure, Mayor X called on …" is X calling on, not an announcement by no one', () => {
    const body = 'When announcing the closure on Monday, Mayor Ines Kahale called on "every church and every school" to help the nurses.';
    const { found, quoteWith } = quotes(body);
    expect(found).toHaveLength(1);
    expect(quoteWith('every church').speaker?.name).toBe('Ines Kahale');
  });
});
