// "Rui dos Santos Pimentel", "Fernando dos Santos Haddad": the tagger read the given name and the surnames as two
// people, split at the lower-case particle between them. A person span and a person span (or a one-word place span) with one or two particles between them
// are one person (Portuguese, Spanish, Dutch, German and Italian names; Persian "Mohammad Kazem Al-e Sadegh"; Welsh
// "Rhun ap Iorwerth", whose patronym the tagger may read as an organisation).
import type { Span } from './names';

// Filipino "dela Rosa", "delos Santos", Spanish "de los Ángeles", "de la Cruz".
const PARTICLES = new Set(['da', 'do', 'dos', 'das', 'de', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'ap',
  'Al-e', 'al-e', 'dela', 'delos', 'la', 'los', 'las']);
/** Types the tagger gives a surname after a particle when it reads it as a place ("Randy delos Santos": Santos GPE). */
const SURNAME_MISREAD = new Set(['PERSON', 'GPE', 'LOC']);

/** The spans with each such pair joined; spans stay sorted and non-overlapping. */
export function joinParticleNames(words: readonly string[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const last = out[out.length - 1];
    if (last && ((last.type === 'PERSON' && SURNAME_MISREAD.has(s.type) && (s.type === 'PERSON' || s.end - s.start === 1)
      && particlesBetween(words, last.end, s.start)) || welshPatronym(words, last, s))) {
      out[out.length - 1] = { start: last.start, end: s.end, type: 'PERSON' };
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Whether words [from, to) are one or two particles. */
function particlesBetween(words: readonly string[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) if (!PARTICLES.has(words[i])) return false;
  return true;
}

/** "Rhun | ap | Iorwerth": a one-word name, "ap" and a one-word name, whatever the tagger typed them (Welsh "son of"). */
function welshPatronym(words: readonly string[], last: Span, s: Span): boolean {
  return s.start === last.end + 1 && words[last.end] === 'ap' && s.end - s.start === 1 && (last.type === 'PERSON' || last.end - last.start === 1);
}
