// Speed of actor grouping and speaker resolution on ~5 MB of news with real entity annotations.
//
// Text and entities come from CoNLL-2003 (../shared/data/conll2003, gold PER/ORG/LOC/MISC), tokens joined with
// spaces; the corpus is repeated until the text reaches the target size, and every copy after the first gets its
// entity words altered ("Blackburn" → "Blackburnov") so that copies add new actors instead of re-mentioning old
// ones. Claims come from the real extractor, the base time from the real tokenizer and tagger (or an estimate of
// TAGGER_TOKENS_PER_S when the tagger does not load). Prints ms per MB for each stage and the share actors (and
// claims) add to the base (issue 4 budget: actors + claims ≤ 50 %).
// Times are CPU time of this process. Run: node out/bench/actors.js [--mb 5] [--runs 5] [--repeat (copies unaltered)]
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { groupActors, resolveSpeakers } from '../src/core/actors';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { Entity, EntityType } from '../src/core/types';

const TAGGER_TOKENS_PER_S = 1_000_000;
const DATA = process.env.CONLL_DIR ?? path.resolve(__dirname, '../../../shared/data/conll2003');
const SUFFIXES = ['', 'ov', 'ez', 'ski', 'ian', 'ard', 'elli', 'sen'];
const TYPES: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'GPE', MISC: 'MISC' };

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

interface Corpus { text: string; entities: Entity[] }

/** CoNLL lines → text (one sentence a line, blank line between documents) and entity spans, up to `size` chars. */
export function buildCorpus(size: number, alterCopies = true): Corpus {
  const lines = ['eng.train', 'eng.testa'].flatMap((f) => readFileSync(path.join(DATA, f), 'utf8').split('\n'));
  const parts: string[] = [];
  const entities: Entity[] = [];
  let len = 0;
  for (let copy = 0; len < size; copy++) {
    const suffix = alterCopies ? SUFFIXES[copy % SUFFIXES.length] + (copy >= SUFFIXES.length ? String(copy) : '') : '';
    let open: { start: number; type: EntityType; words: string[] } | undefined;
    let lineStart = true;
    const close = (): void => {
      if (!open) return;
      const t = open.words.join(' ');
      entities.push({ start: open.start, end: open.start + t.length, text: t, type: open.type });
      open = undefined;
    };
    for (const line of lines) {
      if (len >= size) break;
      if (line.startsWith('-DOCSTART-') || line.trim() === '') {
        close();
        if (!lineStart) { parts.push('\n'); len += 1; lineStart = true; }
        continue;
      }
      const [word0, , , tag] = line.split(' ');
      const cls = tag.slice(2);
      const inEntity = tag !== 'O';
      const word = inEntity && /^\p{Lu}\p{Ll}/u.test(word0) ? word0 + suffix : word0;
      if (!lineStart) { parts.push(' '); len += 1; }
      lineStart = false;
      if (!inEntity || tag.startsWith('B-') || (open && open.type !== TYPES[cls])) close();
      if (inEntity) {
        if (!open) open = { start: len, type: TYPES[cls], words: [] };
        open.words.push(word);
      }
      parts.push(word);
      len += word.length;
    }
    close();
  }
  return { text: parts.join(''), entities };
}

/** CPU milliseconds (user + system) of f: steadier than wall time on a shared machine. */
function time<T>(f: () => T): [T, number] {
  const t0 = process.cpuUsage();
  const r = f();
  const d = process.cpuUsage(t0);
  return [r, (d.user + d.system) / 1000];
}

type TagFn = (text: string, tokens: ReturnType<typeof tokenize>, sentences: ReturnType<typeof splitSentences>) => unknown;

/** The real tagger when it loads (its time is the base of an analysis), else undefined. */
async function loadTagger(): Promise<TagFn | undefined> {
  try {
    const { tagEntities } = await import('../src/core/entities');
    return tagEntities;
  } catch (e) {
    console.log(`tagger not available (${(e as Error).message.split('\n')[0]}); using an estimate`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const mb = arg('mb', 5);
  const runs = arg('runs', 5);
  const { text, entities } = buildCorpus(mb * 1_000_000, !process.argv.includes('--repeat'));
  const size = text.length / 1_000_000;
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  // Loaded late so that a claims module or tagger being rebuilt does not stop the actors measurement.
  const { extractClaims } = await import('../src/core/claims');
  const tag = await loadTagger();
  const candidates = extractClaims(text, tokens, sentences);
  // The machine may be shared: every run times the base (tokenize, sentences, tagger) too, and shares are
  // per-run ratios (median).
  const rows: { base: number; tagger: number; claims: number; group: number; resolve: number }[] = [];
  let actors = 0;
  let resolved = 0;
  for (let r = 0; r < runs; r++) {
    const [, tTok] = time(() => splitSentences(text, tokenize(text)));
    const [, tTag] = tag ? time(() => tag(text, tokens, sentences)) : [undefined, (tokens.length / TAGGER_TOKENS_PER_S) * 1000];
    const [, tClaims] = time(() => extractClaims(text, tokens, sentences));
    const [grouping, tGroup] = time(() => groupActors(text, tokens, sentences, entities));
    const [claims, tResolve] = time(() => resolveSpeakers(text, tokens, sentences, candidates, grouping));
    rows.push({ base: tTok + tTag, tagger: tTag, claims: tClaims, group: tGroup, resolve: tResolve });
    actors = grouping.actors.length;
    resolved = claims.filter((c) => c.speaker !== null).length;
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const perMb = (xs: number[]): string => `${(median(xs) / size).toFixed(1)} ms/MB`;
  console.log(`text ${size.toFixed(2)} MB, ${tokens.length} tokens, ${sentences.length} sentences, ${entities.length} entities, ${candidates.length} claims; median of ${runs} runs, CPU time`);
  console.log(`base (tokenize + sentences + tagger${tag ? '' : ' estimated'}) ${perMb(rows.map((r) => r.base))}, of which tagger ${perMb(rows.map((r) => r.tagger))}; extractClaims ${perMb(rows.map((r) => r.claims))}`);
  console.log(`groupActors ${perMb(rows.map((r) => r.group))} (${actors} actors); resolveSpeakers ${perMb(rows.map((r) => r.resolve))} (${resolved}/${candidates.length} claims resolved)`);
  const actorsShare = median(rows.map((r) => (r.group + r.resolve) / r.base));
  const bothShare = median(rows.map((r) => (r.group + r.resolve + r.claims) / r.base));
  console.log(`actors add ${(100 * actorsShare).toFixed(1)} % to the base; actors + claims ${(100 * bothShare).toFixed(1)} % (budget 50 %)`);
  if (tag) {
    // The tagger's target speed: the share if it ran at TAGGER_TOKENS_PER_S on this machine.
    const fast = (tokens.length / TAGGER_TOKENS_PER_S) * 1000;
    const share = median(rows.map((r) => (r.group + r.resolve) / (r.base - r.tagger + fast)));
    console.log(`with a tagger at ${TAGGER_TOKENS_PER_S} tokens/s, actors would add ${(100 * share).toFixed(1)} %`);
  }
}

if (require.main === module) void main();
