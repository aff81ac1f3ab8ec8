// The extraction environment (lexicon, models, training hooks) that every step of extract.ts reads, and the one step
// that uses a model wherever a content runs on after a point: where it ends.
import type { DocContext } from './context';
import { beforeReportersAside, contentTail } from './content';
import type { CueModel } from './cue-model';
import type { EndModel } from './end-model';
import { modelContentEnd } from './end-model';
import { modelKey } from './model-key';
import type { ExtractOptions } from './extract';
import type { CueLexicon } from './lexicon';
import type { StartModel } from './start-model';
import type { SplitModel } from './split-model';

/** What the extraction steps need besides the document: the lexicon, the models, the training hooks. */
export interface Env {
  readonly lex: CueLexicon;
  readonly model: CueModel | undefined;
  readonly end: EndModel | undefined;
  readonly start: StartModel | undefined;
  readonly split: SplitModel | undefined;
  readonly onTail: ExtractOptions['onTail'];
  readonly onStart: ExtractOptions['onStart'];
  readonly onNested: ExtractOptions['onNested'];
}

/** End (exclusive, untrimmed) of content that starts at s after its cue and may run to hi. */
export function tailEnd(ctx: DocContext, env: Env, key: string, s: number, hi: number): number {
  const rule = contentTail(ctx, s, hi);
  const mk = modelKey(key);
  if (env.onTail) env.onTail(ctx, mk, s, hi, rule);
  return beforeReportersAside(ctx, s, env.end ? modelContentEnd(ctx, env.end, mk, s, hi, rule) : rule);
}
