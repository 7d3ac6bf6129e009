import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV, JSON_LINES } from '../../../../src/app/lib/export/formats.ts';
import { EXPORT_COLUMNS, type ExportRow } from '../../../../src/app/lib/export/rows.ts';

const row = (overrides: Partial<ExportRow>): ExportRow => ({
  quote: 'We will act.',
  speaker: 'Joe Biden',
  role: 'President',
  speaker_kind: 'person',
  quote_kind: 'direct',
  article_title: 'Remarks on the economy',
  date: '2021-03-05',
  source_url: 'https://www.whitehouse.gov/briefing-room/remarks',
  link: 'https://quoteline.example/articles/remarks-on-the-economy-abcd1234?quote=qabcdefgh',
  ...overrides,
});

/** The file a spreadsheet would open: the CSV's start and one batch of rows. */
const csvOf = (rows: ExportRow[]) => CSV.start() + CSV.rows(rows);
const parsed = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('CSV', () => {
  it('opens with a BOM and a header of the columns, lines ending in CRLF (RFC 4180)', () => {
    const text = csvOf([row({})]);
    expect(text.startsWith('\uFEFFquote,speaker,role,speaker_kind,quote_kind,article_title,date,source_url,link\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes a field with a comma, a quote or a line break, and doubles its quotes', () => {
    const text = CSV.rows([row({ quote: 'He said "no", then left.\nLater: yes', article_title: 'A, B and C' })]);
    expect(text).toContain('"He said ""no"", then left.\nLater: yes"');
    expect(text).toContain('"A, B and C"');
    const [, values] = parsed(csvOf([row({ quote: 'He said "no", then left.\nLater: yes', article_title: 'A, B and C' })]));
    expect(values?.[0]).toBe('He said "no", then left.\nLater: yes');
    expect(values?.[5]).toBe('A, B and C');
  });

  it('reads back as the rows written, column by column, batch after batch', () => {
    const rows = [row({}), row({ speaker: 'Joe Biden; Vladimir Putin', speaker_kind: 'person; person', role: '' }), row({ speaker: '', speaker_kind: '', role: '' })];
    const text = CSV.start() + CSV.rows(rows.slice(0, 2)) + CSV.rows([]) + CSV.rows(rows.slice(2));
    const [header, ...data] = parsed(text);
    expect(header).toEqual([...EXPORT_COLUMNS]);
    expect(data).toEqual(rows.map((r) => EXPORT_COLUMNS.map((c) => r[c])));
  });

  it('defuses a cell a spreadsheet would run as a formula with a leading quote', () => {
    const hostile = ['=HYPERLINK("https://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'];
    const data = parsed(csvOf(hostile.map((quote) => row({ quote, article_title: quote }))));
    expect(data.slice(1).map((r) => r[0])).toEqual(hostile.map((h) => `'${h}`));
    expect(data.slice(1).map((r) => r[5])).toEqual(hostile.map((h) => `'${h}`));
    // Only a leading sign is a formula: the same characters inside a cell are left as they are.
    expect(parsed(csvOf([row({ quote: 'one = two' })]))[1]?.[0]).toBe('one = two');
  });

  it('keeps markup, right-to-left and zero-width characters as literal text', () => {
    const quote = '<script>alert(1)</script> \u202Egnp.exe \u200B שלום 👋';
    expect(parsed(csvOf([row({ quote })]))[1]?.[0]).toBe(quote);
  });
});

describe('JSON Lines', () => {
  it('writes one JSON object per line with the columns as keys, in order, and no BOM', () => {
    const rows = [row({ quote: 'first\nline two "quoted"' }), row({ quote: '=1+1' })];
    const text = JSON_LINES.start() + JSON_LINES.rows(rows);
    expect(text.startsWith('{')).toBe(true);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    const records = lines.map((l) => JSON.parse(l) as ExportRow);
    expect(records).toEqual(rows);
    expect(Object.keys(records[0]!)).toEqual([...EXPORT_COLUMNS]);
    // Not a spreadsheet: the text is exactly what the quote says.
    expect(records[1]?.quote).toBe('=1+1');
  });
});
