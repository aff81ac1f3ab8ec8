// "Iraq's Minister of Electricity Ziad Ali Fadel", "Minister of Oil Hayan Abdul-Ghani", "Minister for Information Attaullah
// Tarar", "Minister of State for National Development Ong Wei Liang": Middle Eastern, South Asian and Singaporean copy
// writes the portfolio after "Minister of" (or "for") and the name straight after it, and the tagger reads the portfolio
// and the name as one organisation ("Oil Hayan Abdul-Ghani") or splits inside the name ("Electricity Ziad" | "Ali
// Fadel"). The portfolio is part of the title, no entity; the words after it are the person.
import type { Span } from './names';
import { isCapitalized } from './word';

/** Offices written "<office> of <portfolio>" or "<office> for <portfolio>". */
const OFFICES = new Set(['minister', 'secretary']);
/** Words of a portfolio's name ("Foreign Affairs", "Youth and Sports", "Higher Education and Scientific Research"). */
const PORTFOLIO_WORDS = new Set(['foreign', 'affairs', 'interior', 'defense', 'defence', 'oil', 'petroleum', 'electricity',
  'energy', 'health', 'finance', 'justice', 'trade', 'commerce', 'industry', 'agriculture', 'education', 'higher',
  'scientific', 'research', 'culture', 'planning', 'communications', 'transport', 'transportation', 'housing',
  'construction', 'labor', 'labour', 'social', 'water', 'resources', 'youth', 'sports', 'environment', 'economy',
  'tourism', 'information', 'intelligence', 'migration', 'displacement', 'municipalities', 'treasury', 'state',
  'homeland', 'security', 'national', 'internal', 'external', 'roads', 'mines', 'minerals', 'telecommunications',
  'religious', 'endowments', 'heritage', 'antiquities', 'science', 'technology', 'electronics', 'women', 'family',
  'development', 'home', 'manpower', 'law', 'digital', 'sustainability', 'local', 'government', 'public', 'works',
  'railways', 'aviation', 'maritime', 'fisheries', 'forestry', 'lands', 'human', 'rights', 'climate', 'change', 'power',
  'narcotics', 'control', 'parliamentary', 'privatisation', 'privatization', 'overseas', 'transformation', 'integration',
  'european', 'restoration', 'reintegration', 'veterans', 'strategic', 'industries', 'communities', 'territories', 'regional',
  'infrastructure', 'reconstruction', 'consumer', 'domestic', 'investment', 'cooperatives', 'supply', 'media', 'awqaf',
  'natural', 'special', 'initiatives', 'emergency', 'emergencies', 'situations', 'ecology', 'statistics', 'provincial', 'devolution',
  'urban', 'rural', 'irrigation', 'livestock', 'mining', 'gas', 'welfare', 'employment', 'child', 'children', 'elderly', 'gender',
  'equality', 'minorities', 'tribal', 'disabilities', 'food', 'civil', 'supplies', 'skill', 'skills', 'entrepreneurship',
  'farm', 'safety', 'sport', 'arts', 'enterprise', 'innovation', 'procurement', 'biodiversity', 'nature', 'disability']);
const JOINS = new Set(['and', '&']);
const MAX_NAME_WORDS = 4;

/**
 * After "<office> of", a span that opens with portfolio words and goes on with a name (in the same span or in the
 * span right after it) becomes one person span over the name; a span that is only the portfolio is dropped; after
 * "<office> of <portfolio> of", a place (`place`) and a name are a place and a person. Spans stay sorted and non-overlapping.
 */
