// Where the training scripts find the shared data and keep their intermediate files.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The project root: the nearest folder above this file with a package.json. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

export const ROOT = projectRoot();
export const DATA_DIR = process.env.NER_DATA_DIR ?? path.resolve(ROOT, '../shared/data');
/** Intermediate build products (clusters, counts); not committed. */
export const BUILD_DIR = path.join(ROOT, 'out/ner-build');
export const MODELS_DIR = path.join(ROOT, 'models');
