/**
 * Which articles the app shows: the corpus bundled with the site, or the reader's own library, kept in this
 * browser (data/library-store.ts) and served by the same app under /library. The address decides, once, when the
 * app starts (main.tsx): switching is a document navigation, as it switches the router and the query client.
 * Views ask `useCorpus()` (lib/routing.ts). No router here: main.tsx reads this before the router's chunk.
 */
export type Corpus = 'bundled' | 'library';

/** Where the library's app lives, as the router's basepath: everything under it reads the library. */
export const LIBRARY_BASEPATH = `${import.meta.env.BASE_URL}library`;

export function corpusAt(pathname: string): Corpus {
  return pathname === LIBRARY_BASEPATH || pathname.startsWith(`${LIBRARY_BASEPATH}/`) ? 'library' : 'bundled';
}

/** The site path a link into `corpus` starts with, ending in "/": `${corpusRoot(corpus)}articles/<id>`. */
export function corpusRoot(corpus: Corpus): string {
  return corpus === 'library' ? `${LIBRARY_BASEPATH}/` : import.meta.env.BASE_URL;
}

/** Where the reader opens their own articles (the library's Open view). */
export const OPEN_LIBRARY_HREF = `${LIBRARY_BASEPATH}/open`;
