// Word clusters by the predictive exchange algorithm (Uszkoreit & Brants 2008): each word's class is chosen
// to maximise the likelihood of the class-bigram model p(w | w-1) = p(w | c(w)) p(c(w) | w-1), i.e.
// F = sum_{v,c} N(v,c) log N(v,c) - sum_c N(c) log N(c). Deterministic for a given corpus.

const flogCache = new Float64Array(1 << 20);
for (let i = 1; i < flogCache.length; i++) flogCache[i] = i * Math.log(i);
const xlogx = (x: number): number => (x < flogCache.length ? flogCache[x] : x * Math.log(x));

export interface ClusterResult {
  readonly words: string[];
  readonly classOf: Int32Array;
}

export function exchangeClusters(
  sentences: readonly string[][], k: number, minCount: number, iterations: number, log = console.log,
): ClusterResult {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  const words = [...counts.entries()].filter(([, c]) => c >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const V = words.length + 2; // + <s> and <unk>
  const START = words.length;
  const UNK = words.length + 1;
  const id = new Map(words.map((w, i) => [w, i]));
  // Bigram counts: for each word w, its predecessors v with N(v, w).
  const big = new Map<number, number>();
  const freq = new Float64Array(V);
  for (const s of sentences) {
    let prev = START;
    for (const t of s) {
      const w = id.get(t) ?? UNK;
      const key = w * V + prev;
      big.set(key, (big.get(key) ?? 0) + 1);
      freq[w]++;
      prev = w;
    }
  }
  const predStart = new Int32Array(V + 1);
  for (const key of big.keys()) predStart[Math.floor(key / V) + 1]++;
  for (let i = 0; i < V; i++) predStart[i + 1] += predStart[i];
  const predV = new Int32Array(big.size);
  const predN = new Int32Array(big.size);
  const fill = predStart.slice(0, V);
  for (const [key, n] of big) {
    const w = Math.floor(key / V);
    const q = fill[w]++;
    predV[q] = key % V;
    predN[q] = n;
  }
  const classOf = new Int32Array(V);
  for (let w = 0; w < V; w++) classOf[w] = w % k;
  const nvc = new Int32Array(V * k); // N(v, c)
  const nc = new Float64Array(k);
  for (let w = 0; w < V; w++) {
    const c = classOf[w];
    nc[c] += freq[w];
    for (let q = predStart[w]; q < predStart[w + 1]; q++) nvc[predV[q] * k + c] += predN[q];
  }
  const delta = new Float64Array(k);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      if (w === START) continue;
      const a = classOf[w];
      const fw = freq[w];
      // Remove w from a.
      for (let q = predStart[w]; q < predStart[w + 1]; q++) nvc[predV[q] * k + a] -= predN[q];
      nc[a] -= fw;
      for (let c = 0; c < k; c++) delta[c] = -(xlogx(nc[c] + fw) - xlogx(nc[c]));
      for (let q = predStart[w]; q < predStart[w + 1]; q++) {
        const row = predV[q] * k;
        const n = predN[q];
        for (let c = 0; c < k; c++) {
          const x = nvc[row + c];
          delta[c] += xlogx(x + n) - xlogx(x);
        }
      }
      let best = a;
      for (let c = 0; c < k; c++) if (delta[c] > delta[best] + 1e-9) best = c;
      if (best !== a) moved++;
      classOf[w] = best;
      for (let q = predStart[w]; q < predStart[w + 1]; q++) nvc[predV[q] * k + best] += predN[q];
      nc[best] += fw;
    }
    log(`k=${k} iteration ${it + 1}: ${moved} words moved`);
    if (moved < V / 1000) break;
  }
  return { words, classOf: classOf.slice(0, words.length) };
}
