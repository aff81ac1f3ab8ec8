// Accuracy of the entity pipeline on CoNLL-2003 eng.testa, scored conlleval-style over PER/ORG/LOC/MISC.
// Product types map back: PERSON->PER, GPE/LOC->LOC, NORP/EVENT/MISC->MISC, ORG->ORG; DATE is not a CoNLL
// entity and is left out (CoNLL tags dates O).

import * as path from 'node:path';
import { tagWords, type RuleName } from '../src/core/entities/pipeline';
import type { NerTagger } from '../src/core/entities/tagger';
import { spansFromLabels, type LabeledSpan } from '../src/core/entities/labels';
import type { EntityType } from '../src/core/types';
import { emptyReport, readConll, scoreSpans, type ConllDoc, type Report } from '../scripts/ner/conll';
import { DATA_DIR } from '../scripts/ner/paths';

const TO_CONLL: Record<EntityType, number> = {
  PERSON: 0, ORG: 1, GPE: 2, LOC: 2, NORP: 3, EVENT: 3, MISC: 3, DATE: -1,
};

export function loadDev(): ConllDoc[] {
  return readConll(path.join(DATA_DIR, 'conll2003/eng.testa'));
}

/** The statistical tagger alone. */
export function taggerAccuracy(tagger: NerTagger, docs: readonly ConllDoc[]): Report {
  const report = emptyReport();
  for (const d of docs) scoreSpans(report, d.spans, spansFromLabels(tagger.tag(d.tokens, d.sentStarts)));
  return report;
}

/** The whole pipeline (tagger + rules + type refinement), mapped back to CoNLL classes. */
export function pipelineAccuracy(tagger: NerTagger, docs: readonly ConllDoc[], off: ReadonlySet<RuleName> = new Set()): Report {
  const report = emptyReport();
  for (const d of docs) {
    const pred: LabeledSpan[] = [];
    for (const s of tagWords(tagger, d.tokens, d.sentStarts, off)) {
      const cls = TO_CONLL[s.type];
      if (cls >= 0) pred.push({ start: s.start, end: s.end, cls });
    }
    scoreSpans(report, d.spans, pred);
  }
  return report;
}
