// "the case of Hamed Aberrahman Ahmed Wednesday", "speaking to MSNBC's Morning Joe Monday", "Bush Wednesday": wire
// copy puts the weekday right after a name, and the tagger ran the two together. The weekday is the date, not part
// of the name; a day's own name keeps it ("Black Friday", "Super Tuesday", "Good Friday").
import { WEEKDAYS } from './lexicon';
import type { Span } from './names';
import { isCapitalized } from './word';

const DAY_NAMES = new Set(['black', 'good', 'super', 'holy', 'ash', 'cyber', 'bloody', 'maundy', 'palm', 'easter', 'fat', 'giving']);

/** Spans of two or more words (no DATE) lose a final weekday, in place. */
export function cutWeekdayTails(words: readonly string[], spans: Span[]): void {
  for (let k = 0; k < spans.length; k++) { // indexed: see agedPersons.ts
    const s = spans[k];
    // "day" ends every weekday: one character test before the set lookup (this runs for every span).
    const last = words[s.end - 1];
    if (last.charCodeAt(last.length - 1) !== 121 || s.type === 'DATE' || s.end - s.start < 2 || !isCapitalized(last) ||
      !WEEKDAYS.has(last.toLowerCase())) continue;
    if (DAY_NAMES.has(words[s.end - 2].toLowerCase())) continue;
    s.end--;
  }
}
