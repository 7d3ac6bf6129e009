import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/publish.ts';
import { SPEAKER_QUOTES_PER_FILE, type SpeakerPage, type SpeakerQuotesPage } from '../../src/core/schema.ts';
import { serializeCorpus } from '../../src/core/serialize.ts';

describe('a prolific speaker', () => {
  it('has their newest quotes in the first file and the rest in further files it names, none lost', () => {
    const sentences = Array.from({ length: 1_200 }, (_, i) => `"Point number ${i} stands," Senator Ada Abbott said.`);
    const files = serializeCorpus(buildCorpus([{ path: 'a.txt', text: `Long day\n20210101\nhttps://example.org/a\n${sentences.join('\n')}\n` }]));
    const pageName = [...files.keys()].find((k) => /speakers\/ada-abbott\.[\w-]+\.json$/.test(k))!;
    const page = JSON.parse(files.get(pageName)!) as SpeakerPage;
    expect(page.quotes).toHaveLength(SPEAKER_QUOTES_PER_FILE);
    expect(page.morePages).toHaveLength(2);
    const rest = page.morePages.map((hash, i) => JSON.parse(files.get(`data/v3/speakers/ada-abbott/${i + 1}.${hash}.json`)!) as SpeakerQuotesPage);
    const all = [...page.quotes, ...rest.flatMap((r) => r.quotes)];
    expect(all).toHaveLength(page.speaker.quoteCount);
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
  });
});
