/**
 * Roles that name a person without a name ("the President", "the First Lady"): who held the role on the article's
 * date, for the article's publisher. The table is data (data/office-holders.json, with its sources); a publisher
 * with no table resolves roles from the article alone.
 */
import table from './data/office-holders.json' with { type: 'json' };

interface Term {
  name: string;
  from: string;
  to: string | null;
}

interface Publisher {
  hosts: string[];
  offices: Record<string, Term[]>;
}

/** Host (and its subdomains) → the offices its articles name. */
const OFFICES_BY_HOST = new Map<string, Record<string, Term[]>>();
for (const publisher of Object.values(table.publishers as Record<string, Publisher>)) for (const host of publisher.hosts) OFFICES_BY_HOST.set(host, publisher.offices);

function officesOf(host: string): Record<string, Term[]> | undefined {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const offices = OFFICES_BY_HOST.get(h);
    if (offices) return offices;
  }
  return undefined;
}

/** The publisher of a source URL as the table keys it: its host without "www.". */
export function publisherOf(url: string | undefined): string | null {
  const m = /^https?:\/\/(?:www\.)?([^/?#:]+)/i.exec(url ?? '');
  return m ? (m[1] as string).toLowerCase() : null;
}

export interface OfficeHolder {
  name: string;
  /** The role as the table names it: "President". */
  role: string;
}

/**
 * The holder of `role` ("President", "the vice president") on `date` (YYYY-MM-DD) for the publisher, or null.
 * Qualified roles ("Prime Minister", "Mexican President") are not in the table and are left to the article.
 */
export function officeHolder(publisher: string | null, role: string, date: string | undefined): OfficeHolder | null {
  if (!publisher || !date) return null;
  const offices = officesOf(publisher);
  if (!offices) return null;
  const wanted = role.replace(/^(the|our)\s+/i, '').replace(/\s+/g, ' ').trim().toLowerCase();
  for (const [office, terms] of Object.entries(offices)) {
    if (office.toLowerCase() !== wanted) continue;
    const term = terms.find((t) => t.from <= date && (t.to === null || date < t.to));
    return term ? { name: term.name, role: office } : null;
  }
  return null;
}
