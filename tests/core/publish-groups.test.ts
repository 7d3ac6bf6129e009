import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/publish.ts';
import { quoteSpeakers } from '../../src/core/quote-speakers.ts';
import { quotesBy } from '../../src/core/speaker-quotes.ts';

const readout = [
  'Readout of President Joe Biden’s Meeting with Prime Minister Aiko Tanabe of Freedonia',
  '20221113',
  'https://www.whitehouse.gov/briefing-room/2022/11/13/readout-tanabe/',
  'President Joe Biden met today with Prime Minister Aiko Tanabe of Freedonia.',
  'The two leaders reaffirmed their shared commitment to open trade across the region.',
  'Prime Minister Tanabe said that Freedonia would double its clean energy investment.',
].join('\n');

describe('a quote by a group', () => {
  const built = buildCorpus([{ path: 'readout.txt', text: readout }]);
  const article = built.articles[0]!;
  const joint = article.quotes.find((q) => article.body.slice(q.spans[0]!.start, q.spans[0]!.end).includes('shared commitment'))!;
  const idOf = (name: string) => built.index.speakers.find((s) => s.name === name)?.id;

  it('belongs to each named member, marked joint, and to no fused name', () => {
    expect(joint.speaker?.id).toBe(idOf('Joe Biden'));
    expect(joint.speaker?.joint?.map((j) => j.id)).toEqual([idOf('Aiko Tanabe')]);
    expect(quoteSpeakers(joint).map((s) => s.id)).toEqual([idOf('Joe Biden'), idOf('Aiko Tanabe')]);
    expect(built.index.speakers.map((s) => s.name)).not.toContain('Joe Biden and Aiko Tanabe');
  });

  it('counts for each member in the directory, the article and on each speaker page', () => {
    const summary = (name: string) => built.index.speakers.find((s) => s.name === name)!;
    expect(summary('Joe Biden').quoteCount).toBe(1);
    expect(summary('Aiko Tanabe').quoteCount).toBe(2);
    expect(built.index.articles[0]!.speakers).toEqual(expect.arrayContaining([idOf('Joe Biden'), idOf('Aiko Tanabe')]));
    const page = (name: string) => built.speakerPages.find((p) => p.speaker.name === name)!;
    expect(page('Aiko Tanabe').quotes.filter((q) => q.joint)).toHaveLength(1);
    expect(page('Joe Biden').quotes.find((q) => q.id === joint.id)?.joint).toBe(true);
  });

  it('gives the index each member’s quotes in the article, the joint one counted for both, as their pages count them', () => {
    const summary = built.index.articles[0]!;
    const counts = summary.speakers.map((id) => quotesBy(summary, id));
    expect(Object.fromEntries(summary.speakers.map((id, i) => [id, counts[i]]))).toEqual({ [idOf('Joe Biden')!]: 1, [idOf('Aiko Tanabe')!]: 2 });
    for (const page of built.speakerPages) expect(quotesBy(summary, page.speaker.id)).toBe(page.quotes.length);
    // Most quoted first, and only the counts above one are carried.
    expect(summary.speakerQuotes).toEqual([2]);
  });
});
