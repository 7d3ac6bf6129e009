import type { ArticleId, SpeakerKind } from '../model.ts';
import { ANONYMOUS_NAME, resolveSpeakers, type SpeakerMention } from './resolve.ts';
import { speakerIdFor } from '../ids.ts';

/** One way the corpus names a speaker, with the date and file it was seen in (for checking by hand). */
export interface CaseMention {
  name: string;
  kind: SpeakerKind;
  role?: string | null;
  date: string;
  /** Corpus file (or its date prefix) where this naming occurs. */
  seen: string;
}

/** Two namings, and whether they are the same speaker. */
export interface IdentityCase {
  a: CaseMention;
  b: CaseMention;
  same: boolean;
  note: string;
}

export interface CaseResult {
  case: IdentityCase;
  merged: boolean;
  ids: [string, string];
}

export interface IdentityScore {
  results: CaseResult[];
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  /** Of the pairs merged, how many should be: 1 when nothing was merged wrongly. */
  precision: number;
  /** Of the pairs that should merge, how many did. */
  recall: number;
}

/**
 * Resolve every case mention together with `context` (the corpus's real mentions, so that surname and date
 * evidence is what the corpus gives), then score merges pairwise.
 */
export function scoreIdentityCases(cases: IdentityCase[], context: SpeakerMention[] = []): IdentityScore {
  const caseMentions: SpeakerMention[] = [];
  const indexOf: [number, number][] = cases.map((c, i) => {
    const at = context.length + caseMentions.length;
    for (const [side, m] of [['a', c.a], ['b', c.b]] as const) {
      caseMentions.push({ articleId: `case-${i}-${side}` as ArticleId, date: m.date, name: m.name, kind: m.kind, role: m.role ?? null });
    }
    return [at, at + 1];
  });
  const { ids } = resolveSpeakers([...context, ...caseMentions]);
  const anonymousId = speakerIdFor(ANONYMOUS_NAME);
  const results = cases.map((c, i) => {
    const [x, y] = indexOf[i] ?? [0, 0];
    const idA = ids[x] ?? '';
    const idB = ids[y] ?? '';
    // The bucket of unnamed sources is no identity: two mentions in it are not a merge.
    return { case: c, merged: idA === idB && idA !== anonymousId, ids: [idA, idB] as [string, string] };
  });
  const count = (same: boolean, merged: boolean) => results.filter((r) => r.case.same === same && r.merged === merged).length;
  const tp = count(true, true);
  const fp = count(false, true);
  const fn = count(true, false);
  return {
    results,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: count(false, false),
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}
