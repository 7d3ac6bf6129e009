import type { Tok } from '../../tokens.ts';
import type { RawAttribution } from '../context.ts';

/** Quotations no cue claimed (not inside any attribution's content) become orphans, for the caller to attach to
 * an attribution nearby (follow-on paragraphs, a cue line right after them). */
export function addOrphans(toks: Tok[], out: RawAttribution[], covered: ReadonlySet<number>): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.kind !== 'q' || covered.has(i)) continue;
    if (out.some((a) => a.content.some((s) => s.start < t.end && t.start < s.end))) continue;
    out.push({ content: [{ start: t.start, end: t.end }], cue: null, source: null, cls: 'speech', inherit: false, issuer: false, orphan: true, frame: 'orphan' });
  }
}
