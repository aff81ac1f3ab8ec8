// Markdown converted from a CMS or a web page keeps HTML entities ("&quot;No,&quot; she said", "AT&amp;T"): the prose
// gets the character each stands for, in the place of its "&" (the rest of it is markup), so quotes are quotes.
import type { ProseEdit } from './markdownQuotes';

const NAMED: ReadonlyMap<string, string> = new Map([['quot', '"'], ['amp', '&'], ['apos', "'"], ['lt', '<'], ['gt', '>'],
  ['nbsp', ' '], ['ldquo', '“'], ['rdquo', '”'], ['lsquo', '‘'], ['rsquo', '’'], ['mdash', '—'], ['ndash', '–'],
  ['hellip', '…'], ['laquo', '«'], ['raquo', '»'], ['bdquo', '„'], ['sbquo', '‚'], ['thinsp', ' '], ['ensp', ' '], ['emsp', ' ']]);
const ENTITY_RE = /&(?:([a-zA-Z]+)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;
/** The characters of the entities in prose (kinds[at] 0), the rest of each entity marked as `gone` in `kinds`. */
export function entityEdits(source: string, kinds: Uint8Array, gone: number): ProseEdit[] {
  const out: ProseEdit[] = [];
  if (!source.includes('&')) return out;
  for (const m of source.matchAll(ENTITY_RE)) {
    const at = m.index!;
    if (kinds[at] !== 0) continue;
    const code = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? parseInt(m[3], 16) : -1;
    const text = m[1] !== undefined ? NAMED.get(m[1]) : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    if (text === undefined) continue;
    kinds.fill(gone, at + 1, at + m[0].length);
    out.push({ at, text, place: 'instead', length: m[0].length });
  }
  return out;
}
