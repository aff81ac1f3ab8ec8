// esbuild plugin: how the JSON models enter the bundle. Kept apart from esbuild.mjs so a benchmark can bundle with it.
import { readFile } from 'node:fs/promises';

// The claims models are JSON of 0.1-0.7 MB each. Bundled as object literals (esbuild's default) V8 compiles them
// as code: ~130 ms of every CLI start and worker start. As one string given to JSON.parse they cost ~25 ms.
// A weights object {"<feature id>": weight, …} (tens of thousands of integer keys) is rewritten as two parallel
// arrays {ids: [...], values: [...]}: parsing those and filling the WeightTable from them skips the slow
// dictionary-mode object and the id -> string -> number round trip (WeightTable.from reads both forms; the model
// files and the trainers keep the object form). Values keep their decimal text, so every weight is the same.
// Likewise the cue lexicon's {phrase: [occ, inCue, exact]} becomes {keys: "phrase\nphrase…", counts: [...],
// words, phraseWords} (lexicon.ts PackedCueStats): the trie is built from word positions, no split per phrase.
export const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = packPhrases(packWeights(JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')))));
      // Parsed on first use, not when the bundle loads: `analyze --entities-only` never reads the claims models
      // (~23 ms of JSON.parse). esbuild's import helper copies an ES module's exports as getters, so `default` stays lazy.
      return {
        contents: 'let parsed;\nObject.defineProperty(exports, "__esModule", { value: true });\n' +
          `Object.defineProperty(exports, "default", { enumerable: true, get: () => parsed ??= JSON.parse(${JSON.stringify(text)}) });`,
        loader: 'js',
      };
    });
  },
};

/** The JSON text with a top-level "weights" object of integer ids turned into {ids, values}; otherwise unchanged. */
export function packWeights(text) {
  const model = JSON.parse(text);
  const w = model && typeof model === 'object' ? model.weights : undefined;
  if (!w || typeof w !== 'object' || Array.isArray(w)) return text;
  const ids = Object.keys(w); // integer keys: ascending order
  if (!ids.every((k) => /^(0|[1-9]\d{0,9})$/.test(k) && Number(k) < 2 ** 31 && typeof w[k] === 'number')) return text;
  model.weights = { ids: ids.map(Number), values: ids.map((k) => w[k]) };
  return JSON.stringify(model);
}

/** The JSON text with a top-level "phrases" object of [n, n, n] turned into {keys, counts}; otherwise unchanged. */
export function packPhrases(text) {
  const model = JSON.parse(text);
  const p = model && typeof model === 'object' ? model.phrases : undefined;
  if (!p || typeof p !== 'object' || Array.isArray(p)) return text;
  const keys = Object.keys(p);
  const ok = (k) => !k.includes('\n') && Array.isArray(p[k]) && p[k].length === 3 && p[k].every(Number.isInteger);
  if (keys.length === 0 || !keys.every(ok)) return text;
  const words = [];
  const pos = new Map();
  const phraseWords = keys.flatMap((k) => {
    const parts = k.split(' ');
    for (const w of parts) if (!pos.has(w)) { pos.set(w, words.length); words.push(w); }
    return [parts.length, ...parts.map((w) => pos.get(w))];
  });
  model.phrases = { keys: keys.join('\n'), counts: keys.flatMap((k) => p[k]), words: words.join('\n'), phraseWords };
  return JSON.stringify(model);
}
