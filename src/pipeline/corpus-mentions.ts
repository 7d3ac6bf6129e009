import { extractQuotes } from '../core/extract/index.ts';
import type { SpeakerMention } from '../core/identity/resolve.ts';
import { articleIdFor } from '../core/ids.ts';
import { parseArticle } from '../core/parse.ts';
import { DEFAULT_CORPUS_DIR } from './build-data.ts';
import { readSources } from './read-corpus.ts';

/** Every speaker mention the extractor finds in a corpus folder, as the identity resolver receives them. */
export async function corpusMentions(dir: string = DEFAULT_CORPUS_DIR): Promise<SpeakerMention[]> {
  const { files } = await readSources([dir]);
  const mentions: SpeakerMention[] = [];
  for (const file of files) {
    const parsed = parseArticle(file.path, file.text);
    if (!parsed.ok) continue;
    const articleId = articleIdFor(parsed.article);
    for (const quote of extractQuotes(parsed.article.body, { title: parsed.article.title })) {
      if (quote.speaker) mentions.push({ articleId, date: parsed.article.date, ...quote.speaker });
    }
  }
  return mentions;
}
