/** Text that is all ASCII needs no Unicode decomposition: most words are, and the fast path halves a search build. */
const ASCII = /^[^\u0080-\uffff]*$/; // without the u flag, a character beyond U+FFFF is two in this range

/**
 * The one way Quoteline compares text loosely: lower case, without diacritics, compatibility forms unified
 * ("Zelenskÿy", "ZELENSKYY" and "Zelenskyy" all fold to "zelenskyy"; "ﬁ" to "fi"). The search index, the
 * search box, the speaker directory and the timeline's speaker box all fold with it, so a name one of them
 * finds, the others find too.
 */
export function foldText(text: string): string {
  return (ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();
}
