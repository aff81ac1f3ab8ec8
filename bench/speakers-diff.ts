// Claim by claim, where two runs of the same articles resolve speakers differently: counts by type change
// ("null → PERSON", "GPE → null", "PERSON → PERSON"), then a seeded sample of the changes with ~500 characters of
// context (span in ⟦ ⟧, cue in ⟨ ⟩). Also counts claims present in one run only (a speaker-only change has none).
// Runs: `node bin/news-annotator.js analyze --format jsonl FILES >RUN` with each build.
// Run: node out/bench/speakers-diff.js BEFORE AFTER [MAX=40] [SEED=2026]
import type { ClaimRef } from './speakers-runs';
import { actorLabel, claimRefs, context, indexRun, readRun, refKey, seededSample, spanText } from './speakers-runs';

function main(): void {
  const [beforePath, afterPath, maxArg, seedArg] = process.argv.slice(2);
  if (!beforePath || !afterPath) { console.error('usage: speakers-diff BEFORE AFTER [MAX] [SEED]'); process.exit(2); }
  const before = indexRun(readRun(beforePath));
  const afterRefs = claimRefs(readRun(afterPath));
  const changed: [ClaimRef, ClaimRef][] = [];
  const byType = new Map<string, number>();
  let onlyAfter = 0;
  let matched = 0;
  for (const a of afterRefs) {
    const b = before.get(refKey(a));
    if (!b) { onlyAfter++; continue; }
    matched++;
    // Actor ids are stable across runs that group alike; compare by name and type too in case ids were renumbered.
    if (actorLabel(a.actor) === actorLabel(b.actor)) continue;
    changed.push([b, a]);
    const k = `${b.actor?.type ?? 'null'} → ${a.actor?.type ?? 'null'}`;
    byType.set(k, (byType.get(k) ?? 0) + 1);
  }
  console.log(`${changed.length} of ${afterRefs.length} speakers change; ${onlyAfter} claims only in AFTER, ${before.size - matched} only in BEFORE`);
  for (const [k, n] of [...byType].sort((x, y) => y[1] - x[1])) console.log(`  ${k}: ${n}`);
  const shown = seededSample(changed, Number(maxArg ?? 40), Number(seedArg ?? 2026));
  console.log(`\n${shown.length} changes (seed ${seedArg ?? 2026}):\n`);
  shown.forEach(([b, a], i) => {
    console.log(`#${i + 1} ${a.article.file.replace(/^.*\//, '')} "${spanText(a)}": ${actorLabel(b.actor)} → ${actorLabel(a.actor)}`);
    console.log(`   ${context(a)}\n`);
  });
}

main();
