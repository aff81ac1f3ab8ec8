// Finds and loads the shipped model (models/ner.bin) lazily and synchronously. The file is located by
// walking up from this module to the folder holding package.json and models/: that works from out/ (tests),
// from dist/ (the esbuild bundles) and inside the packaged extension. NEWS_ANNOTATOR_NER_MODEL overrides it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeModel } from './model-format';
import { NerTagger } from './tagger';

export const MODEL_FILE = 'ner.bin';

export function findModelFile(start = __dirname): string {
  const override = process.env.NEWS_ANNOTATOR_NER_MODEL;
  if (override) return override;
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'models', MODEL_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`News Annotator: models/${MODEL_FILE} not found above ${start}`);
    dir = up;
  }
}

let tagger: NerTagger | null = null;

/** The shared tagger, loaded on first use. */
export function getTagger(): NerTagger {
  if (!tagger) tagger = loadTagger(findModelFile());
  return tagger;
}

export function loadTagger(file: string): NerTagger {
  return new NerTagger(decodeModel(fs.readFileSync(file)));
}
