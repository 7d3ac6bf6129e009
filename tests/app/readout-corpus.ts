import { articleIdFor } from '../../src/core/ids.ts';
import type { InputFile } from '../../src/core/publish.ts';

const articleFile = (path: string, title: string, date: string, url: string, sentences: string[]): InputFile => ({
  path,
  text: `${title}\n${date}\n${url}\n${sentences.join('\n')}\n`,
});

/**
 * An invented corpus for speakers as the reader sees them: a readout with a quote by "the two leaders" (joint:
 * Joe Biden and Aiko Tanabe) and one by "the President" (resolved by date), a readout where Marta Ruiz speaks only
 * jointly, a report and participants (a document and a group), an organisation, and quotes with no speaker.
 */
const readout = {
  title: 'Readout of President Joe Biden’s Meeting with Prime Minister Aiko Tanabe of Freedonia',
  date: '20221113',
  url: 'https://www.whitehouse.gov/briefing-room/2022/11/13/readout-tanabe/',
};
const call = {
  title: 'Readout of President Joe Biden’s Call with President Marta Ruiz of Sylvania',
  date: '20221120',
  url: 'https://www.whitehouse.gov/briefing-room/2022/11/20/readout-ruiz/',
};
const summit = { title: 'Summit on clean water', date: '20230421', url: 'https://example.org/water' };
const storm = { title: 'Storm hits the coast', date: '20230501', url: 'https://example.org/storm' };

export const readoutCorpus = [
  articleFile('readout.txt', readout.title, readout.date, readout.url, [
    'President Joe Biden met today with Prime Minister Aiko Tanabe of Freedonia.',
    'The two leaders reaffirmed their shared commitment to open trade across the region.',
    'The President underscored the importance of a free and open harbour for every nation.',
    'Prime Minister Tanabe said that Freedonia would double its clean energy investment.',
  ]),
  articleFile('call.txt', call.title, call.date, call.url, [
    'President Joe Biden spoke today with President Marta Ruiz of Sylvania.',
    'The two leaders reaffirmed their commitment to protect the river valley together.',
  ]),
  articleFile('summit.txt', summit.title, summit.date, summit.url, [
    '"There is no alternative," the Ministry of Water said in a statement.',
    'Participants said that clean water was a right for everyone.',
    'The report found that exports would rise.',
  ]),
  articleFile('storm.txt', storm.title, storm.date, storm.url, [
    'The storm reached the coast at night.',
    '"We will rebuild every home," it said.',
    '"The water came so fast," he said.',
    'A senior official said that the harbour would reopen within a week.',
  ]),
];

const idOf = (a: { title: string; date: string; url: string }) =>
  articleIdFor({ date: `${a.date.slice(0, 4)}-${a.date.slice(4, 6)}-${a.date.slice(6)}`, title: a.title, url: a.url });

export const readoutId = idOf(readout);
export const callId = idOf(call);
export const stormId = idOf(storm);
