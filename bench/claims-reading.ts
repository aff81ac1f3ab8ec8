// Claims of a seeded sample of wire-news articles, for reading (PolNeAR does not cover this style): each claim as
// kind, speaker span → actor, cue and content, then the sentences with a common speech verb that no claim covers.
// The articles are the speed corpus's Voice of America part (30 sentences each; see speed-corpus.ts), so every
// session reads the same ones for a seed. Session 19 found its wire-news rules this way.
// Run: node out/bench/claims-reading.js [ARTICLES=5] [SEED=2026]
import * as fs from 'node:fs';
import { analyzeText } from '../src/core/analyze';
import { ARTICLE_SEPARATOR } from './ner-speed';
import { seededSample } from './speakers-runs';
import { speedCorpus } from './speed-corpus';

const SPEECH = /\b(?:said|says|say|told|tells|according to|announced|warned|urged|added|accused|denied|insisted|claimed|reported)\b/;

function main(): void {
  const n = Number(process.argv[2] ?? 5);
  const seed = Number(process.argv[3] ?? 2026);
  // PolNeAR articles keep their paragraphs; the VOA fill-up is one line each.
  const wire = fs.readFileSync(speedCorpus(), 'utf8').split(ARTICLE_SEPARATOR).filter((t) => !t.includes('\n'));
  for (const text of seededSample(wire, n, seed)) {
    const a = analyzeText(text);
    const names = new Map(a.actors.map((x) => [x.id, x.name]));
    console.log(`\n=== ${text.slice(0, 80)}… (${a.claims.length} claims, ${a.actors.length} actors)`);
    for (const c of a.claims) {
      const span = c.speakerSpan ? text.slice(c.speakerSpan.start, c.speakerSpan.end) : '-';
      const actor = c.speaker ? names.get(c.speaker) : 'nobody';
      console.log(`  [${c.kind[0]}] ⟦${span}⟧ → ${actor} ⟨${c.cue?.text ?? '-'}⟩ {${c.text}}`);
    }
    const sentences = text.split(/(?<=[.!?]["”]?) (?=[A-Z"“])/);
    let at = 0;
    for (const s of sentences) {
      const start = text.indexOf(s, at);
      at = start + s.length;
      if (SPEECH.test(s) && !a.claims.some((c) => c.start < at && c.end > start)) console.log(`  no claim: ${s}`);
    }
  }
}

main();
