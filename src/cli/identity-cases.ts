import type { CaseMention, IdentityCase } from '../core/identity/evaluate.ts';

/**
 * Hand-checked identity cases from the bundled corpus (corpus/). Each naming was found in the file whose
 * name starts with `seen` (the article's date and slug), and the truth was decided by reading the article:
 * `same` says whether the two namings are one speaker. The resolver is judged on the truth, so a case it
 * gets wrong stays here as a known miss rather than being relabelled.
 */
const p = (name: string, date: string, seen: string, role: string | null = null): CaseMention => ({ name, kind: 'person', role, date, seen });
const o = (name: string, date: string, seen: string): CaseMention => ({ name, kind: 'organisation', role: null, date, seen });

const joeBiden = p('Joe Biden', '2021-12-08', 'seed/20211208-biden-putin-hold-video-call', 'President');
const donaldTrump = p('Donald Trump', '2020-10-03', 'wikinews/20201003-us-president-donald-trump-tests-positive', 'President');
const putin = p('Vladimir Putin', '2019-06-29', 'wikinews/2019 (Putin at G20)');

export const IDENTITY_CASES: IdentityCase[] = [
  // Joe Biden, however he is named
  { a: joeBiden, b: p('Biden', '2021-12-08', 'seed/20211208-biden-putin-hold-video-call'), same: true, note: 'surname in the seed article' },
  { a: joeBiden, b: p('Biden', '2022-02-12', 'whitehouse/20220212-readout-of-president-bidens-call-with-president-vladimir-putin', 'President'), same: true, note: '"President Biden"' },
  { a: joeBiden, b: p('Joseph R. Biden, Jr.', '2022-02-12', 'whitehouse/20220212-readout-of-president-bidens-call-with-president-vladimir-putin', 'President'), same: true, note: 'full formal name with suffix' },
  { a: joeBiden, b: p('Joseph R. Biden Jr.', '2021-04-14', 'whitehouse/2021 remarks', 'President'), same: true, note: 'suffix without comma' },
  { a: joeBiden, b: p('President Joe Biden', '2023-03-01', 'whitehouse/2023 readouts'), same: true, note: 'role left in the name' },
  { a: joeBiden, b: p('Joe Biden', '2020-08-20', 'wikinews/20200930-on-the-campaign-trail-in-the-usa-august-2020'), same: true, note: 'as candidate, before office' },
  { a: joeBiden, b: p('Biden’s Meeting', '2022-05-01', 'whitehouse/2022 readout titles'), same: true, note: 'possessive headline left in the name' },
  { a: joeBiden, b: p('POTUS Biden', '2023-02-01', 'whitehouse/2023 remarks'), same: true, note: 'POTUS as a title' },
  { a: joeBiden, b: p('Jill Biden', '2024-03-01', 'whitehouse/20231127-first-lady-jill-biden-announces', 'First Lady'), same: false, note: 'the First Lady' },
  { a: joeBiden, b: p('Hunter Biden', '2020-11-02', 'wikinews/20201102-on-the-campaign-trail-in-the-usa-october-2020'), same: false, note: 'his son' },
  { a: p('Jill Biden', '2024-03-01', 'whitehouse/2024 first lady', 'First Lady'), b: p('Biden', '2024-03-05', 'whitehouse/2024 first lady', 'First Lady'), same: true, note: '"First Lady Biden"' },
  { a: p('Jill Biden', '2023-10-01', 'whitehouse/20231127-first-lady-jill-biden-announces'), b: p('Dr. Jill Biden', '2021-04-07', 'whitehouse/20210407-fact-sheet-first-lady-jill-biden-sets-course', 'First Lady'), same: true, note: 'honorific' },

  // Vladimir Putin
  { a: putin, b: p('Putin', '2021-12-08', 'seed/20211208-biden-putin-hold-video-call'), same: true, note: 'surname in the seed article' },
  { a: putin, b: p('Russian President Vladimir Putin', '2021-12-08', 'seed/20211208-biden-putin-hold-video-call'), same: true, note: 'role left in the name' },
  { a: putin, b: p('Vladimir Putin', '2022-02-12', 'whitehouse/20220212-readout-of-president-bidens-call-with-president-vladimir-putin', 'President'), same: true, note: '"President Vladimir Putin of Russia"' },

  // Donald Trump and his family
  { a: donaldTrump, b: p('Donald J. Trump', '2025-05-01', 'whitehouse/20250501-fact-sheet-president-donald-j-trump-ends', 'President'), same: true, note: 'middle initial' },
  { a: donaldTrump, b: p('Trump', '2025-03-18', 'whitehouse/20250318-fact-sheet-president-donald-j-trump-removes-dei', 'President'), same: true, note: '"President Trump"' },
  { a: donaldTrump, b: p('Donald J. Trump Announces Major', '2025-11-01', 'whitehouse/2025 fact sheet titles', 'President'), same: true, note: 'headline verb left in the name' },
  { a: donaldTrump, b: p('Melania Trump', '2025-04-28', 'whitehouse/20250428-first-lady-melania-trump-applauds', 'First Lady'), same: false, note: 'the First Lady' },
  { a: donaldTrump, b: p('Ivanka Trump', '2020-10-03', 'wikinews/20201003-us-president-donald-trump-tests-positive'), same: false, note: 'his daughter' },
  { a: donaldTrump, b: p('Donald Trump Jr.', '2020-10-03', 'wikinews/2020 campaign coverage'), same: false, note: 'his son, same given name' },
  { a: p('Melania Trump', '2025-04-28', 'whitehouse/20250428-first-lady-melania-trump-applauds', 'First Lady'), b: p('First Lady Melania Trump', '2025-06-04', 'whitehouse/20250604-first-lady-melania-trumps-message') , same: true, note: 'role left in the name' },

  // Bush, Clinton, Obama, Johnson: several people each
  { a: p('George W. Bush', '2021-02-14', 'whitehouse/20210214 (faith-based partnerships)', 'President'), b: p('Bush', '2021-02-14', 'whitehouse/20210214 (faith-based partnerships)', 'President'), same: true, note: '"As President Bush said"' },
  { a: p('George W. Bush', '2021-02-14', 'whitehouse/20210214', 'President'), b: p('Barbara Bush', '2025-05-08', 'whitehouse/20250508-auto-draft', 'First Lady'), same: false, note: 'different people' },
  { a: p('George W. Bush', '2021-02-14', 'whitehouse/20210214', 'President'), b: p('Vannevar Bush', '2026-07-21', 'whitehouse/20260721'), same: false, note: 'different people' },
  { a: p('Barbara Bush', '2025-05-08', 'whitehouse/20250508-auto-draft', 'First Lady'), b: p('Bush', '2019-07-17', 'wikinews/20190717 (bare surname, undecidable)'), same: false, note: 'a bare surname six years away' },
  { a: p('Bill Clinton', '2019-11-01', 'wikinews/20191101-u-s-house-formalizes-rules-for-trump-impeachment', 'President'), b: p('Hillary Clinton', '2020-03-15', 'wikinews/20200315-bernie-sanders-wins-2020-northern-mariana', 'Secretary of State'), same: false, note: 'husband and wife' },
  { a: p('Bill Clinton', '2019-11-01', 'wikinews/20191101', 'President'), b: p('Clinton', '2024-05-06', 'whitehouse/20240506 ("Deputy Secretary of the Interior to President Clinton")', 'President'), same: true, note: '"President Clinton"' },
  { a: p('Hillary Clinton', '2020-03-15', 'wikinews/20200315', 'Secretary of State'), b: p('Clinton', '2024-05-06', 'whitehouse/20240506', 'President'), same: false, note: '"President Clinton" is not Hillary' },
  { a: p('Barack Obama', '2020-07-25', 'wikinews/20200725'), b: p('Obama', '2021-04-19', 'whitehouse/20210419', 'President'), same: true, note: '"President Obama"' },
  { a: p('Barack Obama', '2020-07-25', 'wikinews/20200725'), b: p('Michelle Obama', '2021-04-07', 'whitehouse/20210407-fact-sheet-first-lady-jill-biden-sets-course', 'First Lady'), same: false, note: 'husband and wife' },
  { a: p('Boris Johnson', '2022-03-21', 'whitehouse/20220321-readout-of-president-joe-bidens-call-with-president-macron', 'Prime Minister'), b: p('Johnson', '2022-04-12', 'whitehouse/20220412-readout', 'Prime Minister'), same: true, note: '"Prime Minister Johnson"' },
  { a: p('Boris Johnson', '2022-03-21', 'whitehouse/20220321', 'Prime Minister'), b: p('Mike Johnson', '2026-03-24', 'whitehouse/20260324-secretary-markwayne-mullin', 'Speaker'), same: false, note: 'different people' },
  { a: p('Mike Johnson', '2026-03-24', 'whitehouse/20260324', 'Speaker'), b: p('Johnson', '2026-08-20', 'whitehouse/20260820-president-trumps-cabinet-champions', 'Speaker'), same: true, note: '"Speaker Johnson"' },
  { a: p('Gary Johnson', '2020-06-19', 'wikinews/20200619'), b: p('Andrew Johnson', '2019-11-01', 'wikinews/20191101', 'President'), same: false, note: 'different people' },
  { a: p('Boris Johnson', '2022-03-21', 'whitehouse/20220321', 'Prime Minister'), b: p('Johnson', '2020-10-29', 'wikinews/20201029 (bare surname, Gary Johnson candidates nearby)'), same: false, note: 'bare surname among several Johnsons' },

  // Others named in several ways
  { a: p('Kamala Harris', '2023-03-31', 'whitehouse/20230331-readout-of-vice-president-kamala-harriss', 'Vice President'), b: p('Harris', '2023-05-02', 'whitehouse/20230502-readout-of-vice-president-harriss-meeting', 'Vice President'), same: true, note: '"Vice President Harris"' },
  { a: p('Kamala Harris', '2023-03-31', 'whitehouse/20230331', 'Vice President'), b: p('Harris’s Meeting', '2023-05-02', 'whitehouse/20230502 (title)'), same: true, note: 'possessive headline' },
  { a: p('Xi Jinping', '2022-07-28', 'whitehouse/20220728-readout-of-president-bidens-call-with-president-xi-jinping', 'President'), b: p('Xi', '2022-11-14', 'whitehouse/20221114-readout-of-president-joe-bidens-meeting-with-president-xi', 'President'), same: true, note: 'family name first' },
  { a: p('Jake Sullivan', '2021-01-27', 'whitehouse/20210127-readout-of-national-security-advisor-jake', 'National Security Advisor'), b: p('National Security Advisor Jake Sullivan', '2023-08-21', 'whitehouse/20230821-readout-of-national-security-advisor-jake'), same: true, note: 'role left in the name' },
  { a: p('Jake Sullivan', '2021-01-27', 'whitehouse/20210127', 'National Security Advisor'), b: p('Sullivan', '2022-03-15', 'whitehouse/20220315-readout-of-national-security-advisor-jake', 'National Security Advisor'), same: true, note: '"Mr. Sullivan"' },
  { a: p('Karine Jean-Pierre', '2023-04-26', 'whitehouse/20230426-statement-from-white-house-press-secretary', 'Press Secretary'), b: p('Jean-Pierre', '2023-06-15', 'whitehouse/20230615-readout-of-the-white-house-state-legislat', 'Press Secretary'), same: true, note: 'hyphenated surname' },
  { a: p('Recep Tayyip Erdoğan', '2019-03-31', 'wikinews/20190331-turkey-s-president-erdogan-proposes', 'President'), b: p('Erdogan', '2019-10-15', 'wikinews/20191015-kurds-announce-deal-with-assad', 'Turkish president'), same: true, note: 'accents folded' },
  { a: p('Emmanuel Macron', '2022-01-24', 'whitehouse/20220124-readout-of-president-bidens-video-call', 'President'), b: p('Macron', '2022-03-21', 'whitehouse/20220321-readout-of-president-joe-bidens-call-with-president-macron', 'President'), same: true, note: '"President Macron of France"' },
  { a: joeBiden, b: p('the President', '2022-02-12', 'whitehouse/20220212 ("the President" = Biden)'), same: true, note: 'role only: kept apart by design, a known miss' },

  // Names with fragments of a heading, a title or a place, and compound surnames
  { a: p('Andrés Manuel López Obrador', '2021-01-23', 'whitehouse/20210123-readout-of-president-joe-biden-call-with-president-andres-manuel-lopez-obrador', 'President'), b: p('López Obrador', '2021-11-19', 'whitehouse/20211119-readout-of-president-bidens-meeting', 'President'), same: true, note: 'two family names without the given names' },
  { a: p('Anne Neuberger', '2021-06-11', 'whitehouse/20210611-readout-of-deputy-national-security-advisor-for-cyber-anne-neuberger'), b: p('Emerging Technology Anne Neuberger', '2022-01-01', 'whitehouse/readout of Deputy NSA for Cyber and Emerging Technology'), same: true, note: 'role complement left before the name' },
  { a: p('Bernie Sanders', '2019-08-16', 'wikinews/20190816-hickenlooper-ends-us-presidential-bid'), b: p('Vermont Bernie Sanders', '2023-03-01', 'whitehouse/20230301-what-they-are-saying'), same: true, note: 'state before the name' },
  { a: p('Hunter Biden', '2020-11-02', 'wikinews/20201102-on-the-campaign-trail-in-the-usa-october-2020'), b: p('Jill Biden', '2024-03-01', 'whitehouse/2024 first lady', 'First Lady'), same: false, note: 'two of one family' },

  // Organisations
  { a: o('the White House', '2021-12-08', 'seed/20211208-biden-putin-hold-video-call'), b: o('White House', '2022-03-21', 'whitehouse/2022 readouts'), same: true, note: 'article dropped' },
  { a: o('the State Department', '2021-12-23', 'whitehouse/20211223-summit-for-democracy-summary'), b: o('the U.S. Department of State', '2023-09-05', 'whitehouse/20230905-fact-sheet-deepening-the-united-states'), same: true, note: 'two names for one department' },
  { a: o('the State Department', '2021-12-23', 'whitehouse/20211223'), b: o('the Department of Energy', '2023-01-01', 'whitehouse/2023 fact sheets'), same: false, note: 'different departments' },
  { a: o('the Kremlin', '2021-12-08', 'seed/20211208-biden-putin-hold-video-call'), b: o('Kremlin', '2022-10-11', 'whitehouse/20221011-readout-of-national-security-advisory'), same: true, note: 'article dropped' },
  { a: o('The Washington Post', '2019-09-29', 'wikinews/20190929-fianc-e-of-murdered-saudi-journalist'), b: o('the Washington Post', '2020-11-22', 'wikinews/20201122-suspect-in-kenosha'), same: true, note: 'capitalised article' },
  { a: o('the White House', '2021-12-08', 'seed/20211208'), b: o('the Kremlin', '2021-12-08', 'seed/20211208'), same: false, note: 'the two sides of one call' },
  { a: o('the White House', '2021-12-08', 'seed/20211208'), b: p('Joe Biden', '2021-12-08', 'seed/20211208', 'President'), same: false, note: 'an issuer is not its principal' },
  { a: o('NHC', '2019-09-16', 'wikinews/20190916-tropical-storm-humberto-upgraded-to-hurricane-status'), b: o('the National Hurricane Center', '2019-09-16', 'wikinews/20190916-tropical-storm-humberto'), same: true, note: 'acronym: joined only when the bodies are given (resolveSpeakers acronyms option), a known miss here' },
  { a: o('the government', '2020-01-11', 'wikinews/20200111-cairo-summit (Egypt)'), b: o('the government', '2019-10-15', 'wikinews/20191015-kurds-announce-deal (Syria)'), same: false, note: 'generic references name no one' },
];
