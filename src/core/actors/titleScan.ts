// Words the title scan left of a person's name (context.ts leftScan) passes over besides titles, countries and
// affiliations: a body's noun the tagger left out of any name, and a title's complement after "of (the)" (or "to" after
// an ambassador's title).
import type { Tokens } from '../text/tokens';
import type { WordFacts } from './wordFacts';
import { ARTICLE_KEY, startsUpper, TITLE_KEY } from './wordFacts';

/**
 * "Speaker of the Iranian Parliament Mohammad Baqer Qalibaf", "Russian Foreign Ministry Spokeswoman Maria Zakharova",
 * "Hamas political bureau chief Ismail Haniyeh": nouns of a body that stand among the title words.
 */
export const BODY_NOUNS: ReadonlySet<string> = new Set(['Parliament', 'Majlis', 'Assembly', 'Senate', 'Knesset', 'Duma',
  'Legislature', 'Congress', 'Ministry', 'bureau', 'Bureau', 'politburo', 'Politburo']);

/**
 * The title word before "of (the)" (or a minister's "for") and up to six capitalised words ending at token j ("Leader of
 * the Islamic Revolution", "Chief of Staff of the Armed Forces", "Secretary of State", "ambassador to Baghdad"), or -1.
 */
export function titleBeforeComplement(tokens: Tokens, words: WordFacts, j: number, sFirst: number): number {
  let k = j;
  // "Minister of Water Resources and Irrigation of Kazakhstan": a portfolio's words, which may be title words ("Water")
  // after the first, may be joined by "and".
  // "Minister of Transport, Works and Water Resources": several, after commas.
  for (let n = 0; k >= sFirst && n < 6; n++) {
    const joined = k - 1 > sFirst && (tokens.text(k) === 'and' || tokens.text(k) === ',') && startsUpper(tokens.text(k - 1)) && n > 0;
    if (joined) k--;
    if (!startsUpper(tokens.text(k)) || ((words.of(k) & TITLE_KEY) !== 0 && !joined && n === 0)) break;
    k--;
  }
  if (k >= sFirst && (words.of(k) & ARTICLE_KEY) !== 0) k--;
  if (k - 1 < sFirst || (words.of(k - 1) & TITLE_KEY) === 0) return -1;
  const link = tokens.text(k);
  const office = tokens.text(k - 1).toLowerCase();
  // "Minister for Sugar Industry Premila Devi Chand": a minister's portfolio after "for" too.
  return link === 'of' || (link === 'to' && SENT_TO.has(office)) || (link === 'for' && PORTFOLIO_OFFICES.has(office)) ? k - 1 : -1;
}

/** Offices whose portfolio may follow "for" ("Minister for Information"). */
const PORTFOLIO_OFFICES: ReadonlySet<string> = new Set(['minister', 'secretary', 'commissioner']);

/** Titles whose complement says where they are sent: "Iran's ambassador to Baghdad Mohammad Kazem Al-e Sadeq". */
const SENT_TO: ReadonlySet<string> = new Set(['ambassador', 'envoy', 'emissary', 'representative', 'consul']);
