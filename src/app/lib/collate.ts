/**
 * Orders for names, made once. `localeCompare` with options builds a new collator on every call, which made
 * sorting the speaker directory a third of its first render; and a locale given explicitly orders the same at
 * build time in Node as in any reader's browser, which a page built ahead of time needs to be adopted.
 */
const collator = new Intl.Collator('en');
const looseCollator = new Intl.Collator('en', { sensitivity: 'base' });

/** Alphabetical order, accents and case breaking ties. */
export const compareNames: (a: string, b: string) => number = collator.compare;

/** Alphabetical order that treats accents and case as the same letter. */
export const compareNamesLoosely: (a: string, b: string) => number = looseCollator.compare;
