// "Faisal bin Farhan", "Mohammed bin Salman", "Badr bin Hamad Al Busaidi", "Mohammed Shia al-Sudani": an Arabic
// name's patronymic ("bin", "son of"; "bint", "daughter of"; "ibn") and family name belong to the person, but the
// tagger stops at a lower-case "bin" or "al-" and reads what follows as a name of its own (often an organisation:
// "Farhan"). Left apart, one minister was three actors, and "Al Busaidi" said what "Badr" never did.
import type { Span } from './names';
import { isCapitalized } from './word';

const PATRONYMIC = new Set(['bin', 'bint', 'ibn']);
/** An Arabic article before a family name written as a word of its own ("Al Busaidi", "Al Thani"). */
const ARTICLES = new Set(['Al', 'al', 'El', 'el']);
/** Patronymic links a name may chain ("Badr bin Hamad bin Hamood Al Busaidi"). */
const MAX_LINKS = 3;

/**
 * A person span followed by "bin"/"bint"/"ibn" and a capitalised word (again, up to MAX_LINKS times), then
 * optionally a family name ("Al Busaidi", "al-Thani"), grows to cover them; spans wholly inside the growth go (a
 * span that crosses its end stops it there). A span "Bin Salman" / "bin Laden" where the tagger left the particle
 * out ("Bin Salman said") takes it in. Spans are sorted and non-overlapping, and stay so.
 */
export function joinPatronymics(words: readonly string[], spans: Span[]): Span[] {
  let absorbed: Set<Span> | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // "Sheikh Tamim bin Hamad Al Thani": a "bin" after a name the tagger typed otherwise still makes it a person's.
    const linked = s.end + 1 < words.length && PATRONYMIC.has(words[s.end]) && isCapitalized(words[s.end + 1]);
    if ((s.type !== 'PERSON' && !linked) || absorbed?.has(s)) continue;
    const before = s.start > 0 ? words[s.start - 1] : '';
    if ((before === 'bin' || before === 'Bin') && (k === 0 || spans[k - 1].end < s.start)) {
      s.start--;
      // "Faisal bin Saad Al-Qahtani" tagged from "bin": the given name before it too, when no span or title holds it.
      const given = s.start - 1;
      if (given >= 0 && (k === 0 || spans[k - 1].end <= given) && isCapitalized(words[given]) && !NOT_GIVEN_NAMES.has(words[given])) s.start = given;
    }
    // "Dr. Abdulfattah | bin | Sulaiman Mashat": the tagger read the names after the patronymic as a person of their own.
    const tail = k + 1 < spans.length ? spans[k + 1] : undefined;
    if (linked && tail && (s.type === 'PERSON' || s.end - s.start === 1) && (tail.start === s.end || tail.start === s.end + 1) && tail.type === 'PERSON') {
      (absorbed ??= new Set()).add(tail);
      s.end = tail.end;
      s.type = 'PERSON';
      continue;
    }
    const end = patronymicEnd(words, s.end);
    if (end === s.end) continue;
    let next = k + 1;
    while (next < spans.length && spans[next].end <= end) next++;
    if (next < spans.length && spans[next].start < end) continue; // a span crossing the growth's end
    for (let j = k + 1; j < next; j++) (absorbed ??= new Set()).add(spans[j]);
    s.end = end;
    s.type = 'PERSON';
  }
  return absorbed ? spans.filter((s) => !absorbed.has(s)) : spans;
}

/** Titles a "bin" name may follow ("Prince bin Salman") and sentence openers ("Later bin Laden said"): not a given name. */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(['Sheikh', 'Shaikh', 'Prince', 'Princess', 'King', 'Emir', 'Amir', 'Sultan', 'Sayyed', 'Sayyid', 'Crown', 'Mr',
  'Dr', 'The', 'Later', 'Earlier', 'Then', 'But', 'And', 'When', 'After', 'Before', 'Meanwhile', 'However', 'Also', 'Yesterday', 'Today',
  'Now', 'While', 'As', 'In', 'On', 'At', 'For', 'With', 'By', 'From', 'Since', 'If', 'So', 'Yet', 'Still', 'Even', 'Only', 'Unlike', 'Like']);

const APOSTROPHES = new Set(["'", '’', 'ʼ', 'ʿ']);

/** A family name with its Arabic article joined by a hyphen ("al-Sudani", "el-Sisi"), which the tagger may leave out. */
export const ARTICLE_NAME = /^(?:[Aa]l|[Ee]l|ad|as|ash|at|az|an)-\p{Lu}/u;

/** Where the patronymic chain after token `at` ends, with the family name after it (`at` when there is none). */
function patronymicEnd(words: readonly string[], at: number): number {
  // "Mohammed Shia | al-Sudani": the family name alone.
  if (at >= words.length) return at;
  const next = words[at];
  if (next.length > 3 && next.indexOf('-') > 0 && ARTICLE_NAME.test(next)) return at + 1;
  // "Mohammed Shia' al-Sudani": an ʿayn written as an apostrophe ends the word before the family name.
  if (APOSTROPHES.has(next) && at + 1 < words.length && words[at + 1].indexOf('-') > 0 && ARTICLE_NAME.test(words[at + 1])) return at + 2;
  if (!PATRONYMIC.has(next)) return at;
  let e = at;
  for (let links = 0; links < MAX_LINKS; links++) {
    if (e + 1 < words.length && PATRONYMIC.has(words[e]) && isCapitalized(words[e + 1])) e += 2;
    else break;
  }
  if (e === at) return at;
  if (e + 1 < words.length && ARTICLES.has(words[e]) && isCapitalized(words[e + 1])) e += 2;
  else if (e < words.length && /^[Aa]l-\p{Lu}/u.test(words[e])) e++;
  return e;
}
