import { unzipSync } from 'fflate';
import { MAX_ARTICLE_CHARS } from '../../../../core/parse.ts';
import type { LibraryInput, NotRead } from './protocol.ts';

/** One .txt file to analyse, its bytes read when its turn comes, so 10,000 files are never all in memory at once. */
export interface PendingText {
  path: string;
  bytes: () => Promise<Uint8Array>;
}

/**
 * A file of more bytes than this is not read at all: even in UTF-8's densest case it is past the parser's limit
 * (core/parse.ts, MAX_ARTICLE_CHARS), and reading a 50 MB file only to refuse it would hold the reader up.
 */
const MAX_READ_BYTES = MAX_ARTICLE_CHARS * 4;

const isText = (path: string) => path.toLowerCase().endsWith('.txt');
const isZip = (path: string) => path.toLowerCase().endsWith('.zip');
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * The reader's files as .txt files to analyse, a .zip opened into its .txt entries (paths inside the archive, as
 * unzipping it and building the folder would name them); everything else is listed as not read, with why.
 */
export async function unpackInputs(inputs: LibraryInput[]): Promise<{ texts: PendingText[]; notRead: NotRead[] }> {
  const texts: PendingText[] = [];
  const notRead: NotRead[] = [];
  for (const { path, file } of inputs) {
    if (isZip(path)) {
      let tooLarge: NotRead[] = [];
      try {
        const entries = unzipSync(new Uint8Array(await file.arrayBuffer()), {
          // Entries are filtered before they are inflated, so an archive bomb of huge entries costs nothing.
          filter: (entry) => {
            if (entry.name.endsWith('/')) return false;
            if (!isText(entry.name)) {
              notRead.push({ path: `${path}: ${entry.name}`, reason: 'not a .txt file' });
              return false;
            }
            if (entry.originalSize > MAX_READ_BYTES) {
              tooLarge.push({ path: `${path}: ${entry.name}`, reason: `too large to be one article (${megabytes(entry.originalSize)})` });
              return false;
            }
            return true;
          },
        });
        for (const [name, bytes] of Object.entries(entries)) texts.push({ path: name, bytes: () => Promise.resolve(bytes) });
      } catch (error) {
        tooLarge = [];
        notRead.push({ path, reason: `not a readable zip archive (${error instanceof Error ? error.message : String(error)})` });
      }
      notRead.push(...tooLarge);
    } else if (!isText(path)) {
      notRead.push({ path, reason: 'not a .txt file' });
    } else if (file.size > MAX_READ_BYTES) {
      notRead.push({ path, reason: `too large to be one article (${megabytes(file.size)})` });
    } else {
      texts.push({ path, bytes: async () => new Uint8Array(await file.arrayBuffer()) });
    }
  }
  return { texts, notRead };
}
