/** Sources whose licence asks for credit wherever their articles are shown, matched on the source host name. */
export interface Credit {
  host: string;
  text: string;
  licence: { name: string; url: string } | null;
}

export const CREDITS: Credit[] = [
  {
    host: 'wikinews.org',
    text: 'Wikinews contributors, en.wikinews.org',
    licence: { name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' },
  },
  { host: 'whitehouse.gov', text: 'The White House briefing room, a work of the US federal government (public domain, 17 U.S.C. 105)', licence: null },
];

export function creditFor(source: string): Credit | undefined {
  return CREDITS.find((c) => source === c.host || source.endsWith(`.${c.host}`));
}

export function creditsForSources(sources: string[]): Credit[] {
  return CREDITS.filter((c) => sources.some((s) => creditFor(s) === c));
}
