// "the case of Hamed Aberrahman Ahmed Wednesday", "speaking to MSNBC's Morning Joe Monday", "Bush Wednesday": wire
// copy puts the weekday right after a name, and the tagger ran the two together. The weekday is the date, not part
// of the name; a day's own name keeps it ("Black Friday", "Super Tuesday", "Good Friday").
import type { Span } from './names';

const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const DAY_NAMES = new Set(['black', 'good', 'super', 'holy', 'ash', 'cyber', 'bloody', 'maundy', 'palm', 'easter', 'fat', 'giving']);

/** Spans of two or more words (no DATE) lose a final weekday, in place. */
export function cutWeekdayTails(words: readonly string[], spans: Span[]): void {
  for (const s of spans) {
    if (s.type === 'DATE' || s.end - s.start < 2 || !WEEKDAYS.has(words[s.end - 1])) continue;
    if (DAY_NAMES.has(words[s.end - 2].toLowerCase())) continue;
    s.end--;
  }
}
