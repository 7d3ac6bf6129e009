/**
 * `npm run eval:identity`: how well speakers are resolved across the bundled corpus. Scores merges on the
 * hand-checked cases in src/cli/identity-cases.ts (resolved among the corpus's real mentions),
 * then lists the most-quoted speakers.
 */
import { scoreIdentityCases } from '../core/identity/evaluate.ts';
import { buildDataFromFolder, DEFAULT_CORPUS_DIR } from '../pipeline/build-data.ts';
import { corpusMentions } from '../pipeline/corpus-mentions.ts';
import { IDENTITY_CASES } from './identity-cases.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const score = scoreIdentityCases(IDENTITY_CASES, await corpusMentions(DEFAULT_CORPUS_DIR));
const same = IDENTITY_CASES.filter((c) => c.same).length;
console.log(`Identity cases: ${IDENTITY_CASES.length} (${same} must merge, ${IDENTITY_CASES.length - same} must stay apart)`);
console.log(`Merge precision ${pct(score.precision)}  (${score.truePositives} right merges, ${score.falsePositives} wrong merges)`);
console.log(`Merge recall    ${pct(score.recall)}  (${score.truePositives} of ${score.truePositives + score.falseNegatives} merges found)`);
for (const r of score.results.filter((x) => x.merged !== x.case.same)) {
  console.log(`  ${r.merged ? 'WRONG MERGE' : 'missed merge'}: "${r.case.a.name}" / "${r.case.b.name}" (${r.case.note}) → ${r.ids.join(' / ')}`);
}

const { built } = await buildDataFromFolder(DEFAULT_CORPUS_DIR);
console.log(`\nMost-quoted speakers of the bundled corpus (${built.index.speakers.length} speakers):`);
built.index.speakers.slice(0, 15).forEach((s, i) => {
  console.log(`${String(i + 1).padStart(2)}. ${s.name.padEnd(32)} ${String(s.quoteCount).padStart(5)} quotes  ${String(s.articleCount).padStart(4)} articles  (${s.kind}, id ${s.id})`);
});