export function namesAfterPortfolios(words: readonly string[], spans: Span[], orgWord: (w: string) => boolean,
  place: (w: string) => boolean = () => false): Span[] {
  let out: Span[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // "Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov" read as one organisation: the country, then the person.
    if (s.end - s.start >= 3 && place(words[s.start]) && afterPortfolioOf(words, s.start) && isName(words, s.start + 1, s.end, orgWord)) {
      out ??= spans.slice(0, k);
      out.push({ start: s.start, end: s.start + 1, type: 'GPE' }, { start: s.start + 1, end: s.end, type: 'PERSON' });
      continue;
    }
    const nameStart = afterOfficeOf(words, s.start) ? portfolioEnd(words, s.start, s.end) : -1;
    const next = spans[k + 1];
    // The name is the rest of this span, with the span right after it when that is a person's ("Electricity Ziad" |
    // "Ali Fadel") or when this one is only the portfolio.
    const joinsNext = next !== undefined && next.start === s.end && (next.type === 'PERSON' || (nameStart === s.end && next.type !== 'DATE'));
    const nameEnd = joinsNext ? next.end : s.end;
    if (nameStart <= s.start) { out?.push(s); continue; }
    // "Deputy Minister of Infrastructure of Poland Pawel Kowalski" as one organisation: the country, then the person.
    if (words[nameStart] === 'of' && nameStart + 2 < nameEnd && place(words[nameStart + 1]) && isName(words, nameStart + 2, nameEnd, orgWord)) {
      out ??= spans.slice(0, k);
      out.push({ start: nameStart + 1, end: nameStart + 2, type: 'GPE' }, { start: nameStart + 2, end: nameEnd, type: 'PERSON' });
      if (joinsNext) k++;
      continue;
    }
    const named = nameStart < nameEnd && isName(words, nameStart, nameEnd, orgWord);
    if (!named && nameStart < s.end) { out?.push(s); continue; }
    out ??= spans.slice(0, k);
    if (!named) continue; // "the Minister of Oil said": the portfolio alone is no entity
    out.push({ start: nameStart, end: nameEnd, type: 'PERSON' });
    if (joinsNext) k++;
  }
  return out ?? spans;
}

/** Whether the word before `i` is "of" or "for" and the one before that an office ("Minister of", "Minister for"), or
 * a join inside such a portfolio ("Minister of Roads and"). */
function afterOfficeOf(words: readonly string[], i: number): boolean {
  // "Minister of Roads and | Urban Development …": the tagger's span may start inside the portfolio.
  let k = i - 1;
  let inner = false;
  for (;;) {
    // "Minister of Transport, | Works and Water Resources": a comma between portfolios too.
    while (k > 0 && (JOINS.has(words[k]) || isPortfolioWord(words[k]) || (words[k] === ',' && isPortfolioWord(words[k - 1])))) k--;
    if (k >= 1 && (words[k] === 'of' || words[k] === 'for') && OFFICES.has(words[k - 1].toLowerCase())) {
      return inner || k === i - 1 || JOINS.has(words[i - 1]) || words[i - 1] === ',';
    }
    // "Minister for Development of | Communities and Territories …": an "of" inside the portfolio's name.
    if (k < 2 || words[k] !== 'of' || !isPortfolioWord(words[k - 1])) return false;
    inner = true;
    k--;
  }
}

function isPortfolioWord(w: string): boolean {
  return isCapitalized(w) && PORTFOLIO_WORDS.has(w.toLowerCase());
}

/** "Minister of Foreign Affairs of | Uzbekistan …", "Foreign Minister of | Tajikistan …": the word before `i` is "of" after
 * a whole "<office> of <portfolio>" or after the office. */
function afterPortfolioOf(words: readonly string[], i: number): boolean {
  if (i < 2 || words[i - 1] !== 'of') return false;
  // "Deputy Foreign Minister of | Tajikistan Farrukh Sharifzoda": the office itself before "of".
  if (OFFICES.has(words[i - 2].toLowerCase()) && isCapitalized(words[i - 2])) return true;
  if (i < 4) return false;
  let k = i - 2;
  while (k > 0 && isCapitalized(words[k]) && PORTFOLIO_WORDS.has(words[k].toLowerCase())) k--;
  return k < i - 2 && afterOfficeOf(words, k + 1);
}

/** The first word at or after `start` (within `end`) that is no longer part of the portfolio's name. */
function portfolioEnd(words: readonly string[], start: number, end: number): number {
  let i = start;
  while (i < end) {
    const w = words[i].toLowerCase();
    if (PORTFOLIO_WORDS.has(w) && isCapitalized(words[i])) i++;
    // "Planning, Development and Special Initiatives": a list of portfolios.
    else if ((JOINS.has(w) || w === ',') && i > start && i + 1 < end && PORTFOLIO_WORDS.has(words[i + 1].toLowerCase())) i++;
    // "Minister of State for National Development": a junior minister's portfolio follows "State for".
    else if (w === 'for' && i > start && words[i - 1] === 'State' && i + 1 < end && PORTFOLIO_WORDS.has(words[i + 1].toLowerCase())) i++;
    // "Development of Communities": an "of" between portfolio words.
    else if (w === 'of' && i > start && i + 1 < end && isPortfolioWord(words[i + 1])) i++;
    else break;
  }
  return i;
}

function isName(words: readonly string[], start: number, end: number, orgWord: (w: string) => boolean): boolean {
  if (end - start > MAX_NAME_WORDS) return false;
  for (let i = start; i < end; i++) if (!isCapitalized(words[i]) || orgWord(words[i])) return false;
  return true;
}
