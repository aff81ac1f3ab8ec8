// The cue phrase the learned models see. The lexicon learns phrases as PolNeAR's annotators marked cues, time and
// frequency words included ("said wednesday", "has repeatedly said", "also called for"); each such variant had
// weights of its own in the start, end, split, source and filter models, learned from a few dozen claims or
// fewer. The filter had learned "said wednesday" from its two mistakes and dropped "The minister said Wednesday the
// vote was flawed." Without those words the variants share their verb's weights.
import { WEEKDAYS } from './words';

const DROPPED = new Set(`today yesterday tonight morning afternoon evening night week weekend month year years ago
  earlier later recently previously repeatedly also now once again still already first ultimately further publicly
  privately often frequently this last`.split(/\s+/).filter(Boolean));

const KEYS = new Map<string, string>();

/** `key` without its time and frequency words (a weekday, "on" before one, "also", "last week" …); the key itself
 * when nothing else is left ("earlier this week"). */
export function modelKey(key: string): string {
  let k = KEYS.get(key);
  if (k === undefined) { k = stripped(key); KEYS.set(key, k); }
  return k;
}

function stripped(key: string): string {
  const words = key.split(' ');
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (DROPPED.has(w) || WEEKDAYS.has(w) || (w === 'on' && i + 1 < words.length && WEEKDAYS.has(words[i + 1]))) continue;
    kept.push(w);
  }
  return kept.length ? kept.join(' ') : key;
}
