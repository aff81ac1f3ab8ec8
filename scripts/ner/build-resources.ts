// Loads the intermediate resource files (clusters, casing, gazetteer) into a Resources object.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { hashString } from '../../src/core/entities/hash';
import {
  CASING_BUCKETS, GAZ_CATEGORIES, GAZ_MAX_LEN, GAZ_PREFIX_BIT, Resources, casingBucket, phraseHash,
} from '../../src/core/entities/resources';
import { U32Map } from '../../src/core/entities/u32map';
import { BUILD_DIR, MODELS_DIR } from './paths';

export const GAZETTEER_FILE = path.join(MODELS_DIR, 'gazetteer.tsv');

function readLines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
}

export function loadClusters(): { map: U32Map; bits: number[] } {
  const file = path.join(BUILD_DIR, 'clusters.tsv');
  const header = fs.readFileSync(file, 'utf8').split('\n', 1)[0].split('\t').slice(1).map(Number);
  const bits = header.map((k) => Math.ceil(Math.log2(k + 1)));
  const lines = readLines(file);
  const map = new U32Map(lines.length);
  for (const line of lines) {
    const [w, ...ids] = line.split('\t');
    let packed = 0;
    let shift = 0;
    ids.forEach((v, l) => {
      packed |= Number(v) << shift;
      shift += bits[l];
    });
    map.set(hashString(w), packed >>> 0);
  }
  return { map, bits };
}

export function loadCasing(): U32Map {
  const lines = readLines(path.join(BUILD_DIR, 'casing.tsv'));
  const map = new U32Map(lines.length);
  for (const line of lines) {
    const [w, cap, all] = line.split('\t');
    const b = casingBucket(Number(cap), Number(all));
    if (b > 0 && b <= CASING_BUCKETS) map.set(hashString(w), b);
  }
  return map;
}

export function loadGazetteer(file = GAZETTEER_FILE): U32Map {
  const entries = new Map<number, number>();
  for (const line of readLines(file)) {
    const [phrase, cats] = line.split('\t');
    const tokens = phrase.split(' ');
    if (tokens.length > GAZ_MAX_LEN) continue;
    let bitsOf = 0;
    for (const c of cats.split(',')) {
      const i = GAZ_CATEGORIES.indexOf(c as (typeof GAZ_CATEGORIES)[number]);
      if (i >= 0) bitsOf |= 1 << i;
    }
    for (let n = 1; n < tokens.length; n++) {
      const h = phraseHash(tokens.slice(0, n));
      entries.set(h, (entries.get(h) ?? 0) | GAZ_PREFIX_BIT);
    }
    const h = phraseHash(tokens);
    entries.set(h, (entries.get(h) ?? 0) | bitsOf);
  }
  const map = new U32Map(entries.size);
  for (const [h, v] of entries) map.set(h, v);
  return map;
}

export function loadBuildResources(use: { clusters: boolean; gazetteer: boolean }): Resources {
  const haveClusters = use.clusters && fs.existsSync(path.join(BUILD_DIR, 'clusters.tsv'));
  const cl = haveClusters ? loadClusters() : { map: new U32Map(1), bits: [] };
  const casing = fs.existsSync(path.join(BUILD_DIR, 'casing.tsv')) ? loadCasing() : new U32Map(1);
  const gaz = use.gazetteer && fs.existsSync(GAZETTEER_FILE) ? loadGazetteer() : new U32Map(1);
  return new Resources(cl.map, casing, gaz, cl.bits);
}
