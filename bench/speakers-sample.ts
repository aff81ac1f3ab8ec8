// A seeded sample of claims with a speaker span, to judge speaker resolution by reading (PolNeAR scores source spans,
// not the actor a span resolves to). Input: runs of `node bin/news-annotator.js analyze --format jsonl FILES >RUN`
// (e.g. the 1,183 articles of /tmp/arts). Prints each sampled claim's span, the actor it resolved to and ~500
// characters of context (span in ⟦ ⟧, cue in ⟨ ⟩); with OTHER, marks "≠ OTHER: …" where that run resolves it
// differently; --only REGEX samples only spans whose text matches (e.g. '^(he|she)$' with flag i: pronouns).
// Run: node out/bench/speakers-sample.js RUN SEED [N=150] [OTHER] [--only REGEX]
import { actorLabel, claimRefs, context, indexRun, readRun, refKey, seededSample, spanText } from './speakers-runs';

function main(): void {
  const args = process.argv.slice(2);
  const o = args.indexOf('--only');
  const only = o >= 0 ? new RegExp(args.splice(o, 2)[1], 'i') : undefined;
  const [runPath, seedArg, nArg, otherPath] = args;
  if (!runPath || !seedArg) { console.error('usage: speakers-sample RUN SEED [N] [OTHER]'); process.exit(2); }
  const refs = claimRefs(readRun(runPath)).filter((r) => r.claim.speakerSpan && (!only || only.test(spanText(r))));
  const other = otherPath ? indexRun(readRun(otherPath)) : undefined;
  const sample = seededSample(refs, Number(nArg ?? 150), Number(seedArg));
  let differ = 0;
  sample.forEach((r, i) => {
    const o = other?.get(refKey(r));
    const mark = other && o?.claim.speaker !== r.claim.speaker ? `   ≠ OTHER: ${actorLabel(o?.actor)}` : '';
    if (mark) differ++;
    console.log(`#${i + 1} ${r.article.file.replace(/^.*\//, '')} "${spanText(r)}" → ${actorLabel(r.actor)}${mark}`);
    console.log(`   ${context(r)}\n`);
  });
  const resolved = refs.filter((r) => r.actor).length;
  console.log(`${sample.length} of ${refs.length} claims with a speaker span${only ? ` matching ${only}` : ''} (seed ${seedArg}); ${resolved} resolve in this run` +
    (other ? `; ${differ} sampled resolve differently in OTHER` : ''));
}

main();
